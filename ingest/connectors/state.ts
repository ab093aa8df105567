/**
 * What the PostgreSQL and REST connectors share besides the load pipeline:
 * - the start of each entity (startEntity: loader, last committed watermark);
 * - raw.watermarks: one row per source and entity with the last COMMITTED read position. It is
 *   written in the same transaction as the batch it ends, so a run killed at any moment leaves
 *   batch and watermark consistent, and the next run continues from there.
 * - the run ledger row each connector writes at the end of a run (raw.run_ledger, shared with the
 *   file drop);
 * - batch ids that sort in load order (`<run>-<entity>-b000001`), so staging's tie-breaker on
 *   `_batch_id` never puts batch 10 before batch 9.
 */
import { log } from '../../lib/log.ts';
import {
  qualified,
  type TableSpec,
  type Warehouse,
  type WarehouseSession,
} from '../../lib/warehouse/index.ts';
import { readClassifiers } from '../../classifiers/registry/load.ts';
import type { Classifier } from '../../classifiers/registry/types.ts';
import type { EntityResult } from './file-drop/connector.ts';
import type { Contract } from '../contracts/index.ts';
import { compileContract } from '../contracts/validate.ts';
import { ensureLedger, RUN_LEDGER } from '../ledger/tables.ts';
import { makeLoader, prepareLoader, type Loader } from '../pipeline/batch.ts';

export const WATERMARKS: TableSpec = {
  schema: 'raw',
  name: 'watermarks',
  columns: [
    { name: 'source', type: 'text' },
    { name: 'entity', type: 'text' },
    { name: 'connector', type: 'text' },
    /** The readable watermark (e.g. the last updated_at read), as reported by `elieta ingest`. */
    { name: 'watermark', type: 'text' },
    /** The connector's full resume state as JSON (keyset position, cursor, ETag…). */
    { name: 'state', type: 'text' },
    { name: 'batch_id', type: 'text' },
    { name: 'committed_at', type: 'timestamp' },
  ],
};

export interface Watermark<S> {
  watermark: string | null;
  state: S;
}

export async function ensureWatermarks(wh: Warehouse): Promise<void> {
  await ensureLedger(wh);
  await wh.ensureTable(WATERMARKS);
}

export async function readWatermark<S>(
  db: WarehouseSession,
  source: string,
  entity: string,
): Promise<Watermark<S> | null> {
  const rows = await db.query<{ watermark: string | null; state: string }>(
    `SELECT watermark, state FROM ${qualified(WATERMARKS.schema, WATERMARKS.name)} WHERE source = $1 AND entity = $2`,
    [source, entity],
  );
  const row = rows[0];
  return row ? { watermark: row.watermark, state: JSON.parse(row.state) as S } : null;
}

/**
 * The start of one entity for a connector that resumes from a watermark: its loader (contract
 * check and pseudonyms compiled, raw table and ledgers created), the last committed watermark,
 * and `result`'s watermarks set from it.
 */
export async function startEntity<S>(
  wh: Warehouse,
  contract: Contract,
  opts: { key: Buffer | null; classifiers?: Map<string, Classifier> },
  result: EntityResult,
): Promise<{ loader: Loader; before: Watermark<S> | null }> {
  const loader = makeLoader(
    contract,
    compileContract(contract, opts.classifiers ?? readClassifiers()),
    opts.key,
  );
  await prepareLoader(wh, loader);
  await ensureWatermarks(wh);
  const before = await readWatermark<S>(wh, contract.source, contract.entity);
  result.watermarkBefore = before?.watermark ?? null;
  result.watermarkAfter = result.watermarkBefore;
  return { loader, before };
}

/** Replaces the watermark of a source and entity; call it inside the batch's transaction. */
export async function writeWatermark<S>(
  tx: WarehouseSession,
  w: { source: string; entity: string; connector: string; batchId: string } & Watermark<S>,
): Promise<void> {
  const t = qualified(WATERMARKS.schema, WATERMARKS.name);
  await tx.exec(`DELETE FROM ${t} WHERE source = $1 AND entity = $2`, [w.source, w.entity]);
  await tx.exec(`INSERT INTO ${t} VALUES ($1, $2, $3, $4, $5, $6, CAST($7 AS TIMESTAMP))`, [
    w.source,
    w.entity,
    w.connector,
    w.watermark,
    JSON.stringify(w.state),
    w.batchId,
    sqlTimestamp(),
  ]);
}

export function sqlTimestamp(d = new Date()): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}

export function batchId(runId: string, entity: string, seq: number): string {
  return `${runId}-${entity}-b${String(seq).padStart(6, '0')}`;
}

export function emptyResult(
  source: string,
  entity: string,
  connector: EntityResult['connector'],
): EntityResult {
  return {
    source,
    entity,
    connector,
    files: 0,
    filesSkipped: 0,
    read: 0,
    loaded: 0,
    unchanged: 0,
    quarantined: 0,
    watermarkBefore: null,
    watermarkAfter: null,
  };
}

/** Appends the run's row to raw.run_ledger (files_read counts batches for these connectors). */
export async function recordRun(
  wh: Warehouse,
  runId: string,
  started: Date,
  r: EntityResult,
  batches: number,
): Promise<void> {
  try {
    await ensureLedger(wh);
    const w = await wh.writer(RUN_LEDGER);
    w.append([
      runId,
      r.source,
      r.entity,
      r.connector,
      sqlTimestamp(started),
      sqlTimestamp(),
      batches,
      r.filesSkipped,
      r.read,
      r.loaded,
      r.quarantined,
      r.watermarkBefore,
      r.watermarkAfter,
      r.error ?? null,
    ]);
    await w.flush();
  } catch (err) {
    log.error({ err }, 'could not write the run ledger');
  }
}
