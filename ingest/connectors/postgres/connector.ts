/**
 * The PostgreSQL source connector: reads each entity table of a PDIS database (one table per
 * contract of the source, named after the entity, columns named after the contract's properties)
 * into `raw.<source>__<entity>` through the shared load pipeline (`writeBatch`).
 *
 * Incremental by keyset: rows are read in the order (updated_at, key…) and each batch continues
 * after the last row of the one before (`WHERE (updated_at, key…) > ($1, $2…)`), in pages of
 * `pageRows`, so neither the source nor this process ever holds a whole table. An entity whose
 * contract has no `updated_at` is read in key order in full each run (a record already loaded with
 * the same key and hash is skipped, so only changes are appended).
 *
 * Each batch (`batchRows` rows) is one warehouse transaction that also replaces the entity's row
 * in raw.watermarks; a run killed at any moment leaves batch and watermark consistent, and the next
 * run resumes from the last committed position.
 *
 * Deletions: a PDIS database deletes rows outright, so after the incremental read the connector
 * scans the source's keys (key order, keyset pages) into a work table in the warehouse and, in the
 * same transaction, emits an `_op: 'delete'` record for each key alive in raw (its latest version
 * is not a deletion) that the source no longer has. A key scan needs nothing from the source
 * system but its table, unlike a tombstone or audit table, which real PDIS databases do not all
 * keep; its cost is one index-only pass over the keys per run.
 */
import { Kysely, PostgresDialect, sql, type RawBuilder } from 'kysely';
import type { Classifier } from '../../../classifiers/registry/types.ts';
import { log } from '../../../lib/log.ts';
import type { Progress } from '../../../lib/progress.ts';
import { qualified, quoteIdent, type TableSpec, type Warehouse } from '../../../lib/warehouse/index.ts';
import { CONTRACTS_DIR, listContracts, type Contract } from '../../contracts/index.ts';
import { writeBatch, type Loader, type RawItem } from '../../pipeline/batch.ts';
import type { EntityResult } from '../file-drop/connector.ts';
import { batchId, emptyResult, recordRun, startEntity, writeWatermark } from '../state.ts';
import { safeUrl, sourcePool } from './types.ts';

// Table and column names are only known at run time (from the contracts), so the Kysely database
// type is the generic "any table, any column" shape.
type SourceDb = Record<string, Record<string, unknown>>;
type Row = Record<string, unknown>;

export interface PostgresSourceOptions {
  runId: string;
  key: Buffer | null;
  classifiers?: Map<string, Classifier>;
  progress?: Progress;
  /** Rows per batch (one warehouse transaction each). */
  batchRows?: number;
  /** Rows per source query. */
  pageRows?: number;
  /** The schema holding the entity tables. */
  schema?: string;
  /** Compare the source's keys with raw to find deletions (default true). */
  detectDeletes?: boolean;
  contractsDir?: string;
  /** Only these entities. */
  entities?: string[];
  /**
   * The largest share of the loaded records one run may mark deleted (default 0.5, above 1 000
   * deletions): a source table found empty or half-restored is far likelier a fault than a purge.
   */
  maxDeleteShare?: number;
  /** Tests: throw inside batch N's transaction (after its rows were written, before commit). */
  failInBatch?: number;
}

/** The resume state kept in raw.watermarks. */
export interface PgState {
  /** Values of the keyset columns of the last row committed; null = from the start. */
  after: (string | number)[] | null;
  /** Keyset columns, to notice a contract change (a different order restarts from the start). */
  columns: string[];
}

interface TableInfo {
  columns: string[];
  types: Map<string, string>;
}

class SourceReadError extends Error {
  override name = 'SourceReadError';
}

async function tableInfo(db: Kysely<SourceDb>, schema: string, table: string): Promise<TableInfo | null> {
  const { rows } = await sql<{ column_name: string; type: string }>`
    SELECT a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ${schema} AND c.relname = ${table} AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY a.attnum`.execute(db);
  if (rows.length === 0) return null;
  return {
    columns: rows.map((r) => r.column_name),
    types: new Map(rows.map((r) => [r.column_name, r.type])),
  };
}

