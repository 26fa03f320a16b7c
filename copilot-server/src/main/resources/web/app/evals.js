// Eval reports, for evaluators: the runs the eval harness wrote, their metrics and gates, each case in detail, and
// two runs of a suite side by side with charts: A and B per metric, and the paired difference with its interval.
import { api } from './api.js';
import { el, fill, status, svg, when } from './dom.js';

export function evalReports(main, parts, params) {
  if (parts[0] === 'compare') comparison(main, params);
  else if (parts.length === 2) runDetail(main, parts[0], parts[1]);
  else runList(main, params);
}

const pct = (v) => (v === undefined || v === null ? 'n/a' : Number(v).toFixed(3));
const signed = (v) => (v === undefined || v === null ? 'n/a' : `${v >= 0 ? '+' : ''}${Number(v).toFixed(3)}`);

async function runList(main, params) {
  const chosen = params.get('suite') || '';
  main.append(el('h1', {}, 'Eval reports'));
  let runs;
  try {
    runs = (await api('GET', '/v1/eval/runs')).runs;
  } catch (error) {
    status(error.message, 'error');
    return;
  }
  if (runs.length === 0) {
    main.append(el('p', { class: 'card' }, 'No runs yet. Run ', el('code', {}, './copilot eval run'), ' and reload.'));
    return;
  }
  const suites = [...new Set(runs.map((r) => r.suite))].sort();
  const filter = el(
    'select',
    { id: 'suite-filter', onchange: () => { location.hash = `#/evals?suite=${encodeURIComponent(filter.value)}`; } },
    el('option', { value: '' }, 'every suite'),
    suites.map((s) => el('option', { value: s, selected: s === chosen }, s)),
  );
  const shown = runs.filter((r) => !chosen || r.suite === chosen);
  const picks = [];
  const compare = el('button', { type: 'button', id: 'compare-runs', disabled: true, onclick: () => {
    const [a, b] = picks.map((p) => p.run).sort((x, y) => x.report.startedAt.localeCompare(y.report.startedAt));
    location.hash = `#/evals/compare?${new URLSearchParams({ suite: a.suite, a: a.run, b: b.run })}`;
  } }, 'Compare the two selected runs');
  const onPick = (run, box) => {
    if (box.checked) picks.push({ run, box });
    else picks.splice(picks.findIndex((p) => p.box === box), 1);
    while (picks.length > 2) picks.shift().box.checked = false;
    compare.disabled = !(picks.length === 2 && picks[0].run.suite === picks[1].run.suite);
  };
  main.append(
    el('div', { class: 'card' }, el('label', { for: 'suite-filter' }, 'Suite'), filter, el('p', { class: 'meta' }, 'Select two runs of one suite to compare them.'), compare),
    el(
      'table',
      { class: 'runs' },
      el('caption', {}, `${shown.length} run(s), newest first`),
      el('thead', {}, el('tr', {}, ['Compare', 'Suite', 'Run', 'Engine', 'Pass-rate', 'Cases (failed)', 'Gates'].map((h) => el('th', { scope: 'col' }, h)))),
      el(
        'tbody',
        {},
        shown.map((r, i) => {
          const box = el('input', { type: 'checkbox', id: `pick-${i}`, 'aria-label': `Compare ${r.suite} ${r.run}` });
          box.addEventListener('change', () => onPick(r, box));
          return el(
            'tr',
            { class: r.report.passed ? null : 'failed' },
            el('td', {}, box),
            el('td', {}, r.suite),
            el('th', { scope: 'row' }, el('a', { href: `#/evals/${r.suite}/${r.run}` }, r.run)),
            el('td', {}, r.report.engine),
            el('td', {}, pct(r.report.metrics['pass-rate'])),
            el('td', {}, `${r.cases} (${r.failed})`),
            el('td', {}, el('span', { class: `pill ${r.report.passed ? 'passed' : 'failed'}` }, r.report.passed ? 'all held' : 'failed')),
          );
        }),
      ),
    ),
  );
}

