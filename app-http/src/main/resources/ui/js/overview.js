// Overview: the coordinator (/status), the current state (/current-state) and cost & savings
// (/monthly-summary?year=&month=) with a month selector.

import { Card, notice } from './card.js';
import { MONTHS, bytes, duration, esc, fixed, num, stat, text, watts } from './format.js';

export function overviewCards() {
  const month = document.getElementById('savings-month');
  fillMonths(month);
  const savings = new Card('card-savings', {
    path: () => {
      const [year, m] = month.value.split('-');
      return `monthly-summary?year=${year}&month=${Number(m)}`;
    },
    render: renderSavings,
  });
  month.addEventListener('change', () => savings.load());
  return [
    new Card('card-status', { path: () => 'status', render: renderStatus }),
    new Card('card-current', { path: () => 'current-state', render: renderCurrent }),
    savings,
  ];
}

/** This month and the twelve before it, filled at once (the reference page left it empty for 120 s). */
function fillMonths(select) {
  const now = new Date();
  let html = '';
  for (let i = 0; i <= 12; i++) {
    const d = new Date(now.getFullYear(), now.getMonth() - i, 1);
    const value = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    html += `<option value="${value}">${MONTHS[d.getMonth()]} ${d.getFullYear()}</option>`;
  }
  select.innerHTML = html;
}

function renderStatus(s) {
  const running = s.coordinator_running;
  let coordinator;
  if (running === true) {
    coordinator = stat('Coordinator', '<span aria-hidden="true">✔</span> Running', 'good');
  } else if (running === false) {
    coordinator = stat('Coordinator', '<span aria-hidden="true">✖</span> Stopped', 'bad');
  } else {
    coordinator = stat('Coordinator', '<span class="none">not checked yet</span>');
  }
  const uptime = s.server_uptime_human || (num(s.server_uptime) === null ? null : duration(s.server_uptime));
  const storage = s.storage || {};
  const worker = s.background_worker || {};
  const files = s.log_files && typeof s.log_files === 'object' ? Object.values(s.log_files) : null;
  const size = files ? files.reduce((sum, f) => sum + (num(f && f.size) || 0), 0) : null;
  let html = '<dl class="stats">';
  html += coordinator;
  html += stat('Process id', running === false && s.coordinator_pid == null
    ? 'none <small>not running</small>' : text(s.coordinator_pid));
  html += stat('Server uptime', text(uptime));
  html += stat('Data source', dataSource(s.data_source));
  html += stat('Storage', storage.connected === undefined ? text(null)
    : `${storage.connected ? 'Connected' : 'Not connected'}${storage.type ? ` <small>${esc(storage.type)}</small>` : ''}`);
  html += stat('Background refresh', text(worker.health));
  html += stat('Log files', files ? `${files.length} <small>${bytes(size)}</small>` : text(null));
  html += '</dl>';
  const errors = worker.last_errors && typeof worker.last_errors === 'object'
    ? Object.entries(worker.last_errors).filter(([, message]) => message) : [];
  for (const [source, message] of errors) {
    html += notice('error', `<strong>${esc(source)}</strong>: ${esc(message)}`);
  }
  return html;
}

/** `database_fresh` as "Database fresh": where the state was read, and how fresh it is. */
function dataSource(label) {
  const parts = /^(database|state_file)_(\w+)$/.exec(String(label ?? ''));
  if (!parts) return text(label);
  return `${parts[1] === 'database' ? 'Database' : 'State file'} <small>${esc(parts[2])}</small>`;
}

/** The reference page's normalisation: legacy `pv` / `consumption` sections, `grid.power_w`. */
function normalise(c) {
  const pv = c.photovoltaic || c.pv || {};
  const house = c.house_consumption || c.consumption || {};
  const grid = c.grid || {};
  return {
    battery: c.battery || {},
    pricing: c.pricing || {},
    pvPower: pv.current_power_w ?? pv.power_w ?? pv.power,
    housePower: house.current_power_w ?? house.power_w ?? house.power,
    grid,
    gridPower: grid.current_power_w ?? grid.power_w,
  };
}

function gridFlow(power, direction) {
  const p = num(power);
  if (p === null) return text(null);
  const word = String(direction || '').toLowerCase();
  // The coordinator's sign: positive = export, negative = import.
  const exporting = word ? word === 'export' : p > 0;
  const importing = word ? word === 'import' : p < 0;
  if (exporting) return `<span aria-hidden="true">↑</span> Export ${watts(Math.abs(p))}`;
  if (importing) return `<span aria-hidden="true">↓</span> Import ${watts(Math.abs(p))}`;
  return `Balanced ${watts(p)}`;
}

