// The one place the web app talks to the server: JSON in and out, and RFC 9457 problems turned into errors that
// name the fields the server complained about.

import { signOut, token } from './session.js';

export class ApiError extends Error {
  constructor(problem) {
    const fields = (problem.errors || []).map((e) => `${e.field}: ${e.message}`);
    super(fields.length > 0 ? `${problem.title}. ${fields.join('; ')}` : problem.detail || problem.title);
    this.problem = problem;
  }
}

/** The signed-in token as an Authorization header; a 401 means it is no longer valid, so the session ends. */
function credentials() {
  const current = token();
  return current ? { authorization: `Bearer ${current}` } : {};
}

function checkSignedIn(response) {
  if (response.status === 401) signOut('The server no longer accepts your token (revoked?): sign in again.');
}

export async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...credentials(),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  checkSignedIn(response);
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
      ...credentials(),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  checkSignedIn(response);
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

/**
 * Downloads what a GET answers as a file named filename. A plain link cannot send the token, so the file is fetched
 * here and handed to the browser as a blob.
 */
export async function download(path, filename) {
  const response = await fetch(path, { headers: credentials() });
  checkSignedIn(response);
  if (!response.ok) {
    const text = await response.text();
    throw new ApiError(text ? JSON.parse(text) : { title: `HTTP ${response.status}` });
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
