// The scorecard, for the interviewer: the template's fields (1-10 scales, the recommendation, strengths, concerns),
// the confirmed notes as evidence beside them, save with optimistic versioning, then sign and submit. A submitted
// scorecard changes only by signed amendment, each with its reason; hiring managers read it and change nothing.
import { api, download } from './api.js';
import { el, fill, status, when } from './dom.js';
import { readsInterviewsOnly } from './session.js';

const SCALE = Array.from({ length: 10 }, (_, i) => String(i + 1));

export function scorecard(main, id) {
  const base = `/v1/interviews/${id}`;
  const view = el('section', { id: 'scorecard', 'aria-label': 'Scorecard' });
  main.append(view);
  Promise.all([api('GET', base), api('GET', `${base}/scorecard`), api('GET', '/v1/scorecard-templates')])
    .then(([interview, card, templates]) => {
      const template = templates.templates.find((t) => t.id === card.templateId);
      render(view, base, interview, card, template);
    })
    .catch((error) => status(error.message, 'error'));
}

/**
 * Renders the scorecard. mode is 'edit' (a draft), 'read' (submitted, or a reader who may not write) or 'amend'
 * (a submitted scorecard opened for a signed change).
 */
function render(view, base, interview, card, template, mode = initialMode(card)) {
  const locked = mode === 'read';
  const form = el('form', { id: 'scorecard-form', onsubmit: (e) => e.preventDefault() });
  const fields = [];
  for (const page of template.pages) {
    const sections = page.sections.map((section) =>
      el(
        'fieldset',
        { class: 'card' },
        el('legend', {}, section.title),
        section.fields.map((f) => {
          const control = input(f, card.values[f.id], locked);
          fields.push({ field: f, control });
          return el('div', { class: `field ${f.type}`, 'data-field': f.id }, control.label, control.node, suggestion(card, f));
        }),
      ),
    );
    form.append(el('h2', {}, page.title), ...sections);
  }
  const again = (next, nextMode) => render(view, base, interview, next, template, nextMode);
  const actions = {
    edit: () => editActions(base, interview, card, fields, again),
    amend: () => amendActions(base, interview, card, fields, again),
    read: () => readActions(card, again),
  }[mode];
  fill(view,
    el('h1', { tabindex: -1 }, `${card.templateName}: ${interview.candidate.erased ? 'erased candidate' : interview.candidate.name}`),
    el(
      'p',
      { class: 'meta' },
      `${card.status === 'submitted' ? 'Submitted' : 'Draft'}${mode === 'amend' ? ', amending' : ''} · version ${card.version} · `,
      el('a', { href: `#/interviews/${interview.id}` }, 'back to the interview room'),
      ' · ',
      el('button', {
        type: 'button',
        class: 'link',
        'data-export': `${base}/scorecard/export?format=markdown`,
        onclick: () => download(`${base}/scorecard/export?format=markdown`, `scorecard-${interview.id}.md`)
          .catch((error) => status(error.message, 'error')),
      }, 'Markdown'),
    ),
    el('p', { class: 'advisory', role: 'note' }, card.advisory),
    signature(card),
    amendmentHistory(card, template),
    confirmedNotes(card),
    form,
    actions(),
  );
  if (mode === 'amend') view.querySelector('#scorecard-form select, #scorecard-form input:not([disabled]), #scorecard-form textarea')?.focus();
}

function initialMode(card) {
  return card.status === 'draft' && !readsInterviewsOnly() ? 'edit' : 'read';
}

/** Save the draft, or save and sign it. */
function editActions(base, interview, card, fields, again) {
  const signer = el('input', { id: 'sign-as', maxlength: 200, value: interview.interviewer, required: true });
  return el(
    'div',
    { class: 'card sign' },
    el('button', { type: 'button', id: 'save-scorecard', onclick: () => save(base, card, fields, again) }, 'Save'),
    el('label', { for: 'sign-as' }, 'Sign as'),
    signer,
    el('button', { type: 'button', id: 'submit-scorecard', onclick: () => submit(base, card, fields, signer.value, again) }, 'Sign and submit'),
  );
}

