// The one place the web app talks to the server: JSON in and out, and RFC 9457 problems turned into errors that
// name the fields the server complained about.

export class ApiError extends Error {
  constructor(problem) {
    const fields = (problem.errors || []).map((e) => `${e.field}: ${e.message}`);
    super(fields.length > 0 ? `${problem.title}. ${fields.join('; ')}` : problem.detail || problem.title);
    this.problem = problem;
  }
}

export async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(json || { title: `HTTP ${response.status}` });
  }
  return json;
}

/**
 * Sends a request that answers with server-sent events and hands each event ({name, id, data}) to onEvent as it
 * arrives; resolves when the server ends the stream. fetch rather than EventSource, so a request can carry a body.
 */
export async function stream(method, path, { body, headers = {}, signal, onEvent }) {
  const response = await fetch(path, {
    method,
    signal,
    headers: {
      accept: 'text/event-stream',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const text = await response.text();
    throw new ApiError(text ? JSON.parse(text) : { title: `HTTP ${response.status}` });
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let event = { name: 'message', id: null, data: [] };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, end).replace(/\r$/, '');
      buffer = buffer.slice(end + 1);
      if (line === '') {
        if (event.data.length > 0) onEvent({ name: event.name, id: event.id, data: JSON.parse(event.data.join('\n')) });
        event = { name: 'message', id: null, data: [] };
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event.name = text;
        else if (field === 'data') event.data.push(text);
        else if (field === 'id') event.id = text;
      }
    }
  }
}

/** Searches the bank: the five best matches for q, within a role and seniority when given. */
export function searchQuestions(q, { role, seniority } = {}) {
  const params = new URLSearchParams({ q, limit: '5' });
  if (role) params.set('role', role);
  if (seniority) params.set('seniority', seniority);
  return api('GET', `/v1/questions?${params}`);
}

/**
 * Wraps an async function so that only its latest call delivers a result: a search answered after a newer one was
 * sent resolves to null, so a slow answer never paints over the results of the query the user typed last.
 */
export function latestOnly(fn) {
  let sequence = 0;
  return async (...args) => {
    const mine = ++sequence;
    const result = await fn(...args);
    return mine === sequence ? result : null;
  };
}
