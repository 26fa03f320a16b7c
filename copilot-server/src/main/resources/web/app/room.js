// Interview room, for interviewers: the plan's questions in order; the current question with its model answer (key
// points), red flags and rubric; the transcript, typed here or appended by a speech-to-text tool and followed live;
// follow-up probes streamed as they form, each marked used or dismissed; draft notes to confirm, edit or reject.
// Everything the copilot offers is advice: nothing reaches the scorecard until the interviewer confirms it.
// A hiring manager who opens the room reads along: the same panes without a control that would change anything.
import { api, download, latestOnly, searchQuestions, stream } from './api.js';
import { el, fill, status } from './dom.js';
import { engineBadge, fallbackNotice } from './badge.js';
import { readsInterviewsOnly } from './session.js';

const SPEAKERS = ['interviewer', 'candidate'];
const AUTO_DELAY_MS = 1200;
const READER_REFRESH_MS = 5000;

export function interviewRoom(main, id) {
  const controller = new AbortController();
  const room = new Room(main, id, controller.signal);
  room.open().catch((error) => {
    if (!controller.signal.aborted) status(error.message, 'error');
  });
  return () => controller.abort();
}

class Room {
  constructor(main, id, signal) {
    this.main = main;
    this.id = id;
    this.base = `/v1/interviews/${id}`;
    this.signal = signal;
    this.items = new Map();
    this.segments = new Map();
    this.probes = [];
    this.notes = [];
    this.provenance = { probes: null, notes: null };
    this.suggesting = false;
    this.suggestAgain = false;
    this.autoTimer = null;
    this.readOnly = readsInterviewsOnly();
    this.viewing = null; // a reader looks at any question without moving the interview's current one
    this.parts = {
      header: el('header', { class: 'room-head' }),
      questions: el('nav', { class: 'card questions', 'aria-label': 'Questions of the plan' }),
      question: el('section', { class: 'card question', id: 'current-question', 'aria-label': 'Current question' }),
      transcript: el('ol', { id: 'transcript', class: 'transcript', 'aria-label': 'Transcript', 'aria-live': 'polite', tabindex: 0 }),
      probes: el('section', { class: 'card', id: 'probes', 'aria-label': 'Follow-up probes' }),
      notes: el('section', { class: 'card', id: 'notes', 'aria-label': 'Draft notes' }),
    };
  }

  async open() {
    status('Opening the interview…');
    this.interview = await api('GET', this.base);
    const items = await Promise.all(this.interview.questions.map((q) => api('GET', `/v1/questions/${q}`)));
    items.forEach((item) => this.items.set(item.id, item));
    const [transcript, probes, notes] = await Promise.all([
      api('GET', `${this.base}/transcript`),
      api('GET', `${this.base}/probes`),
      api('GET', `${this.base}/notes`),
    ]);
    transcript.segments.forEach((s) => this.segments.set(s.id, s));
    this.probes = probes.probes;
    this.notes = notes.notes;
    this.layout();
    this.renderAll();
    status('Interview room ready. The transcript updates live.', 'ok');
    this.follow(transcript.segments.length > 0 ? transcript.segments[transcript.segments.length - 1].id : null);
    if (this.readOnly) this.watchDecisions();
  }

  /**
   * A reader's room re-reads the probes and notes every few seconds, so what the interviewer suggests and decides
   * shows up without a reload; a pane is redrawn only when something in it changed.
   */
  async watchDecisions() {
    while (!this.signal.aborted) {
      await new Promise((resolve) => setTimeout(resolve, READER_REFRESH_MS));
      if (this.signal.aborted) return;
      try {
        const [probes, notes] = await Promise.all([api('GET', `${this.base}/probes`), api('GET', `${this.base}/notes`)]);
        if (JSON.stringify(probes.probes) !== JSON.stringify(this.probes)) {
          this.probes = probes.probes;
          this.renderProbes();
        }
        if (JSON.stringify(notes.notes) !== JSON.stringify(this.notes)) {
          this.notes = notes.notes;
          this.renderNotes();
        }
      } catch (error) {
        if (!this.signal.aborted) status(error.message, 'error');
      }
    }
  }

  get current() {
    return this.viewing ?? this.interview.currentQuestionId;
  }

  layout() {
    const p = this.parts;
    this.main.append(
      p.header,
      el(
        'div',
        { class: 'room' },
        p.questions,
        el('div', { class: 'room-main' }, p.question, this.transcriptPane()),
        el('div', { class: 'room-side' }, p.probes, p.notes),
      ),
    );
  }

  renderAll() {
    this.renderHeader();
    this.renderQuestions();
    this.renderQuestion();
    this.renderTranscript();
    this.renderProbes();
    this.renderNotes();
  }

