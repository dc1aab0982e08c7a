// Two eval runs side by side (/eval/compare?base=&head=): the cases whose outcome changed, broken ones
// first, each linked to its place in the run's report, and every metric of both with its change.
import { api, el, $, toast, dateTime } from '/js/consort.js';
import { num } from '/js/eval-chart.js';

const form = $('pick');
const CHANGE = { BROKEN: 'broke (now failing)', FIXED: 'fixed', CHANGED: 'changed', ADDED: 'only in head', REMOVED: 'only in base' };
const DIRECTION = { BETTER: 'better', WORSE: 'worse', SAME: 'same', NEW: 'new in head', GONE: 'not in head' };

function label(r) {
  return dateTime(r.startedAt) + ' · ' + r.suites.join(', ') + ' · ' + r.mode + (r.partial ? ' (failures only)' : '');
}

function runLink(r, hash) {
  return el('a', { href: '/eval/runs/' + encodeURIComponent(r.id) + (hash || '') }, label(r));
}

function signed(v) {
  if (v === null || v === undefined) return '–';
  return (v > 0 ? '+' : v < 0 ? '−' : '±') + num(Math.abs(v));
}

async function load() {
  const runs = (await api('GET', '/api/eval/runs?limit=100')).filter((r) => r.status === 'FINISHED');
  for (const [select, chosen] of [[$('base'), form.dataset.base], [$('head'), form.dataset.head]]) {
    select.replaceChildren(...runs.map((r) => el('option', { value: r.id }, label(r))));
    if (chosen) select.value = chosen;
  }
  if (!form.dataset.base && runs.length > 1) $('base').value = runs[1].id;
  if (!form.dataset.base || !form.dataset.head) return;
  const c = await api('GET', '/api/eval/compare?base=' + encodeURIComponent(form.dataset.base) + '&head=' + encodeURIComponent(form.dataset.head));
  $('runs-compared').replaceChildren('Base ', runLink(c.base), ' against head ', runLink(c.head), '.');
  const broken = c.cases.filter((x) => x.change === 'BROKEN').length;
  const fixed = c.cases.filter((x) => x.change === 'FIXED').length;
  $('case-summary').textContent = c.cases.length + ' cases changed (' + broken + ' broke, ' + fixed + ' fixed); '
    + c.unchanged + ' unchanged, of which ' + c.stillFailing + ' still failing.';
  $('changed').tBodies[0].replaceChildren(...(c.cases.length ? c.cases.map((x) => el('tr', { class: x.change.toLowerCase() },
    el('td', { class: 'change ' + x.change.toLowerCase() }, CHANGE[x.change]),
    el('td', null, x.suite),
    el('td', null, el('a', { href: '/eval/runs/' + encodeURIComponent(x.head ? c.head.id : c.base.id) + '#case-' + x.suite + '-' + x.id }, x.id)),
    el('td', null, x.base ? el('span', { class: 'status ' + x.base }, x.base) : '–'),
    el('td', null, x.head ? el('span', { class: 'status ' + x.head }, x.head) : '–')))
    : [el('tr', null, el('td', { colspan: '5' }, 'No case changed its outcome.'))]));
  $('metrics').tBodies[0].replaceChildren(...c.metrics.map((m) => el('tr', { class: m.direction.toLowerCase() },
    el('td', null, m.suite), el('th', { scope: 'row' }, m.metric, m.lowerIsBetter ? el('span', { class: 'hint' }, ' (lower is better)') : null),
    el('td', { class: 'number' }, num(m.base)), el('td', { class: 'number' }, num(m.head)),
    el('td', { class: 'number' }, signed(m.delta)), el('td', { class: 'direction ' + m.direction.toLowerCase() }, DIRECTION[m.direction]))));
  $('comparison').hidden = false;
}

load().catch((e) => toast(e, 'error'));
