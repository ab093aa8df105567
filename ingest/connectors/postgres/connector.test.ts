/**
 * The PostgreSQL source connector against a real PostgreSQL server holding a simulated PDIS
 * database, with the DuckDB warehouse and with a PostgreSQL warehouse (one suite over both).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DuckDBWarehouse, PostgresWarehouse, type Warehouse } from '../../../lib/warehouse/index.ts';
import { startPostgres, type TestPostgres } from '../../../test/helpers/postgres.ts';
import { tis2Case } from '../../../test/helpers/records.ts';
import { getContract } from '../../contracts/index.ts';
import { applyRecords, loadPdisDatabase } from '../../simulators/pdis-db/database.ts';
import { newRunId } from '../file-drop/connector.ts';
import { readWatermark } from '../state.ts';
import { ingestPostgresSource, type PgState, type PostgresSourceOptions } from './connector.ts';

const contract = getContract('tis2', 'cases')!;

function kase(id: number, extra: Record<string, unknown> = {}) {
  const minute = String(id % 60).padStart(2, '0');
  const hour = String(8 + (Math.floor(id / 60) % 10)).padStart(2, '0');
  // Several rows share a timestamp, so the key must break ties.
  const updated_at = `2024-01-${String(10 + Math.floor(id / 600)).padStart(2, '0')}T${hour}:${minute}:00Z`;
  return tis2Case(id, { updated_at, ...extra });
}

let server: TestPostgres;
let dbCount = 0;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  // Let closing pools finish their goodbyes before the server goes away.
  await new Promise((r) => setTimeout(r, 300));
  await server?.stop();
});

async function newDatabase(prefix: string): Promise<string> {
  return server.createDatabase(`${prefix}_${++dbCount}`);
}

/** Each engine opens a fresh warehouse and says how the CLI would reach it. */
const engines: {
  name: string;
  open: (home: string) => Promise<{ wh: Warehouse; env: Record<string, string> }>;
}[] = [
  {
    name: 'duckdb',
    open: async (home) => {
      const file = path.join(home, `warehouse-${++dbCount}.duckdb`);
      return { wh: await DuckDBWarehouse.open(file), env: { ELIETA_DUCKDB_PATH: file } };
    },
  },
  {
    name: 'postgres',
    open: async () => {
      const url = await newDatabase('wh');
      return {
        wh: await PostgresWarehouse.open(url),
        env: { ELIETA_WAREHOUSE: 'postgres', ELIETA_POSTGRES_URL: url },
      };
    },
  },
];

function reopen(env: Record<string, string>): Promise<Warehouse> {
  return env.ELIETA_POSTGRES_URL
    ? PostgresWarehouse.open(env.ELIETA_POSTGRES_URL)
    : DuckDBWarehouse.open(env.ELIETA_DUCKDB_PATH as string);
}

