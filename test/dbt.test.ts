/**
 * `elieta build` end to end on a hand-made set of TIS2 cases: a real DuckDB file (and a real
 * PostgreSQL server), the project's dbt in .venv, the snapshot it publishes, and the numbers of
 * case_flow checked by hand. Also: the DuckDB file written by Python's duckdb opens in
 * @duckdb/node-api (same engine version), and a build that breaks a test fails with the summary
 * and leaves the previous snapshot current.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, changedSeeds, rawSourceTables } from '../lib/cli/commands/build.ts';
import { loadConfig, PROJECT_ROOT, type Config } from '../lib/config.ts';
import { DbtError } from '../lib/dbt.ts';
import { ensureVenv } from '../lib/python.ts';
import { buildApp } from '../lib/server/app.ts';
import { currentSnapshot, SnapshotReader } from '../lib/snapshot.ts';
import { withWarehouse, type Scalar, type TableSpec, type Warehouse } from '../lib/warehouse/index.ts';
import { startPostgres, type TestPostgres } from './helpers/postgres.ts';
import { runCommand } from './helpers/run.ts';

/** raw.tis2__cases as the file-drop connector writes it: the contract's columns plus bookkeeping. */
const RAW: TableSpec = {
  schema: 'raw',
  name: 'tis2__cases',
  columns: [
    { name: 'case_id', type: 'text' },
    { name: 'case_number', type: 'text' },
    { name: 'origin_case_id', type: 'text' },
    { name: 'court_code', type: 'text' },
    { name: 'case_category', type: 'text' },
    { name: 'instance', type: 'text' },
    { name: 'registered_on', type: 'date' },
    { name: 'first_hearing_on', type: 'date' },
    { name: 'decided_on', type: 'date' },
    { name: 'closed_on', type: 'date' },
    { name: 'outcome', type: 'text' },
    { name: 'judge_id', type: 'text' },
    { name: 'proceeding_number', type: 'text' },
    { name: 'updated_at', type: 'timestamp' },
    { name: '_batch_id', type: 'text' },
    { name: '_loaded_at', type: 'timestamp' },
    { name: '_source_position', type: 'bigint' },
    { name: '_op', type: 'text' },
    { name: '_record_hash', type: 'bigint' },
  ],
};

interface Version {
  id: number;
  court?: string;
  category?: string;
  instance?: string;
  registered: string;
  closed?: string | null;
  batch: string;
  /** the line in the batch's file */
  pos: number;
  op?: 'upsert' | 'delete';
}

const LOADED: Record<string, string> = {
  b1: '2025-04-01 08:00:00',
  b2: '2025-05-01 08:00:00',
  b3: '2025-05-02 08:00:00',
};

/**
 * Riga District Court, civil, first instance (RRT/civil/first), unless said otherwise:
 *   1  registered 10 Jan; b1 open, b2 closed 15 Feb
 *   2  registered 20 Jan, open
 *   3  registered 5 Feb, closed 25 Feb
 *   4  registered 10 Feb, deleted in b2 (must vanish)
 *   5  registered 2 Apr, closed 30 Apr
 *   7  registered 5 Jan; two versions in one batch and file: line 9 closed 31 Jan, line 10 open
 *      (line 10 is the later one: it must win, so the case is pending)
 *   6  Riga Regional Court, criminal, appeal: registered 15 Mar, open
 * Expected RRT/civil/first: Jan in 3 res 0 pend 0→3; Feb in 1 res 2 pend 3→2 (clearance 200,
 * disposition 365×2/2 = 365); Mar nothing, pend 2→2; Apr in 1 res 1 pend 2→2, resolved_12m 3
 * (disposition 365×2/3). RAT/criminal/appeal: Mar in 1 pend 0→1; Apr pend 1→1, no resolved in
 * 12 months (disposition empty). As-of date 30 Apr 2025 (latest date reported).
 */
