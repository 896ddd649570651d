// uPlot, loaded from the server's own copy (the org.webjars.npm:uplot jar, served at /uplot/)
// only when a chart is first needed, so the Overview paints without it.

let loading = null;
const charts = new Set();

export function loadUPlot() {
  if (window.uPlot) return Promise.resolve(window.uPlot);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = 'uplot/uPlot.min.css';
      document.head.append(css);
      const script = document.createElement('script');
      script.src = 'uplot/uPlot.iife.min.js';
      script.onload = () => resolve(window.uPlot);
      script.onerror = () => {
        loading = null;
        reject(new Error('could not load the chart library (uplot/uPlot.iife.min.js)'));
      };
      document.head.append(script);
    });
  }
  return loading;
}

/** A theme colour from the page's custom properties. */
export function color(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** Axis options in the theme's colours. */
export function axis(extra = {}) {
  return {
    stroke: color('--muted'),
    grid: { stroke: color('--chart-grid'), width: 1 },
    ticks: { stroke: color('--chart-grid'), width: 1 },
    ...extra,
  };
}

/** A time axis in 24-hour clock times, with the date at midnight. */
export function timeAxis() {
  return axis({
    values: (u, splits) => splits.map((s) => {
      const d = new Date(s * 1000);
      return d.getHours() === 0 && d.getMinutes() === 0
        ? d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })
        : d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    }),
  });
}

/**
 * Draws a chart into `container` (replacing any earlier one there), sized to it and resized with
 * it. `build(width)` returns [options, data]. Charts are rebuilt when the theme changes.
 */
export async function chart(container, build) {
  const UPlot = await loadUPlot();
  if (container.chart) container.chart.destroy();
  if (container.resizer) container.resizer.disconnect();
  const width = Math.max(280, container.clientWidth);
  const [options, data] = build(width);
  const plot = new UPlot({ width, ...options }, data, container);
  container.chart = plot;
  container.rebuild = () => chart(container, build);
  container.resizer = new ResizeObserver(() => {
    const w = Math.max(280, container.clientWidth);
    if (w !== plot.width) plot.setSize({ width: w, height: plot.height });
  });
  container.resizer.observe(container);
  sweep();
  charts.add(container);
  return plot;
}

/** Forgets charts whose container left the page (a card re-rendered its body). */
function sweep() {
  for (const container of charts) {
    if (!container.isConnected) {
      container.resizer.disconnect();
      container.chart.destroy();
      charts.delete(container);
    }
  }
}

/** Redraws every chart still on the page in the current theme. */
export function rethemeCharts() {
  sweep();
  for (const container of charts) container.rebuild();
}
