// One eval run at its own address (/eval/runs/{id}): its progress while it runs, then its report from
// /api/eval/runs/{id}/result: the verdict, each suite's metrics against the baseline, and every case,
// failures first, with a filter to failures, a search, and expected versus got partners by name.
import { api, el, $, $$, toast, dateTime } from '/js/consort.js';
import { num } from '/js/eval-chart.js';

const id = $('run').dataset.id;
let cases = [];

async function follow() {
  let run = await api('GET', '/api/eval/runs/' + encodeURIComponent(id));
  $('run-meta').textContent = 'Started ' + dateTime(run.startedAt) + ' by ' + (run.startedByName || run.startedBy)
    + (run.partial ? ', failures of the last run only' : '') + ', mode ' + run.mode + '.';
  while (run.status === 'RUNNING') {
    $('run-progress').hidden = false;
    $('run-bar').max = Math.max(1, run.totalCases);
    $('run-bar').value = run.doneCases;
    $('run-count').textContent = run.doneCases + ' of ' + run.totalCases + ' cases, ' + run.failedCases + ' failed so far';
    await new Promise((resolve) => setTimeout(resolve, 1000));
    run = await api('GET', '/api/eval/runs/' + encodeURIComponent(id));
  }
  $('run-progress').hidden = true;
  if (run.status === 'FAILED') {
    verdict('bad', 'The run stopped with an error: ' + (run.error || 'unknown'));
    return;
  }
  const report = await api('GET', '/api/eval/runs/' + encodeURIComponent(id) + '/result');
  const regressed = (run.regressions || 0) > 0;
  // a suite the baseline does not hold is not compared, whatever the baseline file
  const compared = report.suites.some((s) => s.metrics.some((m) => m.change));
  verdict(regressed ? 'bad' : run.failedCases > 0 ? 'warn' : 'good',
    (regressed ? run.regressions + ' metrics regressed against the baseline'
      : compared ? 'No regression against the baseline' : 'Not compared with a baseline')
    + ' · ' + run.passedCases + ' passed, ' + run.failedCases + ' failed, ' + run.skippedCases + ' skipped of ' + run.totalCases + ' cases');
  render(report);
  $('run-actions').hidden = false;
  await compareChoices(run);
}

function verdict(kind, text) {
  $('verdict').className = 'verdict ' + kind;
  $('verdict').textContent = text;
  $('verdict').hidden = false;
}

function render(report) {
  if (report.notices.length) {
    $('notices').querySelector('ul').replaceChildren(...report.notices.map((n) => el('li', null, n)));
    $('notices').hidden = false;
  }
  $('suites').replaceChildren(...report.suites.map((s) => el('section', { class: 'suite', 'aria-labelledby': 'suite-' + s.suite },
    el('h2', { id: 'suite-' + s.suite }, s.suite, ' ', el('small', null, s.kind)),
    el('p', null, s.description, ' · ', s.passed + ' passed, ' + s.failed + ' failed, ' + s.skipped + ' skipped'),
    el('div', { class: 'table-scroll', tabindex: '0', 'aria-label': 'Metrics of ' + s.suite }, metricsTable(s)))));
  cases = report.suites.flatMap((s) => s.cases);
  $('cases-section').hidden = false;
  showCases();
  openFromHash();
}

function metricsTable(s) {
  // a suite the baseline does not hold has no baseline columns
  const baselined = s.metrics.some((m) => m.change);
  const head = el('tr', null, el('th', { scope: 'col' }, 'Metric'), el('th', { scope: 'col', class: 'number' }, 'Value'),
    baselined && [el('th', { scope: 'col', class: 'number' }, 'Baseline'), el('th', { scope: 'col', class: 'number' }, 'Tolerance'),
      el('th', { scope: 'col' }, 'Against the baseline')]);
  const rows = s.metrics.map((m) => el('tr', { class: m.change },
    el('th', { scope: 'row' }, m.name, m.lowerIsBetter ? el('span', { class: 'hint' }, ' (lower is better)') : null),
    el('td', { class: 'number' }, num(m.value)),
    baselined && [el('td', { class: 'number' }, num(m.baseline)), el('td', { class: 'number' }, num(m.tolerance)),
      el('td', null, m.change || '–')]));
  return el('table', { class: 'metrics' + (baselined ? '' : ' narrow-table') }, el('thead', null, head), el('tbody', null, rows));
}