  renderHeader() {
    const i = this.interview;
    fill(this.parts.header,
      el('h1', { tabindex: -1 }, `${i.candidate.erased ? 'Erased candidate' : i.candidate.name}: ${i.position}`),
      el(
        'p',
        { class: 'meta' },
        `${i.stage} · ${i.date} · interviewer ${i.interviewer} · `,
        el('a', { href: `#/interviews/${this.id}/scorecard`, id: 'open-scorecard' }, 'Scorecard'),
        ' · ',
        el('button', {
          type: 'button',
          class: 'link',
          'data-export': `${this.base}/audit`,
          onclick: () => download(`${this.base}/audit`, `decision-trail-${this.id}.json`).catch((error) => status(error.message, 'error')),
        }, 'Decision trail'),
      ),
      this.readOnly
        ? el('p', { class: 'card meta', id: 'read-only' }, 'Read only: you follow this interview; the interviewer runs it and decides every probe and note.')
        : null,
    );
  }

  /** The plan's questions in order, then any question asked off the plan; and a bank search to ask another. */
  renderQuestions() {
    const asked = [...this.interview.questions];
    if (this.current && !asked.includes(this.current)) asked.push(this.current);
    fill(this.parts.questions,
      el('h2', {}, 'Questions'),
      asked.length === 0 ? el('p', { class: 'meta' }, 'No plan: find a question in the bank below.') : null,
      el(
        'ol',
        {},
        asked.map((q, n) =>
          el(
            'li',
            {},
            el(
              'button',
              {
                type: 'button',
                class: 'question-link',
                'aria-current': q === this.current ? 'step' : null,
                onclick: () => this.makeCurrent(q),
              },
              `${n + 1}. ${shorten(this.items.get(q)?.question || q, 90)}`,
              this.readOnly && q === this.interview.currentQuestionId ? el('span', { class: 'pill now' }, 'being asked') : null,
            ),
          ),
        ),
      ),
      this.readOnly ? null : this.bankSearch(),
    );
  }

  bankSearch() {
    const query = el('input', { id: 'room-bank-query', type: 'search', maxlength: 500 });
    const found = el('ul', { class: 'found', 'aria-label': 'Questions found' });
    const search = latestOnly(searchQuestions);
    return el(
      'form',
      {
        id: 'room-bank-search',
        onsubmit: async (event) => {
          event.preventDefault();
          try {
            const asked = query.value;
            const results = await search(asked, this.interview);
            if (!results) return;
            found.dataset.query = asked;
            fill(found,
              ...results.results.map((r) =>
                el(
                  'li',
                  {},
                  shorten(r.item.question, 120),
                  el('button', {
                    type: 'button',
                    class: 'ask',
                    onclick: () => {
                      this.items.set(r.item.id, r.item);
                      this.makeCurrent(r.item.id);
                    },
                  }, 'Ask this'),
                ),
              ),
            );
            status(`${results.count} questions found.`, 'ok');
          } catch (error) {
            status(error.message, 'error');
          }
        },
      },
      el('label', { for: 'room-bank-query' }, 'Find a question in the bank'),
      query,
      el('button', { type: 'submit' }, 'Search'),
      found,
    );
  }

  async makeCurrent(questionId) {
    if (questionId === this.current) return;
    if (this.readOnly) {
      // Back on the question being asked, the reader's room follows the interviewer again.
      this.viewing = questionId === this.interview.currentQuestionId ? null : questionId;
      this.renderQuestions();
      this.renderQuestion();
      this.renderProbes();
      this.renderNotes();
      this.parts.question.querySelector('h2')?.focus();
      return;
    }
    try {
      this.interview = await api('PUT', `${this.base}/current-question`, { questionId });
      this.renderQuestions();
      this.renderQuestion();
      this.renderProbes();
      this.renderNotes();
      this.parts.question.querySelector('h2')?.focus();
      status('Current question changed: new transcript segments belong to it.', 'ok');
    } catch (error) {
      status(error.message, 'error');
    }
  }

