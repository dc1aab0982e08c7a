// The eval page: everything comes from /api/eval/** and is written as text, never as HTML.
import { api, el, $, $$, toast, onSubmit, dateTime } from '/js/consort.js';

const SVG = 'http://www.w3.org/2000/svg';
let polling = null;

async function loadSuites() {
  const suites = await api('GET', '/api/eval/suites');
  $('suites').tBodies[0].replaceChildren(...suites.map((s) => el('tr', null,
    el('td', null, el('input', { type: 'checkbox', name: 'suite', value: s.name, checked: true, 'aria-label': 'Run ' + s.name })),
    [s.name, s.kind, s.cases, s.description].map((v) => el('td', null, v)))));
  $('history-suite').replaceChildren(...suites.map((s) => el('option', { value: s.name }, s.name)));
  await loadHistory();
}

function result(r) {
  if (r.status === 'RUNNING') return 'running, ' + r.failedCases + ' failed so far';
  if (r.status === 'FAILED') return 'error: ' + (r.error || '');
  return r.passedCases + ' passed, ' + r.failedCases + ' failed, ' + r.skippedCases + ' skipped';
}

async function loadRuns() {
  const runs = await api('GET', '/api/eval/runs?limit=20');
  $('runs').tBodies[0].replaceChildren(...runs.map((r) => el('tr', { dataset: { id: r.id } },
    el('td', null, dateTime(r.startedAt)),
    el('td', null, r.suites.join(', ') + (r.partial ? ' (failures only)' : '')),
    el('td', null, r.mode),
    el('td', null, el('progress', { max: Math.max(1, r.totalCases), value: r.doneCases, 'aria-label': 'Cases done' }),
      ' ' + r.doneCases + '/' + r.totalCases),
    el('td', { class: r.status === 'FINISHED' && r.failedCases === 0 ? 'passed' : r.failedCases > 0 ? 'failed' : '' }, result(r)),
    el('td', { class: r.regressions > 0 ? 'failed' : '' }, r.regressions === null || r.regressions === undefined ? '' : r.regressions),
    el('td', null, r.status === 'FINISHED'
      && el('button', { type: 'button', class: 'secondary', onclick: () => showReport(r.id).catch((e) => toast(e, 'error')) }, 'Report')))));
  const running = runs.some((r) => r.status === 'RUNNING');
  if (running && !polling) {
    polling = setInterval(() => loadRuns().catch((e) => toast(e, 'error')), 1000);
  } else if (!running && polling) {
    clearInterval(polling);
    polling = null;
    await loadHistory();
  }
}

async function showReport(id) {
  const html = await api('GET', '/api/eval/runs/' + encodeURIComponent(id) + '/report', undefined, { accept: 'text/html' });
  // a sandboxed frame without scripts: the report is data
  $('report').srcdoc = html;
  $('report').hidden = false;
  $('report-title').hidden = false;
}

async function loadHistory() {
  const suite = $('history-suite').value;
  if (!suite) return;
  const series = await api('GET', '/api/eval/history?suite=' + encodeURIComponent(suite));
  const figures = Object.keys(series).map((name) => {
    const label = name.substring(name.indexOf('/') + 1);
    return el('figure', null, el('figcaption', null, label + ' (' + series[name].length + ' runs)'), sparkline(label, series[name]));
  });
  $('history').replaceChildren(...(figures.length ? figures : [el('p', null, 'No finished run of this suite yet.')]));
}

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  return node;
}

function sparkline(label, points) {
  const w = 220, h = 60;
  const values = points.map((p) => p.value);
  let min = Math.min(...values), max = Math.max(...values);
  if (max - min < 1e-9) { min -= 0.5; max += 0.5; }
  const chart = svg('svg', { width: w, height: h, role: 'img', 'aria-label': label + ' over the last ' + points.length + ' runs' });
  let d = '';
  points.forEach((p, i) => {
    const x = (6 + (w - 12) * (points.length === 1 ? 0.5 : i / (points.length - 1))).toFixed(1);
    const y = (h - 6 - (h - 12) * (p.value - min) / (max - min)).toFixed(1);
    d += (d ? ' L' : 'M') + x + ' ' + y;
    const dot = svg('circle', { cx: x, cy: y, r: '2.5' });
    const title = svg('title', {});
    title.textContent = dateTime(p.at) + ': ' + p.value;
    dot.append(title);
    chart.append(dot);
  });
  chart.prepend(svg('path', { d, fill: 'none', stroke: '#1565c0', 'stroke-width': '2' }));
  return chart;
}

onSubmit($('run-form'), async () => {
  const suites = $$('input[name=suite]:checked').map((b) => b.value);
  await api('POST', '/api/eval/runs', { suites, mode: $('mode').value, retrieval: $('retrieval').value, onlyFailed: $('only-failed').checked });
  toast('Run started.', 'success');
  await loadRuns();
});
$('history-suite').addEventListener('change', () => loadHistory().catch((e) => toast(e, 'error')));
Promise.all([loadSuites(), loadRuns()]).catch((e) => toast(e, 'error'));
