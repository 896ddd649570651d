// Time series: /historical-data, battery state of charge (%) and PV power (kW) over the last
// 24 hours, zoomable (drag, or the range buttons for keyboard users; double-click resets).

import { Card, notice } from './card.js';
import { axis, chart, color, timeAxis } from './charts.js';
import { clock, esc, fixed, instant, num, stat, text } from './format.js';

export function seriesCard() {
  const card = new Card('card-series', {
    path: () => 'historical-data',
    render: renderSeries,
    rendered: drawSeries,
  });
  card.el.querySelectorAll('[data-zoom]').forEach((button) => {
    button.addEventListener('click', () => {
      const container = card.body.querySelector('.chart');
      const plot = container && container.chart;
      if (!plot) return;
      const xs = plot.data[0];
      const max = xs[xs.length - 1];
      plot.setScale('x', { min: Math.max(xs[0], max - Number(button.dataset.zoom) * 3600), max });
    });
  });
  return card;
}

/**
 * Seconds since the epoch for each timestamp: ISO-8601 strings as they are; the reference's
 * "HH:MM" labels (oldest first, one day at most) counted back from `last_update`.
 */
export function toEpochSeconds(timestamps, lastUpdate) {
  const parsed = timestamps.map((t) => (typeof t === 'number' ? t * 1000 : instant(t)));
  if (parsed.every((ms) => ms !== null)) return parsed.map((ms) => ms / 1000);
  const minutes = timestamps.map((t) => {
    const m = /^(\d{1,2}):(\d{2})/.exec(String(t));
    return m ? Number(m[1]) * 60 + Number(m[2]) : null;
  });
  if (minutes.some((m) => m === null)) return null;
  const end = new Date(instant(lastUpdate) ?? Date.now());
  const last = new Date(end);
  last.setHours(0, minutes[minutes.length - 1], 0, 0);
  if (last > end) last.setDate(last.getDate() - 1);
  const xs = new Array(minutes.length);
  xs[xs.length - 1] = last.getTime() / 1000;
  for (let i = xs.length - 2; i >= 0; i--) {
    xs[i] = xs[i + 1] - ((minutes[i + 1] - minutes[i] + 1440) % 1440) * 60;
  }
  return xs;
}

function series(h) {
  const timestamps = Array.isArray(h.timestamps) ? h.timestamps : [];
  const xs = toEpochSeconds(timestamps, h.last_update);
  const soc = (h.soc_data || []).map(num);
  const pv = (h.pv_power_data || []).map(num);
  return { xs, soc, pv };
}

function range(values) {
  const present = values.filter((v) => v !== null);
  return present.length ? [Math.min(...present), Math.max(...present)] : null;
}

function renderSeries(h) {
  const { xs, soc, pv } = series(h);
  if (!xs || !xs.length) {
    return notice('info', xs ? 'The server holds no readings for the last 24 hours yet.'
      : 'The server sent timestamps this page cannot read.');
  }
  const socRange = range(soc);
  const pvRange = range(pv);
  const real = !String(h.data_source || '').toLowerCase().includes('mock');
  let html = '';
  if (!real) html += notice('warning', `These are mock values, not readings (data source: ${esc(h.data_source)}).`);
  html += `<figure><div class="chart" role="img" aria-label="Battery state of charge and PV power, ${
    esc(clock(xs[0] * 1000))} to ${esc(clock(xs[xs.length - 1] * 1000))}"></div>
    <figcaption>Left axis: battery state of charge (%). Right axis: PV power (kW).</figcaption></figure>`;
  html += '<dl class="stats">';
  html += stat('Data points', esc(h.data_points ?? xs.length));
  html += stat('Data source', text(h.data_source));
  html += stat('State of charge', socRange ? `${fixed(socRange[0], 1)} – ${fixed(socRange[1], 1, '%')}` : text(null));
  html += stat('PV peak', pvRange ? fixed(pvRange[1], 2, 'kW') : text(null));
  const last = instant(h.last_update);
  html += stat('Last reading', last === null ? text(h.last_update) : esc(clock(last)));
  html += '</dl>';
  return html;
}

function drawSeries(h, card) {
  const { xs, soc, pv } = series(h);
  const container = card.body.querySelector('.chart');
  if (!container) return;
  chart(container, (width) => [{
    height: width < 500 ? 220 : 300,
    cursor: { drag: { x: true, y: false } },
    scales: { x: { time: true }, soc: { range: [0, 100] }, kw: { range: (u, min, max) => [0, Math.max(1, max)] } },
    axes: [
      timeAxis(),
      axis({ scale: 'soc', label: 'SoC %', values: (u, ticks) => ticks.map((t) => `${t}`) }),
      axis({ scale: 'kw', side: 1, label: 'PV kW', grid: { show: false } }),
    ],
    series: [
      { label: 'Time', value: (u, v) => (v == null ? '–' : clock(v * 1000)) },
      { label: 'State of charge', scale: 'soc', stroke: color('--chart-1'), width: 2,
        value: (u, v) => (v == null ? '–' : `${v.toFixed(1)} %`) },
      { label: 'PV power', scale: 'kw', stroke: color('--chart-2'), width: 2, fill: `${color('--chart-2')}22`,
        value: (u, v) => (v == null ? '–' : `${v.toFixed(2)} kW`) },
    ],
  }, [xs, soc, pv]]);
}