  renderQuestion() {
    const item = this.items.get(this.current);
    if (!item) {
      fill(this.parts.question, el('h2', { tabindex: -1 }, 'No question is current'));
      return;
    }
    fill(this.parts.question,
      el('h2', { tabindex: -1 }, item.question),
      el('p', { class: 'meta' }, `${item.type} · ${item.competency} · about ${item.minutes} minutes`),
      el('p', {}, el('strong', {}, 'It evaluates: '), item.evaluates),
      el(
        'div',
        { class: 'guide' },
        el(
          'div',
          {},
          el('h3', {}, 'Model answer: what a strong answer shows'),
          el('ul', { class: 'key-points' }, item.keyPoints.map((k) => el('li', {}, k.point))),
        ),
        el(
          'div',
          {},
          el('h3', {}, 'Red flags'),
          el(
            'ul',
            { class: 'red-flags' },
            item.redFlags.map((r) => el('li', {}, r.flag, el('span', { class: 'meta' }, ` Sounds like: “${r.soundsLike}”`))),
          ),
        ),
      ),
      el(
        'table',
        { class: 'rubric' },
        el('caption', {}, 'Rubric (1-10)'),
        el('tbody', {}, item.rubric.map((b) => el('tr', {}, el('th', { scope: 'row' }, b.scores), el('td', {}, b.descriptor)))),
      ),
    );
  }

  transcriptPane() {
    const pane = el('section', { class: 'card', 'aria-label': 'Transcript pane' }, el('h2', {}, 'Transcript'), this.parts.transcript);
    if (this.readOnly) return pane;
    const speaker = el(
      'select',
      { id: 'segment-speaker', name: 'speaker' },
      SPEAKERS.map((s) => el('option', { value: s, selected: s === 'candidate' }, s)),
    );
    const text = el('textarea', { id: 'segment-text', name: 'text', rows: 4, maxlength: 20000, required: true });
    const form = el(
      'form',
      {
        id: 'add-segment',
        onsubmit: async (event) => {
          event.preventDefault();
          await this.append(speaker.value, text.value);
          text.value = '';
          text.focus();
        },
      },
      el('label', { for: 'segment-speaker' }, 'Who is speaking'),
      speaker,
      el('label', { for: 'segment-text' }, 'Type or paste what was said'),
      text,
      el('button', { type: 'submit', id: 'add-to-transcript' }, 'Add to the transcript'),
    );
    pane.append(form);
    return pane;
  }

  async append(speaker, text) {
    if (!text.trim()) return;
    try {
      const appended = await api('POST', `${this.base}/transcript`, { segments: [{ speaker, text }] });
      appended.segments.forEach((s) => this.addSegment(s));
      if (appended.warnings.length > 0) {
        const w = appended.warnings[0];
        status(`That question touches a protected topic (${w.topic}). Ask instead: ${w.alternative}`, 'error');
      }
    } catch (error) {
      status(error.message, 'error');
    }
  }

