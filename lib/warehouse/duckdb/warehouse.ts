import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import {
  qualified,
  quoteIdent,
  sqlString,
  WarehouseError,
  type ColumnType,
  type Row,
  type RowWriter,
  type Scalar,
  type TableSpec,
  type Warehouse,
  type WarehouseSession,
} from '../types.ts';

/** The DuckDB type of each column type. */
export const DUCKDB_TYPES: Record<ColumnType, string> = {
  text: 'VARCHAR',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
  bigint: 'BIGINT',
  integer: 'INTEGER',
  double: 'DOUBLE',
  boolean: 'BOOLEAN',
  json: 'JSON',
};

function toDuck(params: readonly Scalar[] | undefined): DuckDBValue[] | undefined {
  return params?.map((p) => p as DuckDBValue);
}

class DuckSession implements WarehouseSession {
  readonly kind = 'duckdb' as const;
  constructor(protected readonly conn: DuckDBConnection) {}

  async query<T extends Row = Row>(sql: string, params?: readonly Scalar[]): Promise<T[]> {
    try {
      const reader = await this.conn.runAndReadAll(sql, toDuck(params));
      return reader.getRowObjectsJS() as T[];
    } catch (err) {
      throw new WarehouseError(`${(err as Error).message}\n  in SQL: ${sql.trim().slice(0, 300)}`);
    }
  }

  async exec(sql: string, params?: readonly Scalar[]): Promise<void> {
    try {
      await this.conn.run(sql, toDuck(params));
    } catch (err) {
      throw new WarehouseError(`${(err as Error).message}\n  in SQL: ${sql.trim().slice(0, 300)}`);
    }
  }

  async writer(table: TableSpec): Promise<RowWriter> {
    const appender = await this.conn.createAppender(table.name, table.schema);
    const types = table.columns.map((c) => c.type);
    return {
      append(values) {
        for (let i = 0; i < types.length; i++) {
          const v = values[i];
          if (v === null || v === undefined) appender.appendNull();
          else if (typeof v === 'string') appender.appendVarchar(v);
          else if (typeof v === 'boolean') appender.appendBoolean(v);
          else if (typeof v === 'bigint') appender.appendBigInt(v);
          else if (types[i] === 'double') appender.appendDouble(v);
          else if (types[i] === 'bigint') appender.appendBigInt(BigInt(v));
          else if (types[i] === 'integer') appender.appendInteger(v);
          else appender.appendVarchar(String(v));
        }
        appender.endRow();
      },
      async flush() {
        appender.closeSync();
      },
    };
  }
}

export class DuckDBWarehouse extends DuckSession implements Warehouse {
  private chain: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly instance: DuckDBInstance,
    conn: DuckDBConnection,
    readonly file: string,
    /** false for a handle made by concurrent(): closing it closes only its connection */
    private readonly ownsInstance = true,
  ) {
    super(conn);
  }

  async concurrent(): Promise<Warehouse> {
    return new DuckDBWarehouse(this.instance, await this.instance.connect(), this.file, false);
  }

  /**
   * `memoryLimit` (DuckDB's memory_limit, e.g. '2GB') caps the buffer pool: beyond it DuckDB evicts
   * cached blocks and spills to a temporary directory beside the file, so memory does not grow with
   * the warehouse. Without it DuckDB takes up to 80 % of the machine's memory.
   */
  static async open(
    file: string,
    opts: { readOnly?: boolean; memoryLimit?: string } = {},
  ): Promise<DuckDBWarehouse> {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    try {
      const settings: Record<string, string> = {};
      if (opts.readOnly) settings.access_mode = 'READ_ONLY';
      if (opts.memoryLimit) settings.memory_limit = opts.memoryLimit;
      const instance = await DuckDBInstance.create(file, settings);
      const conn = await instance.connect();
      return new DuckDBWarehouse(instance, conn, file);
    } catch (err) {
      const msg = (err as Error).message;
      if (/lock/i.test(msg)) {
        throw new WarehouseError(
          `${file}: the warehouse is in use by another elieta process (DuckDB allows one writer); wait for it to finish`,
        );
      }
      throw new WarehouseError(`${file}: cannot open the DuckDB warehouse: ${msg}`);
    }
  }

  async transaction<T>(fn: (tx: WarehouseSession) => Promise<T>): Promise<T> {
    // One connection: serialise transactions so that callers cannot interleave them.
    const run = async () => {
      await this.exec('BEGIN TRANSACTION');
      try {
        const result = await fn(this);
        await this.exec('COMMIT');
        return result;
      } catch (err) {
        await this.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    };
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => undefined);
    return next;
  }

  async ensureTable(table: TableSpec): Promise<void> {
    const cols = table.columns
      .map(
        (c) =>
          `${quoteIdent(c.name)} ${c.values ? `ENUM(${c.values.map(sqlString).join(', ')})` : DUCKDB_TYPES[c.type]}${c.compression ? ` USING COMPRESSION ${c.compression}` : ''}${c.nullable === false ? ' NOT NULL' : ''}`,
      )
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
    this.conn.closeSync();
    if (this.ownsInstance) this.instance.closeSync();
  }
}
