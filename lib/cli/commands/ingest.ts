import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readClassifiers } from '../../../classifiers/registry/load.ts';
import {
  dropEntities,
  ingestEntity,
  newRunId,
  prepareLanes,
  type EntityResult,
} from '../../../ingest/connectors/file-drop/connector.ts';
import { ingestConfiguredSource } from '../../../ingest/connectors/index.ts';
import { resolvePseudonymKey } from '../../../ingest/pipeline/key.ts';
import { paths, type Config } from '../../config.ts';
import { log } from '../../log.ts';
import type { Progress } from '../../progress.ts';
import { withWarehouse, type Warehouse } from '../../warehouse/index.ts';
import { UserError, type Command } from '../command.ts';

/**
 * How many file-drop entities load at the same time, each on its own connection and one DuckDB
 * thread: the SQL path reads a file in one thread (it numbers the lines as it reads), so two lanes
 * keep two cores busy.
 */
const DROP_LANES = 2;

/** Bytes of the files in a drop folder (to load the largest entities first). */
function folderBytes(dir: string): number {
  let n = 0;
  for (const f of readdirSync(dir, { withFileTypes: true }))
    if (f.isFile()) n += statSync(path.join(dir, f.name)).size;
  return n;
}

export interface IngestSummary {
  runId: string;
  entities: EntityResult[];
  seconds: number;
}

/**
 * Loads every source configured (today: the file drop under $ELIETA_HOME/drop) into the raw
 * layer. A source that cannot be read at all is reported with its reason and makes the command
 * fail; quarantined records do not.
 */
export async function ingest(
  config: Config,
  opts: { source?: string; progress?: Progress } = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const drop = paths(config).drop;
  // Sources configured as postgres or rest are read by their connector instead of the file drop.
  const entities = dropEntities(drop, opts.source).filter(([source]) => !config.sources[source]);
  const configured = Object.entries(config.sources).filter(
    ([source]) => !opts.source || source === opts.source,
  );
  if (entities.length === 0 && configured.length === 0) {
    throw new UserError(
      opts.source
        ? `no drop folder for source "${opts.source}" under ${drop}`
        : `nothing to ingest: ${drop} has no <source>/<entity> folders (run \`npx elieta generate\` first)`,
    );
  }
  const runId = newRunId();
  const classifiers = readClassifiers();
  const key = resolvePseudonymKey(config);
  const results = await withWarehouse(config.warehouse, async (wh) => {
    const out: EntityResult[] = [];
    await prepareLanes(wh);
    // Largest entity first, each lane taking the next when it is done.
    const queue = entities
      .map(([source, entity]) => ({ source, entity, bytes: folderBytes(path.join(drop, source, entity)) }))
      .sort((a, b) => b.bytes - a.bytes);
    const lane = async (handle: Warehouse, progress: Progress | undefined) => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { source, entity } = next;
        const r = await ingestEntity(handle, drop, source, entity, { runId, key, classifiers, progress });
        log.info({ ...r }, `ingested ${source}/${entity}`);
        out.push(r);
      }
    };
    const lanes = [wh];
    // DuckDB: one thread per lane (even for one lane). Each file is read by one thread anyway
    // (sql-load.ts); a background thread taking a lane's task leaves the lane's own thread
    // spinning until it ends, a core lost.
    const oneThreadEach = wh.kind === 'duckdb' && entities.length > 0;
    if (oneThreadEach) await wh.exec('SET threads = 1');
    try {
      while (lanes.length < Math.min(DROP_LANES, entities.length)) lanes.push(await wh.concurrent());
      // The live progress line follows the first lane only (one line cannot show two files).
      // Every lane ends before any handle closes, even when one fails.
      const settled = await Promise.allSettled(
        lanes.map((h, i) => lane(h, i === 0 ? opts.progress : undefined)),
      );
      for (const s of settled) if (s.status === 'rejected') throw s.reason;
    } finally {
      for (const h of lanes.slice(1)) await h.close();
      if (oneThreadEach) await wh.exec('RESET threads');
    }
    const order = (r: EntityResult) => entities.findIndex(([s, e]) => s === r.source && e === r.entity);
    out.sort((a, b) => order(a) - order(b));
    for (const [source, sourceConfig] of configured) {
      for (const r of await ingestConfiguredSource(wh, source, sourceConfig, {
        runId,
        key,
        classifiers,
        progress: opts.progress,
      })) {
        log.info({ ...r }, `ingested ${source}/${r.entity}`);
        out.push(r);
      }
    }
    return out;
  });
  const summary = { runId, entities: results, seconds: (Date.now() - started) / 1000 };
  const failed = results.filter((r) => r.error);
  if (failed.length > 0) {
    const err = new UserError(failed.map((f) => `${f.source}/${f.entity}: ${f.error}`).join('; '));
    (err as UserError & { result?: unknown }).result = summary;
    throw err;
  }
  return summary;
}

const command: Command = {
  summary: 'load dropped source files into the raw layer (validated, quarantined, ledgered)',
  usage: '[--source NAME]',
  options: { source: { type: 'string' } },
  async run({ config, values, progress }) {
    return ingest(config, {
      source: typeof values.source === 'string' ? values.source : undefined,
      progress,
    });
  },
  describe(r) {
    const s = r as IngestSummary;
    const lines = s.entities.map(
      (e) =>
        `  ${e.source}/${e.entity}: read ${e.read.toLocaleString('en')}, loaded ${e.loaded.toLocaleString('en')}, unchanged ${e.unchanged.toLocaleString('en')}, quarantined ${e.quarantined.toLocaleString('en')} (${e.connector === 'file-drop' ? `${e.files} new file(s), ${e.filesSkipped} already loaded` : e.connector}; watermark ${e.watermarkBefore ?? '–'} → ${e.watermarkAfter ?? '–'})`,
    );
    return [`Ingest ${s.runId} in ${s.seconds.toFixed(1)}s:`, ...lines].join('\n');
  },
};

export default command;
