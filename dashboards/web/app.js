// The case-flow dashboard: reads /dashboards/api/case-flow, draws the two charts, the legend, the
// headline figures and the data table, and switches between Latvian and English.

import { renderLineChart } from './chart.js';
import { LANGS, LOCALES, STRINGS, t } from './i18n.js';

const LANG_KEY = 'elieta.dashboard.lang';
/** Colours that stay apart for up to 16 courts; a court keeps its colour across filters. */
const PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#1a3a6b',
  '#7b2d26',
  '#3d6b1f',
  '#b8860b',
  '#5b2a86',
  '#0f766e',
];

/** @typedef {{ code: string, lv: string, en: string }} Labelled */
/**
 * @typedef {{ month: string, court_code: string, court_name_lv: string, court_name_en: string,
 *   incoming: number, resolved: number, pending_end: number, resolved_12m: number,
 *   clearance_rate: number | null, disposition_time_days: number | null }} Point
 */

const state = {
  /** @type {'lv' | 'en'} */
  lang: readLang(),
  /** @type {{ options: { courts: Labelled[], categories: Labelled[], instances: Labelled[] }, rows: Point[], dataAsOf: string | null, snapshot: string } | null} */
  data: null,
  /** @type {{ kind: 'loading' } | { kind: 'nodata', detail: string } | { kind: 'error', detail: string } | { kind: 'ok' }} */
  status: { kind: 'loading' },
  category: new URLSearchParams(location.search).get('category') ?? '',
  instance: new URLSearchParams(location.search).get('instance') ?? '',
  /** How many of the latest months to show, or 'all'. */
  period: new URLSearchParams(location.search).get('period') ?? '24',
  /** @type {Set<string>} */
  hidden: new Set(),
};

function readLang() {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (saved && LANGS.includes(/** @type {'lv' | 'en'} */ (saved)))
      return /** @type {'lv' | 'en'} */ (saved);
  } catch {
    // Storage may be disabled; Latvian is the default.
  }
  return 'lv';
}

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @param {Labelled | { [k: string]: string }} item */
const label = (item, prefix = '') => (state.lang === 'en' ? item[`${prefix}en`] : item[`${prefix}lv`]);

