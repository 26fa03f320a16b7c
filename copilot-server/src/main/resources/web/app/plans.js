// Plan builder, for hiring managers: paste a job description, read what the service found in it, get a plan from
// the bank with its coverage matrix and gaps, adjust it (remove, reorder), and export it.
import { caller } from './session.js';
import { api, download, latestOnly, searchQuestions } from './api.js';
import { el, fill, status } from './dom.js';
import { engineBadge } from './badge.js';


export function planBuilder(main) {
  const result = el('section', { id: 'plan', 'aria-label': 'Interview plan' });
  const form = el(
    'form',
    { id: 'jd-form', class: 'card', onsubmit: (e) => submit(e, form, result) },
    el('h1', {}, 'Plan an interview from a job description'),
    el('label', { for: 'jd' }, 'Job description'),
    el('textarea', {
      id: 'jd',
      name: 'jobDescription',
      rows: 12,
      required: true,
      maxlength: 20000,
      placeholder: 'Paste the job description here.',
    }),
    el(
      'div',
      { class: 'row' },
      el('label', { for: 'duration' }, 'Minutes in total (optional)'),
      el('input', { id: 'duration', name: 'durationMinutes', type: 'number', min: 15, max: 600, step: 5 }),
    ),
    el('button', { type: 'submit', id: 'make-plan' }, 'Make the plan'),
  );
  main.append(form, result);
}

async function submit(event, form, result) {
  event.preventDefault();
  const body = { jobDescription: form.jobDescription.value };
  if (form.durationMinutes.value) body.durationMinutes = Number(form.durationMinutes.value);
  status('Reading the job description and planning…');
  try {
    render(result, await api('POST', '/v1/question-sets', body));
    status('Plan ready.', 'ok');
    const heading = result.querySelector('h2');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  } catch (error) {
    status(error.message, 'error');
  }
}

async function edit(result, set, operation) {
  status('Updating the plan…');
  try {
    render(result, await api('PATCH', `/v1/question-sets/${set.id}`, {
      version: set.version,
      operations: [operation],
    }));
    status('Plan updated.', 'ok');
  } catch (error) {
    status(error.message, 'error');
  }
}

/** A person approves a drafted question: it joins the bank as a reviewed item, and the plan keeps it. */
async function approve(result, set, question) {
  status('Approving the drafted question…');
  try {
    render(result, await api('POST', `/v1/question-sets/${set.id}/questions/${question.questionId}/approve`, { version: set.version }));
    status('Approved: the question is in the bank, marked as reviewed.', 'ok');
  } catch (error) {
    status(error.message, 'error');
  }
}

/** Swap mode: the bank search below offers its results as replacements for this question. */
function chooseReplacement(question) {
  const form = document.getElementById('add-from-search');
  form.dataset.replacing = question.questionId;
  document.getElementById('replacing').textContent = `Choosing a replacement for: ${question.item ? question.item.question : question.questionId}`;
  document.getElementById('cancel-swap').hidden = false;
  const query = document.getElementById('bank-query');
  if (!query.value && question.item) query.value = question.item.question;
  query.focus();
  form.requestSubmit();
}

function render(result, set) {
  const plan = set.plan;
  const byId = new Map();
  plan.stages.forEach((s) => s.questions.forEach((q) => byId.set(q.questionId, q)));
  fill(result,
    el('h2', { tabindex: -1 }, `Plan v${set.version}: ${set.options.role || 'role not found'}, ${set.options.seniority || 'seniority not found'}`),
    el(
      'p',
      { class: 'meta' },
      `${plan.plannedMinutes} of ${plan.durationMinutes} minutes planned · profile ${plan.profile} · `,
      engineBadge({ engine: set.engine, fallbackReason: set.fallbackReason }),
    ),
    drafted(set),
    warnings(set),
    requirements(result, set),
    coverage(plan, byId),
    gaps(plan),
    ...plan.stages.map((stage) => stageTable(result, set, stage)),
    addFromSearch(result, set),
    exports(set),
  );
}

/** Drafted questions need a person's review: the signed-in user is recorded as the one who approved. */
function drafted(set) {
  const count = set.plan.stages.flatMap((s) => s.questions).filter((q) => q.source === 'drafted-needs-review').length;
  if (count === 0) return null;
  return el(
    'div',
    { class: 'card warn', role: 'note' },
    el('h3', {}, `${count} drafted question(s) need review`),
    el('p', {}, 'The bank had nothing on some requirements, so the model drafted a question for each. Read it, then approve it into the bank or swap it for a bank question.'),
    el('p', { class: 'meta' }, `Approving records you (${caller()?.subject}) as the reviewer.`),
  );
}

