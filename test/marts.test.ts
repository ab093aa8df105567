/**
 * Every mart on a small simulated world (E-KRASS, ProIS, TIS2, IIS2, PLUS, KKP), on DuckDB and on a
 * real PostgreSQL: `elieta generate`, `elieta ingest`, `elieta build` builds every mart with rows
 * and passes every dbt test; then `elieta generate --advance 1` and an incremental build give
 * exactly the rows a full refresh gives (every column but the build bookkeeping), in every mart
 * and every incremental intermediate table, so the incremental models (new raw versions only;
 * deletions; recomputed tail of days and months with running totals carried over; recomputed
 * proceedings) lose nothing. Last, a classifier relabelled (one used item of each classifier
 * whose labels the marts hold, loaded as the registry loads it) and an incremental `dbt build`
 * give the rows of a full refresh too: the incremental marts notice labels that are no longer current.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegistryData } from '../classifiers/registry/load.ts';
import { loadRegistryIntoWarehouse } from '../classifiers/registry/warehouse.ts';
import { build, rawSourceTables } from '../lib/cli/commands/build.ts';
import { generate } from '../lib/cli/commands/generate.ts';
import { ingest } from '../lib/cli/commands/ingest.ts';
import { loadConfig, paths, type Config } from '../lib/config.ts';
import { runDbt } from '../lib/dbt.ts';
import { ensureVenv } from '../lib/python.ts';
import { withWarehouse, type Warehouse } from '../lib/warehouse/index.ts';
import { startPostgres, type TestPostgres } from './helpers/postgres.ts';

const SCALE = 1500;

const MARTS = [
  'case_flow',
  'case_status_daily',
  'criminal_chain',
  'criminal_chain_funnel',
  'document_flow',
  'prison_population',
  'probation_caseload',
  'sentencing_trends',
  'workload_court',
  'workload_judge',
  'workload_prosecutor',
];

/** The incremental intermediate tables: an incremental build must leave them as a full refresh does too. */
const INCREMENTAL_INTERMEDIATE = [
  'int_case_flow__monthly',
  'int_court_activity__monthly',
  'int_criminal_proceedings',
  'int_prosecutor_activity__monthly',
];

/** Columns that record the build itself, not the data. */
const BOOKKEEPING = new Set(['built_at', 'source_loaded_at']);

