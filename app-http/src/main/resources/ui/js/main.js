// The dashboard page: tabs (ARIA, keyboard), theme, live updates from /events, token handling.
// Each tab's module is loaded when the tab is first shown, so the Overview paints first.

import { initToken, onToken, withToken } from './api.js';
import { allCards } from './card.js';
import { observeServerTime } from './freshness.js';
import { instant } from './format.js';
import { overviewCards } from './overview.js';

const PANELS = {
  overview: async () => overviewCards(),
  decisions: async () => [(await import('./decisions.js')).decisionsCard()],
  series: async () => [(await import('./series.js')).seriesCard()],
  prices: async () => [(await import('./prices.js')).pricesCard()],
  logs: async () => (await import('./logs.js')).logCards(),
  cache: async () => [(await import('./cache.js')).cacheCard()],
};
const created = {};
const tabs = [...document.querySelectorAll('[role="tab"]')];


function cardsOf(name) {
  if (!created[name]) created[name] = PANELS[name]();
  return created[name];
}

async function show(name, focus) {
  for (const tab of tabs) {
    const selected = tab.id === `tab-${name}`;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
    if (selected && focus) tab.focus();
  }
  const url = new URL(location.href);
  url.hash = name === 'overview' ? '' : name;
  history.replaceState(history.state, '', url);
  const cards = await cardsOf(name);
  const loads = cards.filter((card) => !card.loaded || card.dirty).map((card) => card.load());
  if (name === 'overview' && !performance.getEntriesByName('kilowatch-overview-data').length) {
    await Promise.all(loads);
    performance.mark('kilowatch-overview-data');
  }
}

function setUpTabs() {
  const names = tabs.map((tab) => tab.id.replace('tab-', ''));
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => show(names[i], false));
    tab.addEventListener('keydown', (e) => {
      const moves = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 };
      if (!(e.key in moves)) return;
      e.preventDefault();
      show(names[(moves[e.key] + tabs.length) % tabs.length], true);
    });
  });
  const wanted = location.hash.slice(1);
  show(names.includes(wanted) ? wanted : 'overview', false);
}

/** Reloads the cards of the shown tab; the others load when next shown. */
function reloadCards() {
  for (const card of allCards()) {
    if (!card.loaded) continue;
    if (card.visible()) card.load();
    else card.dirty = true;
  }
}

function setUpTheme() {
  const select = document.getElementById('theme');
  const media = matchMedia('(prefers-color-scheme: dark)');
  select.value = localStorage.getItem('kilowatch.theme') || 'system';
  const apply = () => {
    const theme = select.value === 'system' ? (media.matches ? 'dark' : 'light') : select.value;
    if (document.documentElement.dataset.theme === theme) return;
    document.documentElement.dataset.theme = theme;
    import('./charts.js').then((charts) => charts.rethemeCharts());
  };
  select.addEventListener('change', () => {
    if (select.value === 'system') localStorage.removeItem('kilowatch.theme');
    else localStorage.setItem('kilowatch.theme', select.value);
    apply();
  });
  media.addEventListener('change', apply);
}

const LIVE = {
  connecting: ['◌', 'Connecting to live updates…'],
  live: ['●', 'Live: cards update as the server loads new data'],
  reconnecting: ['◌', 'Live updates interrupted, reconnecting…'],
  offline: ['○', 'No live updates (stream refused or server down), retrying'],
};
// The server sends a heartbeat at once and every 25 s; a stream silent for longer is dead.
const SILENCE_MS = 65000;
let events = null;
let retry = null;
let lastHeard = 0;

function setLive(state) {
  const el = document.getElementById('live');
  el.dataset.live = state;
  el.querySelector('.live-icon').textContent = LIVE[state][0];
  el.querySelector('.live-text').textContent = LIVE[state][1];
}

function connectEvents() {
  if (events) events.close();
  clearTimeout(retry);
  setLive('connecting');
  let opened = false;
  lastHeard = Date.now();
  const source = new EventSource(withToken('events'));
  events = source;
  source.onopen = () => {
    setLive('live');
    // After an interruption the browser resumes with Last-Event-ID; reload anyway, in case more
    // happened than the server keeps for replay.
    if (opened) reloadCards();
    opened = true;
  };
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) {
      setLive('offline');
      retry = setTimeout(connectEvents, 15000);
    } else {
      setLive('reconnecting');
    }
  };
  source.addEventListener('view', (e) => {
    lastHeard = Date.now();
    onViewEvent(e);
  });
  source.addEventListener('heartbeat', (e) => {
    lastHeard = Date.now();
    setLive('live');
    try {
      observeServerTime(instant(JSON.parse(e.data).at));
    } catch (notJson) {
      // A heartbeat without a time still says the stream is open.
    }
  });
}

setInterval(() => {
  if (events && events.readyState === EventSource.OPEN && Date.now() - lastHeard > SILENCE_MS) {
    connectEvents();
  }
}, 10000);

/**
 * A view changed: reload the cards showing it (or, when no card claims it, those that do not know
 * their view yet) and the cache report. Hidden cards reload when their tab is next shown.
 */
function onViewEvent(e) {
  let event;
  try {
    event = JSON.parse(e.data);
  } catch (notJson) {
    return;
  }
  const loaded = allCards().filter((card) => card.loaded);
  const viewCards = loaded.filter((card) => !card.describe);
  let targets = viewCards.filter((card) => card.concerns(event.view));
  if (!targets.length) targets = viewCards.filter((card) => card.view === undefined);
  // The cache report changes with every view.
  targets.push(...loaded.filter((card) => card.describe));
  for (const card of targets) {
    if (card.visible()) card.load();
    else card.dirty = true;
  }
}

initToken();
setUpTheme();
setUpTabs();
connectEvents();
onToken(() => {
  connectEvents();
  reloadCards();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') reloadCards();
});
