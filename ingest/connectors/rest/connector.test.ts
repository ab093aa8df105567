/**
 * The REST source connector against the real KKP simulator (HTTP), with the DuckDB warehouse and
 * with a PostgreSQL warehouse (one suite over both).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DuckDBWarehouse, PostgresWarehouse, type Warehouse } from '../../../lib/warehouse/index.ts';
import { startPostgres, type TestPostgres } from '../../../test/helpers/postgres.ts';
import {
  startKkpSimulator,
  type FailureStep,
  type KkpSimulator,
} from '../../simulators/kkp-server/server.ts';
import { newRunId } from '../file-drop/connector.ts';
import { readWatermark } from '../state.ts';
import { ingestRestSource, type RestSourceOptions, type RestState } from './connector.ts';

function event(i: number, extra: Record<string, unknown> = {}) {
  // Three events share each second, so equal modification times are common.
  const t = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 3) * 1000).toISOString().replace('.000Z', 'Z');
  return {
    event_id: `KE-${i}-1`,
    occurred_at: t,
    document_id: `KD-${i}-1`,
    document_type: 'judgment',
    event_type: i % 2 ? 'published' : 'received',
    institution_code: 'TA',
    court_code: 'RPT',
    system_code: 'TIS2',
    channel: 'electronic',
    case_number: `C30-${i}-26`,
    proceeding_number: null,
    updated_at: t,
    ...extra,
  };
}

let pgServer: TestPostgres;
let n = 0;
beforeAll(async () => {
  pgServer = await startPostgres();
});
afterAll(async () => {
  await new Promise((r) => setTimeout(r, 300));
  await pgServer?.stop();
});

const engines: { name: string; open: (home: string) => Promise<Warehouse> }[] = [
  { name: 'duckdb', open: (home) => DuckDBWarehouse.open(path.join(home, `warehouse-${++n}.duckdb`)) },
  { name: 'postgres', open: async () => PostgresWarehouse.open(await pgServer.createDatabase(`wh_${++n}`)) },
];

const fast = { baseDelayMs: 5, maxDelayMs: 50, timeoutMs: 2_000, maxAttempts: 4 };

describe.each(engines)('REST source connector (KKP), $name warehouse', ({ open }) => {
  let home: string;
  let dir: string;
  let sim: KkpSimulator;
  let wh: Warehouse;
  const others: Warehouse[] = [];

  function exportFile(name: string, records: object[], tail = ''): void {
    writeFileSync(path.join(dir, name), records.map((r) => JSON.stringify(r)).join('\n') + '\n' + tail);
  }
  const run = (o: Partial<RestSourceOptions> = {}, target: Warehouse = wh) =>
    ingestRestSource(target, sim.url, 'kkp', {
      runId: newRunId(),
      key: null,
      pageSize: 100,
      batchRows: 1000,
      retry: fast,
      entities: ['events'],
      ...o,
    });
  const rows = (target: Warehouse = wh) =>
    target.query<{ event_id: string; _op: string; _record_hash: string }>(
      'SELECT event_id, _op, _record_hash FROM raw.kkp__events ORDER BY event_id, _loaded_at, _batch_id',
    );

  beforeEach(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'elieta-rest-'));
    dir = path.join(home, 'drop', 'kkp', 'events');
    mkdirSync(dir, { recursive: true });
    exportFile(
      'events-0001.ndjson',
      Array.from({ length: 1500 }, (_, i) => event(i + 1)),
    );
    exportFile(
      'events-0002.ndjson',
      Array.from({ length: 1000 }, (_, i) => event(i + 1501)),
    );
    sim = await startKkpSimulator({ dropDir: path.join(home, 'drop') });
    wh = await open(home);
  });
  afterEach(async () => {
    await sim.close();
    await wh.close();
    for (const o of others.splice(0)) await o.close();
  });

  it('pages through the API in batches, then asks only for what changed since, and gets 304 when nothing did', async () => {
    const [first] = await run();
    expect(first).toMatchObject({
      connector: 'rest',
      read: 2500,
      loaded: 2500,
      quarantined: 0,
      watermarkBefore: null,
      watermarkAfter: '2026-01-01T00:13:53Z',
    });
    expect(first?.error).toBeUndefined();
    expect(sim.requests.filter((r) => r.status === 200)).toHaveLength(25);
    const batches = await wh.query('SELECT DISTINCT _batch_id FROM raw.kkp__events');
    expect(batches).toHaveLength(3);

    // The next run asks from the latest time seen (inclusive): the two events of that second again, unchanged.
    const [second] = await run();
    expect(second).toMatchObject({ read: 2, loaded: 0, unchanged: 2 });
    expect(sim.requests.at(-1)?.url).toContain('modified_since=2026-01-01T00%3A13%3A53Z');
    // Nothing changed since: the conditional request is answered 304 and nothing is read.
    const [third] = await run();
    expect(third).toMatchObject({ read: 0, loaded: 0, watermarkAfter: '2026-01-01T00:13:53Z' });
    expect(sim.requests.at(-1)?.status).toBe(304);

    // KKP changes: two new events, one corrected, one withdrawn (a deletion in the change feed).
    exportFile('events-0003.ndjson', [
      event(2501, { updated_at: '2026-02-01T10:00:00Z' }),
      event(2502, { updated_at: '2026-02-01T10:00:00Z' }),
      event(7, { channel: 'paper', updated_at: '2026-02-01T10:00:01Z' }),
      { event_id: 'KE-8-1', _op: 'delete', updated_at: '2026-02-01T10:00:02Z' },
    ]);
    const [fourth] = await run();
    expect(fourth).toMatchObject({
      read: 6,
      loaded: 4,
      unchanged: 2,
      watermarkAfter: '2026-02-01T10:00:02Z',
    });
    const seven = await wh.query<{ channel: string }>(
      "SELECT channel FROM raw.kkp__events WHERE event_id = 'KE-7-1' ORDER BY _loaded_at",
    );
    expect(seven.map((r) => r.channel)).toEqual(['electronic', 'paper']);
    const eight = await wh.query<{ _op: string; channel: string | null }>(
      "SELECT _op, channel FROM raw.kkp__events WHERE event_id = 'KE-8-1' ORDER BY _loaded_at",
    );
    expect(eight).toEqual([
      { _op: 'upsert', channel: 'electronic' },
      { _op: 'delete', channel: null },
    ]);
  });

  it('quarantines items that break the contract with page, item and reason, and loads the rest', async () => {
    exportFile(
      'events-0003.ndjson',
      [
        event(3001, { document_type: 'napkin' }),
        event(3002, { occurred_at: '2026-02-30T00:00:00Z' }),
        { event_id: 'KE-3003-1', updated_at: '2026-03-01T00:00:00Z' },
        event(3004),
      ],
      '42\n',
    );
    const [r] = await run({ pageSize: 1000 });
    expect(r).toMatchObject({ read: 2505, loaded: 2501, quarantined: 4 });
    const q = await wh.query<{ file: string; position: string; field: string; reason: string }>(
      "SELECT file, position, field, reason FROM raw.quarantine WHERE source = 'kkp' ORDER BY position",
    );
    expect(q.map((x) => [x.position, x.field])).toEqual([
      ['page 3 item 501', 'document_type'],
      ['page 3 item 502', 'occurred_at'],
      ['page 3 item 503', 'occurred_at'],
      ['page 3 item 505', '(record)'],
    ]);
    expect(q[0]?.file).toBe(`${sim.url}/events?page_size=1000`);
    expect(q[0]?.reason).toContain('not in classifier document_types');
    expect(q[3]?.reason).toBe('the item is not a JSON object');
  });

  it('after the API fails mid-run keeps whole batches with their cursor, and the next run ends where an uninterrupted one does', async () => {
    // Pages 1–14 answer; page 15 fails on every attempt (batch 2 = pages 11–20 is rolled back).
    const script: FailureStep[] = [
      ...Array<FailureStep>(14).fill('ok'),
      ...Array<FailureStep>(fast.maxAttempts).fill({ status: 503 }),
    ];
    sim.setFailures({ script });
    const [failed] = await run();
    expect(failed?.error).toMatch(/events\?.*gave up after 4 attempts; last: HTTP 503/);
    expect(await rows()).toHaveLength(1000);
    const wm = await readWatermark<RestState>(wh, 'kkp', 'events');
    expect(wm?.state.cursor).toBeTruthy();
    expect(wm?.state.since).toBeNull();
    const ledger = await wh.query<{ error: string | null }>(
      "SELECT error FROM raw.run_ledger WHERE source = 'kkp'",
    );
    expect(ledger[0]?.error).toMatch(/HTTP 503/);

    const [resumed] = await run();
    expect(resumed).toMatchObject({ read: 1500, loaded: 1500 });
    const reference = await open(mkdtempSync(path.join(tmpdir(), 'elieta-rest-ref-')));
    others.push(reference);
    await run({}, reference);
    expect(await rows()).toEqual(await rows(reference));
  });

  it('rides out a flaky API (30% of requests fail) without losing or duplicating a record', async () => {
    sim.setFailures({ rate: 0.3, seed: 7 });
    const [r] = await run({ retry: { ...fast, maxAttempts: 8 } });
    expect(r?.error).toBeUndefined();
    expect(r).toMatchObject({ read: 2500, loaded: 2500 });
    expect(sim.requests.filter((x) => x.status >= 500).length).toBeGreaterThan(3);
    const dup = await wh.query('SELECT event_id FROM raw.kkp__events GROUP BY event_id HAVING count(*) > 1');
    expect(dup).toEqual([]);
  });

  it('reports an API it cannot reach as an error naming the URL', async () => {
    await sim.close();
    const [r] = await run({ retry: { ...fast, maxAttempts: 2 } });
    expect(r?.error).toMatch(
      new RegExp(
        `^${sim.url.replace(/[.]/g, '\\.')}/events\\?page_size=100: gave up after 2 attempts; last: network error`,
      ),
    );
    sim = await startKkpSimulator({ dropDir: path.join(home, 'drop') }); // for afterEach
  });
});