describe.each(engines)('PostgreSQL source connector, $name warehouse', ({ name, open }) => {
  let home: string;
  let drop: string;
  let sourceUrl: string;
  let wh: Warehouse;
  let whEnv: Record<string, string>;
  let source: pg.Client;
  let fileSeq = 0;

  /** Writes a drop file and applies it to the PDIS database with the simulator (as after `generate --advance`). */
  async function advance(records: object[]): Promise<void> {
    const dir = path.join(drop, 'tis2', 'cases');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, `part-${String(++fileSeq).padStart(4, '0')}.ndjson`),
      records.map((r) => JSON.stringify(r)).join('\n') + '\n',
    );
    await loadPdisDatabase({ url: sourceUrl, source: 'tis2', dropDir: drop, entities: ['cases'] });
  }

  const run = (o: Partial<PostgresSourceOptions> = {}, target: Warehouse = wh) =>
    ingestPostgresSource(target, sourceUrl, 'tis2', {
      runId: newRunId(),
      key: null,
      batchRows: 50,
      pageRows: 20,
      entities: ['cases'],
      ...o,
    });

  async function rawRows(target: Warehouse = wh) {
    return target.query<{ case_id: string; _op: string; _record_hash: string; court_code: string | null }>(
      'SELECT case_id, _op, _record_hash, court_code FROM raw.tis2__cases ORDER BY case_id, _loaded_at, _batch_id',
    );
  }

  beforeEach(async () => {
    home = mkdtempSync(path.join(tmpdir(), `elieta-pgsrc-${name}-`));
    drop = path.join(home, 'drop');
    sourceUrl = server.url(`tis2_${++dbCount}`);
    ({ wh, env: whEnv } = await open(home));
    await advance(Array.from({ length: 120 }, (_, i) => kase(i + 1)));
    source = new pg.Client({ connectionString: sourceUrl });
    await source.connect();
  });
  afterEach(async () => {
    await source.end();
    await wh.close();
  });

  it('loads incrementally by (updated_at, key) in batches, and appends only what changed', async () => {
    const [first] = await run();
    expect(first).toMatchObject({
      connector: 'postgres',
      read: 120,
      loaded: 120,
      quarantined: 0,
      watermarkBefore: null,
      watermarkAfter: '2024-01-10T10:00:00Z',
    });
    expect(first?.error).toBeUndefined();
    const batches = await wh.query<{ b: string }>(
      'SELECT DISTINCT _batch_id AS b FROM raw.tis2__cases ORDER BY b',
    );
    expect(batches).toHaveLength(3);

    const [again] = await run();
    expect(again).toMatchObject({
      read: 0,
      loaded: 0,
      watermarkBefore: '2024-01-10T10:00:00Z',
      watermarkAfter: '2024-01-10T10:00:00Z',
    });

    // Five cases close (a newer updated_at), two are new.
    await advance([
      ...[3, 9, 27, 81, 100].map((i) =>
        kase(i, {
          closed_on: '2024-02-01',
          decided_on: '2024-02-01',
          outcome: 'judgment',
          updated_at: '2024-02-01T09:00:00Z',
        }),
      ),
      kase(121, { updated_at: '2024-02-01T09:00:00Z' }),
      kase(122, { updated_at: '2024-02-02T09:00:00.5Z' }),
    ]);
    const [next] = await run();
    expect(next).toMatchObject({
      read: 7,
      loaded: 7,
      unchanged: 0,
      watermarkAfter: '2024-02-02T09:00:00.5Z',
    });
    const versions = await wh.query<{ n: bigint | number; closed: string | null }>(
      "SELECT count(*) AS n, max(CAST(closed_on AS VARCHAR)) AS closed FROM raw.tis2__cases WHERE case_id = 'TIS2-27'",
    );
    expect(Number(versions[0]?.n)).toBe(2);
    expect(versions[0]?.closed).toBe('2024-02-01');
    const wm = await readWatermark<PgState>(wh, 'tis2', 'cases');
    expect(wm?.state).toEqual({
      after: ['2024-02-02T09:00:00.5Z', 'TIS2-122'],
      columns: ['updated_at', 'case_id'],
    });
    const ledger = await wh.query<{ connector: string; rows_read: bigint | number }>(
      "SELECT connector, rows_read FROM raw.run_ledger WHERE source = 'tis2' ORDER BY ended_at",
    );
    expect(ledger.map((l) => [l.connector, Number(l.rows_read)])).toEqual([
      ['postgres', 120],
      ['postgres', 0],
      ['postgres', 7],
    ]);
  });

  it('detects deletions by a key scan and records them once as _op delete', async () => {
    await run();
    await advance([
      { case_id: 'TIS2-5', _op: 'delete' },
      { case_id: 'TIS2-50', _op: 'delete' },
      { case_id: 'TIS2-119', _op: 'delete' },
    ]);
    const { rows } = await source.query('SELECT count(*)::int AS n FROM cases');
    expect(rows[0].n).toBe(117);
    const [r] = await run();
    expect(r).toMatchObject({ read: 3, loaded: 3 });
    const deletes = await wh.query<{ case_id: string; court_code: string | null }>(
      "SELECT case_id, court_code FROM raw.tis2__cases WHERE _op = 'delete' ORDER BY case_id",
    );
    expect(deletes).toEqual([
      { case_id: 'TIS2-119', court_code: null },
      { case_id: 'TIS2-5', court_code: null },
      { case_id: 'TIS2-50', court_code: null },
    ]);
    const [again] = await run();
    expect(again).toMatchObject({ read: 0, loaded: 0 });
    // A deleted case that comes back (with a new updated_at) is alive again.
    await advance([kase(50, { updated_at: '2024-03-01T00:00:00Z' })]);
    const [back] = await run();
    expect(back).toMatchObject({ read: 1, loaded: 1 });
    const latest = await wh.query<{ _op: string }>(
      "SELECT _op FROM raw.tis2__cases WHERE case_id = 'TIS2-50' ORDER BY _loaded_at DESC, _batch_id DESC LIMIT 1",
    );
    expect(latest[0]?._op).toBe('upsert');
  });

  it('quarantines rows that break the contract with their key and reason, and loads the rest', async () => {
    await applyInSource([kase(200, { court_code: 'XXX' }), kase(201, { judge_id: 'judge one' }), kase(202)]);
    const [r] = await run();
    expect(r).toMatchObject({ read: 123, loaded: 121, quarantined: 2 });
    const q = await wh.query<{
      file: string;
      position: string;
      field: string;
      reason: string;
      original: string;
    }>('SELECT file, position, field, reason, original FROM raw.quarantine ORDER BY position');
    expect(q).toHaveLength(2);
    expect(q[0]).toMatchObject({
      file: 'public.cases',
      position: 'row case_id=TIS2-200',
      field: 'court_code',
      reason: expect.stringContaining('not in classifier courts'),
    });
    expect(q[1]).toMatchObject({ position: 'row case_id=TIS2-201', field: 'judge_id' });
    expect(JSON.parse(q[0]!.original)).toMatchObject({
      case_id: 'TIS2-200',
      court_code: 'XXX',
      registered_on: '2024-01-15',
      updated_at: expect.stringMatching(/Z$/),
    });
  });

  it('refuses to record the deletion of most of a table at once (an emptied source is a fault, not a purge)', async () => {
    await source.query(`INSERT INTO cases (case_id, case_number, court_code, case_category, instance, registered_on, judge_id, updated_at)
                        SELECT 'TIS2-' || (1000 + g), 'C30-' || g || '-24', 'RPT', 'civil', 'first', DATE '2024-01-15', 'J-0001', TIMESTAMPTZ '2024-03-01 00:00:00+00' FROM generate_series(1, 1500) g`);
    await run({ batchRows: 5000 });
    await source.query('DELETE FROM cases');
    const [refused] = await run();
    expect(refused?.error).toMatch(
      /public\.cases: 1,620 of the 1,620 records loaded are missing from the source; refusing/,
    );
    expect(await wh.query("SELECT 1 FROM raw.tis2__cases WHERE _op = 'delete'")).toEqual([]);
    const [allowed] = await run({ maxDeleteShare: 1 });
    expect(allowed).toMatchObject({ read: 1620, loaded: 1620 });
  });

  async function applyInSource(records: object[]): Promise<void> {
    await source.query('BEGIN');
    await applyRecords(source, contract, records as Record<string, unknown>[]);
    await source.query('COMMIT');
  }

  it('after a failure mid-run keeps batch and watermark consistent, and the next run ends where an uninterrupted one does', async () => {
    const [failed] = await run({ failInBatch: 2 });
    expect(failed?.error).toBe('injected failure in batch 2');
    const rows = await rawRows();
    expect(rows).toHaveLength(50); // batch 1 whole, batch 2 absent
    const wm = await readWatermark<PgState>(wh, 'tis2', 'cases');
    const lastOfBatch1 = await wh.query<{ case_id: string; u: string }>(
      'SELECT case_id, CAST(updated_at AS VARCHAR) AS u FROM raw.tis2__cases ORDER BY updated_at DESC, case_id DESC LIMIT 1',
    );
    expect(wm?.state.after?.[1]).toBe(lastOfBatch1[0]?.case_id);
    const [resumed] = await run();
    expect(resumed).toMatchObject({ read: 70, loaded: 70, watermarkBefore: wm?.watermark });

    const { wh: other } = await open(mkdtempSync(path.join(tmpdir(), 'elieta-pgsrc-ref-')));
    try {
      await run({}, other);
      const strip = (r: Awaited<ReturnType<typeof rawRows>>) =>
        r.map(({ case_id, _op, _record_hash }) => ({ case_id, _op, _record_hash }));
      expect(strip(await rawRows())).toEqual(strip(await rawRows(other)));
    } finally {
      await other.close();
    }
  });

  it('reports a source it cannot reach as an error for each entity', async () => {
    const results = await ingestPostgresSource(wh, 'postgres://nobody@127.0.0.1:1/none', 'tis2', {
      runId: newRunId(),
      key: null,
      entities: ['cases'],
    });
    expect(results).toHaveLength(1);
    expect(results[0]?.error).toMatch(/cannot connect to postgres:\/\/nobody@127.0.0.1:1\/none/);
  });

  it('killed mid-run (SIGKILL of `elieta ingest`), leaves raw and watermark consistent, and the next run completes the load', async () => {
    const total = 160_000;
    await source.query(`INSERT INTO cases (case_id, case_number, origin_case_id, court_code, case_category, instance, registered_on, first_hearing_on, decided_on, closed_on, outcome, judge_id, updated_at)
                        SELECT 'TIS2-' || (1000 + g), 'C30-' || g || '-24', NULL, 'RPT', 'civil', 'first', DATE '2024-01-15', NULL, NULL, NULL, NULL, 'J-0001',
                        TIMESTAMPTZ '2024-03-01 00:00:00+00' + (g / 7) * INTERVAL '1 second' FROM generate_series(1, ${total}) g`);
    await wh.close();
    const child = spawn(process.execPath, [path.resolve('lib/cli/bin.js'), 'ingest', '--source', 'tis2'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        ...whEnv,
        ELIETA_HOME: home,
        ELIETA_SOURCE_TIS2: sourceUrl,
        ELIETA_LOG_LEVEL: 'debug',
        ELIETA_LOG_FORMAT: 'json',
      },
    });
    // Kill right after the first batch has committed (the connector logs each commit).
    let logs = '';
    await new Promise<void>((resolve) => {
      child.stderr?.on('data', (d: Buffer) => {
        logs += d.toString();
        if (logs.includes('batch committed')) resolve();
      });
      child.once('exit', () => resolve());
    });
    child.kill('SIGKILL');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    wh = await reopen(whEnv);
    const count = Number(
      (await wh.query<{ n: bigint }>('SELECT count(*) AS n FROM raw.tis2__cases'))[0]?.n ?? 0,
    );
    const wm = await readWatermark<PgState>(wh, 'tis2', 'cases');
    // Every committed row is at or before the committed watermark, and every source row up to it is there.
    const { rows } = await source.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM cases WHERE ($1::timestamptz IS NULL) OR (updated_at, case_id) <= ($1::timestamptz, $2::text)',
      [wm?.state.after?.[0] ?? null, wm?.state.after?.[1] ?? null],
    );
    expect(count).toBe(wm ? rows[0]!.n : 0);
    expect(count).toBeGreaterThanOrEqual(50_000); // the first batch is whole
    expect(count).toBeLessThan(total + 120); // killed before the end
    const [r] = await run({ batchRows: 50_000, pageRows: 5_000 });
    expect(r?.error).toBeUndefined();
    const after = Number((await wh.query<{ n: bigint }>('SELECT count(*) AS n FROM raw.tis2__cases'))[0]?.n);
    expect(after).toBe(total + 120);
    const dup = await wh.query(
      'SELECT case_id FROM raw.tis2__cases GROUP BY case_id HAVING count(*) > 1 LIMIT 1',
    );
    expect(dup).toEqual([]);
  });
});