async function runDetail(main, suite, run) {
  let detail;
  try {
    detail = await api('GET', `/v1/eval/runs/${encodeURIComponent(suite)}/${encodeURIComponent(run)}`);
  } catch (error) {
    status(error.message, 'error');
    return;
  }
  const report = detail.report;
  const failedOnly = el('input', { type: 'checkbox', id: 'failed-only' });
  const cases = el('ol', { class: 'cases' });
  const renderCases = () =>
    fill(cases, ...report.cases.filter((c) => !failedOnly.checked || !c.passed).map((c) => caseDetail(c)));
  failedOnly.addEventListener('change', renderCases);
  renderCases();
  main.append(
    el('p', {}, el('a', { href: `#/evals?suite=${encodeURIComponent(suite)}` }, `← runs of ${suite}`)),
    el('h1', { tabindex: -1 }, `${suite} v${report.version}: ${run}`),
    el('p', { class: 'meta' }, `${report.engine} engine · target ${report.target} · started `, when(report.startedAt), ` · ${report.millis} ms`),
    el('p', {}, report.description),
    el(
      'table',
      { class: 'metrics' },
      el('caption', {}, 'Metrics (means over the cases)'),
      el('tbody', {}, Object.entries(report.metrics).map(([name, value]) => el('tr', {}, el('th', { scope: 'row' }, name), el('td', {}, pct(value))))),
    ),
    el(
      'ul',
      { class: 'gates', 'aria-label': 'Gates' },
      report.gates.map((g) => el('li', {}, el('span', { class: `pill ${g.passed ? 'passed' : 'failed'}` }, g.passed ? 'held' : 'failed'), ` ${g.gate}: ${pct(g.value)}`)),
    ),
    el('h2', {}, `Cases (${report.cases.length})`),
    el('div', { class: 'inline-check' }, failedOnly, el('label', { for: 'failed-only', class: 'inline' }, 'Only the failed cases')),
    cases,
  );
}

function caseDetail(c) {
  return el(
    'li',
    { class: `case ${c.passed ? 'passed' : 'failed'}`, id: `case-${c.id}` },
    el(
      'details',
      {},
      el('summary', {}, el('span', { class: `pill ${c.passed ? 'passed' : 'failed'}` }, c.passed ? 'passed' : 'failed'), ` ${c.id}: ${c.description || ''}`),
      c.error ? el('p', { class: 'error-text' }, c.error) : null,
      el('ul', {}, (c.checks || []).map((k) => el('li', {}, `${k.passed ? '✓' : '✗'} ${k.type}: ${k.message || ''}`))),
      el('p', { class: 'meta' }, Object.entries(c.metrics || {}).map(([n, v]) => `${n} ${pct(v)}`).join(' · ')),
      c.output === undefined ? null : el('pre', { class: 'output', tabindex: 0, 'aria-label': `Output of ${c.id}` }, JSON.stringify(c.output, null, 2)),
    ),
  );
}

async function comparison(main, params) {
  const suite = params.get('suite');
  const a = params.get('a');
  const b = params.get('b');
  let result;
  try {
    result = await api('GET', `/v1/eval/comparison?${new URLSearchParams({ suite, a, b })}`);
  } catch (error) {
    status(error.message, 'error');
    return;
  }
  const metrics = result.metrics;
  main.append(
    el('p', {}, el('a', { href: `#/evals?suite=${encodeURIComponent(suite)}` }, `← runs of ${suite}`)),
    el('h1', { tabindex: -1 }, `Comparison: ${suite}`),
    el('p', { class: 'meta' }, 'A: ', el('a', { href: `#/evals/${suite}/${a}` }, a), ' · B: ', el('a', { href: `#/evals/${suite}/${b}` }, b)),
    el('p', { class: `card ${result.regressed ? 'warn' : ''}`, id: 'verdict' }, result.regressed ? 'B regresses on pass-rate: the interval lies wholly below zero.' : 'No significant regression in pass-rate.'),
    el(
      'div',
      { class: 'charts' },
      el('figure', { class: 'card' }, barChart(metrics), el('figcaption', {}, 'A and B per metric')),
      el('figure', { class: 'card' }, intervalChart(metrics), el('figcaption', {}, 'B - A with its 95% paired-bootstrap interval')),
    ),
    el(
      'table',
      { class: 'comparison' },
      el('caption', {}, 'Per metric: A, B, the mean paired difference and its interval'),
      el('thead', {}, el('tr', {}, ['Metric', 'A', 'B', 'B - A', '95% interval', 'Paired cases', ''].map((h) => el('th', { scope: 'col' }, h)))),
      el(
        'tbody',
        {},
        metrics.map((m) =>
          el('tr', { class: m.verdict || null }, el('th', { scope: 'row' }, m.name), el('td', {}, pct(m.a)), el('td', {}, pct(m.b)), el('td', {}, signed(m.difference)), el('td', {}, `[${signed(m.low)}, ${signed(m.high)}]`), el('td', {}, String(m.pairedCases)), el('td', {}, m.verdict)),
        ),
      ),
    ),
    caseList('Broke (passed in A, fail in B)', result.broke, suite, b, 'broke'),
    caseList('Fixed (failed in A, pass in B)', result.fixed, suite, b, 'fixed'),
    caseList('Only in A', result.onlyA, suite, a, 'only-a'),
    caseList('Only in B', result.onlyB, suite, b, 'only-b'),
  );
}

