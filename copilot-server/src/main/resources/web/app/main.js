// The web app's shell: a hash router over the views. A view renders into <main> and may return a function that
// stops what it started (a live stream) when the user leaves it.
import { planBuilder } from './plans.js';
import { interviews } from './interviews.js';
import { interviewRoom } from './room.js';
import { scorecard } from './scorecard.js';
import { evalReports } from './evals.js';

let leave = null;

function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter((p) => p.length > 0);
  const params = new URLSearchParams(query || '');
  const section = parts[0] || 'plans';
  let view;
  if (section === 'interviews' && parts[1] && parts[2] === 'scorecard') view = (main) => scorecard(main, parts[1]);
  else if (section === 'interviews' && parts[1]) view = (main) => interviewRoom(main, parts[1]);
  else if (section === 'interviews') view = (main) => interviews(main, params);
  else if (section === 'evals') view = (main) => evalReports(main, parts.slice(1), params);
  else view = planBuilder;
  document.querySelectorAll('nav a').forEach((a) => {
    if (a.dataset.route === section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  if (leave) leave();
  const main = document.getElementById('main');
  main.replaceChildren();
  leave = view(main) || null;
}

window.addEventListener('hashchange', route);
route();
