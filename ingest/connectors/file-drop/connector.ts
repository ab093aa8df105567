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
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readClassifiers } from '../../../classifiers/registry/load.ts';
import type { Classifier } from '../../../classifiers/registry/types.ts';
import { hashFile } from '../../../lib/files.ts';
import { log } from '../../../lib/log.ts';
import type { Progress } from '../../../lib/progress.ts';
import { qualified, type Warehouse } from '../../../lib/warehouse/index.ts';
import { getContract, type Contract } from '../../contracts/index.ts';
import { compileContract } from '../../contracts/validate.ts';
import { FILE_LEDGER, RUN_LEDGER } from '../../ledger/tables.ts';
import { emptyResult, recordRun } from '../state.ts';
import {
  makeLoader,
  prepareLoader,
  writeBatch,
  type BatchOutcome,
  type Loader,
} from '../../pipeline/batch.ts';
import { readCsv, readNdjson } from './readers.ts';

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
    return outcome;
  });
}

export async function ingestEntity(
  wh: Warehouse,
  dropDir: string,
  source: string,
  entity: string,
  opts: { runId: string; key: Buffer | null; classifiers?: Map<string, Classifier>; progress?: Progress },
): Promise<EntityResult> {
  const started = new Date();
  const contract = getContract(source, entity);
  const result = emptyResult(source, entity, 'file-drop');
  const dir = path.join(dropDir, source, entity);
  try {
    if (!contract)
      throw new Error(`${dir}: no contract ingest/contracts/${source}/${entity}.schema.json for this folder`);
    const loader = makeLoader(
      contract,
      compileContract(contract, opts.classifiers ?? readClassifiers()),
      opts.key,
    );
    await prepareLoader(wh, loader);
    result.watermarkBefore = await lastWatermark(wh, source, entity);
    result.watermarkAfter = result.watermarkBefore;
    const files = readdirSync(dir)
      .filter((f) => !f.startsWith('.') && FILE_TYPES.some((t) => f.endsWith(t)))
      .sort();
    let seq = 0;
    for (const f of files) {
      const file = path.join(dir, f);
      const contentHash = (await hashFile(file)).sha256;
      const seen = await wh.query(
        `SELECT 1 FROM ${qualified(FILE_LEDGER.schema, FILE_LEDGER.name)} WHERE content_hash = $1 AND source = $2 AND entity = $3`,
        [contentHash, source, entity],
      );
      if (seen.length > 0) {
        result.filesSkipped++;
        continue;
      }
      opts.progress?.start(`loading ${source}/${entity} ${f}`);
      const outcome = await loadFile(wh, loader, file, contentHash, {
        batchId: `${opts.runId}-${++seq}`,
        progress: opts.progress,
      });
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

export function newRunId(): string {
  return `run-${new Date()
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 14)}-${randomUUID().slice(0, 8)}`;
}
