// Prices: /prices. Kilowatch's native periods (15 minutes since October 2025) with the
// tariff-aware final price, today and tomorrow, hourly averages on demand, the cheapest window
// highlighted and the current period marked. Falls back to the reference's hourly `prices[]`.
// The fields this page reads are listed in app-http/README.md ("What the page reads").

import { Card, notice } from './card.js';
import { axis, chart, color, timeAxis } from './charts.js';
import { serverNow, onTick } from './freshness.js';
import { clock, day, esc, fixed, instant, num, stat } from './format.js';

export function pricesCard() {
  const hourly = document.getElementById('price-hourly');
  const card = new Card('card-prices', {
    path: () => 'prices?include=days',
    render: renderPrices,
    rendered: drawPrices,
  });
  document.querySelectorAll('input[name="price-day"]').forEach((input) =>
    input.addEventListener('change', () => card.rerender()));
  hourly.addEventListener('change', () => card.rerender());
  // The "now" marker moves to the next period on time, without a reload.
  onTick(() => {
    if (card.hasData && card.visible() && card.nowStart !== currentStart(card)) card.rerender();
  });
  return card;
}

function period(x) {
  return {
    start: instant(x.start) / 1000,
    end: instant(x.end) / 1000,
    price: num(x.price),
    market: num(x.market_price),
    zone: x.tariff_zone || null,
  };
}

/** The days to show: Kilowatch's `days[]`, else the reference's hourly `prices[]` as today. */
export function priceDays(p) {
  if (Array.isArray(p.days) && p.days.length) {
    return {
      native: true,
      days: p.days.map((d) => ({
        date: d.date,
        resolution: num(d.resolution_minutes),
        periods: (d.periods || []).map(period).filter((x) => x.start && x.end),
        hourly: (d.hourly || []).map(period).filter((x) => x.start && x.end),
        cheapest: d.cheapest_window ? {
          start: instant(d.cheapest_window.start) / 1000,
          end: instant(d.cheapest_window.end) / 1000,
          price: num(d.cheapest_window.average_price),
        } : null,
        average: num(d.average_price),
      })),
    };
  }
  const midnight = new Date();
  midnight.setHours(0, 0, 0, 0);
  const at = (hour) => new Date(midnight).setHours(hour) / 1000;
  const hours = (p.prices || []).filter((x) => num(x.hour) !== null).map((x) => ({
    start: at(x.hour), end: at(x.hour + 1), price: num(x.price), market: num(x.market_price), zone: null,
  }));
  const cheapestHour = /^(\d{1,2})/.exec(String(p.cheapest_hour || ''));
  return {
    native: false,
    days: hours.length ? [{
      date: null,
      resolution: 60,
      periods: hours,
      hourly: hours,
      cheapest: cheapestHour ? {
        start: at(Number(cheapestHour[1])), end: at(Number(cheapestHour[1]) + 1), price: num(p.cheapest_price_pln_kwh),
      } : null,
      average: num(p.average_price_pln_kwh),
    }] : [],
  };
}

/** Hourly averages of native periods, when the server sent none. */
function hourlyOf(periods) {
  const byHour = new Map();
  for (const x of periods) {
    const hour = Math.floor(x.start / 3600) * 3600;
    if (!byHour.has(hour)) byHour.set(hour, []);
    byHour.get(hour).push(x);
  }
  return [...byHour.entries()].map(([start, xs]) => ({
    start,
    end: Math.max(...xs.map((x) => x.end)),
    price: average(xs.map((x) => x.price)),
    market: average(xs.map((x) => x.market)),
    zone: xs[0].zone,
  }));
}

