/**
 * The file-drop connector: loads NDJSON and CSV files from `$ELIETA_HOME/drop/<source>/<entity>/`
 * into the append-only raw table `raw.<source>__<entity>`.
 *
 * Per file (one batch, one transaction): the file is recognised by its content hash (a file seen
 * before is skipped); every record is validated against its contract; a record that breaks it
 * goes to raw.quarantine with the file, line, field and reason, and the load goes on; valid
 * records go to a batch table, and only those not already loaded with the same key and hash are
 * appended to the raw table with the load metadata. A run killed at any moment leaves each file
 * loaded whole or not at all, and the next run carries on with the files not yet in the ledger.
 *
 * On the DuckDB warehouse a file is first offered to the SQL load path (sql-load.ts), which reads,
 * checks and pseudonymises the whole file inside DuckDB; it takes the file only when every record
 * passes, and otherwise the file is loaded record by record here, so every broken line reaches
 * quarantine. Both paths give the same rows (tested).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readClassifiers } from '../../../classifiers/registry/load.ts';
import type { Classifier } from '../../../classifiers/registry/types.ts';
import { log } from '../../../lib/log.ts';
import type { Progress } from '../../../lib/progress.ts';
import { qualified, type Warehouse, type WarehouseSession } from '../../../lib/warehouse/index.ts';
import { getContract, type Contract } from '../../contracts/index.ts';
import { compileContract } from '../../contracts/validate.ts';
import { ensureLedger, FILE_LEDGER, RUN_LEDGER } from '../../ledger/tables.ts';
import { emptyResult, recordRun, sqlTimestamp } from '../state.ts';
import {
  makeLoader,
  prepareLoader,
  batchRows,
  laterLoadTime,
  recordBatch,
  removeUnchanged,
  writeBatch,
  type BatchOutcome,
  type Loader,
} from '../../pipeline/batch.ts';
import { readCsv, readNdjson } from './readers.ts';
import { CONTENT_HASH_PREFIX, scanFile, type FileScan } from './scan.ts';
import { insertFile, planSqlLoad, type SqlLoadPlan, type SqlSource } from './sql-load.ts';

export interface EntityResult {
  source: string;
  entity: string;
  connector: 'file-drop' | 'postgres' | 'rest';
  files: number;
  filesSkipped: number;
  read: number;
  loaded: number;
  unchanged: number;
  quarantined: number;
  watermarkBefore: string | null;
  watermarkAfter: string | null;
  /** File drop: how many of `files` the SQL load path took (the rest were loaded record by record). */
  sqlFiles?: number;
  error?: string;
}

const FILE_TYPES = ['.ndjson', '.jsonl', '.csv'];

function csvCoercer(contract: Contract) {
  const props = contract.schema.properties;
  return (row: Record<string, string | null>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) {
      const p = props[k];
      const types = p ? (Array.isArray(p.type) ? p.type : [p.type]) : [];
      if (v === null) out[k] = null;
      else if (types.includes('integer') || types.includes('number'))
        out[k] = v.trim() === '' ? null : Number.isNaN(Number(v)) ? v : Number(v);
      else if (types.includes('boolean')) out[k] = v === 'true' ? true : v === 'false' ? false : v;
      else out[k] = v;
    }
    return out;
  };
}

/** Folders under the drop root that have a contract: [source, entity]. */
export function dropEntities(dropDir: string, only?: string): [string, string][] {
  if (!existsSync(dropDir)) return [];
  const out: [string, string][] = [];
  for (const s of readdirSync(dropDir, { withFileTypes: true })) {
    if (!s.isDirectory() || s.name.startsWith('.') || (only && s.name !== only)) continue;
    for (const e of readdirSync(path.join(dropDir, s.name), { withFileTypes: true })) {
      if (e.isDirectory() && !e.name.startsWith('.')) out.push([s.name, e.name]);
    }
  }
  return out.sort();
}

async function lastWatermark(wh: Warehouse, source: string, entity: string): Promise<string | null> {
  const rows = await wh.query<{ w: string | null }>(
    `SELECT watermark_after AS w FROM ${qualified(RUN_LEDGER.schema, RUN_LEDGER.name)}
     WHERE source = $1 AND entity = $2 AND error IS NULL AND watermark_after IS NOT NULL
     ORDER BY ended_at DESC LIMIT 1`,
    [source, entity],
  );
  return rows[0]?.w ?? null;
}

async function writeLedger(
  tx: WarehouseSession,
  contract: Contract,
  where: string,
  contentHash: string,
  batchId: string,
  outcome: BatchOutcome,
): Promise<void> {
  const ledger = await tx.writer(FILE_LEDGER);
  ledger.append([
    contentHash,
    contract.source,
    contract.entity,
    where,
    batchId,
    outcome.read,
    outcome.loaded,
    outcome.quarantined,
    new Date().toISOString().replace('T', ' ').replace('Z', ''),
  ]);
  await ledger.flush();
}