function warnings(set) {
  const list = set.extraction.warnings || [];
  if (list.length === 0) return null;
  return el(
    'div',
    { class: 'card warn', role: 'note' },
    el('h3', {}, 'The job description asks about protected traits'),
    el('ul', {}, list.map((w) => el('li', {}, `“${w.phrase}” (${w.topicName}): ${w.alternative}`))),
  );
}

/**
 * What the service read in the job description, for the hiring manager to confirm: keep or drop each skill and
 * competency, mark it must-have or nice-to-have, and plan again. Free-text requirements are shown as read.
 */
function requirements(result, set) {
  const confirmable = set.requirements.filter((r) => r.kind === 'skill' || r.kind === 'competency');
  const rows = confirmable.map((r, i) =>
    el(
      'li',
      { 'data-requirement': r.id },
      el('input', { type: 'checkbox', id: `keep-${i}`, checked: true }),
      el('label', { for: `keep-${i}`, class: 'inline' }, r.name),
      el(
        'select',
        { 'aria-label': `Importance of ${r.name}`, id: `importance-${i}` },
        ['must-have', 'nice-to-have'].map((value) => el('option', { value, selected: r.importance === value }, value)),
      ),
      r.span ? el('q', {}, r.span.text) : null,
    ),
  );
  const others = set.requirements.filter((r) => !confirmable.includes(r));
  return el(
    'form',
    {
      class: 'card',
      id: 'requirements',
      onsubmit: (event) => {
        event.preventDefault();
        const kept = [];
        confirmable.forEach((r, i) => {
          if (!document.getElementById(`keep-${i}`).checked) return;
          const importance = document.getElementById(`importance-${i}`).value;
          kept.push(r.kind === 'skill' ? { skill: r.key, importance } : { competency: r.key, importance });
        });
        if (kept.length === 0) {
          status('Keep at least one requirement to plan for.', 'error');
          return;
        }
        edit(result, set, { op: 'requirements', requirements: kept });
      },
    },
    el('h3', {}, `Requirements found (${set.requirements.length}): confirm them`),
    el('ul', { class: 'requirements' }, rows),
    others.length === 0
      ? null
      : el('p', { class: 'meta' }, 'Also read, not planned for: ', others.map((r) => r.name).join('; ')),
    el('button', { type: 'submit', id: 'replan' }, 'Plan again with these requirements'),
  );
}