/** Every row of every mart (and incremental intermediate table) as sorted JSON lines, without the bookkeeping columns. */
async function martContents(wh: Warehouse): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const tables = [
    ...MARTS.map((t) => ['marts', t] as const),
    ...INCREMENTAL_INTERMEDIATE.map((t) => ['intermediate', t] as const),
  ];
  for (const [schema, table] of tables) {
    const cols = (
      await wh.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
         WHERE table_schema = '${schema}' AND table_name = '${table}' ORDER BY ordinal_position`,
      )
    )
      .map((r) => r.column_name)
      .filter((c) => !BOOKKEEPING.has(c));
    // text on both engines; doubles rounded to 9 digits so the two builds compare as text
    const select = cols.map((c) => `CAST(${c} AS TEXT) AS ${c}`).join(', ');
    const rows = await wh.query<Record<string, unknown>>(`SELECT ${select} FROM ${schema}.${table}`);
    out[`${schema}.${table}`] = rows.map((r) => JSON.stringify(cols.map((c) => normalise(r[c])))).sort();
  }
  return out;
}

/**
 * A classifier item the marts use, per classifier whose labels they hold: the classifier, and the
 * query that finds a code of it in a mart (the least frequent, so that only some periods hold it).
 */
const RELABELLED: [classifier: string, sql: string][] = [
  ['courts', 'SELECT court_code AS code FROM marts.case_flow'],
  ['procedural_statuses', 'SELECT status_code AS code FROM marts.case_status_daily'],
  ['criminal_law_articles', 'SELECT article_code AS code FROM marts.sentencing_trends'],
  ['criminal_law_chapters', 'SELECT chapter_code AS code FROM marts.criminal_chain_funnel'],
  ['sentence_types', 'SELECT sentence_type AS code FROM marts.sentencing_trends'],
  ['document_types', 'SELECT document_type AS code FROM marts.document_flow'],
  ['institutions', 'SELECT institution_code AS code FROM marts.document_flow'],
  ['prosecution_offices', 'SELECT office_code AS code FROM marts.workload_prosecutor'],
];

/**
 * Relabels one used item of each classifier in RELABELLED the way a new registry version would
 * arrive: the registry read from classifiers/data, the labels changed in it, and the whole
 * registry loaded into the warehouse's classifiers tables (classifiers/registry/warehouse.ts).
 */
async function relabelClassifiers(wh: Warehouse): Promise<string[]> {
  const data = readRegistryData();
  const changed: string[] = [];
  for (const [classifier, sql] of RELABELLED) {
    const [row] = await wh.query<{ code: string }>(
      `SELECT code FROM (${sql}) AS used WHERE code IS NOT NULL GROUP BY code ORDER BY count(*), code LIMIT 1`,
    );
    const items = data.classifiers.get(classifier)?.items.filter((i) => i.code === row?.code) ?? [];
    expect(items.length, `${classifier} ${row?.code}`).toBeGreaterThan(0);
    for (const item of items) {
      item.label = { lv: `${item.label.lv} (pārdēvēts)`, en: `${item.label.en} (renamed)` };
    }
    changed.push(`${classifier}:${row!.code}`);
  }
  await loadRegistryIntoWarehouse(wh, data);
  return changed;
}

/** The SQL dbt ran for a model in the latest invocation that ran it (dbt's JSON file log, rotated as dbt.log.1, .2 …). */
function statementsOf(config: Config, model: string): string[] {
  const dir = paths(config).dbtLogs;
  const age = (f: string) => Number(f.slice('dbt.log.'.length) || 0);
  const events = readdirSync(dir)
    .filter((f) => /^dbt\.log(\.\d+)?$/.test(f))
    .sort((a, b) => age(b) - age(a))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map(
      (l) =>
        JSON.parse(l) as {
          info: { name: string; invocation_id: string };
          data: { sql?: string; node_info?: { unique_id?: string } };
        },
    )
    .filter((e) => e.info.name === 'SQLQuery' && e.data.node_info?.unique_id === `model.elieta.${model}`);
  const last = events.at(-1)?.info.invocation_id;
  return events.filter((e) => e.info.invocation_id === last).map((e) => e.data.sql ?? '');
}

function normalise(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  return /^-?\d+\.\d+(e-?\d+)?$/i.test(v) ? Number(Number(v).toPrecision(9)) : v;
}

function suite(name: string, setup: () => Promise<Config>, teardown: () => Promise<void>) {
  describe(name, () => {
    let config: Config;
    let incremental: Record<string, string[]>;

    beforeAll(async () => {
      config = await setup();
      await ensureVenv(config, { quiet: true });
      await generate(config, { scale: SCALE, seed: 7, asOf: '2026-06-30' });
      await ingest(config);
    }, 300_000);

    afterAll(teardown);

    it('builds every mart with rows, every dbt test passing', async () => {
      const r = await build(config, { noDocs: true });
      expect(r.models.failed).toBe(0);
      expect(r.tests.failed).toBe(0);
      expect(r.tables).toEqual(MARTS);
      // every raw source was just loaded: all fresh
      expect(r.freshness).toMatchObject({ warn: [], error: [] });
      expect(r.freshness!.checked).toBe(rawSourceTables().length);
      const counts = await withWarehouse(config.warehouse, async (wh) => {
        const n: Record<string, number> = {};
        for (const m of MARTS) {
          const [row] = await wh.query<{ n: number | bigint }>(`SELECT count(*) AS n FROM marts.${m}`);
          n[m] = Number(row!.n);
        }
        return n;
      });
      for (const m of MARTS) expect(counts[m], m).toBeGreaterThan(0);
    }, 400_000);

    it('after generate --advance 1, an incremental build equals a full refresh', async () => {
      const before = await withWarehouse(config.warehouse, (wh) =>
        wh.query<{ d: string }>('SELECT CAST(max(day) AS TEXT) AS d FROM marts.case_status_daily'),
      );
      await generate(config, { advance: 1 });
      const loaded = await ingest(config);
      expect(JSON.stringify(loaded)).toMatch(/loaded/);
      const r = await build(config, { noDocs: true, noFreshness: true });
      expect(r.tests.failed).toBe(0);
      incremental = await withWarehouse(config.warehouse, martContents);
      const after = await withWarehouse(config.warehouse, (wh) =>
        wh.query<{ d: string }>('SELECT CAST(max(day) AS TEXT) AS d FROM marts.case_status_daily'),
      );
      expect(after[0]!.d > before[0]!.d).toBe(true);
      // KKP events only gain new ones; TIS2 cases change: the ingest records which batches held
      // new keys only, and the incremental build neither deletes nor looks up earlier versions of
      // those (models/macros/changed_keys.sql), but does for the others.
      const newOnly = await withWarehouse(config.warehouse, (wh) =>
        wh.query<{ table_name: string; new_keys_only: boolean }>(
          `SELECT table_name, bool_and(new_keys_only) AS new_keys_only FROM raw.batch_ledger
           WHERE table_name IN ('kkp__events', 'tis2__cases') AND batch_id LIKE $1
           GROUP BY table_name ORDER BY table_name`,
          [`${loaded.runId}-%`],
        ),
      );
      expect(newOnly).toEqual([
        { table_name: 'kkp__events', new_keys_only: true },
        { table_name: 'tis2__cases', new_keys_only: false },
      ]);
      const deletes = (model: string) =>
        statementsOf(config, model).filter((q) => /\bdelete from\b/i.test(q));
      expect(deletes('stg_kkp__events')).toEqual([]);
      expect(deletes('stg_tis2__cases')).toHaveLength(1);
      const documentFlow = statementsOf(config, 'document_flow').join('\n');
      expect(documentFlow).toMatch(/delete from/i);
      expect(documentFlow).not.toMatch(/"kkp__events" as changed/);
      const caseFlow = statementsOf(config, 'int_case_flow__monthly').join('\n');
      expect(caseFlow).toMatch(/"tis2__cases" as changed/);

      const full = await build(config, { noDocs: true, noFreshness: true, fullRefresh: true });
      expect(full.tests.failed).toBe(0);
      const refreshed = await withWarehouse(config.warehouse, martContents);
      expect(Object.keys(refreshed)).toHaveLength(MARTS.length + INCREMENTAL_INTERMEDIATE.length);
      for (const [t, rows] of Object.entries(refreshed)) {
        expect(rows.length, t).toBeGreaterThan(0);
        expect(incremental[t]!.length, t).toBe(rows.length);
        expect(incremental[t], t).toEqual(rows);
      }
    }, 600_000);

    it('after a classifier is relabelled, an incremental build equals a full refresh', async () => {
      // dbt directly: `elieta build` would load classifiers/data again, undoing the relabel
      const relabelled = await withWarehouse(config.warehouse, relabelClassifiers);
      expect(relabelled).toHaveLength(RELABELLED.length);
      const r = await runDbt(config, { command: 'build' });
      expect(r.ok).toBe(true);
      expect(r.tests.failed).toBe(0);
      const incrementally = await withWarehouse(config.warehouse, martContents);
      // the new labels are in the marts
      expect(incrementally['marts.case_flow']!.join('\n')).toContain('(renamed)');
      expect(incrementally['marts.sentencing_trends']!.join('\n')).toContain('(renamed)');
      expect(incrementally['marts.document_flow']!.join('\n')).toContain('(renamed)');

      const full = await runDbt(config, { command: 'build', fullRefresh: true });
      expect(full.tests.failed).toBe(0);
      const refreshed = await withWarehouse(config.warehouse, martContents);
      for (const [t, rows] of Object.entries(refreshed)) {
        expect(incrementally[t]!.length, t).toBe(rows.length);
        expect(incrementally[t], t).toEqual(rows);
      }
    }, 600_000);
  });
}

let home = '';
suite(
  'every mart on DuckDB',
  async () => {
    home = mkdtempSync(path.join(tmpdir(), 'elieta-marts-test-'));
    return loadConfig({ ELIETA_HOME: home }, home);
  },
  async () => {
    if (home) rmSync(home, { recursive: true, force: true });
  },
);

let server: TestPostgres | null = null;
let pgHome = '';
suite(
  'every mart on PostgreSQL',
  async () => {
    server = await startPostgres();
    pgHome = mkdtempSync(path.join(tmpdir(), 'elieta-marts-pg-test-'));
    const url = await server.createDatabase('elieta_marts');
    return loadConfig(
      { ELIETA_HOME: pgHome, ELIETA_WAREHOUSE: 'postgres', ELIETA_POSTGRES_URL: url },
      pgHome,
    );
  },
  async () => {
    await server?.stop();
    if (pgHome) rmSync(pgHome, { recursive: true, force: true });
  },
);
