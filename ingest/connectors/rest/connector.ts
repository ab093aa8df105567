/**
 * The REST source connector (the KKP API): reads each entity of a source from a paged JSON API,
 * `GET <base>/<entity>?modified_since=<t>&page_size=<n>[&cursor=<c>]` answering
 * `{"items": [...], "next_cursor": "…" | null}`, into `raw.<source>__<entity>` through the shared
 * load pipeline (`writeBatch`).
 *
 * Incremental by a modified-since watermark: a run asks for records modified at or after the
 * latest modification time the last completed run saw (inclusive, so equal timestamps are never
 * missed; records already loaded with the same key and hash are skipped). Pages are grouped into
 * batches of about `batchRows` records, each one warehouse transaction that also stores the
 * resume state in raw.watermarks: the run's `since`, the cursor after the batch's last page and
 * the latest time seen. A run killed or failed mid-way continues from that cursor next time.
 * The first page is a conditional request (If-None-Match with the ETag the same request had last
 * time): a 304 means nothing changed, and nothing is read. Records with `"_op": "delete"` are
 * deletions. Retries, backoff, Retry-After and timeouts are the client's (client.ts).
 */
import type { Classifier } from '../../../classifiers/registry/types.ts';
import { log } from '../../../lib/log.ts';
import type { Progress } from '../../../lib/progress.ts';
import type { Warehouse } from '../../../lib/warehouse/index.ts';
import { CONTRACTS_DIR, listContracts, type Contract } from '../../contracts/index.ts';
import { writeBatch, type RawItem } from '../../pipeline/batch.ts';
import type { EntityResult } from '../file-drop/connector.ts';
import { batchId, emptyResult, recordRun, startEntity, writeWatermark } from '../state.ts';
import { getJson, type RetryEvent, type RetryPolicy } from './client.ts';

export interface RestSourceOptions {
  runId: string;
  key: Buffer | null;
  classifiers?: Map<string, Classifier>;
  progress?: Progress;
  /** Records per batch (one warehouse transaction), rounded up to whole pages. */
  batchRows?: number;
  pageSize?: number;
  retry?: Partial<RetryPolicy>;
  onRetry?: (e: RetryEvent) => void;
  /** The field holding each record's modification time. */
  modifiedField?: string;
  contractsDir?: string;
  entities?: string[];
}

/** The resume state kept in raw.watermarks. */
export interface RestState {
  /** modified_since of the run in progress or of the next run. */
  since: string | null;
  /** Where a run stopped mid-way; null when the last run completed. */
  cursor: string | null;
  /** The latest modification time seen so far. */
  maxSeen: string | null;
  /** The ETag of the first page of the next run's request, if it was asked before. */
  etag: { url: string; tag: string } | null;
}

interface PageBody {
  items: unknown[];
  next_cursor: string | null;
}

function pageUrl(
  base: string,
  entity: string,
  since: string | null,
  pageSize: number,
  cursor: string | null,
): string {
  const q = new URLSearchParams();
  if (since) q.set('modified_since', since);
  q.set('page_size', String(pageSize));
  if (cursor) q.set('cursor', cursor);
  return `${base.replace(/\/+$/, '')}/${encodeURIComponent(entity)}?${q}`;
}

