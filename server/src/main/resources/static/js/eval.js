// The eval page: suites to run, runs with progress (each opens its report at /eval/runs/{id}), two runs
// ticked to compare, and each metric's history on a true axis. Everything is written as text, never HTML.
import { api, el, $, $$, toast, onSubmit, dateTime } from '/js/consort.js';
import { historyChart } from '/js/eval-chart.js';

let polling = null;

async function loadSuites() {
  const suites = await api('GET', '/api/eval/suites');
  $('suites').tBodies[0].replaceChildren(...suites.map((s) => el('tr', null,
    el('td', null, el('input', { type: 'checkbox', name: 'suite', value: s.name, checked: true, 'aria-label': 'Run ' + s.name })),
    el('td', null, s.name), el('td', null, s.kind), el('td', { class: 'number' }, s.cases), el('td', null, s.description))));
  $('history-suite').replaceChildren(...suites.map((s) => el('option', { value: s.name }, s.name)));
  // the history of what was run last
  const last = (await api('GET', '/api/eval/runs?limit=5')).find((r) => r.status === 'FINISHED' && !r.partial);
  if (last && suites.some((s) => s.name === last.suites[0])) $('history-suite').value = last.suites[0];
  await loadHistory();
}

function result(r) {
  if (r.status === 'RUNNING') return 'running, ' + r.failedCases + ' failed so far';
  if (r.status === 'FAILED') return 'error: ' + (r.error || '');
  return r.passedCases + ' passed, ' + r.failedCases + ' failed, ' + r.skippedCases + ' skipped';
}

async function loadRuns() {
  const runs = await api('GET', '/api/eval/runs?limit=20');
  const ticked = new Set($$('input[name=compare]:checked').map((b) => b.value));
  $('runs').tBodies[0].replaceChildren(...runs.map((r) => el('tr', { dataset: { id: r.id, status: r.status } },
    el('td', null, r.status === 'FINISHED' && el('input', { type: 'checkbox', name: 'compare', value: r.id, checked: ticked.has(r.id),
      'aria-label': 'Compare the run of ' + dateTime(r.startedAt), onchange: compareChoice })),
    el('td', null, el('a', { href: '/eval/runs/' + encodeURIComponent(r.id), class: 'run-link' }, dateTime(r.startedAt))),
    el('td', null, r.startedByName || r.startedBy),
    el('td', null, r.suites.join(', ') + (r.partial ? ' (failures only)' : '')),
    el('td', null, r.mode),
    el('td', null, el('progress', { max: Math.max(1, r.totalCases), value: r.doneCases, 'aria-label': 'Cases done' }),
      ' ' + r.doneCases + '/' + r.totalCases),
    el('td', { class: r.status === 'FINISHED' && r.failedCases === 0 ? 'passed' : r.failedCases > 0 || r.status === 'FAILED' ? 'failed' : '' }, result(r)),
    el('td', { class: 'number' + (r.regressions > 0 ? ' failed' : '') }, r.regressions ?? ''))));
  compareChoice();
  const running = runs.find((r) => r.status === 'RUNNING');
  $('run-state').hidden = !running;
  $('start').disabled = Boolean(running);
  if (running) {
    $('run-state').replaceChildren('A run is in progress (' + running.doneCases + '/' + running.totalCases + ' cases); start another when it has finished. ',
      el('a', { href: '/eval/runs/' + encodeURIComponent(running.id) }, 'Follow it'));
  }
  if (running && !polling) {
    polling = setInterval(() => loadRuns().catch((e) => toast(e, 'error')), 1000);
  } else if (!running && polling) {
    clearInterval(polling);
    polling = null;
    await loadHistory();
  }
}

function compareChoice() {
  $('compare').disabled = $$('input[name=compare]:checked').length !== 2;
}

$('compare').addEventListener('click', () => {
  // rows are newest first: the lower ticked row is the older run, the base
  const ids = $$('input[name=compare]:checked').map((b) => b.value);
  if (ids.length !== 2) return;
  window.location.href = '/eval/compare?base=' + encodeURIComponent(ids[1]) + '&head=' + encodeURIComponent(ids[0]);
});

async function loadHistory() {
  const suite = $('history-suite').value;
  if (!suite) return;
  const series = await api('GET', '/api/eval/history?suite=' + encodeURIComponent(suite));
  const figures = Object.keys(series).map((name) => {
    const label = name.substring(name.indexOf('/') + 1);
    return el('figure', null, el('figcaption', null, label + ' (' + series[name].length + ' runs)'), historyChart(label, series[name]));
  });
  $('history').replaceChildren(...(figures.length ? figures : [el('p', null, 'No finished run of this suite yet.')]));
}

onSubmit($('run-form'), async () => {
  const suites = $$('input[name=suite]:checked').map((b) => b.value);
  if (!suites.length) {
    toast('Tick at least one suite to run.', 'error');
    return;
  }
  try {
    const started = await api('POST', '/api/eval/runs', { suites, mode: $('mode').value, retrieval: $('retrieval').value, onlyFailed: $('only-failed').checked });
    // the run's own page follows its progress and then shows its report; the button stays busy until it opens
    window.location.href = '/eval/runs/' + encodeURIComponent(started.id);
    await new Promise(() => {});
  } catch (e) {
    if (e.status === 409) await loadRuns();
    throw e;
  }
});
$('history-suite').addEventListener('change', () => loadHistory().catch((e) => toast(e, 'error')));
Promise.all([loadSuites(), loadRuns()]).catch((e) => toast(e, 'error'));
