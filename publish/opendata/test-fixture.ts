/**
 * A hand-made snapshot for the open-data tests: a temporary ELIETA_HOME with one mart,
 * `case_flow`, written as Parquet by an in-memory DuckDB, and a manifest that marks every column
 * public except two: `built_at` (as in the real mart) and `internal_note_xq`, whose every value
 * holds the canary string LEAK-CANARY. Neither name nor canary may appear in a published file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadConfig, paths, type Config } from '../../lib/config.ts';
import type { SnapshotManifest } from '../../lib/snapshot.ts';

export const SECRET_COLUMNS = ['built_at', 'internal_note_xq'];
export const CANARY = 'LEAK-CANARY';

export function tempConfig(prefix = 'opendata-test-'): Config {
  const home = mkdtempSync(path.join(os.tmpdir(), prefix));
  return loadConfig(
    { ELIETA_HOME: home, ELIETA_ENV: 'test', ELIETA_PUBLIC_BASE_URL: 'https://data.tiesas.example' },
    home,
  );
}

export function removeHome(config: Config): void {
  rmSync(config.home, { recursive: true, force: true });
}

const COLUMNS: { name: string; description: string; public: boolean }[] = [
  { name: 'month', description: 'First day of the month', public: true },
  { name: 'court_code', description: 'Court code (classifier courts)', public: true },
  { name: 'court_name_lv', description: 'Court name in Latvian', public: true },
  { name: 'court_name_en', description: 'Court name in English', public: true },
  { name: 'case_category', description: 'Case category code', public: true },
  { name: 'incoming', description: 'Cases registered in the month', public: true },
  { name: 'resolved', description: 'Cases closed in the month', public: true },
  { name: 'pending_end', description: 'Cases open at the end of the month', public: true },
  {
    name: 'clearance_rate',
    description: 'resolved ÷ incoming × 100; empty when incoming is 0',
    public: true,
  },
  { name: 'internal_note_xq', description: 'Internal note, never published', public: false },
  { name: 'built_at', description: 'When the mart was built', public: false },
];

/**
 * Writes a snapshot with `months` months of data (from 2025-01) and makes it current.
 * `exposures` replaces the default one exposure of case_flow to open data.
 */
export async function writeFixtureSnapshot(
  config: Config,
  opts: {
    id?: string;
    months?: number;
    exposures?: unknown[];
    publicOverride?: Record<string, boolean>;
  } = {},
): Promise<SnapshotManifest> {
  const id = opts.id ?? `fixture-${Date.now()}`;
  const months = opts.months ?? 18;
  const dir = path.join(paths(config).snapshots, id);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'case_flow.parquet');
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  try {
    await conn.run(`
      COPY (
        SELECT
          (DATE '2025-01-01' + INTERVAL (m) MONTH)::DATE AS month,
          c.code AS court_code, c.name_lv AS court_name_lv, c.name_en AS court_name_en,
          k.cat AS case_category,
          (10 + (m * 7 + c.n * 3 + k.n) % 13)::BIGINT AS incoming,
          CASE WHEN m % 5 = 0 AND c.n = 1 THEN 0 ELSE (8 + (m * 5 + c.n) % 11) END::BIGINT AS resolved,
          (40 + (m * 3 + k.n) % 17)::BIGINT AS pending_end,
          round(100.0 * (8 + (m * 5 + c.n) % 11) / (10 + (m * 7 + c.n * 3 + k.n) % 13), 2)::DOUBLE AS clearance_rate,
          '${CANARY} ' || c.code || ' ' || m AS internal_note_xq,
          TIMESTAMP '2026-07-01 03:00:00' AS built_at
        FROM range(0, ${months}) r(m),
          (VALUES (1, 'RR', 'Rīgas rajona tiesa', 'Riga District Court'),
                  (2, 'KUR', 'Kurzemes rajona tiesa', 'Kurzeme District Court')) c(n, code, name_lv, name_en),
          (VALUES (1, 'civil'), (2, 'criminal')) k(n, cat)
      ) TO '${file.replace(/'/g, "''")}' (FORMAT parquet)`);
    const types = (
      await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file.replace(/'/g, "''")}')`)
    ).getRowObjectsJson();
    const manifest: SnapshotManifest = {
      id,
      createdAt: new Date().toISOString(),
      dataAsOf: '2026-06-30',
      tables: {
        case_flow: {
          relation: 'marts.case_flow',
          file: 'case_flow.parquet',
          rows: months * 4,
          description: 'Court case flow per court, case category and month.',
          meta: {},
          columns: COLUMNS.map((c) => ({
            name: c.name,
            type: String(types.find((t) => t.column_name === c.name)?.column_type),
            description: c.description,
            public: opts.publicOverride?.[c.name] ?? c.public,
          })),
        },
      },
      meta: {
        exposures: opts.exposures ?? [
          {
            name: 'opendata_case_flow',
            label: 'Court case flow',
            description: 'Monthly court case flow',
            type: 'application',
            owner: { name: 'Tiesu administrācija', email: 'dati@ta.example' },
            depends_on: ['model.elieta.case_flow'],
            meta: {
              destination: 'opendata',
              dataset: 'case-flow',
              title_lv: 'Tiesu lietu plūsma',
              title_en: 'Court case flow',
              description_lv:
                'Ienākušās, izskatītās un neizskatītās lietas pa tiesām, lietu kategorijām un mēnešiem.',
              description_en: 'Incoming, resolved and pending cases per court, case category and month.',
              keywords_lv: ['tiesas', 'lietu plūsma'],
              keywords_en: ['courts', 'case flow'],
              theme: 'JUST',
              frequency: 'MONTHLY',
            },
          },
          {
            name: 'dashboard_case_flow',
            type: 'dashboard',
            depends_on: ['model.elieta.case_flow'],
            meta: { destination: 'dashboards' },
          },
        ],
      },
    };
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    writeFileSync(paths(config).currentSnapshot, JSON.stringify({ id }));
    return manifest;
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}
