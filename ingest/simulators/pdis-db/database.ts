/**
 * The PDIS database simulator: creates and fills a source system's database (TIS2, ProIS, any
 * source with contracts) on a real PostgreSQL server, as the PostgreSQL connector would find it in
 * a deployment: one table per contract entity in schema `public`, named after the entity, one
 * column per contract property (typed: date, timestamptz, bigint, numeric, boolean, jsonb, text),
 * the contract's key as PRIMARY KEY, and an index on (updated_at, key) for incremental readers.
 *
 * Data comes from the world simulator's output in the drop folder
 * (`$ELIETA_HOME/drop/<source>/<entity>/*.ndjson`), streamed line by line and applied in batches:
 * a record is upserted (a later version replaces the row, as the source system updates it), a
 * record `{…key, "_op": "delete"}` deletes the row. Files are applied once each, in name order, and
 * remembered by content hash in `public._pdis_files`, so running the simulator again after
 * `elieta generate --advance` applies just the new changes. Each file is one transaction.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { log } from '../../../lib/log.ts';
import { qualified, quoteIdent } from '../../../lib/warehouse/index.ts';
import { pgColumnType, safeUrl } from '../../connectors/postgres/types.ts';
import { CONTRACTS_DIR, listContracts, type Contract } from '../../contracts/index.ts';

export interface PdisLoadOptions {
  url: string;
  source: string;
  /** The drop folder root ($ELIETA_HOME/drop). */
  dropDir: string;
  contractsDir?: string;
  /** Records per statement. */
  batchRows?: number;
  /** Only these entities. */
  entities?: string[];
}

export interface PdisEntityResult {
  entity: string;
  files: number;
  filesSkipped: number;
  upserted: number;
  deleted: number;
  rejected: number;
  rows: number;
}

export interface PdisLoadResult {
  url: string;
  source: string;
  database: string;
  created: boolean;
  entities: PdisEntityResult[];
}

const FILES_TABLE = '_pdis_files';

export class PdisError extends Error {
  override name = 'PdisError';
}

/** Creates the database named in `url` when the server does not have it yet. */
export async function ensureDatabase(url: string): Promise<{ database: string; created: boolean }> {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres';
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
  } catch (err) {
    throw new PdisError(`cannot connect to ${safeUrl(admin.toString())}: ${(err as Error).message}`);
  }
  try {
    const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rows.length > 0) return { database, created: false };
    await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
    return { database, created: true };
  } finally {
    await client.end();
  }
}

export function tableDdl(contract: Contract, schema = 'public'): string[] {
  const props = contract.schema.properties;
  const key = contract.schema['x-primary-key'];
  const required = new Set(contract.schema.required ?? []);
  const cols = Object.entries(props).map(
    ([name, p]) =>
      `${quoteIdent(name)} ${pgColumnType(p)}${required.has(name) || key.includes(name) ? ' NOT NULL' : ''}`,
  );
  const table = qualified(schema, contract.entity);
  const ddl = [
    `CREATE TABLE IF NOT EXISTS ${table} (${cols.join(', ')}, PRIMARY KEY (${key.map(quoteIdent).join(', ')}))`,
  ];
  if ('updated_at' in props) {
    ddl.push(
      `CREATE INDEX IF NOT EXISTS ${quoteIdent(`${contract.entity}_updated_idx`)} ON ${table} (updated_at, ${key.map(quoteIdent).join(', ')})`,
    );
  }
  return ddl;
}

/** Creates the tables of every contract of the source (existing tables are kept). */
export async function createSchema(client: pg.ClientBase, contracts: Contract[]): Promise<void> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS public.${FILES_TABLE} (content_hash text PRIMARY KEY, entity text NOT NULL, file text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  for (const c of contracts) for (const stmt of tableDdl(c)) await client.query(stmt);
}

type Rec = Record<string, unknown>;

/**
 * Applies records to the entity's table in the caller's transaction: upserts, and deletions for
 * records with `_op: 'delete'`. Later records of the same key win. Returns counts.
 */
export async function applyRecords(
  client: pg.ClientBase,
  contract: Contract,
  records: Rec[],
): Promise<{ upserted: number; deleted: number }> {
  const key = contract.schema['x-primary-key'];
  const latest = new Map<string, Rec>();
  for (const r of records) latest.set(JSON.stringify(key.map((k) => r[k])), r);
  const upserts: Rec[] = [];
  const deletes: Rec[] = [];
  for (const r of latest.values()) (r._op === 'delete' ? deletes : upserts).push(r);
  const table = qualified('public', contract.entity);
  const keyList = key.map(quoteIdent).join(', ');
  let deleted = 0;
  if (deletes.length > 0) {
    const res = await client.query(
      `DELETE FROM ${table} t USING json_populate_recordset(NULL::${table}, $1) d WHERE ${key.map((k) => `t.${quoteIdent(k)} = d.${quoteIdent(k)}`).join(' AND ')}`,
      [JSON.stringify(deletes)],
    );
    deleted = res.rowCount ?? 0;
  }
  if (upserts.length > 0) {
    const others = Object.keys(contract.schema.properties).filter((p) => !key.includes(p));
    const set =
      others.length > 0
        ? `DO UPDATE SET ${others.map((c) => `${quoteIdent(c)} = EXCLUDED.${quoteIdent(c)}`).join(', ')}`
        : 'DO NOTHING';
    await client.query(
      `INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1) ON CONFLICT (${keyList}) ${set}`,
      [JSON.stringify(upserts)],
    );
  }
  return { upserted: upserts.length, deleted };
}

