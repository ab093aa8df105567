/**
 * Generates the simulated world into the drop folder: every source entity as NDJSON parts in
 * `<drop>/<source>/<entity>/`, split over worker threads by unit number (each worker writes its
 * own parts, so no data crosses threads and memory stays flat at any scale).
 *
 * `generateWorld` writes the full state as of a date; `advanceWorld` writes the inserts, updates
 * and deletions between two dates as new parts that sort after the earlier ones.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeFileAtomic } from '../../../lib/snapshot.ts';
import { ENTITIES } from './views.ts';
import { runShard, type EntityCounts, type ShardResult, type ShardSpec } from './shard.ts';

export interface WorldGenerateOptions {
  /** About this many first-instance court cases by the calibration date (appeals and cassations come on top). */
  scale: number;
  seed: number;
  /** The simulated "today". */
  asOf: string;
  /** The drop folder root ($ELIETA_HOME/drop). */
  dropDir: string;
  /** The date the arrival rate is calibrated to (default: asOf). An advanced world keeps its first date. */
  calibrateTo?: string;
  /** About this many decisions get a ruling text (default 0). */
  rulings?: number;
  /** Ruling texts from ingest/simulators/rulings ('generated', the default) or a minimal text ('plain'). */
  rulingTexts?: 'generated' | 'plain';
  /** Lines per part file (default 500 000). */
  partRows?: number;
  /** Worker threads (default: 1 below 50 000 cases, else the number of CPUs). 1 runs in this thread. */
  workers?: number;
  onProgress?: (unitsDone: number, unitsTotal: number) => void;
  /**
   * The compact state file (2 bytes a unit: the day of the next change in its story after the
   * as-of date). Written by every run; read by an advance to skip, without building them, the
   * stories with no change in the days advanced. Without it an advance rebuilds every story (same
   * result, slower). It must come from the run that produced the `from` state.
   */
  stateFile?: string;
}

export interface WorldGenerateResult {
  mode: 'full' | 'delta';
  seed: number;
  scale: number;
  calibrateTo: string;
  asOf: string;
  from: string | null;
  files: string[];
  /** Rows written per `<source>/<entity>` (for a delta: inserts + updates + deletes). */
  entities: Record<string, EntityCounts>;
  rows: number;
  units: number;
  unitsChanged: number;
  cases: number;
  byInstance: { first: number; appeal: number; cassation: number };
  pending: number;
  workers: number;
}

const WORLD_FILE =
  /^[a-z_0-9]+-seed\d+-scale\d+-t\d{4}-\d{2}-\d{2}-(full|delta-from\d{4}-\d{2}-\d{2})-w\d+-part-\d+\.ndjson$/;

/** Removes the parts of any earlier simulated world (and half-written temporaries) from the drop folder. */
export function clearWorld(dropDir: string): number {
  let removed = 0;
  for (const e of ENTITIES) {
    const dir = path.join(dropDir, e);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (WORLD_FILE.test(f) || (f.startsWith('.') && f.endsWith('.tmp'))) {
        rmSync(path.join(dir, f));
        removed++;
      }
    }
  }
  return removed;
}

function runInWorker(spec: ShardSpec, onProgress: (units: number) => void): Promise<ShardResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
      workerData: spec,
      // A larger young generation: the generator makes many short-lived strings (measured: GC time roughly halves).
      // resourceLimits: { maxYoungGenerationSizeMb: 96 },
    });
    w.on('message', (m: { progress?: number; result?: ShardResult }) => {
      if (m.progress !== undefined) onProgress(m.progress);
      if (m.result) resolve(m.result);
    });
    w.on('error', reject);
    w.on('exit', (code) => {
      if (code !== 0) reject(new Error(`world generator worker ${spec.shard} exited with code ${code}`));
    });
  });
}

