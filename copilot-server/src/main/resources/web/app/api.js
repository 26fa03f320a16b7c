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