async function fileHash(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) h.update(chunk as Buffer);
  return h.digest('hex');
}

/**
 * Applies one batch; when the server rejects it (a value its column type cannot hold), applies the
 * records one by one under savepoints and counts the rejected ones (the simulator's job is to hold
 * what a PDIS holds, and a PDIS column cannot hold an impossible date).
 */
async function applyBatch(
  client: pg.ClientBase,
  contract: Contract,
  batch: Rec[],
  counts: PdisEntityResult,
  where: string,
): Promise<void> {
  await client.query('SAVEPOINT batch');
  try {
    const r = await applyRecords(client, contract, batch);
    counts.upserted += r.upserted;
    counts.deleted += r.deleted;
    await client.query('RELEASE SAVEPOINT batch');
    return;
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT batch');
  }
  for (const rec of batch) {
    await client.query('SAVEPOINT one');
    try {
      const r = await applyRecords(client, contract, [rec]);
      counts.upserted += r.upserted;
      counts.deleted += r.deleted;
      await client.query('RELEASE SAVEPOINT one');
    } catch (err) {
      await client.query('ROLLBACK TO SAVEPOINT one');
      counts.rejected++;
      log.debug({ where, err: (err as Error).message }, 'record rejected by the PDIS table');
    }
  }
}

async function applyFile(
  client: pg.ClientBase,
  contract: Contract,
  file: string,
  batchRows: number,
  counts: PdisEntityResult,
): Promise<void> {
  let batch: Rec[] = [];
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      counts.rejected++;
      continue;
    }
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
      counts.rejected++;
      continue;
    }
    batch.push(rec as Rec);
    if (batch.length >= batchRows) {
      await applyBatch(client, contract, batch, counts, `${path.basename(file)}:${n}`);
      batch = [];
    }
  }
  if (batch.length > 0) await applyBatch(client, contract, batch, counts, `${path.basename(file)}:${n}`);
}

/** Creates (if needed) and fills the source's PDIS database from the drop folder. */
export async function loadPdisDatabase(opts: PdisLoadOptions): Promise<PdisLoadResult> {
  const contracts = listContracts(opts.contractsDir ?? CONTRACTS_DIR).filter(
    (c) => c.source === opts.source && (!opts.entities || opts.entities.includes(c.entity)),
  );
  if (contracts.length === 0)
    throw new PdisError(
      `no contracts for source "${opts.source}" (ingest/contracts/${opts.source}/*.schema.json)`,
    );
  const { database, created } = await ensureDatabase(opts.url);
  const client = new pg.Client({ connectionString: opts.url, application_name: 'elieta-pdis-sim' });
  await client.connect();
  const result: PdisLoadResult = {
    url: safeUrl(opts.url),
    source: opts.source,
    database,
    created,
    entities: [],
  };
  try {
    await createSchema(client, contracts);
    for (const contract of contracts) {
      const counts: PdisEntityResult = {
        entity: contract.entity,
        files: 0,
        filesSkipped: 0,
        upserted: 0,
        deleted: 0,
        rejected: 0,
        rows: 0,
      };
      const dir = path.join(opts.dropDir, opts.source, contract.entity);
      const files = existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => !f.startsWith('.') && /\.(ndjson|jsonl)$/.test(f))
            .sort()
        : [];
      for (const f of files) {
        const file = path.join(dir, f);
        const hash = await fileHash(file);
        const seen = await client.query(`SELECT 1 FROM public.${FILES_TABLE} WHERE content_hash = $1`, [
          hash,
        ]);
        if (seen.rows.length > 0) {
          counts.filesSkipped++;
          continue;
        }
        await client.query('BEGIN');
        try {
          await applyFile(client, contract, file, opts.batchRows ?? 5_000, counts);
          await client.query(
            `INSERT INTO public.${FILES_TABLE} (content_hash, entity, file) VALUES ($1, $2, $3)`,
            [hash, contract.entity, f],
          );
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw new PdisError(`${file}: ${(err as Error).message}`);
        }
        counts.files++;
      }
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM ${qualified('public', contract.entity)}`,
      );
      counts.rows = Number(rows[0]?.n ?? 0);
      if (counts.rejected > 0)
        log.warn(
          { source: opts.source, entity: contract.entity, rejected: counts.rejected },
          'records the PDIS table could not hold were left out',
        );
      result.entities.push(counts);
    }
  } finally {
    await client.end();
  }
  return result;
}
