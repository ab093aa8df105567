import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { xxhash128 } from 'hash-wasm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DuckDBWarehouse, PostgresWarehouse, type Warehouse } from '../../../lib/warehouse/index.ts';
import { startPostgres, type TestPostgres } from '../../../test/helpers/postgres.ts';
import { tis2Case } from '../../../test/helpers/records.ts';
import { getContract } from '../../contracts/index.ts';
import { ingestEntity, newRunId } from './connector.ts';

const good = tis2Case;
const CASE_FIELDS = Object.keys(getContract('tis2', 'cases')?.schema.properties ?? {});

/** A record as a TIS2 export writes it: every contract field (null when empty), in contract order. */
function line(id: number, extra: Record<string, unknown> = {}): string {
  const r: Record<string, unknown> = { ...good(id), ...extra };
  const out: Record<string, unknown> = {};
  for (const k of CASE_FIELDS) out[k] = r[k] === undefined ? null : r[k];
  for (const k of Object.keys(r)) if (!(k in out)) out[k] = r[k];
  return JSON.stringify(out);
}

let home: string;
let drop: string;
let wh: Warehouse;
let pgServer: TestPostgres;
let n = 0;

beforeAll(async () => {
  pgServer = await startPostgres();
});
afterAll(async () => {
  await pgServer?.stop();
});

const engines: { name: string; open: (home: string) => Promise<Warehouse> }[] = [
  { name: 'duckdb', open: (home) => DuckDBWarehouse.open(path.join(home, 'warehouse.duckdb')) },
  { name: 'postgres', open: async () => PostgresWarehouse.open(await pgServer.createDatabase(`fd_${++n}`)) },
];

function dropFile(name: string, content: string | Buffer): void {
  const dir = path.join(drop, 'tis2', 'cases');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), content);
}

const countOf = async (sql: string): Promise<number> =>
  Number((await wh.query<{ n: number | bigint }>(sql))[0]?.n);

