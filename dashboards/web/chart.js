// A hand-drawn SVG line chart: one line per series over a month axis, with axes, grid, month
// labels and a point per value. Every point carries its value in `data-value` (the number exactly
// as the API sent it) and in a <title> (formatted, for the tooltip and screen readers).

const SVG = 'http://www.w3.org/2000/svg';
const H = 300;
const M = { top: 14, right: 18, bottom: 46, left: 58 };

/**
 * @param {string} name
 * @param {Record<string, string | number>} [attrs]
 * @param {string} [text]
 */
function el(name, attrs = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Round tick values from 0 to at least `max`. */
export function niceTicks(max, count = 5) {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/**
 * Which month indexes get a label: every month when they fit (about 48 px each), else every 2nd,
 * 3rd, 6th or 12th month, counted from January so the labels fall on the same months every year.
 */
function labelledMonths(months, plotWidth) {
  const fit = Math.max(2, Math.floor(plotWidth / 48));
  const step = [1, 2, 3, 6, 12, 24].find((k) => Math.ceil(months.length / k) <= fit) ?? 24;
  if (step === 1) return months.map((_, i) => i);
  const out = [];
  months.forEach((m, i) => {
    const monthNo = Number(m.slice(5, 7)) + 12 * Number(m.slice(0, 4));
    if ((monthNo - 1) % step === 0) out.push(i);
  });
  return out;
}

/**
 * @typedef {{ key: string, label: string, color: string, values: (number | null)[] }} Series
 * @typedef {{
 *   months: string[],
 *   series: Series[],
 *   title: string,
 *   axisLabel: string,
 *   formatValue: (v: number) => string,
 *   formatMonth: (m: string) => string,
 *   formatMonthShort: (m: string) => { month: string, year: string },
 *   reference?: { value: number, label: string },
 *   noValue: string,
 * }} ChartSpec
 */

/**
 * Draws `spec` into `container` (replacing what was there) and returns the <svg>.
 * @param {HTMLElement} container
 * @param {ChartSpec} spec
 */
export function renderLineChart(container, spec) {
  const { months, series } = spec;
  // Drawn at the container's own width, so text keeps its size on narrow and wide screens.
  const W = Math.max(300, Math.round(container.clientWidth || 960));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const values = series.flatMap((s) => s.values).filter((v) => v !== null && Number.isFinite(v));
  const top = Math.max(spec.reference?.value ?? 0, ...values, 0);
  const ticks = niceTicks(top * 1.04);
  const yMax = ticks[ticks.length - 1] || 1;
  const x = (i) => M.left + (months.length <= 1 ? plotW / 2 : (i * plotW) / (months.length - 1));
  const y = (v) => M.top + plotH - (v / yMax) * plotH;

  const svg = el('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'line-chart',
    role: 'img',
    preserveAspectRatio: 'xMidYMid meet',
  });
  svg.setAttribute('aria-label', spec.title);

  // Grid and y axis.
  const grid = el('g', { class: 'grid' });
  for (const tv of ticks) {
    const yy = y(tv);
    grid.append(el('line', { x1: M.left, x2: W - M.right, y1: yy, y2: yy }));
    grid.append(
      el(
        'text',
        { x: M.left - 8, y: yy, class: 'tick-y', 'text-anchor': 'end', 'dominant-baseline': 'middle' },
        spec.formatValue(tv).replace(/[,.]0+$/, ''),
      ),
    );
  }
  svg.append(grid);
  svg.append(
    el(
      'text',
      {
        x: 14,
        y: M.top + plotH / 2,
        class: 'axis-label',
        'text-anchor': 'middle',
        transform: `rotate(-90 14 ${M.top + plotH / 2})`,
      },
      spec.axisLabel,
    ),
  );

  // x axis with month labels (month on the first line, the year under it when it changes).
  const axis = el('g', { class: 'axis-x' });
  axis.append(el('line', { x1: M.left, x2: W - M.right, y1: M.top + plotH, y2: M.top + plotH }));
  let lastYear = '';
  for (const i of labelledMonths(months, plotW)) {
    const xx = x(i);
    const { month, year } = spec.formatMonthShort(months[i]);
    axis.append(el('line', { x1: xx, x2: xx, y1: M.top + plotH, y2: M.top + plotH + 5 }));
    axis.append(
      el('text', { x: xx, y: M.top + plotH + 18, 'text-anchor': 'middle', class: 'tick-x' }, month),
    );
    if (year !== lastYear) {
      axis.append(
        el('text', { x: xx, y: M.top + plotH + 34, 'text-anchor': 'middle', class: 'tick-year' }, year),
      );
      lastYear = year;
    }
  }
  svg.append(axis);

  if (spec.reference && spec.reference.value <= yMax) {
    const yy = y(spec.reference.value);
    const ref = el('g', { class: 'reference' });
    ref.append(el('line', { x1: M.left, x2: W - M.right, y1: yy, y2: yy }));
    svg.append(ref);
  }

  // One line per series, broken where a value is missing, and a point per value.
  const r = months.length > 40 ? 2 : months.length > 18 ? 2.6 : 3.4;
  for (const s of series) {
    const g = el('g', { class: 'series', 'data-court': s.key });
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    });
    g.append(el('path', { d, class: 'line', fill: 'none', stroke: s.color }));
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) return;
      const c = el('circle', {
        cx: x(i).toFixed(1),
        cy: y(v).toFixed(1),
        r,
        fill: s.color,
        class: 'point',
        'data-court': s.key,
        'data-month': months[i],
        'data-value': String(v),
      });
      c.append(el('title', {}, `${s.label} · ${spec.formatMonth(months[i])}: ${spec.formatValue(v)}`));
      g.append(c);
    });
    svg.append(g);
  }

  container.replaceChildren(svg);
  return svg;
}
