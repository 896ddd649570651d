// A card: one endpoint's data with its freshness line and last error, honest about every way the
// data can be absent (endpoint not built, view never loaded, server unreachable, token needed).

import { askForToken, getJson } from './api.js';
import { esc } from './format.js';
import { Freshness, FreshnessLine, badge, lastErrorHtml, stateLabel } from './freshness.js';

const cards = [];

/** Every card of the page. */
export function allCards() {
  return cards;
}

/** Says `message` to screen readers, politely. */
export function announce(message) {
  const announcer = document.getElementById('announcer');
  announcer.textContent = '';
  setTimeout(() => {
    announcer.textContent = message;
  }, 50);
}

export function notice(kind, html) {
  return `<p class="notice ${kind}">${html}</p>`;
}

export class Card {
  /**
   * @param id the id of the card's `<section class="card">`
   * @param options.path () => the relative URL to load, e.g. "decisions?time_range=24h"
   * @param options.render (body, card) => the HTML of the card's body for a response body
   * @param options.rendered (body, card) => called after the body is in the page (charts)
   * @param options.describe (body) => the HTML of the freshness line, for a response that is not a
   *     view (the cache report) and so has no freshness block
   */
  constructor(id, { path, render, rendered, describe }) {
    this.el = document.getElementById(id);
    this.title = this.el.querySelector('h2').textContent;
    this.body = this.el.querySelector('.card-body');
    this.line = new FreshnessLine(this.el.querySelector('.freshness'), (state) =>
      announce(`${this.title}: data is now ${stateLabel(state)}`));
    this.errors = document.createElement('div');
    this.errors.className = 'card-errors';
    this.el.querySelector('.card-head').after(this.errors);
    this.path = path;
    this.render = render;
    this.rendered = rendered;
    this.describe = describe;
    this.view = undefined;
    this.loaded = false;
    this.dirty = false;
    this.paused = false;
    this.hasData = false;
    this.inFlight = null;
    this.again = false;
    cards.push(this);
  }

  /** Whether the card's tab is the one shown. */
  visible() {
    return !this.el.closest('[role="tabpanel"]').hidden;
  }

  /** Whether an event about `view` concerns this card. */
  concerns(view) {
    return this.view === view || (Array.isArray(this.views) && this.views.includes(view));
  }

  /** Loads now (unless paused); a load asked for while one runs happens right after it. */
  load() {
    if (this.paused) {
      this.dirty = true;
      return Promise.resolve();
    }
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = this.fetchAndShow().finally(() => {
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        this.load();
      }
    });
    return this.inFlight;
  }

  async fetchAndShow() {
    const path = this.path();
    this.el.setAttribute('aria-busy', 'true');
    const result = await getJson(path);
    this.el.removeAttribute('aria-busy');
    this.loaded = true;
    this.dirty = false;
    this.show(result, path);
    this.el.dataset.loads = String(Number(this.el.dataset.loads || 0) + 1);
  }

  show(result, path) {
    const shown = `<code>/${esc(path.split('?')[0])}</code>`;
    if (result.kind === 'unauthorized') {
      this.problem(`The server needs an access token to show this (${esc(result.message)}).
        <button type="button" data-token>Enter token</button>`, 'error');
      this.errors.querySelector('[data-token]').addEventListener('click', () => askForToken(result.message));
      return;
    }
    if (result.kind === 'network') {
      this.problem(`Could not reach the server: ${esc(result.message)}.`, 'error');
      return;
    }
    const body = result.body && typeof result.body === 'object' ? result.body : {};
    if (result.kind === 'http') {
      if (body.freshness) {
        this.takeFreshness(body.freshness);
      } else if (!this.hasData) {
        this.line.set(null);
      }
      if (result.status === 404 && /^no such endpoint/.test(result.message)) {
        this.line.set(null);
        this.line.el.innerHTML = `${badge('missing')} <span class="age">not served by this server</span>`;
        this.hasData = false;
        this.body.innerHTML = notice('info',
          `This server does not provide ${shown} yet (HTTP 404), so there is nothing to show here.`);
        return;
      }
      this.problem(`The server answered ${shown} with HTTP ${result.status}: ${esc(result.message)}`, 'error');
      return;
    }
    if (this.describe) {
      this.line.set(null);
      this.line.el.innerHTML = this.describe(body);
      this.errors.innerHTML = '';
    } else if (this.takeFreshness(body.freshness).state() === 'missing') {
      this.hasData = false;
      this.body.innerHTML = notice('info',
        'No data yet: Kilowatch has not loaded this since it started. The card fills in as soon as a load succeeds.');
      return;
    }
    if (body.error) {
      this.problem(`The server reported an error: ${esc(body.error)}`, 'error');
      return;
    }
    this.lastBody = body;
    this.hasData = true;
    this.rerender();
  }

  /** Renders the last body again (after a control of the card changed). */
  rerender() {
    if (!this.hasData) return;
    this.body.innerHTML = this.render(this.lastBody, this);
    if (this.rendered) this.rendered(this.lastBody, this);
  }

  takeFreshness(block) {
    const freshness = new Freshness(block);
    this.freshness = freshness;
    if (freshness.block) {
      this.view = freshness.view;
      this.views = freshness.block.views;
    }
    this.line.set(freshness);
    this.errors.innerHTML = lastErrorHtml(freshness.lastError);
    return freshness;
  }

  /** Shows a problem; data already shown stays, marked as from the last successful update. */
  problem(html, kind) {
    const kept = this.hasData ? ' The data below is from the last successful update.' : '';
    this.errors.innerHTML = notice(kind, html + kept);
    if (!this.hasData) this.body.innerHTML = '';
  }
}
