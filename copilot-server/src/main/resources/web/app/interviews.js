// Interviews: the ones the signed-in user may see (an interviewer's own, a hiring manager's, all for an admin), and
// scheduling a new one, from a plan (question set) or for a role, then its room.
import { api } from './api.js';
import { caller } from './session.js';
import { el, fill, status } from './dom.js';

export function interviews(main, params) {
  const me = caller();
  const mine = el('section', { id: 'my-interviews', 'aria-label': 'Your interviews' });
  const filter = el('input', { id: 'interviewer-filter', name: 'interviewer', maxlength: 200, autocomplete: 'off' });
  const lookup = el(
    'form',
    { class: 'card', id: 'find-interviews', onsubmit: (e) => { e.preventDefault(); list(mine, filter.value); } },
    el('h1', {}, me.role === 'interviewer' ? 'Your interviews' : 'Interviews you can see'),
    me.role === 'interviewer'
      ? null
      : [
          el('label', { for: 'interviewer-filter' }, 'Only those run by (interviewer, optional)'),
          filter,
          el('button', { type: 'submit' }, 'Show'),
        ],
    mine,
  );
  main.append(lookup, newInterviewForm(params, me));
  list(mine, '');
}

async function list(target, interviewer) {
  const query = interviewer.trim() ? `?${new URLSearchParams({ interviewer: interviewer.trim() })}` : '';
  try {
    const found = await api('GET', `/v1/interviews${query}`);
    fill(target,
      found.count === 0
        ? el('p', { class: 'meta' }, 'No interviews to show yet.')
        : el(
            'ul',
            { class: 'interview-list' },
            found.interviews.map((i) =>
              el(
                'li',
                {},
                el('a', { href: `#/interviews/${i.id}` }, `${i.candidate.erased ? 'Erased candidate' : i.candidate.name}: ${i.position}`),
                el('span', { class: 'meta' }, ` · ${i.stage} · ${i.date} · interviewer ${i.interviewer}`),
              ),
            ),
          ),
    );
  } catch (error) {
    status(error.message, 'error');
  }
}

function field(id, label, attributes = {}) {
  return [el('label', { for: id }, label), el('input', { id, name: id, maxlength: 200, ...attributes })];
}

function newInterviewForm(params, me) {
  // Interviewers schedule interviews they run; hiring managers schedule them as the hiring manager.
  const self = (role) => (me.role === role ? { value: me.subject, readonly: true } : {});
  const role = el('select', { id: 'role', name: 'role' }, el('option', { value: '' }, 'From the plan'));
  const seniority = el('select', { id: 'seniority', name: 'seniority' }, el('option', { value: '' }, 'Any'));
  const template = el('select', { id: 'template', name: 'scorecardTemplate' }, el('option', { value: '' }, 'The one meant for the role'));
  api('GET', '/v1/roles')
    .then((roles) => {
      role.append(...roles.roleFamilies.map((r) => el('option', { value: r.id }, r.name)));
      seniority.append(...roles.seniorityLevels.map((s) => el('option', { value: s.id }, s.name || s.id)));
    })
    .catch((error) => status(error.message, 'error'));
  api('GET', '/v1/scorecard-templates')
    .then((t) => template.append(...t.templates.map((s) => el('option', { value: s.id }, s.name))))
    .catch((error) => status(error.message, 'error'));
  const form = el(
    'form',
    { class: 'card', id: 'new-interview', onsubmit: (e) => create(e, form) },
    el('h2', {}, 'Schedule an interview'),
    el(
      'div',
      { class: 'grid' },
      el('div', {}, ...field('candidate-name', 'Candidate name', { required: true, autocomplete: 'off' })),
      el('div', {}, ...field('candidate-email', 'Candidate email', { required: true, type: 'email', maxlength: 254, autocomplete: 'off' })),
      el('div', {}, ...field('position', 'Position', { required: true })),
      el('div', {}, ...field('stage', 'Stage', { required: true, maxlength: 100, placeholder: 'Technical screen' })),
      el('div', {}, ...field('interviewer', 'Interviewer', { required: true, ...self('interviewer') })),
      el('div', {}, ...field('hiring-manager', 'Hiring manager (optional)', self('hiring-manager'))),
      el('div', {}, ...field('date', 'Date', { required: true, type: 'date', value: new Date().toISOString().slice(0, 10) })),
      el('div', {}, ...field('question-set', 'Plan (question set id, optional)', { value: params.get('set') || '', maxlength: 36 })),
      el('div', {}, el('label', { for: 'role' }, 'Role (without a plan: pick questions from the bank in the room)'), role),
      el('div', {}, el('label', { for: 'seniority' }, 'Seniority'), seniority),
      el('div', {}, el('label', { for: 'template' }, 'Scorecard template'), template),
    ),
    el('button', { type: 'submit', id: 'create-interview' }, 'Create and open the interview room'),
  );
  return form;
}

async function create(event, form) {
  event.preventDefault();
  const value = (name) => form.elements[name].value.trim();
  const body = {
    candidate: { name: value('candidate-name'), email: value('candidate-email') },
    position: value('position'),
    interviewer: value('interviewer'),
    date: value('date'),
    stage: value('stage'),
  };
  if (value('hiring-manager')) body.hiringManager = value('hiring-manager');
  if (value('question-set')) body.questionSetId = value('question-set');
  if (value('role')) body.role = value('role');
  if (value('seniority')) body.seniority = value('seniority');
  if (value('scorecardTemplate')) body.scorecardTemplate = value('scorecardTemplate');
  status('Creating the interview…');
  try {
    const interview = await api('POST', '/v1/interviews', body);
    status('Interview created.', 'ok');
    location.hash = `#/interviews/${interview.id}`;
  } catch (error) {
    status(error.message, 'error');
  }
}
