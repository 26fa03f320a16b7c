// The badge that says which engine answered: the model, or the offline engine and why it stood in.
import { el } from './dom.js';

/** Which engine answered last, and why the offline one did. */
export function engineBadge(provenance) {
  if (!provenance) return null;
  const offline = provenance.engine === 'offline';
  return el(
    'span',
    {
      class: `badge ${offline ? 'offline' : 'llm'}`,
      title: offline ? 'The offline engine answered from the bank, without a model.' : `${provenance.model || 'model'} · ${provenance.prompt || ''}`,
    },
    offline ? `offline engine (${provenance.fallbackReason || 'no model configured'})` : `model ${provenance.model || ''}`.trim(),
  );
}

/** What to tell the interviewer when the model was meant to answer and the offline engine stood in; else null. */
export function fallbackNotice(provenance, what) {
  if (!provenance || provenance.engine !== 'offline' || !provenance.fallbackReason || provenance.fallbackReason === 'not-configured') return null;
  return `The model did not answer (${provenance.fallbackReason}); the offline engine drafted these ${what} instead.`;
}
