/**
 * Snapshots: what the server and the publisher read. After a successful build, the marts are
 * exported from the warehouse as Parquet files into a new folder, with a manifest, and
 * `snapshots/current.json` is switched to it by an atomic rename. Readers never open the
 * warehouse, so `serve` keeps answering while `run` rebuilds, and a failed or killed build leaves
 * the previous snapshot in place.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { paths, type Config } from './config.ts';
import { qualified, sqlString, type Row, type Scalar, type Warehouse } from './warehouse/index.ts';

export interface SnapshotColumn {
  name: string;
  type: string;
  description: string;
  /** Declared public in the dbt model's column `meta` (`public: true`). */
  public: boolean;
}

export interface SnapshotTable {
  /** Relation in the warehouse, e.g. marts.case_flow. */
  relation: string;
  file: string;
  rows: number;
  description: string;
  columns: SnapshotColumn[];
  /** The dbt model's `meta` (dataset titles, keywords, publication settings). */
  meta: Record<string, unknown>;
}

export interface SnapshotManifest {
  id: string;
  createdAt: string;
  /** The simulated or real "today" of the data (max date seen), if known. */
  dataAsOf: string | null;
  tables: Record<string, SnapshotTable>;
  /** Anything the build wants readers to know (dbt exposures, publication declarations). */
  meta: Record<string, unknown>;
}

export interface SnapshotPointer {
  id: string;
  dir: string;
}

export class SnapshotMissingError extends Error {
  override name = 'SnapshotMissingError';
  constructor() {
    super('no data has been built yet: run `npx elieta run` (or `npm start` for the demo)');
  }
}

/** Writes `data` to `file` through a temporary file and a rename, so readers see old or new. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

export function currentSnapshot(config: Config): (SnapshotPointer & { manifest: SnapshotManifest }) | null {
  const p = paths(config).currentSnapshot;
  if (!existsSync(p)) return null;
  const pointer = JSON.parse(readFileSync(p, 'utf8')) as { id: string };
  const dir = path.join(paths(config).snapshots, pointer.id);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as SnapshotManifest;
  return { id: pointer.id, dir, manifest };
}

export interface TableToExport {
  schema: string;
  name: string;
  description: string;
  columns: { name: string; description: string; public: boolean }[];
  meta?: Record<string, unknown>;
}

/**
 * Exports `tables` from the warehouse into a new snapshot and makes it current. Returns its id.
 * The DuckDB warehouse writes Parquet itself; rows from PostgreSQL go through an in-memory DuckDB.
 */