function renderCurrent(c) {
  const { battery, pricing, pvPower, housePower, grid, gridPower } = normalise(c);
  // Fields the server says it cannot provide get no tile, rather than a tile saying "no data".
  const unavailable = new Set(Array.isArray(c.freshness?.unavailable) ? c.freshness.unavailable : []);
  const tile = (field, label, html, extraClass) => (unavailable.has(field) ? '' : stat(label, html, extraClass));
  const soc = num(battery.soc_percent);
  const phases = [grid.l1_current_a, grid.l2_current_a, grid.l3_current_a];
  const phaseText = phases.every((a) => num(a) === null)
    ? text(null)
    : `${phases.map((a) => (num(a) === null ? '–' : num(a).toFixed(1))).join(' / ')} <small>A</small>`;
  const cheapestAt = pricing.cheapest_hour ? ` <small>at ${esc(pricing.cheapest_hour)}</small>` : '';
  let html = '';
  if (typeof c.data_source === 'string' && c.data_source.toLowerCase().includes('mock')) {
    html += notice('warning', `These are mock values, not readings from your inverter (data source: ${esc(c.data_source)}).`);
  }
  if (c.data_warning) html += notice('warning', esc(c.data_warning));
  html += '<dl class="stats">';
  html += stat('Battery', soc === null ? text(null)
    : `${fixed(soc, 1, '%')}<meter min="0" max="100" low="20" optimum="80" value="${soc}" aria-label="Battery charge ${soc} percent"></meter>`);
  html += tile('battery.temperature_c', 'Battery temperature', fixed(battery.temperature_c, 1, '°C'));
  html += tile('battery.charging_status', 'Battery status', text(battery.charging_status));
  html += tile('photovoltaic.current_power_w', 'Solar power', watts(pvPower));
  html += tile('house_consumption.current_power_w', 'House consumption', watts(housePower));
  html += tile('grid.current_power_w', 'Grid', gridFlow(gridPower, grid.flow_direction));
  html += tile('grid.l1_current_a', 'Phase currents L1 / L2 / L3', phaseText);
  html += tile('pricing.current_price_pln_kwh', 'Price now', fixed(pricing.current_price_pln_kwh, 4, 'PLN/kWh'));
  html += tile('pricing.cheapest_price_pln_kwh', 'Cheapest today',
    `${fixed(pricing.cheapest_price_pln_kwh, 4, 'PLN/kWh')}${cheapestAt}`);
  html += '</dl>';
  return html;
}

function renderSavings(m, card) {
  const [year, month] = card.path().match(/year=(\d+)&month=(\d+)/).slice(1).map(Number);
  const name = `${m.month_name || MONTHS[month - 1]} ${m.year || year}`;
  if (num(m.total_decisions) === 0) {
    return notice('info', `No decisions were recorded in ${esc(name)}, so there is no cost or saving to show.`);
  }
  const meter = [m.grid_import_total_kwh, sum(m.grid_import_t1_kwh, m.grid_import_t2_kwh), m.real_grid_import_kwh]
    .map(num).find((v) => v !== null && v !== 0);
  let html = '<dl class="stats">';
  html += stat('Total cost', fixed(m.total_cost_pln, 2, 'PLN'));
  html += stat('Total savings', `${fixed(m.total_savings_pln, 2, 'PLN')}${
    num(m.savings_percentage) === null ? '' : ` <small>${fixed(m.savings_percentage, 1)} %</small>`}`, 'good');
  html += stat('Energy charged', fixed(m.total_energy_kwh, 1, 'kWh'));
  html += stat('Grid import (meter)', fixed(meter ?? null, 1, 'kWh'));
  html += stat('Average cost', fixed(m.avg_cost_per_kwh, 4, 'PLN/kWh'));
  html += stat('T1 (peak): charged / imported',
    `${fixed(m.energy_charged_t1_kwh, 1)} / ${fixed(m.grid_import_t1_kwh, 1, 'kWh')}`);
  html += stat('T2 (off-peak): charged / imported',
    `${fixed(m.energy_charged_t2_kwh, 1)} / ${fixed(m.grid_import_t2_kwh, 1, 'kWh')}`);
  if (num(m.selling_revenue_pln) > 0) {
    html += stat('Selling revenue', fixed(m.selling_revenue_pln, 2, 'PLN'), 'good');
  }
  html += '</dl>';
  const selling = num(m.selling_count) ? `, ${m.selling_count} selling` : '';
  html += `<p class="hint">${esc(m.total_decisions)} decisions (${esc(m.charging_count ?? 0)} charging, ${
    esc(m.wait_count ?? 0)} wait${selling}) over ${esc(m.days_with_data ?? 0)} days of ${esc(name)}.</p>`;
  return html;
}

function sum(a, b) {
  return num(a) === null && num(b) === null ? null : (num(a) || 0) + (num(b) || 0);
}
