// Throughput chart for the dashboard: one stacked bar per minute (completed below, failed on top),
// drawn as inline SVG. No library: thirty bars and three grid lines are a few elements.

const SVG = 'http://www.w3.org/2000/svg';
const MIN_WIDTH = 280;
const MAX_WIDTH = 900;
const HEIGHT = 180;
const MARGIN = { top: 10, right: 8, bottom: 24, left: 34 };

function el(name, attributes = {}, text = '') {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text) node.textContent = text;
  return node;
}

/** A round top for the axis whose half is a whole number too: 2, 4, 6, 8, 10, then multiples of 10. */
function niceCeiling(value) {
  if (value <= 2) return 2;
  if (value <= 10) return 2 * Math.ceil(value / 2);
  const power = 10 ** Math.floor(Math.log10(value));
  const step = power >= 10 ? power : 10;
  return step * Math.ceil(value / step) + (Math.ceil(value / step) % 2 ? step : 0);
}

const minuteLabel = (iso) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** Totals over the last `minutes` entries of the series. */
export function totals(series, minutes = series.length) {
  const recent = series.slice(-minutes);
  const completed = recent.reduce((sum, m) => sum + (m.completed || 0), 0);
  const failed = recent.reduce((sum, m) => sum + (m.failed || 0), 0);
  const finished = completed + failed;
  return { minutes: recent.length, completed, failed, failureRate: finished > 0 ? failed / finished : 0 };
}

/** One sentence a person (and a screen reader) can take in at once. */
export function describe(series) {
  const last5 = totals(series, 5);
  const all = totals(series);
  const percent = (rate) => `${Math.round(rate * 100)}%`;
  const perMinute = (last5.completed / Math.max(1, last5.minutes)).toFixed(1).replace(/\.0$/, '');
  return `Last 5 minutes: ${last5.completed} completed (${perMinute} a minute), ${last5.failed} failed`
    + ` (failure rate ${percent(last5.failureRate)}). Last ${all.minutes} minutes: ${all.completed} completed,`
    + ` ${all.failed} failed (${percent(all.failureRate)}).`;
}

/** Replaces the container's content with the chart of `series` ([{minute, completed, failed}], oldest first). */
export function renderThroughputChart(container, series) {
  // Drawn at the container's own width (not scaled), so the labels stay legible on a phone.
  const WIDTH = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, container.clientWidth || 640)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const top = niceCeiling(Math.max(0, ...series.map((m) => (m.completed || 0) + (m.failed || 0))));
  const y = (value) => MARGIN.top + plotHeight - (plotHeight * value) / top;
  const slot = plotWidth / Math.max(1, series.length);
  const barWidth = Math.max(2, slot * 0.72);

  const svg = el('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': describe(series), class: 'chart-svg',
  });
  for (const value of [0, top / 2, top]) {
    const lineY = y(value);
    svg.append(el('line', {
      x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: lineY, y2: lineY, class: value === 0 ? 'axis' : 'grid',
    }));
    svg.append(el('text', { x: MARGIN.left - 6, y: lineY + 4, 'text-anchor': 'end', class: 'tick' },
      String(value)));
  }
  series.forEach((minute, i) => {
    const x = MARGIN.left + i * slot + (slot - barWidth) / 2;
    const completed = minute.completed || 0;
    const failed = minute.failed || 0;
    const group = el('g');
    group.append(el('title', {}, `${minuteLabel(minute.minute)}: ${completed} completed, ${failed} failed`));
    if (completed > 0) {
      group.append(el('rect', {
        x, width: barWidth, y: y(completed), height: y(0) - y(completed), class: 'bar-completed', rx: 1,
      }));
    }
    if (failed > 0) {
      group.append(el('rect', {
        x, width: barWidth, y: y(completed + failed), height: y(completed) - y(completed + failed),
        class: 'bar-failed', rx: 1,
      }));
    }
    // A transparent full-height target so the hover title works on empty minutes too.
    group.append(el('rect', { x, width: barWidth, y: MARGIN.top, height: plotHeight, class: 'hit' }));
    svg.append(group);
  });
  if (series.length > 0) {
    const labelY = HEIGHT - 6;
    svg.append(el('text', { x: MARGIN.left, y: labelY, class: 'tick' }, minuteLabel(series[0].minute)));
    const middle = series[Math.floor(series.length / 2)];
    svg.append(el('text', { x: MARGIN.left + plotWidth / 2, y: labelY, 'text-anchor': 'middle', class: 'tick' },
      minuteLabel(middle.minute)));
    svg.append(el('text', { x: WIDTH - MARGIN.right, y: labelY, 'text-anchor': 'end', class: 'tick' },
      minuteLabel(series[series.length - 1].minute)));
  }
  container.replaceChildren(svg);
}
