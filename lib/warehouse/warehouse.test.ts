/**
 * One suite over every warehouse implementation: the embedded DuckDB file and a real PostgreSQL.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../test/helpers/postgres.ts';
import { loadConfig } from '../config.ts';
import {
  DuckDBWarehouse,
  openWarehouse,
  PostgresWarehouse,
  type TableSpec,
  type Warehouse,
} from './index.ts';

let pgServer: TestPostgres;
beforeAll(async () => {
  pgServer = await startPostgres();
});
afterAll(async () => {
  await pgServer?.stop();
});

const engines: [string, () => Promise<Warehouse>][] = [
  [
    'duckdb',
    () => DuckDBWarehouse.open(path.join(mkdtempSync(path.join(tmpdir(), 'elieta-wh-')), 'w.duckdb')),
  ],
  [
    'postgres',
    async () =>
      PostgresWarehouse.open(await pgServer.createDatabase(`wh_${Math.random().toString(36).slice(2, 8)}`)),
  ],
];

const table: TableSpec = {
  schema: 'raw',
  name: 'things',
  columns: [
    { name: 'id', type: 'text' },
    { name: 'on_day', type: 'date' },
    { name: 'at', type: 'timestamp' },
    { name: 'n', type: 'bigint' },
    { name: 'x', type: 'double' },
    { name: 'ok', type: 'boolean' },
  ],
};

describe.each(engines)('warehouse: %s', (_name, open) => {
  it('creates tables, bulk-writes in a transaction and reads back typed values', async () => {
    const wh = await open();
    try {
      await wh.ensureTable(table);
      await wh.ensureTable(table); // idempotent
      expect(await wh.tableExists('raw', 'things')).toBe(true);
      expect(await wh.tableExists('raw', 'nothing')).toBe(false);
      await wh.transaction(async (tx) => {
        const w = await tx.writer(table);
        for (let i = 0; i < 2500; i++)
          w.append([`id-${i}`, '2026-01-31', '2026-01-31 10:00:00', i, i / 2, i % 2 === 0]);
        await w.flush();
      });
      const rows = await wh.query<{ n: number; s: number }>(
        'SELECT count(*) AS n, sum(x) AS s FROM raw.things WHERE on_day = $1',
        ['2026-01-31'],
      );
      expect(Number(rows[0]?.n)).toBe(2500);
      expect(Number(rows[0]?.s)).toBe((2499 * 2500) / 4);
    } finally {
      await wh.close();
    }
  });

  it('rolls back everything a failed transaction wrote', async () => {
    const wh = await open();
    try {
      await wh.ensureTable(table);
      await expect(
        wh.transaction(async (tx) => {
          const w = await tx.writer(table);
          w.append(['a', '2026-01-01', null, 1, 1, true]);
          await w.flush();
          await tx.exec('INSERT INTO raw.things (id) VALUES ($1)', ['b']);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const rows = await wh.query<{ n: number }>('SELECT count(*) AS n FROM raw.things');
      expect(Number(rows[0]?.n)).toBe(0);
    } finally {
      await wh.close();
    }
  });

  it('gives a concurrent handle whose transactions run beside this one’s, and closes it alone', async () => {
    const wh = await open();
    try {
      await wh.ensureTable(table);
      const other = await wh.concurrent();
      const count = async (h: Warehouse) =>
        Number((await h.query<{ n: number }>('SELECT count(*) AS n FROM raw.things'))[0]?.n);
      let seenInside = -1;
      await wh.transaction(async (tx) => {
        await tx.exec('INSERT INTO raw.things (id) VALUES ($1)', ['a']);
        // uncommitted here: the other handle is another session and does not see it …
        seenInside = await count(other);
        // … and commits a transaction of its own while this one is open
        await other.transaction(async (tx2) => {
          await tx2.exec('INSERT INTO raw.things (id) VALUES ($1)', ['b']);
        });
      });
      expect(seenInside).toBe(0);
      expect(await count(other)).toBe(2);
      await other.close();
      expect(await count(wh)).toBe(2);
    } finally {
      await wh.close();
    }
  });

  it('creates a column with the compression it is declared with (DuckDB), or ignores the hint (PostgreSQL)', async () => {
    const wh = await open();
    try {
      const hinted: TableSpec = {
        schema: 'raw',
        name: 'hinted',
        columns: [
          // few distinct values, which DuckDB by itself stores as a dictionary
          { name: 'code', type: 'text', compression: 'fsst' },
          { name: 'plain', type: 'text' },
        ],
      };
      await wh.ensureTable(hinted);
      await wh.exec(
        `INSERT INTO raw.hinted SELECT CASE WHEN i % 2 = 0 THEN 'published' ELSE 'received' END, CASE WHEN i % 2 = 0 THEN 'published' ELSE 'received' END FROM ${wh.kind === 'duckdb' ? 'range(10000) t(i)' : 'generate_series(0, 9999) t(i)'}`,
      );
      if (wh.kind === 'duckdb') {
        await wh.exec('CHECKPOINT');
        const used = await wh.query<{ column_name: string; compression: string }>(
          `SELECT DISTINCT column_name, compression FROM pragma_storage_info('raw.hinted')
           WHERE segment_type = 'VARCHAR' ORDER BY 1`,
        );
        expect(used).toEqual([
          { column_name: 'code', compression: 'FSST' },
          { column_name: 'plain', compression: 'Dictionary' },
        ]);
      }
      const [n] = await wh.query<{ n: number | bigint }>('SELECT count(DISTINCT code) AS n FROM raw.hinted');
      expect(Number(n?.n)).toBe(2);
    } finally {
      await wh.close();
    }
  });

  it('stores a column of declared values as an ENUM (DuckDB) or text (PostgreSQL), read and written as text', async () => {
    const wh = await open();
    try {
      const spec: TableSpec = {
        schema: 'raw',
        name: 'ops',
        columns: [
          { name: 'id', type: 'bigint' },
          { name: 'op', type: 'text', values: ['upsert', 'delete'] },
        ],
      };
      await wh.ensureTable(spec);
      await wh.transaction(async (tx) => {
        const w = await tx.writer(spec);
        w.append([1, 'upsert']);
        w.append([2, 'delete']);
        await w.flush();
      });
      await wh.exec("INSERT INTO raw.ops VALUES (3, 'delete')");
      const rows = await wh.query<{ id: number | bigint; op: string }>(
        "SELECT id, op FROM raw.ops WHERE op = 'delete' ORDER BY id",
      );
      expect(rows.map((r) => [Number(r.id), r.op])).toEqual([
        [2, 'delete'],
        [3, 'delete'],
      ]);
      const [t] = await wh.query<{ data_type: string }>(
        "SELECT data_type FROM information_schema.columns WHERE table_name = 'ops' AND column_name = 'op'",
      );
      expect(t?.data_type).toMatch(wh.kind === 'duckdb' ? /^ENUM\('upsert', 'delete'\)$/ : /^text$/);
      if (wh.kind === 'duckdb')
        await expect(wh.exec("INSERT INTO raw.ops VALUES (4, 'merge')")).rejects.toThrow(/merge/);
    } finally {
      await wh.close();
    }
  });

  it('reports SQL errors with the statement', async () => {
    const wh = await open();
    try {
      await expect(wh.query('SELECT * FROM no_such_table')).rejects.toThrow(
        /in SQL: SELECT \* FROM no_such_table/,
      );
    } finally {
      await wh.close();
    }
  });
});

describe('warehouse: duckdb memory limit', () => {
  it('caps the buffer pool at the configured memoryLimit and spills beyond it instead of failing', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'elieta-wh-'));
    const config = loadConfig({ ELIETA_HOME: home, ELIETA_DUCKDB_MEMORY_LIMIT: '64MB' }, home);
    const wh = await openWarehouse(config.warehouse);
    try {
      const [limit] = await wh.query<{ mib: number }>(
        `SELECT CAST(regexp_extract(current_setting('memory_limit'), '^[0-9.]+') AS DOUBLE) AS mib`,
      );
      // DuckDB reports it in MiB: 64 MB = 61.0 MiB
      expect(limit?.mib).toBeCloseTo(61, 0);
      // ~3 million distinct 32-byte strings need far more than 64 MB: the aggregate spills to disk
      const [r] = await wh.query<{ n: number | bigint }>(
        'SELECT count(DISTINCT md5(CAST(i AS VARCHAR))) AS n FROM range(3000000) t(i)',
      );
      expect(Number(r?.n)).toBe(3_000_000);
    } finally {
      await wh.close();
    }
  });
});
