// Charts of the eval pages: a metric's history as a line on true axes. The value axis runs from 0 to at
// least 1 (a rate on 0..1, a count from 0 to its largest value), never scaled to the values' own range,
// so a steady 1.0 sits at the top and a small dip looks small. The same rule as the HTML report's charts.
import { dateTime, day } from '/js/consort.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The top of the value axis (see above). */
export function axisTop(values) {
  const max = Math.max(...values.filter((v) => Number.isFinite(v)), 0);
  return max <= 1 ? 1 : Math.ceil(max);
}

/** A number as the eval pages write it: integers as they are, others to three decimals. */
export function num(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

/** An SVG line chart of points [{at, value}] with its axes: 0, half and top on the left, the first and last day below. */
export function historyChart(label, points) {
  const w = 280, h = 110, left = 40, right = 10, top = 10, bottom = 22;
  const plotW = w - left - right, plotH = h - top - bottom;
  const max = axisTop(points.map((p) => p.value));
  const chart = svg('svg', { width: w, height: h, viewBox: '0 0 ' + w + ' ' + h, role: 'img', class: 'chart',
    'aria-label': label + ' over ' + points.length + ' runs, axis 0 to ' + num(max)
      + (points.length ? ', latest ' + num(points[points.length - 1].value) : '') });
  for (const tick of [0, max / 2, max]) {
    const y = top + plotH - plotH * tick / max;
    chart.append(svg('line', { x1: left, x2: w - right, y1: y, y2: y, class: 'grid' }),
      svg('text', { x: left - 5, y: y + 4, 'text-anchor': 'end', class: 'axis' }, String(Number(tick.toFixed(3)))));
  }
  if (points.length) {
    chart.append(svg('text', { x: left, y: h - 5, class: 'axis' }, day(points[0].at)),
      svg('text', { x: w - right, y: h - 5, 'text-anchor': 'end', class: 'axis' }, day(points[points.length - 1].at)));
  }
  let d = '';
  points.forEach((p, i) => {
    if (!Number.isFinite(p.value)) return;
    const x = left + plotW * (points.length === 1 ? 0.5 : i / (points.length - 1));
    const y = top + plotH - plotH * p.value / max;
    d += (d ? ' L' : 'M') + x.toFixed(1) + ' ' + y.toFixed(1);
    const dot = svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: '3', class: 'dot' });
    dot.append(svg('title', {}, dateTime(p.at) + ': ' + num(p.value)));
    chart.append(dot);
  });
  chart.insertBefore(svg('path', { d, class: 'line' }), chart.querySelector('circle'));
  return chart;
}