describe.each(engines)('file-drop connector, $name warehouse', ({ name, open }) => {
  beforeEach(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'elieta-ingest-'));
    drop = path.join(home, 'drop');
    wh = await open(home);
  });

  afterEach(async () => {
    await wh.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('loads valid records and quarantines each broken one with file, line, field and reason', async () => {
    const lines = [
      JSON.stringify(good(1)),
      JSON.stringify(good(2, { registered_on: 'not a date' })), // bad type/format
      JSON.stringify({ ...good(3), court_code: undefined }), // missing field
      JSON.stringify(good(4, { registered_on: '2023-02-30' })), // impossible date
      '{"case_id": "TIS2-5", broken', // broken line
      JSON.stringify(good(6, { court_code: 'XXX' })), // unknown classifier code
      JSON.stringify(good(7)),
    ];
    const bytes = Buffer.concat([
      Buffer.from(lines.join('\n') + '\n'),
      Buffer.from([0x7b, 0x22, 0x63, 0xe9, 0xff, 0x22, 0x7d, 0x0a]), // wrong encoding
      Buffer.from(JSON.stringify(good(8)) + '\n'),
    ]);
    dropFile('a.ndjson', bytes);
    const r = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ read: 9, loaded: 3, quarantined: 6 });
    const loaded = await wh.query<{ case_id: string }>(
      'SELECT case_id FROM raw.tis2__cases ORDER BY case_id',
    );
    expect(loaded.map((x) => x.case_id)).toEqual(['TIS2-1', 'TIS2-7', 'TIS2-8']);
    const q = await wh.query<{
      file: string;
      position: string;
      field: string;
      reason: string;
      original: string;
    }>('SELECT file, position, field, reason, original FROM raw.quarantine ORDER BY position');
    const byLine = Object.fromEntries(q.map((x) => [x.position, x]));
    expect(byLine['line 2']).toMatchObject({
      file: 'a.ndjson',
      field: 'registered_on',
      reason: expect.stringContaining('not a valid date'),
    });
    expect(byLine['line 3']).toMatchObject({
      field: 'court_code',
      reason: expect.stringContaining('missing'),
    });
    expect(byLine['line 4']).toMatchObject({
      field: 'registered_on',
      reason: expect.stringContaining('not a valid date'),
    });
    expect(byLine['line 5']?.reason).toContain('not valid JSON');
    expect(byLine['line 5']?.original).toBe('{"case_id": "TIS2-5", broken');
    expect(byLine['line 6']?.reason).toContain('not in classifier courts');
    expect(byLine['line 8']?.reason).toContain('not valid UTF-8');
    const meta = await wh.query<{
      _op: string;
      _source_position: bigint | number;
      _record_hash: bigint | number;
      _batch_id: string;
    }>("SELECT _op, _source_position, _record_hash, _batch_id FROM raw.tis2__cases WHERE case_id = 'TIS2-7'");
    expect(meta[0]?._op).toBe('upsert');
    expect(Number(meta[0]?._source_position)).toBe(7); // the line (PostgreSQL gives a number, DuckDB a bigint)
    // 63 bits of a hash of the record
    expect(BigInt(meta[0]?._record_hash ?? 0)).not.toBe(0n);
    const runs = await wh.query<{
      rows_read: number;
      rows_loaded: number;
      rows_quarantined: number;
      error: string | null;
    }>('SELECT rows_read, rows_loaded, rows_quarantined, error FROM raw.run_ledger');
    expect(
      runs.map((x) => ({
        ...x,
        rows_read: Number(x.rows_read),
        rows_loaded: Number(x.rows_loaded),
        rows_quarantined: Number(x.rows_quarantined),
      })),
    ).toEqual([{ rows_read: 9, rows_loaded: 3, rows_quarantined: 6, error: null }]);
  });

  it('adds nothing when run again on the same files, and appends only changed records of a new file', async () => {
    dropFile('a.ndjson', [good(1), good(2)].map((r) => JSON.stringify(r)).join('\n'));
    await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    const again = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(again).toMatchObject({ files: 0, filesSkipped: 1, loaded: 0 });
    // A later export repeats record 1 unchanged and changes record 2.
    dropFile(
      'b.ndjson',
      [good(1), good(2, { closed_on: '2024-05-01', outcome: 'judgment', updated_at: '2024-05-01T09:00:00Z' })]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const next = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(next).toMatchObject({
      files: 1,
      read: 2,
      loaded: 1,
      unchanged: 1,
      watermarkBefore: '2024-01-15T10:00:00Z',
      watermarkAfter: '2024-05-01T09:00:00Z',
    });
    expect(await countOf("SELECT count(*) AS n FROM raw.tis2__cases WHERE case_id = 'TIS2-2'")).toBe(2);
  });

  // Every path gives a batch a load time after every row before it (laterLoadTime); the SQL path
  // (DuckDB) then finds the rows before a batch by their earlier load time.
  it('loads a file as the latest version, skipping unchanged records, when the clock was set back', async () => {
    dropFile('a.ndjson', [line(1), line(2)].join('\n'));
    const sqlFiles = name === 'duckdb' ? 1 : 0;
    expect(await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null })).toMatchObject({
      loaded: 2,
      sqlFiles,
    });
    // The first load's time now lies a day ahead of this machine's clock.
    await wh.exec("UPDATE raw.tis2__cases SET _loaded_at = _loaded_at + INTERVAL '1 day'");
    const [first] = await wh.query<{ t: string }>(
      'SELECT CAST(max(_loaded_at) AS VARCHAR) AS t FROM raw.tis2__cases',
    );
    dropFile('b.ndjson', [line(1), line(2, { closed_on: '2024-05-01', outcome: 'judgment' })].join('\n'));
    const next = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(next).toMatchObject({ files: 1, sqlFiles, read: 2, loaded: 1, unchanged: 1 });
    const versions = await wh.query<{ closed_on: string | null; t: string }>(
      `SELECT CAST(closed_on AS VARCHAR) AS closed_on, CAST(_loaded_at AS VARCHAR) AS t FROM raw.tis2__cases
         WHERE case_id = 'TIS2-2' ORDER BY _loaded_at DESC, _batch_id DESC, _source_position DESC`,
    );
    expect(versions).toHaveLength(2);
    expect(versions[0]?.closed_on).toBe('2024-05-01');
    expect(Date.parse(`${versions[0]?.t}Z`) - Date.parse(`${first?.t}Z`)).toBe(1);
  });

  it.each([true, false])(
    'records every batch in raw.batch_ledger, and whether all its keys were new (SQL path allowed: %s)',
    async (sqlPath) => {
      const load = async (file: string, lines: string[]) => {
        dropFile(file, lines.join('\n') + '\n');
        return ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null, sqlPath });
      };
      await load('a.ndjson', [line(1), line(2)]);
      await load('b.ndjson', [line(3), line(3, { outcome: 'judgment' })]); // a new key, twice
      // record 3 unchanged, record 2 changed
      await load('c.ndjson', [line(3, { outcome: 'judgment' }), line(2, { closed_on: '2024-05-01' })]);
      await load('d.ndjson', ['{"_op":"delete","case_id":"TIS2-1"}']);
      await load('e.ndjson', ['{"_op":"delete","case_id":"TIS2-9"}']); // a key never loaded
      const batches = await wh.query<{
        table_schema: string;
        table_name: string;
        rows_loaded: number | bigint;
        new_keys_only: boolean;
        t: string;
        rows_at_t: number | bigint;
      }>(
        `SELECT b.table_schema, b.table_name, b.rows_loaded, b.new_keys_only, CAST(b.loaded_at AS VARCHAR) AS t,
           (SELECT count(*) FROM raw.tis2__cases r WHERE r._batch_id = b.batch_id AND r._loaded_at = b.loaded_at) AS rows_at_t
         FROM raw.batch_ledger b ORDER BY b.loaded_at`,
      );
      expect(
        batches.map((b) => [b.table_schema, b.table_name, Number(b.rows_loaded), b.new_keys_only]),
      ).toEqual([
        ['raw', 'tis2__cases', 2, true],
        ['raw', 'tis2__cases', 2, true],
        ['raw', 'tis2__cases', 1, false],
        ['raw', 'tis2__cases', 1, false],
        ['raw', 'tis2__cases', 1, true],
      ]);
      // the ledger's load time is its rows' load time
      expect(batches.map((b) => Number(b.rows_at_t))).toEqual([2, 2, 1, 1, 1]);
    },
  );

  it('reads CSV with quoted fields, typing values by the contract', async () => {
    const header =
      'case_id,case_number,origin_case_id,court_code,case_category,instance,registered_on,first_hearing_on,decided_on,closed_on,outcome,judge_id,updated_at';
    const rows = [
      'TIS2-10,"C30-00010-24",,RPT,civil,first,2024-01-02,,,,,J-0001,2024-01-02T10:00:00Z',
      'TIS2-11,"K30-""11""-24",,RPT,criminal,first,2024-01-03,,,,,J-0002,2024-01-03T10:00:00Z',
      'TIS2-12,C30-12-24,,RPT,civil,first,2024-13-40,,,,,J-0003,2024-01-03T10:00:00Z',
      'TIS2-13,C30-13-24,,RPT',
    ];
    dropFile('export.csv', [header, ...rows].join('\r\n') + '\r\n');
    const r = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(r).toMatchObject({ read: 4, loaded: 2, quarantined: 2 });
    const n = await wh.query<{ case_number: string }>(
      "SELECT case_number FROM raw.tis2__cases WHERE case_id = 'TIS2-11'",
    );
    expect(n[0]?.case_number).toBe('K30-"11"-24');
    const q = await wh.query<{ position: string; reason: string }>(
      'SELECT position, reason FROM raw.quarantine ORDER BY position',
    );
    expect(q[0]).toMatchObject({ position: 'line 4', reason: expect.stringContaining('registered_on') });
    expect(q[1]).toMatchObject({
      position: 'line 5',
      reason: expect.stringContaining('4 fields, the header has 13'),
    });
  });

  it('a folder without a contract is reported as an error, not loaded', async () => {
    mkdirSync(path.join(drop, 'nosuch', 'things'), { recursive: true });
    const r = await ingestEntity(wh, drop, 'nosuch', 'things', { runId: newRunId(), key: null });
    expect(r.error).toMatch(/no contract ingest\/contracts\/nosuch\/things.schema.json/);
  });

  it('refuses a raw table of the older layout (text positions and hashes) instead of appending to it', async () => {
    await wh.exec('CREATE SCHEMA IF NOT EXISTS raw');
    await wh.exec('CREATE TABLE raw.tis2__cases (case_id TEXT, _source_position TEXT, _record_hash TEXT)');
    dropFile('a.ndjson', line(1));
    const r = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(r.error).toMatch(
      /raw\.tis2__cases was created by an older version \(_source_position and _record_hash are not BIGINT\)/,
    );
    expect(r.loaded).toBe(0);
  });

  const fiveLines = (bad: string | Buffer): Buffer =>
    Buffer.concat([
      Buffer.from([1, 2].map((i) => line(i) + '\n').join('')),
      typeof bad === 'string' ? Buffer.from(bad) : bad,
      Buffer.from('\n' + [4, 5].map((i) => line(i) + '\n').join('')),
    ]);
  const noCourt = (): Record<string, unknown> => {
    const { court_code: _dropped, ...rest } = good(3);
    return rest;
  };
  it.each([
    ['a bad type', line(3, { case_number: 12345 }), 'case_number'],
    ['a missing field', JSON.stringify(noCourt()), 'court_code'],
    ['an impossible date', line(3, { registered_on: '2023-02-30' }), 'registered_on'],
    ['an impossible time', line(3, { updated_at: '2024-01-15T24:00:00Z' }), 'updated_at'],
    ['a one-digit month', line(3, { registered_on: '2023-2-03' }), 'registered_on'],
    ['a one-digit hour', line(3, { updated_at: '2024-01-15T9:00:00Z' }), 'updated_at'],
    ['a time without its zone', line(3, { updated_at: '2024-01-15T09:00:00' }), 'updated_at'],
    ['broken JSON', '{"case_id": "TIS2-3", broken', '(record)'],
    ['a trailing comma', line(3).replace(/}$/, ',}'), '(record)'],
    ['NaN', line(3).replace('"J-0001"', 'NaN'), '(record)'],
    ['a code not in the classifier', line(3, { court_code: 'XXX' }), 'court_code'],
    ['a field not in the contract', line(3, { note: 'x' }), 'note'],
    ['a value off its pattern', line(3, { judge_id: 'J-1' }), 'judge_id'],
    ['a JSON array', '[1, 2]', '(record)'],
    ['wrong encoding', Buffer.from([0x7b, 0x22, 0x63, 0xe9, 0xff, 0x22, 0x7d]), '(record)'],
  ])('a file with %s on line 3 loads its 4 good lines and quarantines line 3', async (_kind, bad, field) => {
    dropFile('a.ndjson', fiveLines(bad));
    const r = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(r).toMatchObject({ read: 5, loaded: 4, quarantined: 1 });
    expect(r.sqlFiles ?? 0).toBe(0);
    const q = await wh.query<{ file: string; position: string; field: string }>(
      'SELECT file, position, field FROM raw.quarantine',
    );
    expect(q).toEqual([{ file: 'a.ndjson', position: 'line 3', field }]);
    const loaded = await wh.query<{ case_id: string; _source_position: bigint | number }>(
      'SELECT case_id, _source_position FROM raw.tis2__cases ORDER BY case_id',
    );
    expect(loaded.map((x) => `${x.case_id}@${x._source_position}`)).toEqual([
      'TIS2-1@1',
      'TIS2-2@2',
      'TIS2-4@4',
      'TIS2-5@5',
    ]);
  });

  it('a clean file is loaded by DuckDB itself; a file delivered again under another name appends nothing', async () => {
    const content = [1, 2, 3].map((i) => line(i)).join('\n') + '\n';
    dropFile('a.ndjson', content);
    const first = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(first).toMatchObject({ files: 1, read: 3, loaded: 3, quarantined: 0 });
    expect(first.sqlFiles).toBe(wh.kind === 'duckdb' ? 1 : 0);
    dropFile('a-again.ndjson', content);
    const again = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(again).toMatchObject({ files: 0, filesSkipped: 2, read: 0, loaded: 0 });
    expect(await countOf('SELECT count(*) AS n FROM raw.tis2__cases')).toBe(3);
  });

  it('recognises a file by its XXH3-128, and by its SHA-256 in a ledger written before', async () => {
    const content = [1, 2].map((i) => line(i)).join('\n') + '\n';
    dropFile('a.ndjson', content);
    await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    const hashes = async () =>
      (await wh.query<{ h: string }>('SELECT content_hash AS h FROM raw.file_ledger ORDER BY file')).map(
        (r) => r.h,
      );
    expect(await hashes()).toEqual([`xxh128:${await xxhash128(content)}`]);
    // An older version kept SHA-256 hex: the same file under a new name is still recognised.
    await wh.exec(
      `UPDATE raw.file_ledger SET content_hash = '${createHash('sha256').update(content).digest('hex')}'`,
    );
    dropFile('a-again.ndjson', content);
    dropFile('b.ndjson', line(3) + '\n');
    const again = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(again).toMatchObject({ files: 1, filesSkipped: 2, read: 1, loaded: 1 });
    expect((await hashes())[1]).toBe(`xxh128:${await xxhash128(line(3) + '\n')}`);
  });

  it('records first loaded record by record are recognised when they come again in a clean file, and the other way round', async () => {
    // a.ndjson has a broken line, so it is loaded record by record; b.ndjson repeats its good
    // records in another order (DuckDB's SQL path on the DuckDB warehouse): nothing new.
    dropFile('a.ndjson', fiveLines('{"broken'));
    const a = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(a).toMatchObject({ loaded: 4, quarantined: 1 });
    dropFile('b.ndjson', [5, 4, 2, 1].map((i) => line(i)).join('\n'));
    const b = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(b).toMatchObject({ files: 1, read: 4, loaded: 0, unchanged: 4, quarantined: 0 });
    expect(b.sqlFiles).toBe(wh.kind === 'duckdb' ? 1 : 0);
    // c.ndjson: clean, new records 6 and 7 (SQL path); d.ndjson repeats them beside a broken line
    dropFile('c.ndjson', [6, 7].map((i) => line(i)).join('\n'));
    dropFile('d.ndjson', [line(7), '{"broken', line(6)].join('\n'));
    const cd = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(cd).toMatchObject({ files: 2, read: 5, loaded: 2, unchanged: 2, quarantined: 1 });
    expect(await countOf('SELECT count(*) AS n FROM raw.tis2__cases')).toBe(6);
  });

  it('loads a deletion as the key with _op delete, on either path', async () => {
    dropFile('a.ndjson', [1, 2].map((i) => line(i)).join('\n'));
    dropFile('b.ndjson', '{"_op":"delete","case_id":"TIS2-1"}\n');
    dropFile('c.ndjson', '{"_op":"delete","case_id":"TIS2-2"}\n{"_op":"delete"}\n');
    const r = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(r).toMatchObject({ files: 3, read: 5, loaded: 4, quarantined: 1 });
    const rows = await wh.query<{
      case_id: string;
      _op: string;
      court_code: string | null;
      _source_position: bigint | number;
    }>(
      "SELECT case_id, _op, court_code, _source_position FROM raw.tis2__cases WHERE _op = 'delete' ORDER BY case_id",
    );
    expect(rows.map((r) => ({ ...r, _source_position: Number(r._source_position) }))).toEqual([
      { case_id: 'TIS2-1', _op: 'delete', court_code: null, _source_position: 1 },
      { case_id: 'TIS2-2', _op: 'delete', court_code: null, _source_position: 1 },
    ]);
    const q = await wh.query<{ position: string; reason: string }>(
      'SELECT position, reason FROM raw.quarantine',
    );
    expect(q).toEqual([{ position: 'line 2', reason: 'a deletion must carry the key field "case_id"' }]);
  });

  it('appends A again after A → B → A, so the latest version is A', async () => {
    dropFile('1.ndjson', JSON.stringify(good(1)));
    dropFile(
      '2.ndjson',
      JSON.stringify(
        good(1, { closed_on: '2024-05-01', outcome: 'judgment', updated_at: '2024-05-01T09:00:00Z' }),
      ),
    );
    dropFile('3.ndjson', JSON.stringify(good(1)) + '\n' + JSON.stringify(good(2)));
    const r = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(r).toMatchObject({ files: 3, read: 4, loaded: 4 });
    // and once more the same content in a new file: the latest versions are equal, nothing is added
    dropFile('4.ndjson', JSON.stringify(good(2)) + '\n' + JSON.stringify(good(1)) + '\n');
    const again = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(again).toMatchObject({ files: 1, read: 2, loaded: 0, unchanged: 2 });
  });
});