function ref(name: string): RawBuilder<unknown> {
  return sql.raw(quoteIdent(name));
}

/** `(a, b) > (CAST($1 AS t1), CAST($2 AS t2))` with each value cast to its column's type. */
function after(columns: string[], values: (string | number)[] | null, info: TableInfo): RawBuilder<unknown> {
  if (!values) return sql`TRUE`;
  const casts = columns.map((c, i) => {
    const type = info.types.get(c) ?? 'text';
    if (!/^[a-z0-9_ ()",]+$/i.test(type))
      throw new SourceReadError(`column ${c} has an unexpected type ${type}`);
    return sql`CAST(${values[i]} AS ${sql.raw(type)})`;
  });
  return sql`(${sql.join(columns.map(ref))}) > (${sql.join(casts)})`;
}

/**
 * Rows after `start` in keyset order, in pages, at most `limit` in all. `onRow` sees each row's
 * keyset values; iteration ends early when the source has no more rows (`done()` then says so).
 */
function keysetReader(
  db: Kysely<SourceDb>,
  opts: {
    schema: string;
    table: string;
    select: string[];
    order: string[];
    info: TableInfo;
    start: (string | number)[] | null;
    limit: number;
    pageRows: number;
  },
) {
  let position = opts.start;
  let exhausted = false;
  async function* rows(): AsyncGenerator<Row> {
    let left = opts.limit;
    while (left > 0) {
      const n = Math.min(opts.pageRows, left);
      const { rows: page } = await sql<Row>`
        SELECT ${sql.join(opts.select.map(ref))} FROM ${sql.raw(qualified(opts.schema, opts.table))}
        WHERE ${after(opts.order, position, opts.info)}
        ORDER BY ${sql.join(opts.order.map(ref))} LIMIT ${n}`.execute(db);
      for (const row of page) {
        position = opts.order.map((c) => row[c] as string | number);
        yield row;
      }
      left -= page.length;
      if (page.length < n) {
        exhausted = true;
        return;
      }
    }
  }
  return { rows, position: () => position, done: () => exhausted };
}

function describeKey(key: string[], row: Row): string {
  return key.map((k) => `${k}=${String(row[k])}`).join(',');
}

function toItem(contract: Contract, present: string[], row: Row, n: number): RawItem {
  const record: Record<string, unknown> = {};
  for (const c of present) record[c] = row[c] ?? null;
  const key = contract.schema['x-primary-key'];
  return {
    position: `row ${describeKey(key, row)}`,
    sourcePosition: n,
    text: JSON.stringify(record),
    record,
  };
}

/** Loads one entity; never throws (an error is reported in the result and the run ledger). */
export async function ingestPostgresEntity(
  wh: Warehouse,
  db: Kysely<SourceDb>,
  contract: Contract,
  opts: PostgresSourceOptions,
): Promise<EntityResult> {
  const started = new Date();
  const { source, entity } = contract;
  const result = emptyResult(source, entity, 'postgres');
  const schema = opts.schema ?? 'public';
  const batchRows = opts.batchRows ?? 50_000;
  const pageRows = opts.pageRows ?? 5_000;
  const key = contract.schema['x-primary-key'];
  let batches = 0;
  try {
    const info = await tableInfo(db, schema, entity);
    if (!info) throw new SourceReadError(`the source has no table ${schema}.${entity}`);
    const props = Object.keys(contract.schema.properties);
    const present = props.filter((p) => info.columns.includes(p));
    const missingKey = key.find((k) => !info.columns.includes(k));
    if (missingKey) throw new SourceReadError(`table ${schema}.${entity} has no key column ${missingKey}`);
    const incremental = props.includes('updated_at') && info.columns.includes('updated_at');
    const order = incremental ? ['updated_at', ...key] : [...key];

    const { loader, before } = await startEntity<PgState>(wh, contract, opts, result);
    const sameOrder = before && before.state.columns.join(',') === order.join(',');
    // Snapshot entities (no updated_at) restart from the start once a full pass has committed.
    let start = sameOrder && (incremental || before.state.after) ? before.state.after : null;

    opts.progress?.start(`reading ${source}/${entity} from PostgreSQL`);
    for (;;) {
      const id = batchId(opts.runId, entity, ++batches);
      const reader = keysetReader(db, {
        schema,
        table: entity,
        select: present,
        order,
        info,
        start,
        limit: batchRows,
        pageRows,
      });
      const items = (async function* () {
        let n = 0;
        for await (const row of reader.rows()) yield toItem(contract, present, row, ++n);
      })();
      const outcome = await wh.transaction(async (tx) => {
        const o = await writeBatch(tx, loader, items, {
          batchId: id,
          where: `${schema}.${entity}`,
          progress: opts.progress,
        });
        const position = reader.position();
        const done = reader.done();
        if (o.read > 0 || (done && !incremental)) {
          const wm = incremental && position ? String(position[0]) : null;
          // A finished snapshot pass stores `after: null`, so the next run reads the table again.
          await writeWatermark<PgState>(tx, {
            source,
            entity,
            connector: 'postgres',
            batchId: id,
            watermark: wm,
            state: { after: !incremental && done ? null : position, columns: order },
          });
        }
        if (opts.failInBatch === batches) throw new Error(`injected failure in batch ${batches}`);
        return o;
      });
      start = reader.position();
      log.debug(
        { source, entity, batch: id, read: outcome.read, loaded: outcome.loaded, after: start },
        'batch committed',
      );
      result.read += outcome.read;
      result.loaded += outcome.loaded;
      result.unchanged += outcome.unchanged;
      result.quarantined += outcome.quarantined;
      if (incremental && start) result.watermarkAfter = String(start[0]);
      opts.progress?.update(result.read, `${source}/${entity}`);
      if (reader.done()) break;
    }
    opts.progress?.end(`${result.loaded.toLocaleString('en')} loaded, ${result.quarantined} quarantined`);
    if (opts.detectDeletes !== false) {
      const deleted = await detectDeletions(wh, db, loader, {
        schema,
        table: entity,
        key,
        info,
        pageRows: Math.max(pageRows, 50_000),
        batchId: batchId(opts.runId, entity, ++batches),
        maxDeleteShare: opts.maxDeleteShare ?? 0.5,
      });
      result.read += deleted.read;
      result.loaded += deleted.loaded;
      result.unchanged += deleted.unchanged;
      result.quarantined += deleted.quarantined;
    }
    if (result.quarantined > 0)
      log.warn({ source, entity, quarantined: result.quarantined }, 'records quarantined');
  } catch (err) {
    result.error = (err as Error).message.split('\n')[0];
  }
  await recordRun(wh, opts.runId, started, result, batches);
  return result;
}

/**
 * One transaction: the source's keys go into a work table beside the raw table, and every key
 * whose latest raw version is alive but which the source no longer has becomes a deletion record.
 */
async function detectDeletions(
  wh: Warehouse,
  db: Kysely<SourceDb>,
  loader: Loader,
  opts: {
    schema: string;
    table: string;
    key: string[];
    info: TableInfo;
    pageRows: number;
    batchId: string;
    maxDeleteShare: number;
  },
) {
  const raw = loader.table;
  const keys: TableSpec = {
    schema: raw.schema,
    name: `_keys_${raw.name}`,
    columns: opts.key.map((k) => ({ name: k, type: raw.columns.find((c) => c.name === k)?.type ?? 'text' })),
  };
  const keyList = opts.key.map(quoteIdent).join(', ');
  return wh.transaction(async (tx) => {
    await tx.exec(`DROP TABLE IF EXISTS ${qualified(keys.schema, keys.name)}`);
    await tx.exec(
      `CREATE TABLE ${qualified(keys.schema, keys.name)} AS SELECT ${keyList} FROM ${qualified(raw.schema, raw.name)} WHERE 1 = 0`,
    );
    const w = await tx.writer(keys);
    const reader = keysetReader(db, {
      ...opts,
      select: opts.key,
      order: opts.key,
      start: null,
      limit: Number.MAX_SAFE_INTEGER,
    });
    for await (const row of reader.rows()) w.append(opts.key.map((k) => row[k] as string | number));
    await w.flush();
    const match = opts.key.map((k) => `s.${quoteIdent(k)} = l.${quoteIdent(k)}`).join(' AND ');
    const alive = `(SELECT ${keyList} FROM (
         SELECT ${keyList}, _op, row_number() OVER (PARTITION BY ${keyList} ORDER BY _loaded_at DESC, _batch_id DESC, _source_position DESC) AS rn
         FROM ${qualified(raw.schema, raw.name)}) x WHERE x.rn = 1 AND x._op <> 'delete') l`;
    const missing = `NOT EXISTS (SELECT 1 FROM ${qualified(keys.schema, keys.name)} s WHERE ${match})`;
    // A left join, not NOT EXISTS inside an aggregate: PostgreSQL would run that per row (n × m).
    const [counts] = await tx.query<{ alive: number | bigint; gone: number | bigint | null }>(
      `SELECT count(*) AS alive, count(*) - count(s.${quoteIdent(opts.key[0] as string)}) AS gone FROM ${alive} LEFT JOIN ${qualified(keys.schema, keys.name)} s ON ${match}`,
    );
    const aliveN = Number(counts?.alive ?? 0);
    const goneN = Number(counts?.gone ?? 0);
    if (goneN > 1000 && goneN > aliveN * opts.maxDeleteShare) {
      throw new Error(
        `${opts.schema}.${opts.table}: ${goneN.toLocaleString('en')} of the ${aliveN.toLocaleString('en')} records loaded are missing from the source; refusing to record that many deletions (a source restored in part or emptied?)`,
      );
    }
    const gone =
      goneN === 0
        ? []
        : await tx.query<Row>(
            `SELECT ${opts.key.map((k) => `l.${quoteIdent(k)}`).join(', ')} FROM ${alive} WHERE ${missing} ORDER BY ${opts.key.map((k) => `l.${quoteIdent(k)}`).join(', ')}`,
          );
    const items = gone.map((row, i): RawItem => {
      const record: Record<string, unknown> = { _op: 'delete' };
      for (const k of opts.key) record[k] = typeof row[k] === 'bigint' ? Number(row[k]) : row[k];
      return {
        position: `deleted ${describeKey(opts.key, record)}`,
        sourcePosition: i + 1,
        text: JSON.stringify(record),
        record,
      };
    });
    const outcome = await writeBatch(tx, loader, items, {
      batchId: opts.batchId,
      where: `${opts.schema}.${opts.table} (deletions)`,
    });
    await tx.exec(`DROP TABLE ${qualified(keys.schema, keys.name)}`);
    if (gone.length > 0) log.info({ entity: opts.table, deleted: outcome.loaded }, 'deletions detected');
    return outcome;
  });
}

/** Reads every contract of `source` from the PDIS database at `url`. */
export async function ingestPostgresSource(
  wh: Warehouse,
  url: string,
  source: string,
  opts: PostgresSourceOptions,
): Promise<EntityResult[]> {
  const contracts = listContracts(opts.contractsDir ?? CONTRACTS_DIR).filter(
    (c) => c.source === source && (!opts.entities || opts.entities.includes(c.entity)),
  );
  const db = new Kysely<SourceDb>({ dialect: new PostgresDialect({ pool: sourcePool(url) }) });
  try {
    try {
      await sql`SELECT 1`.execute(db);
    } catch (err) {
      const reason = `cannot connect to ${safeUrl(url)}: ${(err as Error).message}`;
      const out = contracts.map((c) => ({ ...emptyResult(source, c.entity, 'postgres'), error: reason }));
      for (const r of out) await recordRun(wh, opts.runId, new Date(), r, 0);
      return out;
    }
    const out: EntityResult[] = [];
    for (const contract of contracts) {
      const info = await tableInfo(db, opts.schema ?? 'public', contract.entity);
      if (!info) {
        log.warn(
          { source, entity: contract.entity, url: safeUrl(url) },
          'the source database has no table for this contract; skipped',
        );
        continue;
      }
      out.push(await ingestPostgresEntity(wh, db, contract, opts));
    }
    return out;
  } finally {
    await db.destroy();
  }
}