async function run(
  opts: WorldGenerateOptions,
  mode: 'full' | 'delta',
  from: string | null,
): Promise<WorldGenerateResult> {
  const calibrateTo = opts.calibrateTo ?? opts.asOf;
  const workers = Math.max(1, opts.workers ?? (opts.scale < 50_000 ? 1 : availableParallelism()));
  const base: Omit<ShardSpec, 'shard'> = {
    mode,
    seed: opts.seed,
    scale: opts.scale,
    calibrateTo,
    asOf: opts.asOf,
    ...(from ? { from } : {}),
    rulings: opts.rulings ?? 0,
    rulingTexts: opts.rulingTexts ?? 'generated',
    dropDir: opts.dropDir,
    shards: workers,
    partRows: opts.partRows ?? 500_000,
  };
  // The total for progress: units entering by asOf (cheap: counts only).
  const { World } = await import('./world.ts');
  const total = new World({ seed: opts.seed, scale: opts.scale, calibrateTo }).unitsUpTo(
    Date.parse(`${opts.asOf}T00:00:00Z`) / 86_400_000,
  );
  const nextChange = new SharedArrayBuffer(Math.max(2, total * 2));
  let known = 0;
  if (mode === 'delta' && opts.stateFile && existsSync(opts.stateFile)) {
    const previous = readFileSync(opts.stateFile);
    known = Math.min(total, Math.floor(previous.length / 2));
    new Uint8Array(nextChange).set(previous.subarray(0, known * 2));
  }
  base.nextChange = nextChange;
  base.known = known;
  const done = new Array<number>(workers).fill(0);
  const report = (shard: number) => (units: number) => {
    done[shard] = units;
    opts.onProgress?.(
      done.reduce((a, b) => a + b, 0),
      total,
    );
  };
  const results =
    workers === 1
      ? [runShard({ ...base, shard: 0 }, report(0))]
      : await Promise.all(
          Array.from({ length: workers }, (_, shard) => runInWorker({ ...base, shard }, report(shard))),
        );
  if (opts.stateFile) writeFileAtomic(opts.stateFile, new Uint8Array(nextChange));
  const entities: Record<string, EntityCounts> = {};
  for (const e of ENTITIES) entities[e] = { rows: 0, inserts: 0, updates: 0, deletes: 0 };
  const byInstance = { first: 0, appeal: 0, cassation: 0 };
  let pending = 0;
  for (const r of results) {
    for (const [e, c] of Object.entries(r.entities)) {
      const t = entities[e] as EntityCounts;
      t.rows += c.rows;
      t.inserts += c.inserts;
      t.updates += c.updates;
      t.deletes += c.deletes;
    }
    byInstance.first += r.cases.first;
    byInstance.appeal += r.cases.appeal;
    byInstance.cassation += r.cases.cassation;
    pending += r.cases.pending;
  }
  return {
    mode,
    seed: opts.seed,
    scale: opts.scale,
    calibrateTo,
    asOf: opts.asOf,
    from,
    files: results.flatMap((r) => r.files).sort(),
    entities,
    rows: Object.values(entities).reduce((a, c) => a + c.rows, 0),
    units: results.reduce((a, r) => a + r.units, 0),
    unitsChanged: results.reduce((a, r) => a + r.unitsChanged, 0),
    cases: byInstance.first + byInstance.appeal + byInstance.cassation,
    byInstance,
    pending,
    workers,
  };
}

/** The whole world as of `asOf`, replacing any earlier simulated world in the drop folder. */
export async function generateWorld(opts: WorldGenerateOptions): Promise<WorldGenerateResult> {
  clearWorld(opts.dropDir);
  return run(opts, 'full', null);
}

/**
 * The changes of the world between `from` and `opts.asOf` (later), as new parts beside the
 * earlier ones. `calibrateTo` must be the date the world was first generated for.
 */
export async function advanceWorld(
  opts: WorldGenerateOptions & { from: string },
): Promise<WorldGenerateResult> {
  if (opts.asOf <= opts.from) throw new Error(`advance: ${opts.asOf} is not after ${opts.from}`);
  return run(opts, 'delta', opts.from);
}