function partners(list, other, label) {
  if (!list.length) return el('p', { class: 'hint' }, label === 'expected' ? 'No partner: the honest answer is none.' : 'No partner.');
  const others = new Set(other.map((p) => p.id));
  return el('ol', { class: 'partners' }, list.map((p) => el('li', { class: others.has(p.id) ? 'match' : '' },
    p.name ? p.name : el('em', null, 'not in the directory'), ' ', el('code', null, p.id),
    others.has(p.id) ? el('span', { class: 'hint' }, label === 'expected' ? ' · got' : ' · expected') : null)));
}

function caseView(c) {
  const hasPartners = c.expected.length || c.got.length;
  return el('details', { class: 'case ' + c.status, id: 'case-' + c.suite + '-' + c.id, dataset: { status: c.status } },
    el('summary', null, el('span', { class: 'status ' + c.status }, c.status), ' ', el('strong', null, c.id),
      el('span', { class: 'hint' }, ' ' + c.suite), el('span', { class: 'case-input' }, c.input)),
    el('div', { class: 'case-body' },
      hasPartners && el('div', { class: 'versus' },
        el('div', null, el('h3', null, 'Expected'), partners(c.expected, c.got, 'expected')),
        el('div', null, el('h3', null, 'Got'), partners(c.got, c.expected, 'got'))),
      el('h3', null, 'Assertions'),
      el('ul', { class: 'assertions' }, c.assertions.map((a) => el('li', { class: a.status.toLowerCase() },
        el('span', { class: 'status ' + a.status.toLowerCase() }, a.status.toLowerCase()), ' ', a.name,
        a.detail && a.status !== 'PASSED' ? ': ' + a.detail : ''))),
      el('h3', null, 'Answer'),
      el('pre', { class: 'answer' }, c.answer || '(none)'),
      el('p', { class: 'hint' }, c.millis + ' ms')));
}

function matches(c, words) {
  const text = [c.id, c.suite, c.input, c.answer, ...c.expected.flatMap((p) => [p.id, p.name || '']),
    ...c.got.flatMap((p) => [p.id, p.name || '']), ...c.assertions.map((a) => a.name + ' ' + (a.detail || ''))].join(' ').toLowerCase();
  return words.every((w) => text.includes(w));
}

function showCases() {
  const failedOnly = $('failed-only').checked;
  const words = $('case-search').value.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = cases.filter((c) => (!failedOnly || c.status === 'failed') && matches(c, words));
  $('cases').replaceChildren(...(shown.length ? shown.map(caseView)
    : [el('p', { id: 'no-cases' }, failedOnly && !words.length ? 'No case failed.' : 'No case matches.')]));
  $('case-count').textContent = 'Showing ' + shown.length + ' of ' + cases.length + ' cases';
}

function openFromHash() {
  const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
  if (target && target.tagName === 'DETAILS') {
    target.open = true;
    target.scrollIntoView();
  }
}

async function compareChoices(run) {
  const runs = (await api('GET', '/api/eval/runs?limit=50')).filter((r) => r.status === 'FINISHED' && r.id !== id);
  const select = $('compare-base');
  select.replaceChildren(...runs.map((r) => el('option', { value: r.id },
    dateTime(r.startedAt) + ' · ' + r.suites.join(', ') + ' · ' + r.mode + (r.partial ? ' (failures only)' : ''))));
  // the run before this one, of the same suites, is the usual comparison
  const previous = runs.find((r) => r.startedAt < run.startedAt && r.suites.join() === run.suites.join() && !r.partial);
  if (previous) select.value = previous.id;
  $('compare-form').hidden = runs.length === 0;
}

$('failed-only').addEventListener('change', showCases);
$('case-search').addEventListener('input', showCases);
$('case-search').addEventListener('change', showCases);
$('case-filters').addEventListener('submit', (e) => e.preventDefault());
window.addEventListener('hashchange', () => {
  $('failed-only').checked = false;
  showCases();
  openFromHash();
});
follow().catch((e) => toast(e, 'error'));
