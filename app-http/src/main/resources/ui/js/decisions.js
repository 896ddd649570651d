// Decisions: /decisions?time_range=24h|7d, counts and the decisions grouped by day, newest first.

import { Card, notice } from './card.js';
import { clock, day, esc, fixed, instant, num } from './format.js';

const CHARGING = ['charge', 'charging', 'start_pv_charging', 'start_grid_charging', 'start_charging',
  'start_hybrid_charging', 'grid_charging'];
const CHARGING_REASONS = ['start charging', 'charging from', 'pv charging', 'grid charging', 'charging started'];
const ICONS = { charging: '⚡', selling: '⇡', wait: '‖' };

export function decisionsCard() {
  const range = document.getElementById('decisions-range');
  const card = new Card('card-decisions', {
    path: () => `decisions?time_range=${range.value}`,
    render: renderDecisions,
  });
  range.addEventListener('change', () => card.load());
  return card;
}

/** charging, selling or wait; the server's own `category` wins when it sends one. */
function kindOf(d) {
  if (d.category) return d.category;
  if (d.action === 'battery_selling' || d.decision === 'battery_selling'
    || String(d.filename || '').includes('battery_selling_decision')) return 'selling';
  if (d.action === 'wait') return 'wait';
  if (CHARGING.includes(String(d.action || '').toLowerCase())) return 'charging';
  const reason = String(d.reason || d.reasoning || '').toLowerCase();
  return CHARGING_REASONS.some((k) => reason.includes(k)) ? 'charging' : 'wait';
}

/** PV power: charging decisions store kW, selling decisions W (the coordinator's own units). */
function pvText(d, kind) {
  if (num(d.pv_power_w) !== null) return fixed(d.pv_power_w / 1000, 2, 'kW');
  if (num(d.pv_power) === null) return null;
  return kind === 'selling' ? fixed(d.pv_power / 1000, 2, 'kW') : fixed(d.pv_power, 2, 'kW');
}

function chips(d, kind) {
  const items = [];
  if (num(d.battery_soc) !== null) items.push(`SoC ${fixed(d.battery_soc, 0, '%')}`);
  const price = d.current_price ?? d.current_price_pln;
  if (num(price) !== null) items.push(`Price ${fixed(price, 3, 'PLN/kWh')}`);
  const pv = pvText(d, kind);
  if (pv) items.push(`PV ${pv}`);
  const energy = d.energy_kwh ?? d.energy_sold_kwh;
  if (num(energy)) items.push(`Energy ${fixed(energy, 2, 'kWh')}`);
  if (kind === 'selling') {
    // A sale earns: the coordinator writes its revenue as a negative cost and as a saving too.
    const revenue = d.expected_revenue_pln ?? (num(d.estimated_cost_pln) === null ? null : -d.estimated_cost_pln);
    if (num(revenue)) items.push(`Revenue ${fixed(revenue, 2, 'PLN')}`);
  } else {
    if (num(d.estimated_cost_pln)) items.push(`Cost ${fixed(d.estimated_cost_pln, 2, 'PLN')}`);
    if (num(d.estimated_savings_pln)) items.push(`Saving ${fixed(d.estimated_savings_pln, 2, 'PLN')}`);
  }
  if (num(d.confidence) !== null) {
    const c = num(d.confidence);
    items.push(`Confidence ${fixed(c <= 1 ? c * 100 : c, 0, '%')}`);
  }
  return items.map((item) => `<li>${item}</li>`).join('');
}

function renderDecision(d) {
  const kind = kindOf(d);
  const ms = instant(d.timestamp);
  const time = ms === null ? '<span class="none">no time</span>'
    : `<time datetime="${esc(d.timestamp)}">${clock(ms)}</time>`;
  const action = String(d.action || d.decision || 'unknown').toUpperCase().replace(/_/g, ' ');
  const reason = d.reason || d.reasoning;
  return `<li class="decision">${time}<div>
    <span class="action" data-kind="${kind}"><span aria-hidden="true">${ICONS[kind]}</span> ${esc(action)}</span>
    <ul class="chips">${chips(d, kind)}</ul></div>
    ${reason ? `<p class="reason">${esc(reason)}</p>` : ''}</li>`;
}

function renderDecisions(r) {
  const decisions = Array.isArray(r.decisions) ? r.decisions : [];
  const range = r.time_range === '7d' ? 'the last 7 days' : 'the last 24 hours';
  let html = `<ul class="counts" aria-label="Counts">
    <li>Total <strong>${esc(r.total_count ?? decisions.length)}</strong></li>
    <li><span aria-hidden="true">${ICONS.charging}</span> Charging <strong>${esc(r.charging_count ?? 0)}</strong></li>
    <li><span aria-hidden="true">${ICONS.wait}</span> Wait <strong>${esc(r.wait_count ?? 0)}</strong></li>
    <li><span aria-hidden="true">${ICONS.selling}</span> Selling <strong>${esc(r.battery_selling_count ?? 0)}</strong></li></ul>`;
  if (!decisions.length) {
    return html + notice('info', `No decisions in ${range}.`);
  }
  const sorted = decisions
    .map((d) => ({ d, ms: instant(d.timestamp) ?? -Infinity }))
    .sort((a, b) => b.ms - a.ms);
  let currentDay = null;
  for (const { d, ms } of sorted) {
    const label = ms === -Infinity ? 'Unknown date' : day(ms);
    if (label !== currentDay) {
      if (currentDay !== null) html += '</ol></section>';
      currentDay = label;
      html += `<section class="day-group"><h3>${esc(label)}</h3><ol class="decisions">`;
    }
    html += renderDecision(d);
  }
  return `${html}</ol></section>`;
}
