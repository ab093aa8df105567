import pg from 'pg';
import { log } from '../../log.ts';
import {
  qualified,
  quoteIdent,
  WarehouseError,
  type ColumnType,
  type Row,
  type RowWriter,
  type Scalar,
  type TableSpec,
  type Warehouse,
  type WarehouseSession,
} from '../types.ts';

const TYPES: Record<ColumnType, string> = {
  text: 'TEXT',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
  bigint: 'BIGINT',
  integer: 'INTEGER',
  double: 'DOUBLE PRECISION',
  boolean: 'BOOLEAN',
  json: 'JSONB',
};

// Return DATE and BIGINT as plain strings/numbers like the DuckDB side does (JS values).
pg.types.setTypeParser(1082, (v: string) => v);
pg.types.setTypeParser(20, (v: string) => (Number.isSafeInteger(Number(v)) ? Number(v) : BigInt(v)));
pg.types.setTypeParser(1700, (v: string) => Number(v));

type Queryable = pg.Pool | pg.PoolClient;

const BATCH_ROWS = 1000;

class PgSession implements WarehouseSession {
  readonly kind = 'postgres' as const;
  constructor(protected readonly db: Queryable) {}

  async query<T extends Row = Row>(sql: string, params?: readonly Scalar[]): Promise<T[]> {
    try {
      const res = await this.db.query(sql, params as unknown[] | undefined);
      return res.rows as T[];
    } catch (err) {
      throw new WarehouseError(`${(err as Error).message}\n  in SQL: ${sql.trim().slice(0, 300)}`);
    }
  }

  async exec(sql: string, params?: readonly Scalar[]): Promise<void> {
    await this.query(sql, params);
  }

  async writer(table: TableSpec): Promise<RowWriter> {
    const cols = table.columns.map((c) => quoteIdent(c.name)).join(', ');
    const target = qualified(table.schema, table.name);
    const width = table.columns.length;
    let buffer: Scalar[] = [];
    const insert = async (flat: Scalar[]) => {
      if (flat.length === 0) return;
      const rows = flat.length / width;
      const tuples: string[] = [];
      for (let r = 0; r < rows; r++) {
        tuples.push(`(${table.columns.map((_, c) => `$${r * width + c + 1}`).join(', ')})`);
      }
      const values = flat.map((v) => (typeof v === 'bigint' ? v.toString() : v));
      await this.exec(`INSERT INTO ${target} (${cols}) VALUES ${tuples.join(', ')}`, values);
    };
    // One statement at a time on the session's client: flushes are chained, never concurrent.
    let pending: Promise<void> = Promise.resolve();
    return {
      append: (values) => {
        for (let i = 0; i < width; i++) buffer.push(values[i] ?? null);
        if (buffer.length >= BATCH_ROWS * width) {
          const rows = buffer;
          buffer = [];
          pending = pending.then(() => insert(rows));
        }
      },
      flush: async () => {
        await pending;
        const rows = buffer;
        buffer = [];
        await insert(rows);
      },
    };
  }
}

export class PostgresWarehouse extends PgSession implements Warehouse {
  private constructor(
    private readonly pool: pg.Pool,
    /** false for a handle made by concurrent(): closing it leaves the pool to its owner */
    private readonly ownsPool = true,
  ) {
    super(pool);
  }

  async concurrent(): Promise<Warehouse> {
    return new PostgresWarehouse(this.pool, false);
  }

  static async open(url: string): Promise<PostgresWarehouse> {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle connection the server drops must not crash the process; the next query reconnects.
    pool.on('error', (err) =>
      log.warn({ err: err.message }, 'PostgreSQL warehouse: an idle connection was closed'),
    );
    try {
      const client = await pool.connect();
      client.release();
    } catch (err) {
      await pool.end().catch(() => undefined);
      const safe = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
      throw new WarehouseError(
        `${safe}: cannot connect to the PostgreSQL warehouse: ${(err as Error).message}`,
      );
    }
    return new PostgresWarehouse(pool);
  }

  async transaction<T>(fn: (tx: WarehouseSession) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(new PgSession(client));
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async ensureTable(table: TableSpec): Promise<void> {
    const cols = table.columns
      .map((c) => `${quoteIdent(c.name)} ${TYPES[c.type]}${c.nullable === false ? ' NOT NULL' : ''}`)
      .join(', ');
    await this.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(table.schema)}`);
    await this.exec(`CREATE TABLE IF NOT EXISTS ${qualified(table.schema, table.name)} (${cols})`);
  }

  async tableExists(schema: string, name: string): Promise<boolean> {
    const rows = await this.query(
      'SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2',
      [schema, name],
    );
    return rows.length > 0;
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }
}
