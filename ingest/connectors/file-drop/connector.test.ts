import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuckDBWarehouse } from '../../../lib/warehouse/index.ts';
import { tis2Case } from '../../../test/helpers/records.ts';
import { ingestEntity, newRunId } from './connector.ts';

const good = tis2Case;

let home: string;
let drop: string;
let wh: DuckDBWarehouse;

function dropFile(name: string, content: string | Buffer): void {
  const dir = path.join(drop, 'tis2', 'cases');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), content);
}

beforeEach(async () => {
  home = mkdtempSync(path.join(tmpdir(), 'elieta-ingest-'));
  drop = path.join(home, 'drop');
  wh = await DuckDBWarehouse.open(path.join(home, 'warehouse.duckdb'));
});

afterEach(async () => {
  await wh.close();
});

describe('file-drop connector', () => {
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
      _source_position: string;
      _record_hash: string;
      _batch_id: string;
    }>("SELECT _op, _source_position, _record_hash, _batch_id FROM raw.tis2__cases WHERE case_id = 'TIS2-7'");
    expect(meta[0]).toMatchObject({ _op: 'upsert', _source_position: 'a.ndjson:7' });
    expect(meta[0]?._record_hash).toMatch(/^[\w-]{10,}$/);
    const runs = await wh.query<{
      rows_read: number;
      rows_loaded: number;
      rows_quarantined: number;
      error: string | null;
    }>('SELECT rows_read, rows_loaded, rows_quarantined, error FROM raw.run_ledger');
    expect(runs).toEqual([{ rows_read: 9n, rows_loaded: 3n, rows_quarantined: 6n, error: null }]);
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
    const rows = await wh.query<{ n: bigint }>(
      "SELECT count(*) AS n FROM raw.tis2__cases WHERE case_id = 'TIS2-2'",
    );
    expect(rows[0]?.n).toBe(2n);
  });

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
});

describe('file-drop connector, killed mid-load', () => {
  it('leaves the file loaded whole or not at all, and the next run completes it', async () => {
    await wh.close();
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
    const batches = await wh.query('SELECT * FROM raw.file_ledger');
    expect(batches).toHaveLength(1);
  });
});

describe('file-drop connector, a record that changes back', () => {
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