describe('file-drop connector, killed mid-load (DuckDB warehouse, as `elieta ingest` runs it)', () => {
  beforeEach(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'elieta-ingest-'));
    drop = path.join(home, 'drop');
  });
  afterEach(async () => {
    await wh.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('leaves the file loaded whole or not at all, and the next run completes it', async () => {
    const lines: string[] = [];
    for (let i = 1; i <= 300_000; i++) lines.push(JSON.stringify(good(i)));
    dropFile('big.ndjson', lines.join('\n') + '\n');
    const bin = path.resolve('lib/cli/bin.js');
    const child = spawn(process.execPath, [bin, 'ingest', '--home', home], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    wh = await DuckDBWarehouse.open(path.join(home, 'warehouse.duckdb'));
    const exists = await wh.tableExists('raw', 'tis2__cases');
    const count = exists
      ? Number((await wh.query<{ n: bigint }>('SELECT count(*) AS n FROM raw.tis2__cases'))[0]?.n)
      : 0;
    expect([0, 300_000]).toContain(count);
    const r = await ingestEntity(wh, drop, 'tis2', 'cases', { runId: newRunId(), key: null });
    expect(r.error).toBeUndefined();
    const after = Number((await wh.query<{ n: bigint }>('SELECT count(*) AS n FROM raw.tis2__cases'))[0]?.n);
    expect(after).toBe(300_000);
    // every record carries its own line number (the SQL path numbers records in file order)
    expect(
      await countOf(
        'SELECT count(*) AS n FROM raw.tis2__cases WHERE _source_position <> CAST(substr(case_id, 6) AS BIGINT)',
      ),
    ).toBe(0);
    const batches = await wh.query('SELECT * FROM raw.file_ledger');
    expect(batches).toHaveLength(1);
  });
});