async function loadFile(
  wh: Warehouse,
  loader: Loader,
  file: string,
  contentHash: string,
  opts: { batchId: string; progress?: Progress },
): Promise<BatchOutcome> {
  const { contract } = loader;
  const where = path.basename(file);
  const batchId = opts.batchId;
  const items = file.endsWith('.csv') ? readCsv(file, csvCoercer(contract)) : readNdjson(file);
  return wh.transaction(async (tx) => {
    const outcome = await writeBatch(tx, loader, items, { batchId, where, progress: opts.progress });
    await writeLedger(tx, contract, where, contentHash, batchId, outcome);
    return outcome;
  });
}

class Declined extends Error {
  override name = 'Declined';
}

/** What the SQL path reads of a file, or why it cannot take it without reading it. */
function sqlSource(plan: SqlLoadPlan, file: string, scan: FileScan): SqlSource | string {
  if (!scan.plain) return 'a blank line, a byte-order mark or a line that does not start a record';
  if (!file.endsWith('.csv')) return { kind: 'ndjson', file };
  const header = scan.firstLine.split(',');
  const names = new Set(plan.fields.map((f) => f.name));
  if (scan.firstLine.includes('"')) return 'a quoted header';
  if (scan.quoteBesideSpace) return 'a double quote beside a space';
  if (header.some((h) => !names.has(h)) || new Set(header).size !== header.length)
    return 'a header with a name that is not in the contract, or twice';
  if ((plan.loader.contract.schema.required ?? []).some((r) => !header.includes(r)))
    return 'a header without a required field';
  return { kind: 'csv', file, header };
}

/**
 * The SQL load path for one file in one transaction; null when it declines (a record that fails a
 * check, a file DuckDB cannot read as the contract says), so the caller loads it record by record.
 */
async function loadFileSql(
  wh: Warehouse,
  plan: SqlLoadPlan,
  file: string,
  scan: FileScan,
  opts: { batchId: string; key: Buffer | null },
): Promise<BatchOutcome | null> {
  const { loader } = plan;
  const where = path.basename(file);
  const src = sqlSource(plan, file, scan);
  if (typeof src === 'string') {
    log.debug({ file: where, reason: src }, 'SQL load path declined the file');
    return null;
  }
  const expected = src.kind === 'csv' ? scan.lines - 1 : scan.lines;
  const t: Record<string, number> = {};
  let t0 = Date.now();
  const lap = (k: string) => {
    const now = Date.now();
    t[k] = now - t0;
    t0 = now;
  };
  try {
    const out = await wh.transaction(async (tx) => {
      const { loadedAt, hadRows } = await laterLoadTime(tx, loader, sqlTimestamp());
      const meta = { batchId: opts.batchId, loadedAt, where };
      const read = await insertFile(tx, plan, src, meta, opts.key?.toString('utf8') ?? '');
      lap('insert');
      if (read !== expected) throw new Declined(`${read} records read from ${expected} lines`);
      let maxUpdated: string | null = null;
      if (plan.fields.some((f) => f.name === 'updated_at' && f.p.format === 'date-time')) {
        const [m] = await tx.query<{ u: string | null }>(
          `SELECT strftime(max(updated_at), '%Y-%m-%dT%H:%M:%SZ') AS u FROM ${batchRows(loader, loadedAt)} AND _op = 'upsert'`,
        );
        maxUpdated = m?.u ?? null;
      }
      lap('maxUpdated');
      const { removed: unchanged, newKeysOnly } = hadRows
        ? await removeUnchanged(tx, loader, loadedAt)
        : { removed: 0, newKeysOnly: true };
      lap('unchanged');
      const outcome: BatchOutcome = { read, loaded: read - unchanged, unchanged, quarantined: 0, maxUpdated };
      await recordBatch(tx, loader, { batchId: opts.batchId, loadedAt, loaded: outcome.loaded, newKeysOnly });
      await writeLedger(tx, loader.contract, where, scan.contentHash, opts.batchId, outcome);
      lap('ledger');
      return outcome;
    });
    lap('commit');
    log.debug({ file: where, rows: out.read, ...t }, 'SQL load path phases (ms)');
    return out;
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0];
    if (/Out of Memory/i.test(reason ?? ''))
      log.warn(
        { file: where, reason },
        'SQL load path ran out of memory; loading the file record by record (slower). Raise ELIETA_DUCKDB_MEMORY_LIMIT',
      );
    else log.debug({ file: where, reason }, 'SQL load path declined the file');
    return null;
  }
}

