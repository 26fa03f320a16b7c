// Who is signed in: the API token and what the server says it belongs to. Kept in sessionStorage, so it lasts as
// long as the tab and is gone when the tab is closed; never in a cookie, so no other site can make the browser
// send it.

const TOKEN_KEY = 'copilot.token';
const CALLER_KEY = 'copilot.caller';

/** The signed-in caller ({subject, role, tokenId}), or null. */
export function caller() {
  const stored = sessionStorage.getItem(CALLER_KEY);
  return stored && sessionStorage.getItem(TOKEN_KEY) ? JSON.parse(stored) : null;
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Checks a token with the server; on success remembers it and who holds it. */
export async function signIn(candidate) {
  const response = await fetch('/v1/me', {
    headers: { accept: 'application/json', authorization: `Bearer ${candidate}` },
  });
  if (!response.ok) {
    throw new Error(response.status === 401
      ? 'The server does not know this token, or it was revoked.'
      : response.status === 429
        ? `Too many attempts; try again in ${response.headers.get('retry-after') || 'a few'} seconds.`
        : `Sign-in failed (HTTP ${response.status}).`);
  }
  const me = await response.json();
  sessionStorage.setItem(TOKEN_KEY, candidate);
  sessionStorage.setItem(CALLER_KEY, JSON.stringify(me));
  return me;
}

/** Forgets the token; reason is what the user is told. */
export function signOut(reason = 'Signed out.') {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(CALLER_KEY);
  window.dispatchEvent(new CustomEvent('copilot:signed-out', { detail: reason }));
}

/** The sections each role may open, in the order the navigation shows them. */
export const SECTIONS = {
  admin: ['plans', 'interviews', 'evals'],
  'hiring-manager': ['plans', 'interviews'],
  interviewer: ['interviews'],
  evaluator: ['evals'],
};

/**
 * Whether the signed-in caller reads interviews without writing them: hiring managers follow the interviews of
 * their plans, but the transcript, probes, notes and scorecard belong to the interviewer (the server enforces it).
 */
export function readsInterviewsOnly() {
  return caller()?.role === 'hiring-manager';
}