function numberFormat(digits) {
  return new Intl.NumberFormat(LOCALES[state.lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
const fmtInt = (/** @type {number} */ v) => numberFormat(0).format(v);
const fmt1 = (/** @type {number} */ v) => numberFormat(1).format(v);
const monthDate = (/** @type {string} */ m) => new Date(`${m.slice(0, 7)}-01T00:00:00Z`);
const fmtMonth = (/** @type {string} */ m) =>
  new Intl.DateTimeFormat(LOCALES[state.lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    monthDate(m),
  );
const fmtMonthShort = (/** @type {string} */ m) => ({
  month: new Intl.DateTimeFormat(LOCALES[state.lang], { month: 'short', timeZone: 'UTC' }).format(
    monthDate(m),
  ),
  year: m.slice(0, 4),
});

// ---------------------------------------------------------------------------------------------
// Data

let requestSeq = 0;

async function load() {
  const seq = ++requestSeq;
  state.status = { kind: 'loading' };
  renderStatus();
  const params = new URLSearchParams();
  if (state.category) params.set('category', state.category);
  if (state.instance) params.set('instance', state.instance);
  syncUrl();
  /** @type {typeof state.status} */
  let status;
  let data = state.data;
  try {
    const res = await fetch(`api/case-flow?${params}`, { headers: { accept: 'application/json' } });
    const body = await res.json().catch(() => ({}));
    if (res.status === 503) {
      status = { kind: 'nodata', detail: body.detail ?? '' };
      data = null;
    } else if (!res.ok) {
      status = { kind: 'error', detail: body.detail ?? `HTTP ${res.status}` };
    } else {
      data = body;
      status = { kind: 'ok' };
    }
  } catch (err) {
    status = { kind: 'error', detail: String(err) };
  }
  // A later filter change has already asked again: this answer is stale.
  if (seq !== requestSeq) return;
  state.data = data;
  state.status = status;
  render();
}

/** Keeps the filters in the address, so a view can be bookmarked or shared. */
function syncUrl() {
  const params = new URLSearchParams();
  if (state.category) params.set('category', state.category);
  if (state.instance) params.set('instance', state.instance);
  if (state.period !== '24') params.set('period', state.period);
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
}

/** Courts with a colour each (by their place in the full court list, so colours stay put). */
function courtsInView() {
  const data = /** @type {NonNullable<typeof state.data>} */ (state.data);
  const present = new Set(data.rows.map((r) => r.court_code));
  return data.options.courts
    .map((c, i) => ({ ...c, color: PALETTE[i % PALETTE.length] }))
    .filter((c) => present.has(c.code))
    .sort((a, b) => label(a).localeCompare(label(b), LOCALES[state.lang]));
}

// ---------------------------------------------------------------------------------------------
// Rendering

function renderStatic() {
  const lang = state.lang;
  document.documentElement.lang = lang;
  document.title = t(lang, 'documentTitle');
  for (const node of document.querySelectorAll('[data-i18n]')) {
    node.textContent = t(lang, /** @type {keyof typeof STRINGS.lv} */ (node.getAttribute('data-i18n')));
  }
  const button = $('lang-switch');
  button.textContent = t(lang, 'switchTo');
  button.setAttribute('lang', t(lang, 'switchToLang'));
  button.setAttribute('aria-label', t(lang, 'switchToLabel'));
}

function renderStatus() {
  const box = $('status');
  const s = state.status;
  box.className = `status status-${s.kind}`;
  box.replaceChildren();
  // While new numbers load, the old ones stay on screen (marked busy) instead of flickering away.
  const refreshing = s.kind === 'loading' && state.data !== null;
  $('content').hidden = s.kind !== 'ok' && !refreshing;
  $('content').setAttribute('aria-busy', String(s.kind === 'loading'));
  if (s.kind === 'loading' && !refreshing) {
    box.append(el('p', {}, t(state.lang, 'loading')));
  } else if (s.kind === 'nodata') {
    box.append(el('h2', {}, t(state.lang, 'noDataTitle')));
    const p = el('p');
    const [before, middle, after] = t(state.lang, 'noDataText').split(/\{demo\}|\{run\}/);
    p.append(
      before ?? '',
      el('code', {}, 'npm start'),
      middle ?? '',
      el('code', {}, 'npx elieta run'),
      after ?? '',
    );
    box.append(p);
    if (s.detail) box.append(el('p', { class: 'detail' }, s.detail));
  } else if (s.kind === 'error') {
    box.append(el('h2', {}, t(state.lang, 'errorTitle')), el('p', { class: 'detail' }, s.detail));
  }
}

/**
 * @param {string} name
 * @param {Record<string, string>} [attrs]
 * @param {string} [text]
 */
function el(name, attrs = {}, text) {
  const node = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderFilters() {
  const data = state.data;
  if (!data) return;
  const fill = (
    /** @type {HTMLSelectElement} */ select,
    /** @type {Labelled[]} */ items,
    allLabel,
    value,
  ) => {
    select.replaceChildren(
      el('option', { value: '' }, allLabel),
      ...items.map((i) => el('option', { value: i.code }, label(i))),
    );
    select.value = items.some((i) => i.code === value) ? value : '';
  };
  fill(
    /** @type {HTMLSelectElement} */ ($('filter-category')),
    data.options.categories,
    t(state.lang, 'allCategories'),
    state.category,
  );
  fill(
    /** @type {HTMLSelectElement} */ ($('filter-instance')),
    data.options.instances,
    t(state.lang, 'allInstances'),
    state.instance,
  );
  const meta = [];
  if (data.dataAsOf) meta.push(t(state.lang, 'dataAsOf', { date: data.dataAsOf }));
  meta.push(t(state.lang, 'snapshot', { id: data.snapshot }));
  $('data-meta').textContent = meta.join(' · ');
}

function render() {
  renderStatic();
  renderStatus();
  if (state.status.kind !== 'ok' || !state.data) return;
  renderFilters();
  const data = state.data;
  const courts = courtsInView();
  if (data.rows.length === 0) {
    $('content').hidden = true;
    $('status').className = 'status status-empty';
    $('status').replaceChildren(el('p', {}, t(state.lang, 'emptySelection')));
    return;
  }
  const allMonths = [...new Set(data.rows.map((r) => r.month))].sort();
  const months = state.period === 'all' ? allMonths : allMonths.slice(-Number(state.period));
  const visible = courts.filter((c) => !state.hidden.has(c.code));
  const byCourt = new Map(courts.map((c) => [c.code, new Map()]));
  for (const r of data.rows) byCourt.get(r.court_code)?.set(r.month, r);

  renderLegend(courts);
  renderKpis(visible, months, byCourt);

  /** @param {'clearance_rate' | 'disposition_time_days'} field */
  const series = (field) =>
    visible.map((c) => ({
      key: c.code,
      label: label(c),
      color: c.color,
      values: months.map((m) => byCourt.get(c.code)?.get(m)?.[field] ?? null),
    }));
  const common = {
    months,
    formatMonth: fmtMonth,
    formatMonthShort: fmtMonthShort,
    formatValue: fmt1,
    noValue: t(state.lang, 'noValue'),
  };
  renderLineChart($('chart-clearance'), {
    ...common,
    series: series('clearance_rate'),
    title: t(state.lang, 'chartLabel', {
      title: t(state.lang, 'clearanceTitle'),
      n: visible.length,
      from: fmtMonth(months[0]),
      to: fmtMonth(months[months.length - 1]),
    }),
    axisLabel: t(state.lang, 'clearanceAxis'),
    reference: { value: 100, label: t(state.lang, 'reference100') },
  });
  renderLineChart($('chart-disposition'), {
    ...common,
    series: series('disposition_time_days'),
    title: t(state.lang, 'chartLabel', {
      title: t(state.lang, 'dispositionTitle'),
      n: visible.length,
      from: fmtMonth(months[0]),
      to: fmtMonth(months[months.length - 1]),
    }),
    axisLabel: t(state.lang, 'dispositionAxis'),
  });
  renderTable(visible, months, byCourt);
}

/** @param {(Labelled & { color: string })[]} courts */
function renderLegend(courts) {
  const list = $('legend');
  list.replaceChildren(
    ...courts.map((c) => {
      const li = el('li');
      const button = el('button', {
        type: 'button',
        class: 'legend-item',
        'data-court': c.code,
        'aria-pressed': String(!state.hidden.has(c.code)),
      });
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.setProperty('--swatch', c.color);
      button.append(swatch, el('span', { class: 'legend-label' }, label(c)));
      const highlight = (on) => {
        for (const svg of document.querySelectorAll('.line-chart')) {
          svg.classList.toggle('highlighting', on);
          for (const g of svg.querySelectorAll('.series'))
            g.classList.toggle('active', on && g.getAttribute('data-court') === c.code);
        }
      };
      button.addEventListener('mouseenter', () => highlight(true));
      button.addEventListener('mouseleave', () => highlight(false));
      button.addEventListener('focus', () => highlight(true));
      button.addEventListener('blur', () => highlight(false));
      button.addEventListener('click', () => {
        if (state.hidden.has(c.code)) state.hidden.delete(c.code);
        else state.hidden.add(c.code);
        render();
      });
      li.append(button);
      return li;
    }),
  );
}

/**
 * Headline figures for the latest month, over the visible courts: counts summed, indicators
 * recomputed from the sums.
 */
function renderKpis(visible, months, byCourt) {
  const last = months[months.length - 1];
  const rows = visible.map((c) => byCourt.get(c.code)?.get(last)).filter(Boolean);
  const sum = (/** @type {keyof Point} */ k) => rows.reduce((a, r) => a + Number(r[k] ?? 0), 0);
  const incoming = sum('incoming');
  const resolved = sum('resolved');
  const pending = sum('pending_end');
  const resolved12 = sum('resolved_12m');
  $('kpi-heading').textContent = t(state.lang, 'kpiHeading', { month: fmtMonth(last) });
  const items = [
    ['incoming', fmtInt(incoming)],
    ['resolved', fmtInt(resolved)],
    ['pendingEnd', fmtInt(pending)],
    ['clearanceRate', incoming > 0 ? fmt1((resolved / incoming) * 100) : '—'],
    ['dispositionTime', resolved12 > 0 ? fmt1((365 * pending) / resolved12) : '—'],
  ];
  $('kpi-list').replaceChildren(
    ...items.map(([key, value]) => {
      const div = el('div', { class: 'kpi', 'data-kpi': key });
      div.append(
        el('dt', {}, t(state.lang, /** @type {keyof typeof STRINGS.lv} */ (key))),
        el('dd', {}, value),
      );
      return div;
    }),
  );
}

function renderTable(visible, months, byCourt) {
  const table = $('data-table');
  const caption = el('caption', {}, t(state.lang, 'tableCaption'));
  const head = el('thead');
  const hr = el('tr');
  const cols = /** @type {const} */ ([
    'month',
    'court',
    'incoming',
    'resolved',
    'pendingEnd',
    'clearanceRate',
    'dispositionTime',
  ]);
  for (const c of cols)
    hr.append(
      el('th', { scope: 'col', class: c === 'month' || c === 'court' ? '' : 'num' }, t(state.lang, c)),
    );
  head.append(hr);
  const body = el('tbody');
  const value = (/** @type {number | null} */ v, digits) => {
    const td = el('td', { class: 'num' });
    if (v === null || v === undefined) {
      td.append(el('span', { 'aria-label': t(state.lang, 'noValue') }, '—'));
    } else {
      td.textContent = digits === 0 ? fmtInt(v) : fmt1(v);
      td.setAttribute('data-value', String(v));
    }
    return td;
  };
  for (const m of [...months].reverse()) {
    for (const c of visible) {
      const r = byCourt.get(c.code)?.get(m);
      if (!r) continue;
      const tr = el('tr', { 'data-court': c.code, 'data-month': m });
      tr.append(el('td', { class: 'month' }, fmtMonth(m)), el('th', { scope: 'row' }, label(c)));
      tr.append(
        value(r.incoming, 0),
        value(r.resolved, 0),
        value(r.pending_end, 0),
        value(r.clearance_rate, 1),
        value(r.disposition_time_days, 1),
      );
      body.append(tr);
    }
  }
  table.replaceChildren(caption, head, body);
}

// ---------------------------------------------------------------------------------------------
// Events

function setup() {
  renderStatic();
  $('lang-switch').addEventListener('click', () => {
    state.lang = state.lang === 'lv' ? 'en' : 'lv';
    try {
      localStorage.setItem(LANG_KEY, state.lang);
    } catch {
      // The choice then lasts for this page only.
    }
    render();
  });
  $('filter-category').addEventListener('change', (e) => {
    state.category = /** @type {HTMLSelectElement} */ (e.target).value;
    void load();
  });
  $('filter-instance').addEventListener('change', (e) => {
    state.instance = /** @type {HTMLSelectElement} */ (e.target).value;
    void load();
  });
  const period = /** @type {HTMLSelectElement} */ ($('filter-period'));
  if (![...period.options].some((o) => o.value === state.period)) state.period = '24';
  period.value = state.period;
  period.addEventListener('change', () => {
    state.period = period.value;
    syncUrl();
    render();
  });
  let resizeTimer = 0;
  let lastWidth = window.innerWidth;
  window.addEventListener('resize', () => {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(render, 150);
  });
  void load();
}

// STRINGS is imported for its type in the JSDoc casts above.
void STRINGS;
setup();
