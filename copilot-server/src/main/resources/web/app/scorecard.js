// The scorecard, for the interviewer: the template's fields (1-10 scales, the recommendation, strengths, concerns),
// the confirmed notes as evidence beside them, save with optimistic versioning, then sign and submit.
import { api, download } from './api.js';
import { el, fill, status } from './dom.js';

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

function render(view, base, interview, card, template) {
  const locked = card.status === 'submitted';
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
  const signer = el('input', { id: 'sign-as', maxlength: 200, value: interview.interviewer, required: true });
  fill(view,
    el('h1', { tabindex: -1 }, `${card.templateName}: ${interview.candidate.erased ? 'erased candidate' : interview.candidate.name}`),
    el(
      'p',
      { class: 'meta' },
      `${locked ? 'Submitted' : 'Draft'} · version ${card.version} · `,
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
    confirmedNotes(card),
    form,
    locked
      ? null
      : el(
          'div',
          { class: 'card sign' },
          el('button', { type: 'button', id: 'save-scorecard', onclick: () => save(view, base, interview, card, template, fields) }, 'Save'),
          el('label', { for: 'sign-as' }, 'Sign as'),
          signer,
          el('button', { type: 'button', id: 'submit-scorecard', onclick: () => submit(view, base, interview, card, template, fields, signer.value) }, 'Sign and submit'),
        ),
  );
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
  return el('p', { class: 'card signed', id: 'signature' }, `Signed by ${s.signedBy} at ${s.signedAt} · content hash ${s.contentHash.slice(0, 12)}…`);
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

function markInvalid(view, error) {
  view.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  for (const e of error.problem?.errors || []) {
    const id = e.field.replace(/^values\./, '');
    view.querySelector(`#field-${CSS.escape(id)}`)?.setAttribute('aria-invalid', 'true');
  }
}

async function save(view, base, interview, card, template, fields) {
  try {
    const saved = await api('PUT', `${base}/scorecard`, { values: values(fields), version: card.version });
    render(view, base, interview, saved, template);
    status(`Saved (version ${saved.version}).`, 'ok');
  } catch (error) {
    markInvalid(view, error);
    status(error.problem?.status === 409 ? 'Someone saved this scorecard meanwhile: reload the page to see their version.' : error.message, 'error');
  }
}

/** Saves what is on screen, then signs; a refused signature leaves the saved version on screen, fields marked. */
async function submit(view, base, interview, card, template, fields, signedBy) {
  let current = card;
  try {
    current = await api('PUT', `${base}/scorecard`, { values: values(fields), version: card.version });
    const signed = await api('POST', `${base}/scorecard/submit`, { signedBy, version: current.version });
    render(view, base, interview, signed, template);
    status('Scorecard signed and submitted. It now changes only by amendment.', 'ok');
    view.querySelector('h1')?.focus();
  } catch (error) {
    if (current !== card) render(view, base, interview, current, template);
    markInvalid(view, error);
    status(error.message, 'error');
  }
}
