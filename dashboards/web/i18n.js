// The dashboard's own words in Latvian (default) and English. Court, category and instance names
// are not here: they come from the mart's lv/en label columns.

/** @typedef {'lv' | 'en'} Lang */

export const LANGS = /** @type {const} */ (['lv', 'en']);

/** Intl locale per language. */
export const LOCALES = { lv: 'lv-LV', en: 'en-GB' };

export const STRINGS = {
  lv: {
    documentTitle: 'Lietu plūsma tiesās · E-lieta',
    eyebrow: 'E-lietas datu platforma · analītika',
    title: 'Lietu plūsma tiesās',
    subtitle: 'Izskatīšanas koeficients un izskatīšanas laiks pa tiesām un mēnešiem',
    switchTo: 'English',
    switchToLabel: 'Switch to English',
    switchToLang: 'en',
    filters: 'Filtri',
    category: 'Lietas kategorija',
    instance: 'Instance',
    allCategories: 'Visas kategorijas',
    allInstances: 'Visas instances',
    period: 'Periods',
    last12: 'Pēdējie 12 mēneši',
    last24: 'Pēdējie 24 mēneši',
    last60: 'Pēdējie 5 gadi',
    allMonths: 'Viss periods',
    courts: 'Tiesas',
    legendHint: 'Noklikšķiniet uz tiesas, lai to paslēptu vai parādītu grafikos un tabulā.',
    clearanceTitle: 'Izskatīšanas koeficients, %',
    clearanceNote:
      'izskatītās lietas ÷ saņemtās lietas × 100; virs 100 % neizskatīto lietu atlikums samazinās',
    dispositionTitle: 'Izskatīšanas laiks, dienas',
    dispositionNote: '365 × neizskatītās lietas mēneša beigās ÷ pēdējos 12 mēnešos izskatītās lietas',
    clearanceAxis: '%',
    dispositionAxis: 'dienas',
    tableTitle: 'Dati tabulā',
    tableCaption: 'Lietu plūsma pa tiesām un mēnešiem (jaunākie mēneši vispirms)',
    month: 'Mēnesis',
    court: 'Tiesa',
    incoming: 'Saņemtas',
    resolved: 'Izskatītas',
    pendingEnd: 'Neizskatītas mēneša beigās',
    clearanceRate: 'Izskatīšanas koeficients, %',
    dispositionTime: 'Izskatīšanas laiks, dienas',
    kpiHeading: 'Izvēlētās tiesas kopā, {month}',
    dataAsOf: 'Dati līdz {date}',
    snapshot: 'momentuzņēmums {id}',
    loading: 'Ielādē datus…',
    noDataTitle: 'Dati vēl nav sagatavoti',
    noDataText:
      'Lai sagatavotu datus, palaidiet {demo} (demonstrācijas dati) vai {run}, tad pārlādējiet šo lapu.',
    emptySelection: 'Izvēlētajiem filtriem nav datu.',
    errorTitle: 'Neizdevās ielādēt datus',
    noValue: 'nav datu',
    chartLabel: '{title}: {n} tiesas, {from} – {to}',
    reference100: '100 %',
    footer:
      'Avots: E-lietas datu platformas lietu plūsmas datu mārts (case_flow). Rādītāji pēc CEPEJ definīcijām.',
  },
  en: {
    documentTitle: 'Case flow in courts · E-lieta',
    eyebrow: 'E-lieta data platform · analytics',
    title: 'Case flow in courts',
    subtitle: 'Clearance rate and disposition time by court and month',
    switchTo: 'Latviski',
    switchToLabel: 'Pārslēgt uz latviešu valodu',
    switchToLang: 'lv',
    filters: 'Filters',
    category: 'Case category',
    instance: 'Instance',
    allCategories: 'All categories',
    allInstances: 'All instances',
    period: 'Period',
    last12: 'Last 12 months',
    last24: 'Last 24 months',
    last60: 'Last 5 years',
    allMonths: 'All months',
    courts: 'Courts',
    legendHint: 'Click a court to hide or show it in the charts and the table.',
    clearanceTitle: 'Clearance rate, %',
    clearanceNote: 'resolved cases ÷ incoming cases × 100; above 100% the backlog shrinks',
    dispositionTitle: 'Disposition time, days',
    dispositionNote: '365 × cases pending at month end ÷ cases resolved in the last 12 months',
    clearanceAxis: '%',
    dispositionAxis: 'days',
    tableTitle: 'Data table',
    tableCaption: 'Case flow by court and month (latest months first)',
    month: 'Month',
    court: 'Court',
    incoming: 'Incoming',
    resolved: 'Resolved',
    pendingEnd: 'Pending at month end',
    clearanceRate: 'Clearance rate, %',
    dispositionTime: 'Disposition time, days',
    kpiHeading: 'Selected courts together, {month}',
    dataAsOf: 'Data as of {date}',
    snapshot: 'snapshot {id}',
    loading: 'Loading data…',
    noDataTitle: 'No data has been built yet',
    noDataText: 'To build the data, run {demo} (demo data) or {run}, then reload this page.',
    emptySelection: 'There is no data for the selected filters.',
    errorTitle: 'Could not load the data',
    noValue: 'no data',
    chartLabel: '{title}: {n} courts, {from} – {to}',
    reference100: '100%',
    footer:
      'Source: the case_flow data mart of the E-lieta data platform. Indicators follow the CEPEJ definitions.',
  },
};

/**
 * The string `key` in `lang`, with `{name}` placeholders filled from `vars`.
 * @param {Lang} lang
 * @param {keyof typeof STRINGS.lv} key
 * @param {Record<string, string | number>} [vars]
 */
export function t(lang, key, vars = {}) {
  const s = STRINGS[lang][key] ?? STRINGS.lv[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? `{${k}}`));
}
