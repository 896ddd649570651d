// How old each card's data is, ticking in the browser between server updates.
//
// A view response carries `freshness {view, state, age_seconds, fetched_at, stale_at, expires_at,
// version, source, last_error}`. The age shown is "server now - fetched_at", and the state is
// recomputed every second from the policy's thresholds (stale_at - fetched_at, expires_at -
// fetched_at), so a card turns stale on time even when nothing is pushed. "Server now" is the
// browser's clock plus an offset learned from the server's own timestamps, so a phone whose clock
// is off still shows true ages. A body revalidated by a 304 keeps its old age_seconds; that is why
// the age is not simply "age_seconds + time since the response".

import { clockSeconds, duration, esc, instant } from './format.js';

const SEVERITY = { unknown: -1, fresh: 0, stale: 1, expired: 2, missing: 3 };
const LABELS = {
  fresh: ['●', 'Fresh'],
  stale: ['▲', 'Stale'],
  expired: ['■', 'Expired'],
  missing: ['○', 'No data'],
  unknown: ['?', 'Age unknown'],
};

// Each estimate is a lower bound of (server clock - browser clock): the server wrote the instant
// before the browser read it. The largest recent one is the best.
const offsets = [];

/** Learns from an instant (ms) that the server wrote at or before `clientMs` on the browser clock. */
export function observeServerTime(serverMs, clientMs = Date.now()) {
  if (serverMs === null || !Number.isFinite(serverMs)) return;
  offsets.push(serverMs - clientMs);
  if (offsets.length > 50) offsets.shift();
}

/** The server's clock now, in ms since the epoch. */
export function serverNow() {
  return Date.now() + (offsets.length ? Math.max(...offsets) : 0);
}

const tickers = new Set();
let timer = null;

/** Calls `fn` every second while the page is visible; returns a function that stops it. */
export function onTick(fn) {
  tickers.add(fn);
  if (!timer) {
    timer = setInterval(() => {
      if (document.visibilityState === 'visible') tickers.forEach((tick) => tick());
    }, 1000);
  }
  return () => tickers.delete(fn);
}

/** The badge HTML of a state ("fresh", "stale", "expired", "missing", "unknown"). */
export function badge(state, title = '') {
  const [icon, label] = LABELS[state] || LABELS.unknown;
  const titleAttr = title ? ` title="${esc(title)}"` : '';
  return `<span class="badge" data-state="${state}"${titleAttr}><span aria-hidden="true">${icon}</span> ${label}</span>`;
}

/** The text of a state, for announcements. */
export function stateLabel(state) {
  return (LABELS[state] || LABELS.unknown)[1].toLowerCase();
}

/** Freshness of one response: state and age at any moment, from its freshness block. */
export class Freshness {
  constructor(block) {
    this.block = block && typeof block === 'object' ? block : null;
    const b = this.block || {};
    this.fetchedMs = instant(b.fetched_at);
    const staleMs = instant(b.stale_at);
    const expiresMs = instant(b.expires_at);
    this.staleAfter = this.fetchedMs !== null && staleMs !== null ? (staleMs - this.fetchedMs) / 1000 : null;
    this.expireAfter = this.fetchedMs !== null && expiresMs !== null ? (expiresMs - this.fetchedMs) / 1000 : null;
    if (this.fetchedMs !== null && typeof b.age_seconds === 'number') {
      observeServerTime(this.fetchedMs + b.age_seconds * 1000);
    }
  }

  get view() {
    return this.block ? this.block.view : undefined;
  }

  get version() {
    return this.block ? this.block.version : undefined;
  }

  get lastError() {
    return this.block ? this.block.last_error : null;
  }

  /** Age in seconds now, or null when there is no data. */
  age() {
    return this.fetchedMs === null ? null : Math.max(0, (serverNow() - this.fetchedMs) / 1000);
  }

  /** fresh, stale, expired, missing, or unknown when the server sent no freshness block. */
  state() {
    if (!this.block) return 'unknown';
    if (this.block.state === 'missing' || this.fetchedMs === null) return 'missing';
    const age = this.age();
    let computed = 'fresh';
    if (this.expireAfter !== null && age >= this.expireAfter) computed = 'expired';
    else if (this.staleAfter !== null && age >= this.staleAfter) computed = 'stale';
    const told = this.block.state in SEVERITY ? this.block.state : 'fresh';
    return SEVERITY[computed] >= SEVERITY[told] ? computed : told;
  }

  /** Tooltip: when the data was fetched and when it turns stale and expires. */
  title() {
    const b = this.block;
    if (!b || this.fetchedMs === null) return '';
    const parts = [`fetched ${b.fetched_at}`];
    if (b.stale_at) parts.push(`stale from ${b.stale_at}`);
    if (b.expires_at) parts.push(`expires ${b.expires_at}`);
    return parts.join('; ');
  }
}

/** Renders a Freshness into a card's `.freshness` line and keeps its age ticking. */
export class FreshnessLine {
  constructor(el, onStateChange) {
    this.el = el;
    this.freshness = null;
    this.shownState = null;
    this.onStateChange = onStateChange;
    this.untick = onTick(() => this.tick());
  }

  set(freshness) {
    this.freshness = freshness;
    this.render();
  }

  render() {
    const f = this.freshness;
    if (!f) {
      this.el.innerHTML = '';
      return;
    }
    const state = f.state();
    const previous = this.shownState;
    this.shownState = state;
    const b = f.block || {};
    let html = badge(state, f.title());
    if (state === 'unknown') {
      html += ' <span class="age">the server sent no freshness information</span>';
    } else if (state === 'missing') {
      html += ' <span class="age">never loaded</span>';
    } else {
      html += ` <span class="age">updated <time datetime="${esc(b.fetched_at)}">${duration(f.age())}</time> ago</span>`;
      html += ` <span class="meta">v${esc(b.version)}${b.source && b.source !== 'live' ? ` · from ${esc(b.source)}` : ''}</span>`;
    }
    this.el.innerHTML = html;
    if (previous && previous !== state && this.onStateChange) this.onStateChange(state);
  }

  tick() {
    if (!this.freshness || !this.el.isConnected || this.el.offsetParent === null) return;
    if (this.freshness.state() !== this.shownState) {
      this.render();
      return;
    }
    const time = this.el.querySelector('time');
    if (time) time.textContent = duration(this.freshness.age());
  }
}

/** A last-error notice: "Last load failed 2 min ago (3 in a row): message". */
export function lastErrorHtml(error) {
  if (!error || !error.message) return '';
  const at = instant(error.at);
  const ago = at === null ? '' : ` ${duration((serverNow() - at) / 1000)} ago (${clockSeconds(at)})`;
  const times = error.consecutive_failures > 1 ? `, ${error.consecutive_failures} failures in a row` : '';
  return `<p class="notice error"><strong>Last load failed</strong>${ago}${times}: ${esc(error.message)}</p>`;
}
