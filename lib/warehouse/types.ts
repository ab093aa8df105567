/**
 * The one warehouse interface. Every piece of TypeScript that reads or writes the warehouse goes
 * through it; DuckDB (embedded default) and PostgreSQL (shared) implement it in their own folders.
 * SQL passed here uses `$1, $2…` placeholders, which both engines accept.
 */
export type Scalar = string | number | bigint | boolean | null;
export type Row = Record<string, unknown>;

/** Column types a connector may declare; each engine maps them to its own types. */
export type ColumnType = 'text' | 'date' | 'timestamp' | 'bigint' | 'integer' | 'double' | 'boolean' | 'json';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable?: boolean;
  /**
   * How the column's values compress, for an engine that otherwise tries every method on every
   * segment it writes (DuckDB; PostgreSQL ignores it): `dictionary` for a few distinct values
   * (codes), `fsst` for text. Choosing from the contract instead of by trial makes a bulk load's
   * writing about a quarter cheaper at the same size; `rle` for a value repeated in long runs.
   */
  compression?: 'dictionary' | 'fsst' | 'rle';
  /**
   * For a text column that only ever holds these values: DuckDB stores it as an ENUM (one byte a
   * row, and no work per string when writing) and refuses any other value; PostgreSQL keeps text.
   * Reading and comparing it is as for text.
   */
  values?: readonly string[];
}

export interface TableSpec {
  schema: string;
  name: string;
  columns: ColumnSpec[];
}

/** A bulk writer for one table, used inside a transaction. Values are in `columns` order. */
export interface RowWriter {
  append(values: readonly Scalar[]): void;
  /** Makes buffered rows part of the transaction (they become visible on commit). */
  flush(): Promise<void>;
}

export interface WarehouseSession {
  /** The engine, for the few statements whose SQL differs between them. */
  readonly kind: 'duckdb' | 'postgres';
  query<T extends Row = Row>(sql: string, params?: readonly Scalar[]): Promise<T[]>;
  exec(sql: string, params?: readonly Scalar[]): Promise<void>;
  writer(table: TableSpec): Promise<RowWriter>;
}

export interface Warehouse extends WarehouseSession {
  /** Runs `fn` in one transaction: everything it wrote is committed together or not at all. */
  transaction<T>(fn: (tx: WarehouseSession) => Promise<T>): Promise<T>;
  /** Creates the schema and table if missing (columns as declared; existing tables are kept). */
  ensureTable(table: TableSpec): Promise<void>;
  tableExists(schema: string, name: string): Promise<boolean>;
  /**
   * Another handle on the same warehouse, for work that runs at the same time as this handle's
   * (DuckDB: a second connection to the same database, sharing its threads and memory limit;
   * PostgreSQL: the same connection pool). Closing it leaves this handle open; close it first.
   */
  concurrent(): Promise<Warehouse>;
  close(): Promise<void>;
}

export class WarehouseError extends Error {
  override name = 'WarehouseError';
}

export function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new WarehouseError(`unsafe SQL identifier: ${name}`);
  return `"${name}"`;
}

/** A SQL string literal (both engines: standard quoting, a quote doubled). */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