export async function ingestEntity(
  wh: Warehouse,
  dropDir: string,
  source: string,
  entity: string,
  opts: {
    runId: string;
    key: Buffer | null;
    classifiers?: Map<string, Classifier>;
    progress?: Progress;
    /** false: load every file record by record, even on DuckDB (tests compare the two paths). */
    sqlPath?: boolean;
  },
): Promise<EntityResult> {
  const started = new Date();
  const contract = getContract(source, entity);
  const result = emptyResult(source, entity, 'file-drop');
  const dir = path.join(dropDir, source, entity);
  try {
    if (!contract)
      throw new Error(`${dir}: no contract ingest/contracts/${source}/${entity}.schema.json for this folder`);
    const classifiers = opts.classifiers ?? readClassifiers();
    const loader = makeLoader(contract, compileContract(contract, classifiers), opts.key);
    await prepareLoader(wh, loader);
    const planned = wh.kind === 'duckdb' && opts.sqlPath !== false ? planSqlLoad(loader, classifiers) : null;
    if (planned && 'ineligible' in planned)
      log.debug(
        { source, entity, reason: planned.ineligible },
        'loaded record by record: the contract has no SQL check',
      );
    const plan = planned && !('ineligible' in planned) ? planned : null;
    result.sqlFiles = 0;
    result.watermarkBefore = await lastWatermark(wh, source, entity);
    result.watermarkAfter = result.watermarkBefore;
    const files = readdirSync(dir)
      .filter((f) => !f.startsWith('.') && FILE_TYPES.some((t) => f.endsWith(t)))
      .sort();
    let seq = 0;
    const ledger = qualified(FILE_LEDGER.schema, FILE_LEDGER.name);
    // A ledger written before the content hash became XXH3-128 holds SHA-256 hex: its files are
    // recognised by that too, so that an upgrade does not load every file once more.
    const legacy =
      (
        await wh.query(
          `SELECT 1 FROM ${ledger} WHERE source = $1 AND entity = $2 AND NOT starts_with(content_hash, $3) LIMIT 1`,
          [source, entity, CONTENT_HASH_PREFIX],
        )
      ).length > 0;
    // The next file is scanned (hashed, in Node) while DuckDB loads the current one.
    const startScan = (f: string) => {
      const p = scanFile(path.join(dir, f), f.endsWith('.csv') ? null : 0x7b, { legacy });
      p.catch(() => undefined); // awaited in turn below; a failure there is reported like any other
      return p;
    };
    let nextScan = files[0] !== undefined ? startScan(files[0]) : null;
    for (const [i, f] of files.entries()) {
      const file = path.join(dir, f);
      const fileStarted = Date.now();
      const scan = await (nextScan as Promise<FileScan>);
      const following = files[i + 1];
      nextScan = following !== undefined ? startScan(following) : null;
      const { contentHash } = scan;
      const seen = await wh.query(
        `SELECT 1 FROM ${ledger} WHERE content_hash IN ($1, $2) AND source = $3 AND entity = $4`,
        [contentHash, scan.sha256 ?? contentHash, source, entity],
      );
      if (seen.length > 0) {
        result.filesSkipped++;
        continue;
      }
      opts.progress?.start(`loading ${source}/${entity} ${f}`);
      const batchId = `${opts.runId}-${++seq}`;
      const fast = plan ? await loadFileSql(wh, plan, file, scan, { batchId, key: opts.key }) : null;
      if (fast) result.sqlFiles++;
      const outcome =
        fast ?? (await loadFile(wh, loader, file, contentHash, { batchId, progress: opts.progress }));
      log.debug({ source, entity, file: f, sql: Boolean(fast), ms: Date.now() - fileStarted }, 'file loaded');
      opts.progress?.end(`${outcome.loaded.toLocaleString('en')} loaded, ${outcome.quarantined} quarantined`);
      result.files++;
      result.read += outcome.read;
      result.loaded += outcome.loaded;
      result.unchanged += outcome.unchanged;
      result.quarantined += outcome.quarantined;
      if (outcome.maxUpdated && (!result.watermarkAfter || outcome.maxUpdated > result.watermarkAfter))
        result.watermarkAfter = outcome.maxUpdated;
      if (outcome.quarantined > 0)
        log.warn({ source, entity, file: f, quarantined: outcome.quarantined }, 'records quarantined');
    }
  } catch (err) {
    result.error = (err as Error).message.split('\n')[0];
  }
  await recordRun(wh, opts.runId, started, result, result.files);
  return result;
}

/**
 * What entities loading at the same time would otherwise race to create (the ledgers, the raw and
 * restricted schemas): called once before the lanes start, so that each lane only ever creates its
 * own raw table. DuckDB refuses two transactions creating the same catalog entry.
 */
export async function prepareLanes(wh: Warehouse): Promise<void> {
  await ensureLedger(wh);
  for (const schema of ['raw', 'restricted']) await wh.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
}

export function newRunId(): string {
  return `run-${new Date()
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 14)}-${randomUUID().slice(0, 8)}`;
}
