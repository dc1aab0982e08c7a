// The eval page: everything comes from /api/eval/** and is written with textContent, never as HTML.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  let key = sessionStorage.getItem('consort-key');
  let polling = null;

  function api(path, options) {
    const headers = Object.assign({'Content-Type': 'application/json'}, key ? {'Authorization': 'Bearer ' + key} : {});
    return fetch(path, Object.assign({credentials: 'same-origin'}, options, {headers})).then((r) => {
      if (r.status === 401 || r.status === 403) {
        showSignIn(r.status === 403 ? 'This key may not run evals (EVALUATOR or ADMIN needed).' : 'Please sign in.');
        throw new Error('unauthorised');
      }
      if (!r.ok) {
        return r.json().catch(() => ({})).then((p) => { throw new Error(p.detail || ('HTTP ' + r.status)); });
      }
      return (r.headers.get('Content-Type') || '').includes('json') ? r.json() : r.text();
    });
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function showSignIn(message) {
    $('app').hidden = true;
    $('signin').hidden = false;
    $('signin-error').textContent = message || '';
  }

  function showApp() {
    $('signin').hidden = true;
    $('app').hidden = false;
    loadSuites();
    loadRuns();
  }

  function loadSuites() {
    api('/api/eval/suites').then((suites) => {
      const body = $('suites').querySelector('tbody');
      body.replaceChildren();
      const select = $('history-suite');
      select.replaceChildren();
      suites.forEach((s) => {
        const tr = el('tr');
        const box = el('input');
        box.type = 'checkbox'; box.name = 'suite'; box.value = s.name; box.checked = true;
        const td = el('td'); td.appendChild(box); tr.appendChild(td);
        [s.name, s.kind, s.cases, s.description].forEach((v) => tr.appendChild(el('td', v)));
        body.appendChild(tr);
        const o = el('option', s.name); o.value = s.name; select.appendChild(o);
      });
      loadHistory();
    }).catch(() => {});
  }

  function loadRuns() {
    api('/api/eval/runs?limit=20').then((runs) => {
      const body = $('runs').querySelector('tbody');
      body.replaceChildren();
      runs.forEach((r) => {
        const tr = el('tr');
        tr.dataset.id = r.id;
        tr.appendChild(el('td', new Date(r.startedAt).toLocaleString()));
        tr.appendChild(el('td', r.suites.join(', ') + (r.partial ? ' (failures only)' : '')));
        tr.appendChild(el('td', r.mode));
        const p = el('td');
        const bar = el('progress'); bar.max = Math.max(1, r.totalCases); bar.value = r.doneCases;
        p.appendChild(bar); p.appendChild(el('span', ' ' + r.doneCases + '/' + r.totalCases));
        tr.appendChild(p);
        const result = r.status === 'RUNNING' ? 'running, ' + r.failedCases + ' failed so far'
          : r.status === 'FAILED' ? 'error: ' + (r.error || '')
          : r.passedCases + ' passed, ' + r.failedCases + ' failed, ' + r.skippedCases + ' skipped';
        tr.appendChild(el('td', result, r.status === 'FINISHED' && r.failedCases === 0 ? 'passed' : r.failedCases > 0 ? 'failed' : ''));
        tr.appendChild(el('td', r.regressions === null || r.regressions === undefined ? '' : r.regressions,
          r.regressions > 0 ? 'failed' : ''));
        const action = el('td');
        if (r.status === 'FINISHED') {
          const b = el('button', 'Report');
          b.type = 'button';
          b.addEventListener('click', () => showReport(r.id));
          action.appendChild(b);
        }
        tr.appendChild(action);
        body.appendChild(tr);
      });
      const running = runs.some((r) => r.status === 'RUNNING');
      if (running && !polling) {
        polling = setInterval(loadRuns, 1000);
      } else if (!running && polling) {
        clearInterval(polling); polling = null; loadHistory();
      }
    }).catch(() => {});
  }

  function showReport(id) {
    api('/api/eval/runs/' + encodeURIComponent(id) + '/report').then((html) => {
      // a sandboxed frame without scripts: the report is data
      $('report').srcdoc = html;
      $('report').hidden = false;
      $('report-title').hidden = false;
    }).catch(() => {});
  }

  function loadHistory() {
    const suite = $('history-suite').value;
    if (!suite) return;
    api('/api/eval/history?suite=' + encodeURIComponent(suite)).then((series) => {
      const box = $('history');
      box.replaceChildren();
      Object.keys(series).forEach((name) => {
        const points = series[name];
        const fig = el('figure');
        fig.appendChild(el('figcaption', name.substring(name.indexOf('/') + 1) + ' (' + points.length + ' runs)'));
        fig.appendChild(sparkline(points));
        box.appendChild(fig);
      });
      if (!box.children.length) box.appendChild(el('p', 'No finished run of this suite yet.'));
    }).catch(() => {});
  }

  function sparkline(points) {
    const w = 220, h = 60;
    const values = points.map((p) => p.value);
    let min = Math.min.apply(null, values), max = Math.max.apply(null, values);
    if (max - min < 1e-9) { min -= 0.5; max += 0.5; }
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', w); svg.setAttribute('height', h); svg.setAttribute('role', 'img');
    const path = document.createElementNS(SVG, 'path');
    let d = '';
    points.forEach((p, i) => {
      const x = 6 + (w - 12) * (points.length === 1 ? 0.5 : i / (points.length - 1));
      const y = h - 6 - (h - 12) * (p.value - min) / (max - min);
      d += (d ? ' L' : 'M') + x.toFixed(1) + ' ' + y.toFixed(1);
      const c = document.createElementNS(SVG, 'circle');
      c.setAttribute('cx', x.toFixed(1)); c.setAttribute('cy', y.toFixed(1)); c.setAttribute('r', '2.5');
      const t = document.createElementNS(SVG, 'title'); t.textContent = new Date(p.at).toLocaleString() + ': ' + p.value;
      c.appendChild(t); svg.appendChild(c);
    });
    path.setAttribute('d', d); path.setAttribute('fill', 'none'); path.setAttribute('stroke', '#1565c0'); path.setAttribute('stroke-width', '2');
    svg.insertBefore(path, svg.firstChild);
    return svg;
  }

  $('key-form').addEventListener('submit', (e) => {
    e.preventDefault();
    key = $('key').value.trim();
    sessionStorage.setItem('consort-key', key);
    showApp();
  });
  $('run-form').addEventListener('submit', (e) => {
    e.preventDefault();
    $('run-error').textContent = '';
    const suites = Array.from(document.querySelectorAll('input[name=suite]:checked')).map((b) => b.value);
    api('/api/eval/runs', {method: 'POST', body: JSON.stringify({suites, mode: $('mode').value,
      retrieval: $('retrieval').value, onlyFailed: $('only-failed').checked})})
      .then(() => loadRuns()).catch((err) => { $('run-error').textContent = err.message; });
  });
  $('history-suite').addEventListener('change', loadHistory);

  // with a key from this tab, or a login session (issue 6), go straight in
  showApp();
})();