function average(values) {
  const present = values.filter((v) => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
}

function selection(p) {
  const { native, days } = priceDays(p);
  const index = Number(document.querySelector('input[name="price-day"]:checked').value);
  const d = days[index] || null;
  const hourlyMode = document.getElementById('price-hourly').checked;
  let bars = [];
  if (d) bars = hourlyMode ? (d.hourly.length ? d.hourly : hourlyOf(d.periods)) : d.periods;
  const cheap = d && d.cheapest;
  const inWindow = (x) => !!cheap && x.start < cheap.end && x.end > cheap.start;
  return { native, index, d, bars, cheap, inWindow, hourlyMode };
}

function currentStart(card) {
  const now = serverNow() / 1000;
  const { bars } = selection(card.lastBody);
  const bar = bars.find((x) => x.start <= now && now < x.end);
  return bar ? bar.start : null;
}

function span(x) {
  return `${clock(x.start * 1000)}–${clock(x.end * 1000)}`;
}

function renderPrices(p, card) {
  const { native, index, d, bars, cheap, inWindow, hourlyMode } = selection(p);
  let html = '';
  if (!native) {
    html += notice('info', 'This server sends hourly averages only, not the native 15-minute periods.');
  }
  if (!d) {
    card.nowStart = null;
    return html + notice('info', index === 1
      ? 'Tomorrow\'s prices are not published yet. PSE publishes them in the early afternoon; they appear here as soon as Kilowatch has them.'
      : 'The server holds no prices for today.');
  }
  const now = serverNow() / 1000;
  const current = bars.find((x) => x.start <= now && now < x.end);
  card.nowStart = current ? current.start : null;
  const priced = bars.filter((x) => x.price !== null);
  const low = priced.reduce((a, b) => (b.price < a.price ? b : a), priced[0]);
  const high = priced.reduce((a, b) => (b.price > a.price ? b : a), priced[0]);
  const avg = hourlyMode || d.average === null ? average(priced.map((x) => x.price)) : d.average;
  const unit = 'PLN/kWh';
  const resolution = hourlyMode ? 'hour' : `${d.resolution || 15}-minute period`;
  const title = d.date ? day(instant(`${d.date}T12:00:00`)) : 'Today';
  html += '<dl class="stats">';
  if (current) html += stat(`Now (${span(current)})`, fixed(current.price, 4, unit));
  if (cheap) {
    html += stat(`Cheapest window ${span(cheap)}`, cheap.price === null ? 'highlighted below' : fixed(cheap.price, 4, unit), 'good');
  }
  if (low) html += stat(`Lowest (${clock(low.start * 1000)})`, fixed(low.price, 4, unit));
  if (high) html += stat(`Highest (${clock(high.start * 1000)})`, fixed(high.price, 4, unit), 'bad');
  html += stat('Average', fixed(avg, 4, unit));
  html += '</dl>';
  html += `<figure><div class="chart" role="img" aria-label="Final price per ${esc(resolution)}, ${esc(title)}"></div>
    <figcaption>${esc(title)}: bars are the final price per ${esc(resolution)} (market price plus tariff, PLN/kWh)${
    cheap ? `; green bars on a shaded band are the cheapest window, ${esc(span(cheap))}` : ''}; the stepped line is the market price${
    current ? '; the dashed line marks now' : ''}.</figcaption></figure>`;
  html += `<details><summary>All ${bars.length} ${hourlyMode ? 'hours' : 'periods'} as a table</summary><div class="table-wrap"><table>
    <thead><tr><th scope="col">Period</th><th scope="col" class="num">Final ${unit}</th><th scope="col" class="num">Market ${unit}</th><th scope="col">Zone</th><th scope="col">Note</th></tr></thead><tbody>`;
  for (const x of bars) {
    const marks = [inWindow(x) ? 'cheapest' : '', x === current ? 'now' : ''].filter(Boolean);
    const note = marks.map((m) => (m === 'now' ? 'now' : 'cheapest window')).join(', ');
    html += `<tr data-mark="${marks.join(' ')}"><td>${span(x)}</td><td class="num">${fixed(x.price, 4)}</td><td class="num">${
      fixed(x.market, 4)}</td><td>${esc(x.zone || '')}</td><td>${note}</td></tr>`;
  }
  return `${html}</tbody></table></div></details>`;
}

function drawPrices(p, card) {
  const { bars, cheap, inWindow } = selection(p);
  const container = card.body.querySelector('.chart');
  if (!container || !bars.length) return;
  const xs = bars.map((x) => x.start);
  const inside = bars.map((x) => (inWindow(x) ? x.price : null));
  const outside = bars.map((x) => (inWindow(x) ? null : x.price));
  const market = bars.map((x) => x.market);
  const end = bars[bars.length - 1].end;
  chart(container, (width) => {
    const UPlot = window.uPlot;
    const barPaths = UPlot.paths.bars({ size: [1, Infinity], align: 1, gap: 1 });
    const price = (u, v) => (v == null ? '–' : `${v.toFixed(4)} PLN/kWh`);
    return [{
      height: width < 500 ? 220 : 280,
      cursor: { drag: { x: true, y: false } },
      scales: {
        x: { time: true, range: () => [xs[0], end] },
        y: { range: (u, min, max) => [Math.min(0, min), Math.max(0.1, max * 1.08)] },
      },
      axes: [timeAxis(), axis({ label: 'PLN/kWh', values: (u, ticks) => ticks.map((t) => t.toFixed(2)) })],
      series: [
        { label: 'Period', value: (u, v) => (v == null ? '–' : clock(v * 1000)) },
        { label: 'Cheapest window', fill: color('--chart-3'), stroke: color('--chart-3'), paths: barPaths, points: { show: false }, value: price },
        { label: 'Final price', fill: color('--chart-1'), stroke: color('--chart-1'), paths: barPaths, points: { show: false }, value: price },
        { label: 'Market price', stroke: color('--chart-2'), width: 2, paths: UPlot.paths.stepped({ align: 1 }), points: { show: false }, value: price },
      ],
      hooks: {
        drawClear: [(u) => cheap && band(u, cheap)],
        draw: [(u) => nowLine(u, serverNow() / 1000)],
      },
    }, [xs, inside, outside, market]];
  });
}

function band(u, cheap) {
  const ctx = u.ctx;
  const x0 = u.valToPos(cheap.start, 'x', true);
  const x1 = u.valToPos(cheap.end, 'x', true);
  ctx.save();
  ctx.fillStyle = `${color('--chart-3')}26`;
  ctx.fillRect(x0, u.bbox.top, x1 - x0, u.bbox.height);
  ctx.fillStyle = color('--text');
  ctx.font = `${12 * devicePixelRatio}px system-ui, sans-serif`;
  ctx.fillText('cheapest', x0 + 3 * devicePixelRatio, u.bbox.top + 12 * devicePixelRatio);
  ctx.restore();
}

function nowLine(u, now) {
  const x = u.valToPos(now, 'x', true);
  if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
  const ctx = u.ctx;
  ctx.save();
  ctx.strokeStyle = color('--text');
  ctx.lineWidth = 2 * devicePixelRatio;
  ctx.setLineDash([5 * devicePixelRatio, 4 * devicePixelRatio]);
  ctx.beginPath();
  ctx.moveTo(x, u.bbox.top);
  ctx.lineTo(x, u.bbox.top + u.bbox.height);
  ctx.stroke();
  ctx.fillStyle = color('--text');
  ctx.font = `bold ${12 * devicePixelRatio}px system-ui, sans-serif`;
  ctx.fillText('now', x + 4 * devicePixelRatio, u.bbox.top + 26 * devicePixelRatio);
  ctx.restore();
}