/** Who may write sees how to amend a submitted scorecard; a reader is told why nothing can be changed. */
function readActions(card, again) {
  if (readsInterviewsOnly()) {
    return el('p', { class: 'card meta', id: 'read-only' }, 'Read only: the interviewer fills, signs and amends this scorecard.');
  }
  if (card.status !== 'submitted') return null;
  return el(
    'div',
    { class: 'card sign' },
    el('p', { class: 'meta' }, 'Submitted scorecards change only by a signed amendment that says why; the original stays on record.'),
    el('button', { type: 'button', id: 'amend-scorecard', onclick: () => again(card, 'amend') }, 'Amend…'),
  );
}

/** Change fields above, say why, sign: only the fields that differ from what the scorecard says now are sent. */
function amendActions(base, interview, card, fields, again) {
  const reason = el('textarea', { id: 'amend-reason', rows: 3, maxlength: 1000, required: true });
  const signer = el('input', { id: 'sign-as', maxlength: 200, value: interview.interviewer, required: true });
  return el(
    'div',
    { class: 'card sign', id: 'amendment-form' },
    el('h2', {}, 'Amend the submitted scorecard'),
    el('p', { class: 'meta' }, 'Change the fields above, then say why. The amendment is signed and chained to the signature before it.'),
    el('label', { for: 'amend-reason' }, 'Reason for the amendment'),
    reason,
    el('label', { for: 'sign-as' }, 'Sign as'),
    signer,
    el('button', { type: 'button', id: 'sign-amendment', onclick: () => amend(base, card, fields, reason.value, signer.value, again) }, 'Sign amendment'),
    el('button', { type: 'button', id: 'cancel-amendment', class: 'secondary', onclick: () => again(card, 'read') }, 'Cancel'),
  );
}

function amendmentHistory(card, template) {
  if (!card.amendments || card.amendments.length === 0) return null;
  const labels = new Map(template.pages.flatMap((p) => p.sections.flatMap((s) => s.fields.map((f) => [f.id, f.label]))));
  return el(
    'section',
    { class: 'card', id: 'amendments', 'aria-label': 'Amendments' },
    el('h2', {}, `Amendments (${card.amendments.length})`),
    el(
      'ol',
      {},
      card.amendments.map((a) =>
        el(
          'li',
          { 'data-seq': a.seq },
          el('p', {}, `Signed by ${a.signature.signedBy} at `, when(a.signature.signedAt), ` · content hash ${a.signature.contentHash.slice(0, 12)}…`),
          el('p', {}, el('strong', {}, 'Reason: '), a.reason),
          el('ul', {}, Object.entries(a.values).map(([id, value]) => el('li', {}, `${labels.get(id) || id}: ${shown(value)}`))),
        ),
      ),
    ),
  );
}