function caseList(title, ids, suite, run, id) {
  return el(
    'section',
    { class: 'card', id },
    el('h2', {}, `${title}: ${ids.length}`),
    ids.length === 0 ? el('p', { class: 'meta' }, 'none') : el('ul', {}, ids.map((c) => el('li', {}, el('a', { href: `#/evals/${suite}/${run}` }, c)))),
  );
}

const ROW = 26;
const LABEL = 150;
const WIDTH = 520;

/** Horizontal bars: A above B for every metric, on one scale; hovering a metric shows its two values. */
function barChart(metrics) {
  const shown = metrics.filter((m) => m.a !== undefined || m.b !== undefined);
  const max = Math.max(1, ...shown.flatMap((m) => [Math.abs(m.a ?? 0), Math.abs(m.b ?? 0)]));
  const span = WIDTH - LABEL - 110;
  const height = shown.length * ROW * 1.6 + 30;
  return svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': 'Bar chart of each metric in run A and run B', class: 'chart' },
    svg('text', { x: LABEL, y: 14, class: 'legend a' }, '■ A'),
    svg('text', { x: LABEL + 50, y: 14, class: 'legend b' }, '■ B'),
    shown.map((m, i) => {
      const y = 24 + i * ROW * 1.6;
      return svg(
        'g',
        {},
        svg('title', {}, `${m.name}: A ${pct(m.a)}, B ${pct(m.b)}`),
        svg('text', { x: 0, y: y + 14, class: 'label' }, m.name),
        svg('rect', { x: LABEL, y, width: Math.max(1, ((m.a ?? 0) / max) * span), height: 10, class: 'bar a' }),
        svg('rect', { x: LABEL, y: y + 12, width: Math.max(1, ((m.b ?? 0) / max) * span), height: 10, class: 'bar b' }),
        svg('text', { x: LABEL + span + 6, y: y + 18, class: 'value' }, `${pct(m.a)} → ${pct(m.b)}`),
      );
    }),
  );
}

/** A forest plot: the mean difference as a dot, its interval as a line, zero as the reference; hovering shows the figures. */
function intervalChart(metrics) {
  const shown = metrics.filter((m) => m.pairedCases > 0 && m.low !== undefined);
  const reach = Math.max(0.05, ...shown.flatMap((m) => [Math.abs(m.low), Math.abs(m.high)]));
  const span = WIDTH - LABEL - 20;
  const x = (v) => LABEL + ((v + reach) / (2 * reach)) * span;
  const height = shown.length * ROW + 40;
  return svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': 'Paired differences B minus A with their 95% intervals', class: 'chart' },
    svg('line', { x1: x(0), x2: x(0), y1: 10, y2: height - 20, class: 'zero' }),
    svg('text', { x: x(-reach), y: height - 4, class: 'value' }, signed(-reach)),
    svg('text', { x: x(0) - 4, y: height - 4, class: 'value' }, '0'),
    svg('text', { x: x(reach) - 40, y: height - 4, class: 'value' }, signed(reach)),
    shown.map((m, i) => {
      const y = 20 + i * ROW;
      return svg(
        'g',
        { class: m.verdict || 'same' },
        svg('title', {}, `${m.name}: B - A ${signed(m.difference)}, 95% interval ${signed(m.low)} to ${signed(m.high)} over ${m.pairedCases} paired cases`),
        svg('text', { x: 0, y: y + 4, class: 'label' }, m.name),
        svg('line', { x1: x(m.low), x2: x(m.high), y1: y, y2: y, class: 'interval' }),
        svg('circle', { cx: x(m.difference), cy: y, r: 4, class: 'mean' }),
      );
    }),
  );
}
