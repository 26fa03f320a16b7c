// The web app's shell: a hash router over the views, each view a function that renders into <main>.
import { planBuilder } from './plans.js';

const views = { plans: planBuilder };

function route() {
  const name = (location.hash.replace(/^#\/?/, '').split('/')[0]) || 'plans';
  const view = views[name] || planBuilder;
  document.querySelectorAll('nav a').forEach((a) => {
    if (a.dataset.route === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const main = document.getElementById('main');
  main.replaceChildren();
  view(main);
}

window.addEventListener('hashchange', route);
route();
