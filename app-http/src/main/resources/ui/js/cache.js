// Cache: /cache (every view's state, age, version, counters, last error) and the full refresh
// (POST /refresh). The report is re-read on view events and every 10 s while the tab is shown.

import { postJson } from './api.js';
import { Card, notice } from './card.js';
import { badge, observeServerTime, onTick } from './freshness.js';
import { clockSeconds, duration, esc, instant } from './format.js';

const STATES = ['fresh', 'stale', 'expired', 'missing'];

export function cacheCard() {
  let receivedAt = performance.now();
  const card = new Card('card-cache', {
    path: () => 'cache',
    describe: (r) => {
      const at = instant(r.at);
      observeServerTime(at);
      receivedAt = performance.now();
      return `${badge('fresh')} <span class="age">live report, read at ${at === null ? '?' : esc(clockSeconds(at))}</span>`;
    },
    render: renderCache,
  });
  onTick(() => {
    if (!card.visible()) return;
    const elapsed = (performance.now() - receivedAt) / 1000;
    card.body.querySelectorAll('[data-age]').forEach((cell) => {
      cell.textContent = duration(Number(cell.dataset.age) + elapsed);
    });
  });
  setInterval(() => {
    if (card.visible() && document.visibilityState === 'visible') card.load();
  }, 10000);

  const button = document.getElementById('refresh-all');
  const result = document.getElementById('refresh-result');
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    button.textContent = 'Refreshing…';
    result.textContent = 'Reloading every view now…';
    const response = await postJson('refresh');
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = 'Refresh everything now';
    result.textContent = refreshText(response);
    card.load();
  });
  return card;
}

function refreshText(response) {
  if (response.kind !== 'ok' || !response.body) {
    return `The refresh was not done: ${response.message}`;
  }
  const r = response.body;
  const views = Array.isArray(r.views) ? r.views : [];
  const failed = views.filter((v) => !['loaded', 'unchanged', 'skipped'].includes(v.status));
  const took = typeof r.took_seconds === 'number' ? ` in ${r.took_seconds.toFixed(2)} s` : '';
  if (!failed.length) return `Refreshed ${views.length} views${took}: all succeeded.`;
  return `Refreshed ${views.length} views${took}; ${failed.length} did not succeed: ${failed
    .map((v) => `${v.view} (${v.status}${v.error ? `: ${v.error}` : ''})`).join('; ')}.`;
}

function renderCache(r) {
  const views = Array.isArray(r.views) ? [...r.views] : [];
  if (!views.length) return notice('info', 'No views are registered.');
  views.sort((a, b) => a.view.localeCompare(b.view));
  const counts = STATES.map((s) => `${views.filter((v) => v.state === s).length} ${s}`).join(', ');
  const failing = views.filter((v) => v.last_error).length;
  let html = `<p class="hint">${views.length} views: ${counts}; ${failing} with a failed last load.</p>`;
  html += `<div class="table-wrap"><table class="stacked"><thead><tr>
    <th scope="col">View</th><th scope="col">State</th><th scope="col" class="num">Age</th><th scope="col" class="num">Version</th>
    <th scope="col">Source</th><th scope="col" class="num">Reads</th><th scope="col" class="num">Loads ok / failed / timed out</th>
    <th scope="col" class="num">Last load</th><th scope="col">Last error</th></tr></thead><tbody>`;
  for (const v of views) {
    const error = v.last_error;
    const age = typeof v.age_seconds === 'number'
      ? `<td class="num" data-label="Age" data-age="${v.age_seconds}">${duration(v.age_seconds)}</td>`
      : '<td class="num" data-label="Age"><span class="none">never loaded</span></td>';
    // data-label names each cell where a phone shows the rows as stacked blocks (app.css).
    html += `<tr data-view="${esc(v.view)}"><th scope="row">${esc(v.view)}${v.loading ? ' <small>(loading)</small>' : ''}</th>
      <td data-label="State">${badge(v.state)}</td>${age}<td class="num" data-label="Version">${esc(v.version)}</td>
      <td data-label="Source">${esc(v.source || '')}</td><td class="num" data-label="Reads">${esc(v.reads)}</td>
      <td class="num" data-label="Loads ok / failed / timed out">${esc(v.loads_succeeded)} / ${esc(v.loads_failed)} / ${esc(v.load_timeouts)}</td>
      <td class="num" data-label="Last load">${typeof v.last_load_seconds === 'number' ? `${v.last_load_seconds.toFixed(3)} s` : ''}</td>
      <td data-label="Last error">${error ? `${esc(error.message)} <small>(${esc(error.consecutive_failures)} in a row, last at ${
        esc(clockSeconds(instant(error.at) ?? Date.now()))})</small>` : ''}</td></tr>`;
  }
  return `${html}</tbody></table></div>`;
}
