// Logs: /logs?file=&lines=&level= (tail), /logs?...&follow=true (server-sent events, live),
// /logs/download/{file} (the real file name, which the reference page got wrong), /logs/files.

import { withToken } from './api.js';
import { Card, notice } from './card.js';
import { bytes, clockSeconds, day, esc, instant } from './format.js';

const LEVELS = ['ERROR', 'WARNING', 'INFO', 'DEBUG'];
const MAX_LINES = 2000;

export function logCards() {
  const form = document.getElementById('logs-form');
  const file = document.getElementById('logs-file');
  const lines = document.getElementById('logs-lines');
  const level = document.getElementById('logs-level');
  const follow = document.getElementById('logs-follow');
  const download = document.getElementById('logs-download');
  const status = document.getElementById('logs-stream');
  let stream = null;

  const query = () => {
    const count = Math.min(1000, Math.max(10, Number(lines.value) || 100));
    lines.value = count;
    return `file=${encodeURIComponent(file.value)}&lines=${count}${level.value ? `&level=${level.value}` : ''}`;
  };

  const card = new Card('card-logs', {
    path: () => `logs?${query()}`,
    render: (r) => {
      const name = String(r.log_file || '');
      if (/\.log$/.test(name)) {
        download.href = withToken(`logs/download/${encodeURIComponent(name)}`);
        download.setAttribute('download', name);
        download.removeAttribute('aria-disabled');
        download.title = `Download ${name}`;
      } else {
        download.removeAttribute('href');
        download.setAttribute('aria-disabled', 'true');
        download.title = 'The journal cannot be downloaded as a file';
      }
      const list = Array.isArray(r.lines) ? r.lines : [];
      const head = `<p class="hint">${esc(list.length)} lines of ${esc(name || file.value)}${
        r.level_filter ? `, level ${esc(r.level_filter)}` : ''}, oldest first.</p>`;
      return head + (list.length ? `<ol class="log-lines">${list.map(line).join('')}</ol>`
        : notice('info', 'No lines match.'));
    },
    rendered: (r, c) => {
      const ol = c.body.querySelector('.log-lines');
      if (ol) ol.scrollTop = ol.scrollHeight;
    },
  });

  const stop = (message) => {
    if (stream) stream.close();
    stream = null;
    card.paused = false;
    follow.setAttribute('aria-pressed', 'false');
    status.textContent = message || '';
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    stop();
    card.load();
  });
  file.addEventListener('change', () => {
    stop();
    card.load();
  });

  follow.addEventListener('click', () => {
    if (stream) {
      stop('Live follow stopped.');
      return;
    }
    if (file.value === 'summary') {
      status.textContent = 'The coordinator summary cannot be followed live; choose a log file or the journal.';
      return;
    }
    follow.setAttribute('aria-pressed', 'true');
    status.textContent = 'Connecting…';
    card.paused = true;
    const source = new EventSource(withToken(`logs?${query()}&follow=true`));
    stream = source;
    let ol = null;
    source.onmessage = (e) => {
      let event;
      try {
        event = JSON.parse(e.data);
      } catch (notJson) {
        return;
      }
      if (event.type === 'start') {
        status.textContent = `Following live since ${clockSeconds(Date.now())}: new lines appear below.`;
        card.body.innerHTML = '<ol class="log-lines" aria-live="off"></ol>';
        ol = card.body.querySelector('.log-lines');
      } else if (event.type === 'log' && ol) {
        const atBottom = ol.scrollTop + ol.clientHeight >= ol.scrollHeight - 4;
        ol.insertAdjacentHTML('beforeend', line(event.line));
        while (ol.children.length > MAX_LINES) ol.firstElementChild.remove();
        if (atBottom) ol.scrollTop = ol.scrollHeight;
      } else if (event.type === 'error') {
        stop(`Live follow stopped by the server: ${event.message}`);
      }
    };
    source.onerror = () => {
      if (stream === source) stop('Live follow stopped: the connection to the server was lost.');
    };
  });

  const files = new Card('card-logfiles', {
    path: () => 'logs/files',
    render: (r) => {
      const list = Array.isArray(r.log_files) ? r.log_files : [];
      if (!list.length) return notice('info', 'The log folder holds no .log files.');
      return `<div class="table-wrap"><table class="stacked"><thead><tr><th scope="col">File</th><th scope="col" class="num">Size</th>
        <th scope="col">Modified</th></tr></thead><tbody>${list.map((f) => {
        const modified = instant(f.modified);
        return `<tr><th scope="row"><a href="${esc(withToken(`logs/download/${encodeURIComponent(f.name)}`))}" download="${esc(f.name)}">${
          esc(f.name)}</a></th><td class="num" data-label="Size">${bytes(f.size)}</td><td data-label="Modified">${
          modified === null ? esc(f.modified || '') : `<time datetime="${esc(f.modified)}">${day(modified)}, ${clockSeconds(modified)}</time>`}</td></tr>`;
      }).join('')}</tbody></table></div>`;
    },
  });
  return [card, files];
}

function line(textLine) {
  const value = String(textLine);
  const level = LEVELS.find((l) => value.includes(l)) || '';
  return `<li${level ? ` data-level="${level}"` : ''}>${esc(value)}</li>`;
}
