/**
 * One shard of a generation: the units whose number ≡ shard (mod shards), written as NDJSON part
 * files into `<drop>/<source>/<entity>/`. Runs in the main thread or in a worker thread (worker.ts).
 *
 * - `full`: every record of every unit as of `asOf`;
 * - `delta`: the changes between `from` and `asOf`: each unit's records on both days are compared
 *   line by line; new keys are inserts, changed lines updates, vanished keys `{"_op":"delete",
 *   <key>}` lines. Units that entered before `from` and whose story has nothing after `from` are
 *   skipped without rendering, so an advance costs one pass over the stories and memory stays at
 *   one unit's records.
 *
 * Files are written synchronously in large chunks under a temporary name (`.<name>.tmp`) and
 * renamed when complete, so a reader never sees half a file.
 */
import { closeSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { toDay } from '../../../lib/dates.ts';
import { listContracts } from '../../contracts/index.ts';
import { generatedRulingText } from './rulings.ts';
import { ENTITIES, nextChange, type EntityName, type Sink } from './views.ts';
import type { Story } from './story.ts';
import { World, plainRulingText } from './world.ts';

export interface ShardSpec {
  mode: 'full' | 'delta';
  seed: number;
  scale: number;
  calibrateTo: string;
  asOf: string;
  /** delta: the as-of date of the state the changes apply to. */
  from?: string;
  rulings: number;
  /** 'generated' uses ingest/simulators/rulings; 'plain' a minimal text. */
  rulingTexts: 'generated' | 'plain';
  dropDir: string;
  shard: number;
  shards: number;
  partRows: number;
  /**
   * The compact state of the world: for every unit number, the day (counted from the history
   * start; 65535: never) of the next change in its story after the as-of date, 2 bytes a unit,
   * shared between the worker threads. Filled by every run; a delta skips, without building its
   * story, any unit below `known` that entered by `from` and has no change until `asOf`.
   */
  nextChange?: SharedArrayBuffer;
  known?: number;
}

export interface EntityCounts {
  rows: number;
  inserts: number;
  updates: number;
  deletes: number;
}

export interface ShardResult {
  files: string[];
  entities: Record<string, EntityCounts>;
  units: number;
  unitsChanged: number;
  cases: { first: number; appeal: number; cassation: number; pending: number };
}

const FLUSH_BYTES = 1 << 18;

class PartFile {
  private fd = -1;
  private tmp = '';
  private rows = 0;
  private part = 0;
  /** Lines are encoded straight into one reused buffer: no per-line garbage to collect. */
  private readonly buffer = Buffer.allocUnsafe(FLUSH_BYTES);
  private used = 0;

  constructor(
    private readonly dir: string,
    private readonly base: string,
    private readonly partRows: number,
    private readonly files: string[],
  ) {}

  write(line: string): void {
    if (this.fd < 0) this.open();
    if (this.used + line.length * 3 > FLUSH_BYTES) {
      this.flush();
      if (line.length * 3 > FLUSH_BYTES) {
        writeSync(this.fd, line);
        this.rows++;
        if (this.rows >= this.partRows) this.close();
        return;
      }
    }
    this.used += this.buffer.write(line, this.used);
    this.rows++;
    if (this.rows >= this.partRows) this.close();
  }

  private open(): void {
    this.part++;
    mkdirSync(this.dir, { recursive: true });
    this.tmp = path.join(this.dir, `.${this.base}-part-${String(this.part).padStart(4, '0')}.ndjson.tmp`);
    this.fd = openSync(this.tmp, 'w');
  }

  private flush(): void {
    let off = 0;
    while (off < this.used) off += writeSync(this.fd, this.buffer, off, this.used - off);
    this.used = 0;
  }

  close(): void {
    if (this.fd < 0) return;
    this.flush();
    closeSync(this.fd);
    const final = path.join(this.dir, path.basename(this.tmp).slice(1, -'.tmp'.length));
    renameSync(this.tmp, final);
    this.files.push(final);
    this.fd = -1;
    this.rows = 0;
  }
}

/** The file name stem of a generation's parts: sorts chronologically, full before later deltas. */
export function partBase(
  entity: string,
  spec: Pick<ShardSpec, 'mode' | 'seed' | 'scale' | 'asOf' | 'from' | 'shard'>,
): string {
  const tag = spec.mode === 'full' ? 'full' : `delta-from${spec.from}`;
  return `${entity}-seed${spec.seed}-scale${spec.scale}-t${spec.asOf}-${tag}-w${spec.shard}`;
}

export function runShard(spec: ShardSpec, onProgress?: (unitsDone: number) => void): ShardResult {
  const world = new World({
    seed: spec.seed,
    scale: spec.scale,
    calibrateTo: spec.calibrateTo,
    rulings: spec.rulings,
    rulingText: spec.rulingTexts === 'generated' ? generatedRulingText : plainRulingText,
  });
  const files: string[] = [];
  const writers = new Map<EntityName, PartFile>();
  const counts: Record<string, EntityCounts> = {};
  for (const e of ENTITIES) {
    const [source, entity] = e.split('/') as [string, string];
    writers.set(
      e,
      new PartFile(path.join(spec.dropDir, source, entity), partBase(entity, spec), spec.partRows, files),
    );
    counts[e] = { rows: 0, inserts: 0, updates: 0, deletes: 0 };
  }
  const keys = new Map(listContracts().map((c) => [`${c.source}/${c.entity}`, c.schema['x-primary-key']]));
  const cases = { first: 0, appeal: 0, cassation: 0, pending: 0 };
  const asOf = toDay(spec.asOf);
  let units = 0;
  let unitsChanged = 0;
  const next = spec.nextChange ? new Uint16Array(spec.nextChange) : null;
  const remember = (u: number, s: Story) => {
    if (next) next[u] = Math.min(65_535, nextChange(s, asOf) - world.start);
  };
  const known = spec.known ?? 0;

  const write = (entity: EntityName, line: string, kind: 'rows' | 'inserts' | 'updates' | 'deletes') => {
    (writers.get(entity) as PartFile).write(line);
    const c = counts[entity] as EntityCounts;
    c.rows++;
    if (kind !== 'rows') c[kind]++;
  };

  if (spec.mode === 'full') {
    const sink: Sink = {
      emit(entity, _key, record) {
        write(entity, `${JSON.stringify(record)}\n`, 'rows');
        if (entity === 'tis2/cases') {
          const r = record as { instance: 'first' | 'appeal' | 'cassation'; closed_on: string | null };
          cases[r.instance]++;
          if (r.closed_on === null) cases.pending++;
        }
      },
    };
    if (spec.shard === 0) world.emitReference(sink);
    for (const [u, d, kind] of world.units(world.start, asOf, spec.shard, spec.shards)) {
      const s = world.story(u, d, kind);
      remember(u, s);
      world.views.emit(s, asOf, sink);
      if (++units % 20_000 === 0) onProgress?.(units);
    }
  } else {
    const from = toDay(spec.from as string);
    const before = new Map<string, [EntityName, string, object]>();
    const after = new Map<string, [EntityName, string, object]>();
    const collect = (into: Map<string, [EntityName, string, object]>): Sink => ({
      emit(entity, key, record) {
        into.set(`${entity}\u0000${key}`, [entity, JSON.stringify(record), record]);
      },
    });
    const sinkBefore = collect(before);
    const sinkAfter = collect(after);
    for (const [u, d, kind] of world.units(world.start, asOf, spec.shard, spec.shards)) {
      if (++units % 20_000 === 0) onProgress?.(units);
      if (d <= from) {
        // The compact state says whether the story changes before `asOf`, without building it.
        if (next && u < known && (next[u] as number) + world.start > asOf) continue;
        const s = world.story(u, d, kind);
        remember(u, s);
        if (s.maxDay <= from) continue;
        before.clear();
        after.clear();
        world.views.emit(s, from, sinkBefore);
        world.views.emit(s, asOf, sinkAfter);
      } else {
        before.clear();
        after.clear();
        const s = world.story(u, d, kind);
        remember(u, s);
        world.views.emit(s, asOf, sinkAfter);
      }
      let changed = false;
      for (const [k, [entity, line]] of after) {
        const old = before.get(k);
        if (!old) write(entity, `${line}\n`, 'inserts');
        else if (old[1] !== line) write(entity, `${line}\n`, 'updates');
        else continue;
        changed = true;
      }
      for (const [k, [entity, , record]] of before) {
        if (after.has(k)) continue;
        const del: Record<string, unknown> = { _op: 'delete' };
        for (const f of keys.get(entity) ?? []) del[f] = (record as Record<string, unknown>)[f];
        write(entity, `${JSON.stringify(del)}\n`, 'deletes');
        changed = true;
      }
      if (changed) unitsChanged++;
    }
  }
  for (const w of writers.values()) w.close();
  return { files, entities: counts, units, unitsChanged, cases };
}
