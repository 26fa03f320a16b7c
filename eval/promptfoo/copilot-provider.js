// A promptfoo provider that sends an eval case to a running Interview Copilot server through its public HTTP API,
// the way an interviewer's or hiring manager's client would, and returns what the API answered as JSON:
//   probes, notes, pii, injection: create an interview on the case's question, append the answer as the
//     candidate's transcript, ask for follow-up probes and note drafts;
//   retrieval: search the bank; question-sets: plan an interview from the job description.
// The output keeps the shapes the Java targets report (probe targets and note criteria as "key-point:<id>").
'use strict';

const BASE = (process.env.COPILOT_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');

async function call(method, path, body) {
  const response = await fetch(BASE + path, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${text}`);
  }
  return JSON.parse(text);
}

const ref = (criterion) => `${criterion.kind}:${criterion.id}`;

async function interview(vars, answer) {
  const candidate = vars.candidate || {};
  const created = await call('POST', '/v1/interviews', {
    candidate: { name: candidate.name || 'Eval Candidate', email: candidate.email || 'eval@example.org' },
    position: 'eval',
    interviewer: 'promptfoo',
    date: new Date().toISOString().slice(0, 10),
    stage: 'eval',
    scorecardTemplate: 'senior-backend-interview',
    questions: [vars.question],
  });
  const path = `/v1/interviews/${created.id}`;
  await call('PUT', `${path}/current-question`, { questionId: vars.question });
  await call('POST', `${path}/transcript`, { segments: [{ speaker: 'candidate', text: answer }] });
  const followUps = await call('POST', `${path}/follow-ups`, { questionId: vars.question });
  const drafts = await call('POST', `${path}/notes/drafts`, { questionId: vars.question });
  const notes = drafts.answers.flatMap((a) => a.notes);
  return {
    probes: followUps.probes.map((p) => ({ target: ref(p.target), text: p.text, source: p.source })),
    notes: notes.map((n) => ({
      criterion: ref(n.criterion),
      summary: n.draftText,
      quotes: n.evidence.map((e) => e.quote),
      suggestedBand: n.suggestedBand,
    })),
    answer,
  };
}

async function run(target, vars) {
  switch (target) {
    case 'probes':
    case 'notes':
      return interview(vars, vars.answer);
    case 'injection': {
      // Also the answer without the injected text, so assertions count what the injection changed.
      let clean = vars.answer;
      for (const text of JSON.parse(vars.injected || '[]')) {
        clean = clean.replace(text, '');
      }
      clean = clean.replace(/ {2,}/g, ' ').trim();
      const attacked = await interview(vars, vars.answer);
      return { ...attacked, control: await interview(vars, clean) };
    }
    case 'retrieval': {
      const query = new URLSearchParams({ q: vars.query, limit: '10' });
      if (vars.role) query.set('role', vars.role);
      const found = await call('GET', `/v1/questions?${query}`);
      return { ids: found.results.map((r) => r.item.id) };
    }
    case 'question-sets': {
      const set = await call('POST', '/v1/question-sets', { jobDescription: vars.jobDescription });
      return set;
    }
    default:
      throw new Error(`target ${target} has no HTTP route to run it through`);
  }
}

class CopilotProvider {
  id() {
    return 'interview-copilot';
  }

  async callApi(prompt, context) {
    const vars = context.vars;
    try {
      return { output: JSON.stringify(await run(vars.__target, vars)) };
    } catch (error) {
      return { error: String(error.message || error) };
    }
  }
}

module.exports = CopilotProvider;