function later(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** Loads one entity; never throws (an error is reported in the result and the run ledger). */
export async function ingestRestEntity(
  wh: Warehouse,
  base: string,
  contract: Contract,
  opts: RestSourceOptions,
): Promise<EntityResult> {
  const started = new Date();
  const { source, entity } = contract;
  const result = emptyResult(source, entity, 'rest');
  const pageSize = opts.pageSize ?? 1000;
  const batchRows = opts.batchRows ?? 50_000;
  const field = opts.modifiedField ?? 'updated_at';
  let batches = 0;
  let pages = 0;
  try {
    const { loader, before } = await startEntity<RestState>(wh, contract, opts, result);
    const state: RestState = before?.state ?? { since: null, cursor: null, maxSeen: null, etag: null };
    const firstUrl = pageUrl(base, entity, state.since, pageSize, state.cursor);
    let cursor = state.cursor;
    let maxSeen = state.maxSeen;
    let firstEtag: string | null = null;
    let finished = false;
    opts.progress?.start(`reading ${source}/${entity} from ${base}`);
    while (!finished) {
      const id = batchId(opts.runId, entity, ++batches);
      let inBatch = 0;
      const items = async function* (): AsyncGenerator<RawItem> {
        while (inBatch < batchRows) {
          const url = pageUrl(base, entity, state.since, pageSize, cursor);
          const conditional =
            pages === 0 && state.etag?.url === url ? { 'if-none-match': state.etag.tag } : undefined;
          const res = await getJson<PageBody>(url, {
            headers: conditional,
            policy: opts.retry,
            onRetry: opts.onRetry,
          });
          pages++;
          if (pages === 1) firstEtag = res.headers.get('etag');
          if (res.status === 304) {
            finished = true;
            return;
          }
          const body = res.body as PageBody;
          if (!body || !Array.isArray(body.items) || !('next_cursor' in body))
            throw new Error(`${url}: the answer is not a page ({"items": [...], "next_cursor": …})`);
          let i = 0;
          for (const raw of body.items) {
            i++;
            inBatch++;
            const where = {
              position: `page ${pages} item ${i}`,
              sourcePosition: inBatch,
            };
            if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
              yield { ...where, text: JSON.stringify(raw), error: 'the item is not a JSON object' };
              continue;
            }
            const record = raw as Record<string, unknown>;
            const m = record[field];
            if (typeof m === 'string' && !Number.isNaN(Date.parse(m))) maxSeen = later(maxSeen, m);
            yield { ...where, text: JSON.stringify(record), record };
          }
          const nextCursor =
            typeof body.next_cursor === 'string' && body.next_cursor !== '' ? body.next_cursor : null;
          if (nextCursor !== null && nextCursor === cursor)
            throw new Error(`${url}: the API returned the same cursor again`);
          cursor = nextCursor;
          if (!cursor) {
            finished = true;
            return;
          }
        }
      };
      const outcome = await wh.transaction(async (tx) => {
        const o = await writeBatch(tx, loader, items(), {
          batchId: id,
          where: pageUrl(base, entity, state.since, pageSize, null),
          progress: opts.progress,
        });
        if (o.read > 0 || finished) {
          const done = finished;
          const next: RestState = done
            ? { since: maxSeen, cursor: null, maxSeen, etag: null }
            : { since: state.since, cursor, maxSeen, etag: null };
          // The ETag is worth keeping only when the next run will ask exactly the same first page.
          if (
            done &&
            firstEtag &&
            pageUrl(base, entity, next.since, pageSize, null) === firstUrl &&
            !state.cursor
          )
            next.etag = { url: firstUrl, tag: firstEtag };
          await writeWatermark<RestState>(tx, {
            source,
            entity,
            connector: 'rest',
            batchId: id,
            watermark: maxSeen,
            state: next,
          });
        }
        return o;
      });
      log.debug(
        { source, entity, batch: id, read: outcome.read, loaded: outcome.loaded, cursor, maxSeen },
        'batch committed',
      );
      result.read += outcome.read;
      result.loaded += outcome.loaded;
      result.unchanged += outcome.unchanged;
      result.quarantined += outcome.quarantined;
      result.watermarkAfter = maxSeen;
      opts.progress?.update(result.read, `${source}/${entity}`);
    }
    opts.progress?.end(`${result.loaded.toLocaleString('en')} loaded, ${result.quarantined} quarantined`);
    if (result.quarantined > 0)
      log.warn({ source, entity, quarantined: result.quarantined }, 'records quarantined');
  } catch (err) {
    result.error = (err as Error).message.split('\n')[0];
  }
  await recordRun(wh, opts.runId, started, result, batches);
  return result;
}

/** Reads every contract of `source` from the API at `base`. */
export async function ingestRestSource(
  wh: Warehouse,
  base: string,
  source: string,
  opts: RestSourceOptions,
): Promise<EntityResult[]> {
  const contracts = listContracts(opts.contractsDir ?? CONTRACTS_DIR).filter(
    (c) => c.source === source && (!opts.entities || opts.entities.includes(c.entity)),
  );
  const out: EntityResult[] = [];
  for (const c of contracts) out.push(await ingestRestEntity(wh, base, c, opts));
  return out;
}