function coverage(plan, byId) {
  return el(
    'table',
    { class: 'matrix' },
    el('caption', {}, 'Coverage: which planned question covers each requirement'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Requirement'), el('th', { scope: 'col' }, 'Importance'), el('th', { scope: 'col' }, 'Covered by'))),
    el(
      'tbody',
      {},
      plan.coverage.map((c) =>
        el(
          'tr',
          { class: c.coveredBy.length === 0 ? 'uncovered' : null },
          el('th', { scope: 'row' }, c.requirement.name),
          el('td', {}, c.requirement.importance),
          el(
            'td',
            {},
            c.coveredBy.length === 0
              ? 'not covered'
              : el('ul', {}, c.coveredBy.map((id) => el('li', {}, short(byId.get(id))))),
          ),
        ),
      ),
    ),
  );
}

function short(question) {
  if (!question) return '';
  const text = question.item ? question.item.question : question.questionId;
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function gaps(plan) {
  if (plan.gaps.length === 0) return null;
  return el(
    'div',
    { class: 'card' },
    el('h3', {}, 'Gaps'),
    el('ul', {}, plan.gaps.map((g) => el('li', {}, `${g.requirement}: ${g.reason}`))),
  );
}

function stageTable(result, set, stage) {
  return el(
    'table',
    { class: 'stage' },
    el('caption', {}, `${stage.name}: ${stage.minutes} of ${stage.budgetMinutes} minutes`),
    el(
      'thead',
      {},
      el('tr', {}, ['#', 'Question', 'Minutes', 'Covers', 'Actions'].map((h) => el('th', { scope: 'col' }, h))),
    ),
    el(
      'tbody',
      {},
      stage.questions.map((q, i) =>
        el(
          'tr',
          {},
          el('td', {}, String(i + 1)),
          el(
            'td',
            {},
            q.source === 'drafted-needs-review' ? el('span', { class: 'pill drafted' }, 'drafted: needs review') : null,
            ' ',
            q.item ? q.item.question : q.questionId,
            el('details', {}, el('summary', {}, 'Why this question'), el('ul', {}, q.reasons.map((r) => el('li', {}, r)))),
          ),
          el('td', {}, String(q.minutes)),
          el('td', {}, q.covers.join(', ')),
          el(
            'td',
            { class: 'actions' },
            el('button', { type: 'button', disabled: i === 0, 'aria-label': `Move question ${i + 1} up`, onclick: () => edit(result, set, { op: 'move', questionId: q.questionId, stage: stage.id, position: i - 1 }) }, '↑'),
            el('button', { type: 'button', disabled: i === stage.questions.length - 1, 'aria-label': `Move question ${i + 1} down`, onclick: () => edit(result, set, { op: 'move', questionId: q.questionId, stage: stage.id, position: i + 1 }) }, '↓'),
            el('button', { type: 'button', class: 'swap', 'aria-label': `Swap question ${i + 1} for one from the bank`, onclick: () => chooseReplacement(q) }, 'Swap'),
            el('button', { type: 'button', class: 'danger', 'aria-label': `Remove question ${i + 1}`, onclick: () => edit(result, set, { op: 'remove', questionId: q.questionId }) }, 'Remove'),
            q.source === 'drafted-needs-review'
              ? el('button', { type: 'button', class: 'approve', 'aria-label': `Approve question ${i + 1} into the bank`, onclick: () => approve(result, set, q) }, 'Approve')
              : null,
          ),
        ),
      ),
    ),
  );
}

/** Search the bank and add a question to a stage of the plan. */
function addFromSearch(result, set) {
  const found = el('ul', { class: 'found', 'aria-label': 'Search results' });
  const search = latestOnly(searchQuestions);
  const query = el('input', { id: 'bank-query', type: 'search', maxlength: 500 });
  const stage = el(
    'select',
    { id: 'bank-stage', 'aria-label': 'Stage to add to' },
    set.plan.stages.map((s) => el('option', { value: s.id }, s.name)),
  );
  const planned = new Set(set.plan.stages.flatMap((s) => s.questions.map((q) => q.questionId)));
  const replacing = el('p', { id: 'replacing', class: 'meta', 'aria-live': 'polite' });
  const cancel = el('button', { type: 'button', id: 'cancel-swap', hidden: true, onclick: () => {
    delete form.dataset.replacing;
    replacing.textContent = '';
    cancel.hidden = true;
    fill(found);
  } }, 'Cancel the swap');
  const form = el(
    'form',
    {
      class: 'card',
      id: 'add-from-search',
      onsubmit: async (event) => {
        event.preventDefault();
        try {
          const asked = query.value;
          const results = await search(asked, { role: set.options.role });
          if (!results) return;
          found.dataset.query = asked;
          fill(found,
            ...results.results.map((r) =>
              el(
                'li',
                {},
                r.item.question,
                planned.has(r.item.id)
                  ? el('span', { class: 'meta' }, ' (already planned)')
                  : form.dataset.replacing
                    ? el(
                        'button',
                        {
                          type: 'button',
                          class: 'add swap-in',
                          onclick: () => edit(result, set, { op: 'swap', questionId: form.dataset.replacing, with: r.item.id }),
                        },
                        'Swap in',
                      )
                    : el(
                        'button',
                        {
                          type: 'button',
                          class: 'add',
                          onclick: () => edit(result, set, { op: 'add', questionId: r.item.id, stage: stage.value }),
                        },
                        'Add',
                      ),
              ),
            ),
          );
          status(`${results.count} questions found.`, 'ok');
        } catch (error) {
          status(error.message, 'error');
        }
      },
    },
    el('h3', {}, 'Add or swap in a question from the bank'),
    replacing,
    el('label', { for: 'bank-query' }, 'Search the bank'),
    query,
    el('label', { for: 'bank-stage' }, 'Add to stage'),
    stage,
    el('button', { type: 'submit' }, 'Search'),
    cancel,
    found,
  );
  return form;
}

function exports(set) {
  const base = `/v1/question-sets/${set.id}/export?format=`;
  const exportButton = (format, label, filename) =>
    el('button', {
      type: 'button',
      class: 'link',
      'data-export': `${base}${format}`,
      onclick: () => download(`${base}${format}`, filename).catch((error) => status(error.message, 'error')),
    }, label);
  return el(
    'p',
    { class: 'exports' },
    'Export: ',
    exportButton('html', 'printable interview kit', `interview-kit-${set.id}.html`),
    ' · ',
    exportButton('markdown', 'Markdown', `plan-${set.id}.md`),
    ' · ',
    exportButton('json', 'JSON', `plan-${set.id}.json`),
    ' · ',
    el('a', { href: `#/interviews?set=${set.id}`, id: 'schedule-from-plan' }, 'Schedule an interview with this plan'),
  );
}
