/**
 * The case-flow query behind the analyst dashboard: CEPEJ's clearance rate and disposition time by
 * court and month, read from the `case_flow` mart in the current snapshot.
 *
 * Filters pick which mart rows take part. When a court's month is made of several rows (all case
 * categories or all instances together), counts are summed and both indicators are recomputed from
 * the sums (never averaged); when it is one mart row, the mart's own values are passed through
 * unchanged, so the dashboard shows exactly what the mart holds. DuckDB BIGINTs are cast to
 * INTEGER/DOUBLE so they reach JSON as numbers. A code without a label (a court missing from the
 * classifier) is shown by its code.
 */
import type { SnapshotReader } from '../lib/snapshot.ts';

export interface CaseFlowFilters {
  court: string | null;
  category: string | null;
  instance: string | null;
}

export interface Labelled {
  code: string;
  lv: string;
  en: string;
}

export interface CaseFlowPoint {
  month: string;
  court_code: string;
  court_name_lv: string;
  court_name_en: string;
  incoming: number;
  resolved: number;
  pending_end: number;
  resolved_12m: number;
  clearance_rate: number | null;
  disposition_time_days: number | null;
}

export interface CaseFlowResult {
  snapshot: string;
  createdAt: string;
  dataAsOf: string | null;
  filters: CaseFlowFilters;
  options: { courts: Labelled[]; categories: Labelled[]; instances: Labelled[] };
  rows: CaseFlowPoint[];
}

const FILTERED = `
  ($1::VARCHAR IS NULL OR court_code = $1::VARCHAR)
  AND ($2::VARCHAR IS NULL OR case_category = $2::VARCHAR)
  AND ($3::VARCHAR IS NULL OR instance = $3::VARCHAR)`;

const POINTS_SQL = `
SELECT
  strftime(month, '%Y-%m-%d') AS month,
  court_code,
  coalesce(any_value(court_name_lv), court_code) AS court_name_lv,
  coalesce(any_value(court_name_en), court_code) AS court_name_en,
  CAST(sum(incoming) AS INTEGER) AS incoming,
  CAST(sum(resolved) AS INTEGER) AS resolved,
  CAST(sum(pending_end) AS INTEGER) AS pending_end,
  CAST(sum(resolved_12m) AS INTEGER) AS resolved_12m,
  CASE
    WHEN count(*) = 1 THEN CAST(any_value(clearance_rate) AS DOUBLE)
    WHEN sum(incoming) = 0 THEN NULL
    ELSE CAST(sum(resolved) AS DOUBLE) / CAST(sum(incoming) AS DOUBLE) * 100
  END AS clearance_rate,
  CASE
    WHEN count(*) = 1 THEN CAST(any_value(disposition_time_days) AS DOUBLE)
    WHEN sum(resolved_12m) = 0 THEN NULL
    ELSE 365 * CAST(sum(pending_end) AS DOUBLE) / CAST(sum(resolved_12m) AS DOUBLE)
  END AS disposition_time_days
FROM case_flow
WHERE ${FILTERED}
GROUP BY month, court_code
ORDER BY court_code, month`;

const COURTS_SQL = `
SELECT court_code AS code, coalesce(any_value(court_name_lv), court_code) AS lv, coalesce(any_value(court_name_en), court_code) AS en
FROM case_flow GROUP BY court_code ORDER BY lv, code`;

const CATEGORIES_SQL = `
SELECT case_category AS code, coalesce(any_value(case_category_lv), case_category) AS lv, coalesce(any_value(case_category_en), case_category) AS en
FROM case_flow GROUP BY case_category ORDER BY lv, code`;

const INSTANCES_SQL = `
SELECT instance AS code, coalesce(any_value(instance_lv), instance) AS lv, coalesce(any_value(instance_en), instance) AS en
FROM case_flow GROUP BY instance
ORDER BY CASE instance WHEN 'first' THEN 1 WHEN 'appeal' THEN 2 WHEN 'cassation' THEN 3 ELSE 4 END, code`;

/** Reads the dashboard's data; throws SnapshotMissingError when nothing has been built. */
export async function caseFlow(snapshot: SnapshotReader, filters: CaseFlowFilters): Promise<CaseFlowResult> {
  const params = [filters.court, filters.category, filters.instance];
  const rows = await snapshot.query<CaseFlowPoint & Record<string, unknown>>(POINTS_SQL, params);
  // One DuckDB connection behind the reader: queries run one after another.
  const courts = await snapshot.query<Labelled & Record<string, unknown>>(COURTS_SQL);
  const categories = await snapshot.query<Labelled & Record<string, unknown>>(CATEGORIES_SQL);
  const instances = await snapshot.query<Labelled & Record<string, unknown>>(INSTANCES_SQL);
  const manifest = await snapshot.manifest();
  return {
    snapshot: manifest?.id ?? '',
    createdAt: manifest?.createdAt ?? '',
    dataAsOf: manifest?.dataAsOf ?? null,
    filters,
    options: { courts, categories, instances },
    rows,
  };
}