const VERSIONS: Version[] = [
  { id: 1, registered: '2025-01-10', batch: 'b1', pos: 1 },
  { id: 2, registered: '2025-01-20', batch: 'b1', pos: 2 },
  { id: 7, registered: '2025-01-05', closed: '2025-01-31', batch: 'b1', pos: 9 },
  { id: 7, registered: '2025-01-05', batch: 'b1', pos: 10 },
  { id: 1, registered: '2025-01-10', closed: '2025-02-15', batch: 'b2', pos: 1 },
  { id: 3, registered: '2025-02-05', closed: '2025-02-25', batch: 'b2', pos: 2 },
  { id: 4, registered: '2025-02-10', batch: 'b1', pos: 3 },
  { id: 4, registered: '2025-02-10', batch: 'b2', pos: 3, op: 'delete' },
  { id: 5, registered: '2025-04-02', closed: '2025-04-30', batch: 'b2', pos: 4 },
  {
    id: 6,
    court: 'RAT',
    category: 'criminal',
    instance: 'appeal',
    registered: '2025-03-15',
    batch: 'b2',
    pos: 5,
  },
];

function row(v: Version): Scalar[] {
  const closed = v.closed ?? null;
  return [
    `TIS2-${v.id}`,
    `C30-${String(v.id).padStart(4, '0')}-25`,
    null,
    v.court ?? 'RRT',
    v.category ?? 'civil',
    v.instance ?? 'first',
    v.registered,
    null,
    closed,
    closed,
    closed ? 'judgment' : null,
    'J-0001',
    null,
    `${closed ?? v.registered} 12:00:00`,
    v.batch,
    LOADED[v.batch]!,
    v.pos,
    v.op ?? 'upsert',
    [...`${v.id}/${v.batch}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000_007, 7), // a record hash, one per version
  ];
}

/** The one judge of the cases (TIS2 judges), so that every judge id in the marts is known. */
async function loadJudge(wh: Warehouse): Promise<void> {
  const judges = rawSourceTables().find((t) => t.name === 'tis2__judges')!;
  await wh.ensureTable(judges);
  await wh.transaction(async (tx) => {
    const w = await tx.writer(judges);
    const values: Record<string, Scalar> = {
      judge_id: 'J-0001',
      court_code: 'RRT',
      first_name: 'Anna',
      last_name: 'Bērziņa',
      active_from: '2010-01-01',
      updated_at: '2025-01-01 00:00:00',
      _batch_id: 'b1',
      _loaded_at: LOADED.b1!,
      _source_position: 1,
      _op: 'upsert',
      _record_hash: 42,
    };
    w.append(judges.columns.map((c) => values[c.name] ?? null));
    await w.flush();
  });
}

async function loadRaw(wh: Warehouse, versions: Version[]): Promise<void> {
  await wh.ensureTable(RAW);
  await wh.transaction(async (tx) => {
    const w = await tx.writer(RAW);
    for (const v of versions) w.append(row(v));
    await w.flush();
  });
}

/** A build on two cores shared with other test files (dbt build, source freshness, dbt docs). */
const BUILD_TIMEOUT = 400_000;

/** Every mart, in the order the snapshot lists them. */
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

type FlowRow = {
  month: string;
  court_code: string;
  case_category: string;
  instance: string;
  incoming: number;
  resolved: number;
  pending_start: number;
  pending_end: number;
  resolved_12m: number;
  clearance_rate: number | null;
  disposition_time_days: number | null;
};

const FLOW_SQL = `SELECT CAST(month AS VARCHAR) AS month, court_code, case_category, instance,
  CAST(incoming AS INTEGER) AS incoming, CAST(resolved AS INTEGER) AS resolved,
  CAST(pending_start AS INTEGER) AS pending_start, CAST(pending_end AS INTEGER) AS pending_end,
  CAST(resolved_12m AS INTEGER) AS resolved_12m, clearance_rate, disposition_time_days`;

function expectHandChecked(rows: FlowRow[]): void {
  const key = (r: FlowRow) => `${r.court_code}/${r.case_category}/${r.instance}/${r.month}`;
  const byKey = new Map(rows.map((r) => [key(r), r]));
  expect([...byKey.keys()].sort()).toEqual(
    [
      'RAT/criminal/appeal/2025-03-01',
      'RAT/criminal/appeal/2025-04-01',
      'RRT/civil/first/2025-01-01',
      'RRT/civil/first/2025-02-01',
      'RRT/civil/first/2025-03-01',
      'RRT/civil/first/2025-04-01',
    ].sort(),
  );
  const pick = (k: string) => {
    const r = byKey.get(k)!;
    return [r.incoming, r.resolved, r.pending_start, r.pending_end, r.resolved_12m];
  };
  expect(pick('RRT/civil/first/2025-01-01')).toEqual([3, 0, 0, 3, 0]);
  expect(pick('RRT/civil/first/2025-02-01')).toEqual([1, 2, 3, 2, 2]);
  expect(pick('RRT/civil/first/2025-03-01')).toEqual([0, 0, 2, 2, 2]);
  expect(pick('RRT/civil/first/2025-04-01')).toEqual([1, 1, 2, 2, 3]);
  expect(pick('RAT/criminal/appeal/2025-03-01')).toEqual([1, 0, 0, 1, 0]);
  expect(pick('RAT/criminal/appeal/2025-04-01')).toEqual([0, 0, 1, 1, 0]);
  const feb = byKey.get('RRT/civil/first/2025-02-01')!;
  expect(feb.clearance_rate).toBe(200);
  expect(feb.disposition_time_days).toBe(365);
  expect(byKey.get('RRT/civil/first/2025-01-01')!.clearance_rate).toBe(0);
  expect(byKey.get('RRT/civil/first/2025-01-01')!.disposition_time_days).toBeNull();
  expect(byKey.get('RRT/civil/first/2025-03-01')!.clearance_rate).toBeNull();
  expect(byKey.get('RRT/civil/first/2025-04-01')!.disposition_time_days).toBeCloseTo((365 * 2) / 3, 9);
  expect(byKey.get('RAT/criminal/appeal/2025-04-01')!.disposition_time_days).toBeNull();
}

describe('elieta build on DuckDB', () => {
  let home: string;
  let config: Config;
  let firstSnapshot: string | null = null;

  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'elieta-dbt-test-'));
    config = loadConfig({ ELIETA_HOME: home }, home);
    await ensureVenv(config, { quiet: true });
    await withWarehouse(config.warehouse, async (wh) => {
      await loadRaw(wh, VERSIONS);
      await loadJudge(wh);
    });
  });

  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
  });

  it(
    'builds the models, passes every dbt test and publishes a snapshot with case_flow',
    async () => {
      const result = await build(config);
      expect(result.target).toBe('duckdb');
      expect(result.models.failed).toBe(0);
      expect(result.models.skipped).toBe(0);
      expect(result.models.passed).toBeGreaterThanOrEqual(40);
      expect(result.tests.failed).toBe(0);
      expect(result.tests.passed).toBeGreaterThanOrEqual(50);
      expect(result.snapshot).toMatch(/^\d{8}-/);
      expect(result.tables).toEqual(MARTS);
      // the hand-made cases were loaded on 1 April 2025: long past TIS2's 70-day freshness limit
      expect(result.freshness!.error).toContain('tis2.cases');
      expect(result.docs).toBe(true);
      firstSnapshot = result.snapshot;

      const current = currentSnapshot(config)!;
      expect(current.id).toBe(result.snapshot);
      expect(current.manifest.dataAsOf).toBe('2025-04-30');
      const table = current.manifest.tables.case_flow!;
      expect(table.relation).toBe('marts.case_flow');
      expect(table.rows).toBe(6);
      expect(table.description).toMatch(/^Monthly case flow/);
      const columns = new Map(table.columns.map((c) => [c.name, c]));
      expect([...columns.keys()]).toEqual([
        'month',
        'court_code',
        'court_name_lv',
        'court_name_en',
        'case_category',
        'case_category_lv',
        'case_category_en',
        'instance',
        'instance_lv',
        'instance_en',
        'incoming',
        'resolved',
        'pending_start',
        'pending_end',
        'resolved_12m',
        'clearance_rate',
        'disposition_time_days',
        'pending_over_2y',
        'pending_over_2y_share',
        'built_at',
      ]);
      for (const c of table.columns) expect(c.description, c.name).not.toBe('');
      expect(table.columns.filter((c) => !c.public).map((c) => c.name)).toEqual(['built_at']);
      expect(columns.get('clearance_rate')!.type).toBe('DOUBLE');

      const exposures = current.manifest.meta.exposures as {
        name: string;
        depends_on: string[];
        meta: Record<string, unknown>;
      }[];
      const open = exposures.find((e) => e.name === 'opendata_case_flow')!;
      expect(open.depends_on).toEqual(['case_flow']);
      expect(open.meta).toMatchObject({
        destination: 'opendata',
        dataset: 'case-flow',
        licence: 'CC-BY-4.0',
        update_frequency: 'monthly',
      });
      expect(open.meta.title_lv).toBeTruthy();
      expect(open.meta.description_en).toBeTruthy();

      const reader = new SnapshotReader(config);
      try {
        expectHandChecked(await reader.query<FlowRow>(`${FLOW_SQL} FROM case_flow`));
      } finally {
        reader.close();
      }
    },
    BUILD_TIMEOUT,
  );

  it('serves the dbt docs of the build at /docs/data', async () => {
    const app = await buildApp(config);
    try {
      const page = await app.inject('/docs/data');
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      // the static page carries the manifest: every mart and its column descriptions
      for (const mart of MARTS) expect(page.body).toContain(`model.elieta.${mart}`);
      expect(page.body).toContain('Disposition time, days');
      const manifest = await app.inject('/docs/data/manifest.json');
      expect(manifest.json().exposures['exposure.elieta.opendata_case_flow']).toBeTruthy();
    } finally {
      await app.close();
    }
  });

  it('leaves a warehouse file that @duckdb/node-api opens, with the same DuckDB engine as requirements.txt', async () => {
    const rows = await withWarehouse(config.warehouse, async (wh) => {
      const [v] = await wh.query<{ v: string }>('SELECT version() AS v');
      const pinned = /^duckdb==(\S+)$/m.exec(
        readFileSync(path.join(PROJECT_ROOT, 'requirements.txt'), 'utf8'),
      )?.[1];
      expect(v!.v.replace(/^v/, '')).toBe(pinned);
      const [labels] = await wh.query<{ court_name_lv: string; instance_en: string }>(
        "SELECT court_name_lv, instance_en FROM marts.case_flow WHERE court_code = 'RRT' LIMIT 1",
      );
      expect(labels).toEqual({ court_name_lv: 'Rīgas rajona tiesa', instance_en: 'First instance' });
      return wh.query<FlowRow>(`${FLOW_SQL} FROM marts.case_flow`);
    });
    expectHandChecked(rows);
    const py = spawnSync(
      path.join(config.venv, 'bin', 'python'),
      ['-c', 'import duckdb; print(duckdb.__version__)'],
      { encoding: 'utf8' },
    );
    expect(py.stdout.trim()).toBe(
      /^duckdb==(\S+)$/m.exec(readFileSync(path.join(PROJECT_ROOT, 'requirements.txt'), 'utf8'))?.[1],
    );
  });

  it(
    'refuses a selection that matches nothing',
    async () => {
      await expect(build(config, { select: ['no_such_model'] })).rejects.toThrow(
        /'no_such_model' does not match any enabled nodes/,
      );
      expect(currentSnapshot(config)!.id).toBe(firstSnapshot);
    },
    BUILD_TIMEOUT,
  );

  it(
    'reads a batch committed at the instant of the newest one after the previous build (and only then re-reads that instant)',
    async () => {
      // staging reads the raw versions loaded after its newest row, and that instant's again only
      // when one of its batches is new: b2late has b2's _loaded_at and was committed after the
      // last build. It re-sends case 3 unchanged (so the marts stay as they are), and its version
      // is the newest (same instant, later batch id).
      const staged = () =>
        withWarehouse(config.warehouse, (wh) =>
          wh.query<{ case_id: string; closed_on: string | null; loaded_batch_id: string }>(
            `SELECT case_id, CAST(closed_on AS TEXT) AS closed_on, loaded_batch_id FROM staging.stg_tis2__cases
             WHERE case_id = 'TIS2-3'`,
          ),
        );
      const count = () =>
        withWarehouse(config.warehouse, async (wh) => {
          const [r] = await wh.query<{ n: number | bigint }>(
            'SELECT count(*) AS n FROM staging.stg_tis2__cases',
          );
          return Number(r!.n);
        });
      expect(await staged()).toEqual([{ case_id: 'TIS2-3', closed_on: '2025-02-25', loaded_batch_id: 'b2' }]);
      const cases = await count();
      LOADED.b2late = LOADED.b2!;
      await withWarehouse(config.warehouse, (wh) =>
        loadRaw(wh, [
          {
            id: 3,
            registered: '2025-02-05',
            closed: '2025-02-25',
            batch: 'b2late',
            pos: 1,
          },
        ]),
      );
      const r = await build(config, { noDocs: true, noFreshness: true, noSnapshot: true });
      expect(r.tests.failed).toBe(0);
      expect(await staged()).toEqual([
        { case_id: 'TIS2-3', closed_on: '2025-02-25', loaded_batch_id: 'b2late' },
      ]);
      expect(await count()).toBe(cases);
      // nothing new: the next build changes nothing
      await build(config, { noDocs: true, noFreshness: true, noSnapshot: true });
      expect(await staged()).toEqual([
        { case_id: 'TIS2-3', closed_on: '2025-02-25', loaded_batch_id: 'b2late' },
      ]);
      expect(await count()).toBe(cases);
    },
    BUILD_TIMEOUT * 2,
  );

  it(
    'rebuilds what depends on a changed seed from scratch before the incremental build',
    async () => {
      // int_court_activity__monthly is incremental and keeps weighted counts (seed case_weights);
      // a weight changed in it by hand stays until a rebuild from scratch computes it again
      const weights = () =>
        withWarehouse(config.warehouse, async (wh) => {
          const [r] = await wh.query<{ w: number }>(
            'SELECT CAST(sum(weighted_assigned) AS DOUBLE) AS w FROM intermediate.int_court_activity__monthly',
          );
          return Number(r!.w);
        });
      const right = await weights();
      expect(changedSeeds(config)).toEqual([]);

      // seeds unchanged: the incremental build keeps the changed weight
      await withWarehouse(config.warehouse, (wh) =>
        wh.exec(
          `UPDATE intermediate.int_court_activity__monthly SET weighted_assigned = weighted_assigned + 1000
           WHERE month = (SELECT min(month) FROM intermediate.int_court_activity__monthly)`,
        ),
      );
      const tampered = await weights();
      expect(tampered).toBeGreaterThan(right + 999);
      await build(config, { noDocs: true, noFreshness: true, noSnapshot: true });
      expect(await weights()).toBe(tampered);

      // case_weights as if edited since the last build: its descendants from scratch, weights right again
      const file = path.join(home, 'dbt', 'seed-checksums.json');
      const kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;
      for (const seeds of Object.values(kept)) seeds.case_weights = 'edited';
      writeFileSync(file, JSON.stringify(kept));
      expect(changedSeeds(config)).toEqual(['case_weights']);
      const r = await build(config, { noDocs: true, noFreshness: true, noSnapshot: true });
      expect(r.tests.failed).toBe(0);
      expect(await weights()).toBeCloseTo(right, 9);
      expect(changedSeeds(config)).toEqual([]);
    },
    BUILD_TIMEOUT * 2,
  );

  it(
    'fails with a summary naming the broken test and what it means, and keeps the previous snapshot',
    async () => {
      await withWarehouse(config.warehouse, (wh) =>
        loadRaw(wh, [{ id: 8, registered: '2025-03-10', closed: '2025-03-01', batch: 'b3', pos: 1 }]),
      );
      const err = await build(config).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DbtError);
      const first = (err as Error).message.split('\n')[0];
      expect(first).toMatch(
        /^dbt build failed: test assert_no_case_closed_before_registered \(on stg_tis2__cases\) failed: 1 failing row – A failure means TIS2 sent a case whose closing date is before its registration date/,
      );
      expect(currentSnapshot(config)!.id).toBe(firstSnapshot);

      // The same through the CLI: exit code 1 and that one line on stderr.
      const cli = await runCommand(
        process.execPath,
        [path.join(PROJECT_ROOT, 'lib/cli/bin.js'), 'build', '--home', home],
        {
          env: { ...process.env, ELIETA_LOG_LEVEL: 'error' },
        },
      );
      expect(cli.status).toBe(1);
      expect(cli.stderr).toMatch(
        /^elieta: dbt build failed: test assert_no_case_closed_before_registered \(on stg_tis2__cases\) failed/m,
      );
      expect(currentSnapshot(config)!.id).toBe(firstSnapshot);
    },
    BUILD_TIMEOUT,
  );
});

describe('elieta build before anything was ingested', () => {
  it('says to ingest first and publishes nothing', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'elieta-dbt-empty-'));
    try {
      const config = loadConfig({ ELIETA_HOME: home }, home);
      await expect(build(config)).rejects.toThrow(
        /^nothing ingested yet: raw\.tis2__cases does not exist .*elieta ingest/,
      );
      expect(currentSnapshot(config)).toBeNull();
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('elieta build on PostgreSQL (same models)', () => {
  let server: TestPostgres;
  let home: string;
  let config: Config;

  beforeAll(async () => {
    server = await startPostgres();
    home = mkdtempSync(path.join(tmpdir(), 'elieta-dbt-pg-test-'));
    const url = await server.createDatabase('elieta_dbt');
    config = loadConfig({ ELIETA_HOME: home, ELIETA_WAREHOUSE: 'postgres', ELIETA_POSTGRES_URL: url }, home);
    await ensureVenv(config, { quiet: true });
    await withWarehouse(config.warehouse, async (wh) => {
      await loadRaw(wh, VERSIONS);
      await loadJudge(wh);
    });
  });

  afterAll(async () => {
    await server?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it(
    'builds, tests and publishes the same numbers',
    async () => {
      const result = await build(config, { noDocs: true });
      expect(result.target).toBe('postgres');
      expect(result.models.failed).toBe(0);
      expect(result.tests.failed).toBe(0);
      expect(result.tests.passed).toBeGreaterThanOrEqual(50);
      const current = currentSnapshot(config)!;
      expect(current.manifest.dataAsOf).toBe('2025-04-30');
      expect(current.manifest.tables.case_flow!.columns.filter((c) => !c.public).map((c) => c.name)).toEqual([
        'built_at',
      ]);
      const rows = await withWarehouse(config.warehouse, (wh) =>
        wh.query<FlowRow>(`${FLOW_SQL} FROM marts.case_flow`),
      );
      expectHandChecked(rows);
      const reader = new SnapshotReader(config);
      try {
        expectHandChecked(await reader.query<FlowRow>(`${FLOW_SQL} FROM case_flow`));
      } finally {
        reader.close();
      }
    },
    BUILD_TIMEOUT,
  );
});