  /** Follows the transcript live, reconnecting with the last segment id when the stream ends or drops. */
  async follow(lastId) {
    let last = lastId;
    let delay = 1000;
    while (!this.signal.aborted) {
      try {
        await stream('GET', `${this.base}/transcript`, {
          headers: last ? { 'last-event-id': last } : {},
          signal: this.signal,
          onEvent: (event) => {
            if (event.name !== 'segment') return;
            last = event.data.id;
            this.addSegment(event.data);
          },
        });
        delay = 1000;
      } catch (error) {
        if (this.signal.aborted) return;
        status('The live transcript dropped; reconnecting…', 'error');
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 15000);
      }
    }
  }

  addSegment(segment) {
    if (this.segments.has(segment.id)) return;
    this.segments.set(segment.id, segment);
    this.renderTranscript();
    if (this.readOnly && segment.questionId && segment.questionId !== this.interview.currentQuestionId) {
      this.followQuestion(segment.questionId);
    }
    if (!this.readOnly && segment.speaker === 'candidate' && segment.questionId === this.current && this.autoSuggest()) {
      clearTimeout(this.autoTimer);
      this.autoTimer = setTimeout(() => this.suggest(), AUTO_DELAY_MS);
    }
  }

  /** A reader's room follows the interviewer to another question: the segments say which one they were said under. */
  async followQuestion(questionId) {
    try {
      if (!this.items.has(questionId)) this.items.set(questionId, await api('GET', `/v1/questions/${questionId}`));
      this.interview = { ...this.interview, currentQuestionId: questionId };
      this.renderQuestions();
      if (this.viewing === null) {
        this.renderQuestion();
        this.renderProbes();
        this.renderNotes();
      }
    } catch (error) {
      status(error.message, 'error');
    }
  }

  renderTranscript() {
    const list = this.parts.transcript;
    const segments = [...this.segments.values()].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
    fill(list,
      ...segments.map((s) =>
        el(
          'li',
          { class: `segment ${s.speaker}`, 'data-segment': s.id },
          el('span', { class: 'who' }, s.speaker === 'unknown' ? 'unknown speaker' : s.speaker),
          ' ',
          el('span', { class: 'said' }, s.text),
          el('span', { class: 'meta' }, ` ${s.id}`),
          s.speaker === 'unknown' && !this.readOnly ? this.relabel(s) : null,
        ),
      ),
    );
    list.scrollTop = list.scrollHeight;
  }

  relabel(segment) {
    return el(
      'span',
      { class: 'relabel' },
      SPEAKERS.map((speaker) =>
        el(
          'button',
          {
            type: 'button',
            'aria-label': `Segment ${segment.id} was said by the ${speaker}`,
            onclick: async () => {
              try {
                await api('PATCH', `${this.base}/transcript/${segment.id}`, { speaker });
                this.segments.set(segment.id, { ...segment, speaker });
                this.renderTranscript();
              } catch (error) {
                status(error.message, 'error');
              }
            },
          },
          speaker,
        ),
      ),
    );
  }

  autoSuggest() {
    return document.getElementById('auto-suggest')?.checked ?? true;
  }

  /** Streams up to three probes for the answer under way; each shows as soon as it forms. */
  async suggest() {
    if (this.suggesting) {
      this.suggestAgain = true;
      return;
    }
    this.suggesting = true;
    this.renderProbes();
    try {
      await stream('POST', `${this.base}/follow-ups`, {
        body: { questionId: this.current },
        signal: this.signal,
        onEvent: (event) => {
          if (event.name === 'probe') {
            this.probes = this.probes.filter((p) => p.id !== event.data.id).concat(event.data);
            this.renderProbes();
          } else if (event.name === 'done') {
            this.provenance.probes = event.data.provenance;
            const notice = fallbackNotice(event.data.provenance, 'probes');
            if (notice) status(notice, 'info');
          } else if (event.name === 'error') {
            status(event.data.detail, 'error');
          }
        },
      });
    } catch (error) {
      if (!this.signal.aborted) status(error.message, 'error');
    } finally {
      this.suggesting = false;
      if (!this.signal.aborted) this.renderProbes();
      if (this.suggestAgain && !this.signal.aborted) {
        this.suggestAgain = false;
        this.suggest();
      }
    }
  }

  renderProbes() {
    const item = this.items.get(this.current);
    const mine = this.probes.filter((p) => p.questionId === this.current);
    const open = mine.filter((p) => p.status === 'suggested').slice(-3);
    const decided = mine.filter((p) => p.status !== 'suggested');
    const auto = el('input', { type: 'checkbox', id: 'auto-suggest', checked: this.autoSuggest() });
    fill(this.parts.probes,
      el('h2', {}, 'Follow-up probes ', engineBadge(this.provenance.probes)),
      this.readOnly ? null : el('div', { class: 'inline-check' }, auto, el('label', { for: 'auto-suggest', class: 'inline' }, 'Suggest as the candidate speaks')),
      this.readOnly ? null : el('button', { type: 'button', id: 'suggest', disabled: this.suggesting, onclick: () => this.suggest() }, this.suggesting ? 'Suggesting…' : 'Suggest follow-ups'),
      open.length === 0
        ? el('p', { class: 'meta' }, this.suggesting ? 'Listening to the answer…' : 'No open probes for this question.')
        : el('ol', { class: 'probe-list' }, open.map((p) => this.probeCard(p, item))),
      decided.length === 0
        ? null
        : el(
            'details',
            {},
            el('summary', {}, `Earlier probes (${decided.length})`),
            el('ul', {}, decided.map((p) => el('li', {}, `${p.text} `, el('span', { class: `pill ${p.status}` }, p.status)))),
          ),
    );
  }

  probeCard(probe, item) {
    return el(
      'li',
      { class: 'probe', 'data-probe': probe.id },
      el('p', { class: 'probe-text' }, probe.text),
      el(
        'p',
        { class: 'meta' },
        `Aims at ${targetLabel(probe.target, item)} · `,
        el('span', { class: `pill ${probe.source}` }, probe.source === 'bank' ? 'from the bank' : 'drafted by the model'),
      ),
      el('p', { class: 'meta' }, probe.why),
      this.readOnly ? null : el(
        'div',
        { class: 'actions' },
        el('button', { type: 'button', class: 'use', onclick: () => this.decideProbe(probe, 'used') }, 'Used'),
        el('button', { type: 'button', class: 'dismiss danger', onclick: () => this.decideProbe(probe, 'dismissed') }, 'Dismiss'),
      ),
    );
  }

  async decideProbe(probe, decision) {
    try {
      const decided = await api('PATCH', `${this.base}/probes/${probe.id}`, { status: decision });
      this.probes = this.probes.map((p) => (p.id === decided.id ? decided : p));
      this.renderProbes();
      status(decision === 'used' ? 'Probe marked used.' : 'Probe dismissed.', 'ok');
    } catch (error) {
      status(error.message, 'error');
    }
  }

  async draftNotes() {
    status('Drafting notes from the answer…');
    try {
      const drafted = await api('POST', `${this.base}/notes/drafts`, { questionId: this.current });
      for (const answer of drafted.answers) {
        this.notes = this.notes.concat(answer.notes);
        this.provenance.notes = answer.provenance;
        const withheld = answer.withheldQuotes > 0 ? ` ${answer.withheldQuotes} quote(s) withheld: they carry protected details.` : '';
        const fallback = fallbackNotice(answer.provenance, 'notes');
        status(`${answer.notes.length} draft note(s) to review.${withheld}${fallback ? ` ${fallback}` : ''}`, 'ok');
      }
      this.renderNotes();
      this.parts.notes.querySelector('.note textarea')?.focus();
    } catch (error) {
      status(error.message, 'error');
    }
  }

  renderNotes() {
    const mine = this.notes.filter((n) => n.questionId === this.current);
    const drafts = mine.filter((n) => n.status === 'draft');
    const decided = mine.filter((n) => n.status !== 'draft');
    fill(this.parts.notes,
      el('h2', {}, 'Draft notes ', engineBadge(this.provenance.notes)),
      el('p', { class: 'meta' }, 'Only notes you confirm reach the scorecard. Ratings stay yours.'),
      this.readOnly ? null : el('button', { type: 'button', id: 'draft-notes', onclick: () => this.draftNotes() }, 'Draft notes for this answer'),
      drafts.length === 0 ? null : el('ol', { class: 'note-list' }, drafts.map((n) => this.noteCard(n))),
      decided.length === 0
        ? null
        : el(
            'ul',
            { class: 'decided-notes' },
            decided.map((n) => el('li', {}, el('span', { class: `pill ${n.status}` }, n.status), ' ', n.text || n.draftText)),
          ),
    );
  }

  noteCard(note) {
    const textId = `note-${note.id}`;
    const text = this.readOnly
      ? el('p', { id: textId }, note.draftText)
      : el('textarea', { id: textId, rows: 3, maxlength: 5000 }, note.draftText);
    return el(
      'li',
      { class: 'note', 'data-note': note.id },
      el(
        'p',
        { class: 'meta' },
        note.criterion.kind === 'red-flag' ? 'Red flag: ' : 'Key point: ',
        note.criterionText || note.criterion.id,
        ' ',
        el('span', { class: `pill ${note.observation}` }, note.observation),
      ),
      this.readOnly ? el('h3', { class: 'meta' }, 'Draft note, not yet decided') : el('label', { for: textId }, 'Note'),
      text,
      el(
        'ul',
        { class: 'evidence', 'aria-label': 'Evidence' },
        note.evidence.map((e) => el('li', {}, el('q', {}, e.quote), el('span', { class: 'meta' }, ` (${e.segmentId})`))),
      ),
      note.aiSuggestion
        ? el('p', { class: 'meta' }, `${note.aiSuggestion.label}: ${note.aiSuggestion.band}`)
        : null,
      this.readOnly ? null : el(
        'div',
        { class: 'actions' },
        el('button', { type: 'button', class: 'confirm', onclick: () => this.decideNote(note, 'confirmed', text.value) }, 'Confirm'),
        el('button', { type: 'button', class: 'reject danger', onclick: () => this.decideNote(note, 'rejected') }, 'Reject'),
      ),
    );
  }

  async decideNote(note, decision, text) {
    const body = { status: decision };
    if (decision === 'confirmed' && text !== undefined && text.trim() !== note.draftText) body.text = text.trim();
    try {
      const decided = await api('PATCH', `${this.base}/notes/${note.id}`, body);
      this.notes = this.notes.map((n) => (n.id === decided.note.id ? decided.note : n));
      this.renderNotes();
      if (decided.warnings.length > 0) {
        status(`Confirmed, but the wording touches a protected topic (${decided.warnings[0].topicName}).`, 'error');
      } else {
        status(decision === 'confirmed' ? 'Note confirmed: it will appear on the scorecard.' : 'Note rejected.', 'ok');
      }
    } catch (error) {
      status(error.message, 'error');
    }
  }
}

function targetLabel(target, item) {
  if (!item) return target.id;
  if (target.kind === 'key-point') return `key point: ${item.keyPoints.find((k) => k.id === target.id)?.point || target.id}`;
  if (target.kind === 'red-flag') return `red flag: ${item.redFlags.find((r) => r.id === target.id)?.flag || target.id}`;
  return `rubric band ${target.id}`;
}

function shorten(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
