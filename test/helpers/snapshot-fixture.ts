/**
 * Hand-made snapshots for tests: writes Parquet files with an in-memory DuckDB, a manifest.json
 * and snapshots/current.json into a data directory, laid out exactly as `publishSnapshot()` in
 * lib/snapshot.ts lays them out, so `SnapshotReader` and the server read them like a real build.
 *
 *   const home = mkdtempSync(path.join(os.tmpdir(), 'elieta-test-'));
 *   await writeSnapshotFixture(home, [caseFlowTable()]);
 *   const config = loadConfig({ ELIETA_HOME: home }, home);
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { SnapshotManifest } from '../../lib/snapshot.ts';
import { writeFileAtomic } from '../../lib/snapshot.ts';
import type { Scalar } from '../../lib/warehouse/index.ts';

export interface FixtureColumn {
  name: string;
  /** A DuckDB type: VARCHAR, DATE, BIGINT, DOUBLE, TIMESTAMP… */
  type: string;
  description?: string;
  public?: boolean;
}

export interface FixtureTable {
  name: string;
  description?: string;
  columns: FixtureColumn[];
  rows: Record<string, Scalar>[];
  meta?: Record<string, unknown>;
}

export interface FixtureOptions {
  id?: string;
  dataAsOf?: string | null;
  meta?: Record<string, unknown>;
}

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Writes `tables` as a new snapshot under `<home>/snapshots/<id>` and makes it current. */
export async function writeSnapshotFixture(
  home: string,
  tables: FixtureTable[],
  options: FixtureOptions = {},
): Promise<{ id: string; dir: string; manifest: SnapshotManifest }> {
  const id = options.id ?? `fixture-${Date.now()}-${process.pid}`;
  const dir = path.join(home, 'snapshots', id);
  mkdirSync(dir, { recursive: true });
  const manifest: SnapshotManifest = {
    id,
    createdAt: new Date().toISOString(),
    dataAsOf: options.dataAsOf ?? null,
    tables: {},
    meta: options.meta ?? {},
  };
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  try {
    for (const t of tables) {
      const cols = t.columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
      await conn.run(`CREATE OR REPLACE TABLE "${t.name}" (${cols})`);
      const placeholders = t.columns.map((c, i) => `CAST($${i + 1} AS ${c.type})`).join(', ');
      for (const r of t.rows) {
        const values = t.columns.map((c) => {
          const v = r[c.name];
          // Parameters go in as text or double and are cast by DuckDB to the column's type.
          return v === undefined || v === null ? null : typeof v === 'number' ? v : String(v);
        });
        await conn.run(`INSERT INTO "${t.name}" VALUES (${placeholders})`, values as never);
      }
      const file = `${t.name}.parquet`;
      await conn.run(`COPY "${t.name}" TO ${sqlString(path.join(dir, file))} (FORMAT parquet)`);
      manifest.tables[t.name] = {
        relation: `marts.${t.name}`,
        file,
        rows: t.rows.length,
        description: t.description ?? '',
        meta: t.meta ?? {},
        columns: t.columns.map((c) => ({
          name: c.name,
          type: c.type,
          description: c.description ?? '',
          public: c.public ?? false,
        })),
      };
    }
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileAtomic(path.join(home, 'snapshots', 'current.json'), JSON.stringify({ id }));
  return { id, dir, manifest };
}

/** One row of marts.case_flow as the contract in /tmp/contracts.md describes it. */
export interface CaseFlowRow {
  month: string;
  court_code: string;
  court_name_lv: string;
  court_name_en: string;
  case_category: string;
  case_category_lv: string;
  case_category_en: string;
  instance: string;
  instance_lv: string;
  instance_en: string;
  incoming: number;
  resolved: number;
  pending_start: number;
  pending_end: number;
  resolved_12m: number;
  clearance_rate: number | null;
  disposition_time_days: number | null;
  built_at: string;
  [column: string]: Scalar;
}

export const CASE_FLOW_COLUMNS: FixtureColumn[] = [
  { name: 'month', type: 'DATE', description: 'First day of the month', public: true },
  { name: 'court_code', type: 'VARCHAR', description: 'Court code (classifier courts)', public: true },
  { name: 'court_name_lv', type: 'VARCHAR', description: 'Court name in Latvian', public: true },
  { name: 'court_name_en', type: 'VARCHAR', description: 'Court name in English', public: true },
  { name: 'case_category', type: 'VARCHAR', description: 'Case category code', public: true },
  { name: 'case_category_lv', type: 'VARCHAR', description: 'Case category in Latvian', public: true },
  { name: 'case_category_en', type: 'VARCHAR', description: 'Case category in English', public: true },
  { name: 'instance', type: 'VARCHAR', description: 'Instance code', public: true },
  { name: 'instance_lv', type: 'VARCHAR', description: 'Instance in Latvian', public: true },
  { name: 'instance_en', type: 'VARCHAR', description: 'Instance in English', public: true },
  { name: 'incoming', type: 'BIGINT', description: 'Cases registered in the month', public: true },
  { name: 'resolved', type: 'BIGINT', description: 'Cases closed in the month', public: true },
  { name: 'pending_start', type: 'BIGINT', description: 'Pending at the start of the month', public: true },
  { name: 'pending_end', type: 'BIGINT', description: 'Pending at the end of the month', public: true },
  {
    name: 'resolved_12m',
    type: 'BIGINT',
    description: 'Resolved in the 12 months ending this month',
    public: true,
  },
  { name: 'clearance_rate', type: 'DOUBLE', description: 'resolved ÷ incoming × 100', public: true },
  {
    name: 'disposition_time_days',
    type: 'DOUBLE',
    description: '365 × pending_end ÷ resolved_12m',
    public: true,
  },
  { name: 'built_at', type: 'TIMESTAMP', description: 'When the mart was built (not public)', public: false },
];

const COURTS = [
  { code: 'RRT', lv: 'Rīgas rajona tiesa', en: 'Riga District Court', instance: 'first' },
  { code: 'KRT', lv: 'Kurzemes rajona tiesa', en: 'Kurzeme District Court', instance: 'first' },
  { code: 'RAT', lv: 'Rīgas apgabaltiesa', en: 'Riga Regional Court', instance: 'appeal' },
] as const;
const CATEGORIES = [
  { code: 'civil', lv: 'Civillieta', en: 'Civil case' },
  { code: 'criminal', lv: 'Krimināllieta', en: 'Criminal case' },
] as const;
const INSTANCES = {
  first: { lv: 'Pirmā instance', en: 'First instance' },
  appeal: { lv: 'Apelācijas instance', en: 'Appeal instance' },
} as const;

/**
 * A small, deterministic case_flow: 3 courts (two first-instance, one appeal), 2 categories,
 * `months` months from January 2025. Counts follow the mart's definitions (pending carries over,
 * resolved_12m is a 12-month window), and one combination has a month with no incoming cases, so
 * its clearance rate is null.
 */
export function caseFlowFixtureRows(months = 8, start = '2025-01'): CaseFlowRow[] {
  const rows: CaseFlowRow[] = [];
  const [y0, m0] = start.split('-').map(Number) as [number, number];
  COURTS.forEach((court, ci) => {
    CATEGORIES.forEach((cat, ki) => {
      let pending = 0;
      const resolvedHistory: number[] = [];
      for (let i = 0; i < months; i++) {
        const seed = ci * 7 + ki * 3 + i;
        let incoming = 20 + ((seed * 37) % 23) + ci * 15;
        // The criminal cases of the appeal court have a quiet month: no incoming cases.
        if (court.code === 'RAT' && cat.code === 'criminal' && i === 3) incoming = 0;
        const resolved = Math.min(pending + incoming, 12 + ((seed * 53) % 27) + ci * 13);
        const pendingStart = pending;
        pending = pendingStart + incoming - resolved;
        resolvedHistory.push(resolved);
        const resolved12 = resolvedHistory.slice(-12).reduce((a, b) => a + b, 0);
        const d = new Date(Date.UTC(y0, m0 - 1 + i, 1));
        rows.push({
          month: d.toISOString().slice(0, 10),
          court_code: court.code,
          court_name_lv: court.lv,
          court_name_en: court.en,
          case_category: cat.code,
          case_category_lv: cat.lv,
          case_category_en: cat.en,
          instance: court.instance,
          instance_lv: INSTANCES[court.instance].lv,
          instance_en: INSTANCES[court.instance].en,
          incoming,
          resolved,
          pending_start: pendingStart,
          pending_end: pending,
          resolved_12m: resolved12,
          clearance_rate: incoming === 0 ? null : (resolved / incoming) * 100,
          disposition_time_days: resolved12 === 0 ? null : (365 * pending) / resolved12,
          built_at: '2025-09-01 03:00:00',
        });
      }
    });
  });
  return rows;
}

/** The case_flow mart as a fixture table (default rows: `caseFlowFixtureRows()`). */
export function caseFlowTable(rows: CaseFlowRow[] = caseFlowFixtureRows()): FixtureTable {
  return {
    name: 'case_flow',
    description: 'Incoming, resolved and pending cases by court, case category, instance and month.',
    columns: CASE_FLOW_COLUMNS,
    rows,
    meta: {},
  };
}