function shown(value) {
  if (value === null) return 'cleared';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** A labelled control for one template field; value() reads it back as the API wants it (null when empty). */
function input(f, value, locked) {
  const id = `field-${f.id}`;
  const label = el('label', { for: id }, f.label, f.required ? el('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null);
  const common = { id, name: f.id, disabled: locked, required: f.required && f.type !== 'signature' };
  switch (f.type) {
    case 'scale': {
      const node = el('select', common, el('option', { value: '' }, 'not rated'), SCALE.map((n) => el('option', { value: n, selected: String(value) === n }, n)));
      return { label, node, value: () => (node.value ? Number(node.value) : null) };
    }
    case 'dropdown':
    case 'single-choice': {
      const node = el('select', common, el('option', { value: '' }, 'choose…'), f.options.map((o) => el('option', { value: o, selected: value === o }, o)));
      return { label, node, value: () => node.value || null };
    }
    case 'multiple-choice': {
      const chosen = new Set(Array.isArray(value) ? value : []);
      const boxes = f.options.map((o, i) => ({ o, box: el('input', { type: 'checkbox', id: `${id}-${i}`, disabled: locked, checked: chosen.has(o) }) }));
      const node = el('div', { role: 'group', 'aria-labelledby': `${id}-label` }, boxes.map(({ o, box }, i) => el('span', { class: 'choice' }, box, el('label', { for: `${id}-${i}`, class: 'inline' }, o))));
      label.id = `${id}-label`;
      label.removeAttribute('for');
      return { label, node, value: () => { const v = boxes.filter((b) => b.box.checked).map((b) => b.o); return v.length ? v : null; } };
    }
    case 'long-text': {
      const node = el('textarea', { ...common, rows: 4, maxlength: 5000 }, value || '');
      return { label, node, value: () => node.value.trim() || null };
    }
    case 'number': {
      const node = el('input', { ...common, type: 'number', value: value ?? '' });
      return { label, node, value: () => (node.value === '' ? null : Number(node.value)) };
    }
    case 'signature': {
      const node = el('input', { ...common, readonly: true, disabled: true, value: value || 'set when you sign and submit' });
      return { label, node, value: () => undefined };
    }
    default: {
      const type = f.type === 'date' ? 'date' : f.type === 'email' ? 'email' : 'text';
      const node = el('input', { ...common, type, maxlength: 500, value: value || '' });
      return { label, node, value: () => node.value.trim() || null };
    }
  }
}

function suggestion(card, f) {
  const hint = (card.aiSuggestions || []).find((s) => s.fieldId === f.id);
  return hint ? el('p', { class: 'meta ai' }, `${hint.label}: ${hint.bands.join(', ')}`) : null;
}

function signature(card) {
  if (!card.signature) return null;
  const s = card.signature;
  return el('p', { class: 'card signed', id: 'signature' }, `Signed by ${s.signedBy} at `, when(s.signedAt), ` · content hash ${s.contentHash.slice(0, 12)}…`);
}

function confirmedNotes(card) {
  return el(
    'details',
    { class: 'card', open: card.confirmedNotes.length > 0 },
    el('summary', {}, `Confirmed notes (${card.confirmedNotes.length}): the evidence for your ratings`),
    el(
      'ul',
      {},
      card.confirmedNotes.map((n) =>
        el('li', {}, n.text || n.draftText, ' ', n.evidence.map((e) => el('q', {}, `${e.quote} (${e.segmentId})`))),
      ),
    ),
  );
}

function values(fields) {
  const out = {};
  for (const { field, control } of fields) {
    const v = control.value();
    if (v !== undefined) out[field.id] = v; // signatures read as undefined: submitting sets them
  }
  return out;
}

/** The fields on screen whose value differs from what the scorecard says now. */
function changes(card, fields) {
  const out = {};
  for (const [id, value] of Object.entries(values(fields))) {
    if (JSON.stringify(value) !== JSON.stringify(card.values[id] ?? null)) out[id] = value;
  }
  return out;
}

/** Marks the controls the server named: values.<field> is a scorecard field, the rest are the form's own. */
function markInvalid(error) {
  const view = document.getElementById('scorecard');
  view.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  const ids = { reason: 'amend-reason', signedBy: 'sign-as' };
  for (const e of error.problem?.errors || []) {
    const id = e.field.startsWith('values.') ? `field-${e.field.slice('values.'.length)}` : ids[e.field];
    if (id) view.querySelector(`#${CSS.escape(id)}`)?.setAttribute('aria-invalid', 'true');
  }
}

async function save(base, card, fields, again) {
  try {
    const saved = await api('PUT', `${base}/scorecard`, { values: values(fields), version: card.version });
    again(saved);
    status(`Saved (version ${saved.version}).`, 'ok');
  } catch (error) {
    markInvalid(error);
    status(error.problem?.status === 409 ? 'Someone saved this scorecard meanwhile: reload the page to see their version.' : error.message, 'error');
  }
}

/** Saves what is on screen, then signs; a refused signature leaves the saved version on screen, fields marked. */
async function submit(base, card, fields, signedBy, again) {
  let current = card;
  try {
    current = await api('PUT', `${base}/scorecard`, { values: values(fields), version: card.version });
    const signed = await api('POST', `${base}/scorecard/submit`, { signedBy, version: current.version });
    again(signed);
    status('Scorecard signed and submitted. It now changes only by amendment.', 'ok');
    document.querySelector('#scorecard h1')?.focus();
  } catch (error) {
    if (current !== card) again(current);
    markInvalid(error);
    status(error.message, 'error');
  }
}

/** Sends the changed fields with the reason and signature; nothing changed is refused here, before any request. */
async function amend(base, card, fields, reason, signedBy, again) {
  const changed = changes(card, fields);
  if (Object.keys(changed).length === 0) {
    status('Change at least one field above before signing an amendment.', 'error');
    return;
  }
  try {
    const amended = await api('POST', `${base}/scorecard/amendments`, { values: changed, reason: reason.trim(), signedBy });
    again(amended, 'read');
    status(`Amendment ${amended.amendments.length} signed. The original submission stays on record.`, 'ok');
    document.getElementById('amendments')?.querySelector('li:last-child')?.scrollIntoView();
  } catch (error) {
    markInvalid(error);
    status(error.message, 'error');
  }
}