export async function publishSnapshot(
  config: Config,
  wh: Warehouse,
  tables: TableToExport[],
  meta: Record<string, unknown> = {},
  dataAsOf: string | null = null,
): Promise<string> {
  const root = paths(config).snapshots;
  const id =
    new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 18) + `-${process.pid}`;
  const tmpDir = path.join(root, `.${id}.partial`);
  const dir = path.join(root, id);
  mkdirSync(tmpDir, { recursive: true });
  const manifest: SnapshotManifest = { id, createdAt: new Date().toISOString(), dataAsOf, tables: {}, meta };
  try {
    for (const t of tables) {
      const file = `${t.name}.parquet`;
      const target = path.join(tmpDir, file);
      const types = await wh.query<{ column_name: string; data_type: string }>(
        'SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position',
        [t.schema, t.name],
      );
      if (types.length === 0) throw new Error(`${t.schema}.${t.name}: table not found in the warehouse`);
      if (wh.kind === 'duckdb') {
        await wh.exec(
          `COPY ${qualified(t.schema, t.name)} TO ${sqlString(target)} (FORMAT parquet, COMPRESSION zstd)`,
        );
      } else {
        await copyRowsToParquet(
          await wh.query(`SELECT * FROM ${qualified(t.schema, t.name)}`),
          types,
          target,
        );
      }
      const [count] = await wh.query<{ n: number | bigint }>(
        `SELECT count(*) AS n FROM ${qualified(t.schema, t.name)}`,
      );
      const described = new Map(t.columns.map((c) => [c.name, c]));
      manifest.tables[t.name] = {
        relation: `${t.schema}.${t.name}`,
        file,
        rows: Number(count?.n ?? 0),
        description: t.description,
        meta: t.meta ?? {},
        columns: types.map((c) => ({
          name: c.column_name,
          type: c.data_type,
          description: described.get(c.column_name)?.description ?? '',
          public: described.get(c.column_name)?.public ?? false,
        })),
      };
    }
    writeFileSync(path.join(tmpDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    renameSync(tmpDir, dir);
  } catch (err) {
    rmSync(tmpDir, { recursive: true, force: true });
    throw err;
  }
  writeFileAtomic(paths(config).currentSnapshot, JSON.stringify({ id }));
  pruneSnapshots(root, id);
  return id;
}

/** Keeps the current snapshot and the one before it (a reader may still have it open). */
function pruneSnapshots(root: string, keep: string): void {
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => ({ name: d.name, mtime: statSync(path.join(root, d.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const d of dirs.slice(2))
    if (d.name !== keep) rmSync(path.join(root, d.name), { recursive: true, force: true });
}

async function copyRowsToParquet(
  rows: Row[],
  types: { column_name: string; data_type: string }[],
  target: string,
): Promise<void> {
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  try {
    const map = (t: string) =>
      /int/i.test(t)
        ? 'BIGINT'
        : /double|numeric|real/i.test(t)
          ? 'DOUBLE'
          : /^date$/i.test(t)
            ? 'DATE'
            : /bool/i.test(t)
              ? 'BOOLEAN'
              : /timestamp/i.test(t)
                ? 'TIMESTAMP'
                : 'VARCHAR';
    await conn.run(
      `CREATE TABLE t (${types.map((c) => `"${c.column_name}" ${map(c.data_type)}`).join(', ')})`,
    );
    const app = await conn.createAppender('t');
    for (const r of rows) {
      for (const c of types) {
        const v = r[c.column_name];
        if (v === null || v === undefined) app.appendNull();
        else app.appendVarchar(v instanceof Date ? v.toISOString() : String(v));
      }
      app.endRow();
    }
    app.closeSync();
    await conn.run(`COPY t TO ${sqlString(target)} (FORMAT parquet, COMPRESSION zstd)`);
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}

/**
 * A read-only view of the current snapshot for long-lived readers (the server). It holds an
 * in-memory DuckDB with one view per exported table, re-pointed when current.json changes.
 */
export class SnapshotReader {
  private conn: DuckDBConnection | null = null;
  private loadedId: string | null = null;
  private manifestCache: SnapshotManifest | null = null;
  private checkedAt = 0;

  constructor(private readonly config: Config) {}

  /** The current manifest, or null when nothing has been built. Checks for a new snapshot at most once a second. */
  async manifest(): Promise<SnapshotManifest | null> {
    const now = Date.now();
    if (now - this.checkedAt < 1000 && this.loadedId) return this.manifestCache;
    this.checkedAt = now;
    const cur = currentSnapshot(this.config);
    if (!cur) return null;
    if (cur.id !== this.loadedId) await this.attach(cur.dir, cur.manifest);
    return this.manifestCache;
  }

  private async attach(dir: string, manifest: SnapshotManifest): Promise<void> {
    if (!this.conn) {
      const inst = await DuckDBInstance.create(':memory:', { threads: '2' });
      this.conn = await inst.connect();
    }
    for (const [name, t] of Object.entries(manifest.tables)) {
      await this.conn.run(
        `CREATE OR REPLACE VIEW "${name}" AS SELECT * FROM read_parquet(${sqlString(path.join(dir, t.file))})`,
      );
    }
    this.loadedId = manifest.id;
    this.manifestCache = manifest;
  }

  /** Runs a query over the snapshot's tables (each is a view named after the table). */
  async query<T extends Row = Row>(sql: string, params: readonly Scalar[] = []): Promise<T[]> {
    const m = await this.manifest();
    if (!m || !this.conn) throw new SnapshotMissingError();
    const reader = await this.conn.runAndReadAll(sql, params as never);
    return reader.getRowObjectsJson() as T[];
  }

  close(): void {
    this.conn?.closeSync();
    this.conn = null;
  }
}
