// The web app's shell: a hash router over the views. A view renders into <main> and may return a function that
// stops what it started (a live stream) when the user leaves it.
import { planBuilder } from './plans.js';
import { interviews } from './interviews.js';
import { interviewRoom } from './room.js';
import { scorecard } from './scorecard.js';
import { evalReports } from './evals.js';
import { SECTIONS, caller, signIn, signOut } from './session.js';
import { el, status } from './dom.js';

let leave = null;

function route() {
  const me = caller();
  showCaller(me);
  if (!me) {
    show(signInView, null);
    return;
  }
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter((p) => p.length > 0);
  const params = new URLSearchParams(query || '');
  const allowed = SECTIONS[me.role] || [];
  const section = allowed.includes(parts[0]) ? parts[0] : allowed[0];
  let view;
  if (section === 'interviews' && parts[1] && parts[2] === 'scorecard') view = (main) => scorecard(main, parts[1]);
  else if (section === 'interviews' && parts[1]) view = (main) => interviewRoom(main, parts[1]);
  else if (section === 'interviews') view = (main) => interviews(main, params);
  else if (section === 'evals') view = (main) => evalReports(main, parts.slice(1), params);
  else view = planBuilder;
  show(view, section);
}

function show(view, section) {
  document.querySelectorAll('header.top nav a').forEach((a) => {
    if (a.dataset.route === section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  if (leave) leave();
  const main = document.getElementById('main');
  main.replaceChildren();
  leave = view(main) || null;
}

/** The header: who is signed in, and only the sections their role opens. */
function showCaller(me) {
  const allowed = me ? SECTIONS[me.role] || [] : [];
  document.querySelectorAll('header.top nav li').forEach((li) => {
    li.hidden = !allowed.includes(li.querySelector('a').dataset.route);
  });
  document.getElementById('who').hidden = !me;
  document.getElementById('who-name').textContent = me ? `${me.subject} (${me.role})` : '';
}

/** Sign-in: paste an API token; the server checks it and says whose it is. */
function signInView(main) {
  const input = el('input', { id: 'token', type: 'password', required: true, autocomplete: 'off', spellcheck: 'false' });
  const form = el(
    'form',
    {
      class: 'card narrow',
      id: 'sign-in',
      onsubmit: async (event) => {
        event.preventDefault();
        try {
          const me = await signIn(input.value.trim());
          status(`Signed in as ${me.subject} (${me.role}).`, 'ok');
          route();
        } catch (error) {
          status(error.message, 'error');
          input.focus();
        }
      },
    },
    el('h1', {}, 'Sign in'),
    el('p', {}, 'Paste the API token your admin gave you. The token stays in this tab only and is forgotten when you close it.'),
    el('p', { class: 'meta' }, 'Installing the service? Its first start wrote the admin token to data/admin-token; "./copilot token create" issues tokens for everyone else.'),
    el('label', { for: 'token' }, 'API token'),
    input,
    el('button', { type: 'submit' }, 'Sign in'),
  );
  main.append(form);
  input.focus();
}

window.addEventListener('hashchange', route);
window.addEventListener('copilot:signed-out', (event) => {
  status(event.detail, 'info');
  route();
});
document.getElementById('sign-out').addEventListener('click', () => signOut());
route();
