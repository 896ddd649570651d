// Formatting and small DOM helpers. A missing value is always shown as "no data", never as 0.

const NONE = '<span class="none">no data</span>';

/** Escapes text for HTML. */
export function esc(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A finite number, or null for null, undefined, '', 'Unknown' and the like. */
export function num(value) {
  if (value === null || value === undefined || value === '' || typeof value === 'boolean') {
    return null;
  }
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** `value` with `digits` decimals and a unit, or "no data". */
export function fixed(value, digits, unit = '') {
  const n = num(value);
  if (n === null) return NONE;
  const text = n.toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return unit ? `${text} <small>${esc(unit)}</small>` : text;
}

/** A power in watts, shown in W below 1 kW and in kW above. */
export function watts(value) {
  const n = num(value);
  if (n === null) return NONE;
  return Math.abs(n) >= 1000 ? fixed(n / 1000, 2, 'kW') : fixed(n, 0, 'W');
}

/** A text value, or "no data". */
export function text(value) {
  return value === null || value === undefined || value === '' ? NONE : esc(value);
}

/** One statistic tile: `<div class="stat"><dt>label</dt><dd>html</dd></div>`. */
export function stat(label, html, extraClass = '') {
  return `<div class="stat ${extraClass}"><dt>${esc(label)}</dt><dd>${html}</dd></div>`;
}

/** A duration in seconds as "12 s", "5 min 3 s", "2 h 5 min", "3 d 2 h". */
export function duration(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  if (s < 86400) {
    const m = Math.floor((s % 3600) / 60);
    return `${Math.floor(s / 3600)} h${m ? ` ${m} min` : ''}`;
  }
  const h = Math.floor((s % 86400) / 3600);
  return `${Math.floor(s / 86400)} d${h ? ` ${h} h` : ''}`;
}

/** Milliseconds since the epoch of an ISO-8601 string, or null. */
export function instant(iso) {
  if (typeof iso !== 'string') return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** "HH:MM" in the browser's zone. */
export function clock(ms) {
  return new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** "HH:MM:SS" in the browser's zone. */
export function clockSeconds(ms) {
  return new Date(ms).toLocaleTimeString('en-GB');
}

/** "Mon 24 Nov" in the browser's zone. */
export function day(ms) {
  return new Date(ms).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
}

/** A byte count as "1.2 MB". */
export function bytes(value) {
  const n = num(value);
  if (n === null) return NONE;
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
