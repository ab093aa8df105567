import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { paths, type Config } from '../../config.ts';
import { fromDay, isIsoDate, toDay } from '../../dates.ts';
import { log } from '../../log.ts';
import { writeFileAtomic } from '../../snapshot.ts';
import {
  advanceWorld,
  generateWorld,
  type WorldGenerateResult,
} from '../../../ingest/simulators/world/generate.ts';
import { UserError, type Command } from '../command.ts';
import type { Progress } from '../../progress.ts';

/** What the drop folder holds: the world's parameters, its current as-of date and every part written. */
export interface WorldState {
  seed: number;
  scale: number;
  /** The first as-of date, to which the arrival rate is calibrated (kept by --advance). */
  calibrateTo: string;
  asOf: string;
  rulings: number;
  files: string[];
}

export interface GenerateSummary extends Partial<Omit<WorldGenerateResult, 'seed' | 'scale' | 'asOf'>> {
  source: 'world';
  scale: number;
  seed: number;
  asOf: string;
  reused: boolean;
  seconds: number;
}

export const STATE_FILE = '.world-state.json';
/** The compact per-unit state that makes --advance cheap (see ingest/simulators/world/generate.ts). */
export const NEXT_CHANGE_FILE = '.world-next-change.bin';

function parsePositiveInt(
  name: string,
  raw: string | boolean | undefined,
  fallback: number,
  min = 1,
): number {
  if (raw === undefined || raw === true || raw === false) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min)
    throw new UserError(
      `--${name} ${raw}: expected a ${min === 0 ? 'non-negative' : 'positive'} whole number`,
    );
  return Number(raw);
}

export function readWorldState(config: Config): WorldState | null {
  const file = path.join(paths(config).drop, STATE_FILE);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as WorldState;
}

/**
 * Generates the simulated world (E-KRASS, ProIS, TIS2, IIS2, PLUS, KKP) into the drop folder
 * unless the same world (scale, seed, as-of, rulings) is already there, complete. The state file
 * is written last, so a killed run is redone. With `advance`, moves the existing world's clock
 * forward by that many days and writes the inserts, updates and deletions as new parts.
 */
export async function generate(
  config: Config,
  opts: {
    scale?: number;
    seed?: number;
    asOf?: string;
    rulings?: number;
    advance?: number;
    workers?: number;
    force?: boolean;
    progress?: Progress;
  } = {},
): Promise<GenerateSummary> {
  const drop = paths(config).drop;
  const stateFile = path.join(drop, STATE_FILE);
  const started = Date.now();
  const onProgress = (done: number, total: number) => opts.progress?.update(Math.min(done, total));

  if (opts.advance !== undefined) {
    const state = readWorldState(config);
    if (!state)
      throw new UserError(
        `--advance: no simulated world in ${drop} to advance (run \`elieta generate\` first)`,
      );
    const from = state.asOf;
    const asOf = fromDay(toDay(from) + opts.advance);
    opts.progress?.start(`advancing the simulated world from ${from} to ${asOf}`);
    const r = await advanceWorld({
      scale: state.scale,
      seed: state.seed,
      calibrateTo: state.calibrateTo,
      rulings: state.rulings,
      from,
      asOf,
      dropDir: drop,
      stateFile: path.join(drop, NEXT_CHANGE_FILE),
      ...(opts.workers ? { workers: opts.workers } : {}),
      onProgress,
    });
    opts.progress?.end(`${r.rows.toLocaleString('en')} changes`);
    writeFileAtomic(
      stateFile,
      JSON.stringify({ ...state, asOf, files: [...state.files, ...r.files] } satisfies WorldState),
    );
    const seconds = (Date.now() - started) / 1000;
    log.info({ from, asOf, changes: r.rows, files: r.files.length, seconds }, 'advanced the simulated world');
    return { source: 'world', ...r, scale: state.scale, seed: state.seed, asOf, reused: false, seconds };
  }

  const scale = opts.scale ?? config.generator.scale;
  const seed = opts.seed ?? config.generator.seed;
  const asOf = opts.asOf ?? config.generator.asOf;
  const rulings = opts.rulings ?? 0;
  if (!isIsoDate(asOf)) throw new UserError(`--as-of ${asOf}: expected a date YYYY-MM-DD`);
  const previous = readWorldState(config);
  if (
    !opts.force &&
    previous &&
    previous.seed === seed &&
    previous.scale === scale &&
    previous.asOf === asOf &&
    previous.rulings === rulings &&
    previous.files.every((f) => existsSync(f))
  ) {
    log.info({ scale, seed, asOf }, 'simulated world already generated; reusing it');
    return { source: 'world', scale, seed, asOf, reused: true, seconds: 0, files: previous.files };
  }
  opts.progress?.start(`generating the simulated world (scale ${scale.toLocaleString('en')})`);
  let r: WorldGenerateResult;
  try {
    r = await generateWorld({
      scale,
      seed,
      asOf,
      rulings,
      dropDir: drop,
      stateFile: path.join(drop, NEXT_CHANGE_FILE),
      ...(opts.workers ? { workers: opts.workers } : {}),
      onProgress,
    });
  } catch (err) {
    if (err instanceof Error && /must be after the history start/.test(err.message))
      throw new UserError(err.message);
    throw err;
  }
  opts.progress?.end(`${r.rows.toLocaleString('en')} rows`);
  writeFileAtomic(
    stateFile,
    JSON.stringify({ seed, scale, calibrateTo: asOf, asOf, rulings, files: r.files } satisfies WorldState),
  );
  const seconds = (Date.now() - started) / 1000;
  log.info(
    { scale, seed, asOf, rows: r.rows, cases: r.cases, files: r.files.length, seconds },
    'generated the simulated world',
  );
  return { source: 'world', ...r, scale, seed, asOf, reused: false, seconds };
}

const command: Command = {
  summary:
    'generate the simulated world (E-KRASS, ProIS, TIS2, IIS2, PLUS, KKP) into $ELIETA_HOME/drop, or advance its clock',
  usage: '[--scale N] [--seed S] [--as-of YYYY-MM-DD] [--rulings N] [--force] | --advance DAYS',
  options: {
    scale: { type: 'string' },
    seed: { type: 'string' },
    'as-of': { type: 'string' },
    rulings: { type: 'string' },
    advance: { type: 'string' },
    workers: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
  async run({ config, values, progress }) {
    const workers = values.workers === undefined ? undefined : parsePositiveInt('workers', values.workers, 1);
    if (values.advance !== undefined) {
      for (const o of ['scale', 'seed', 'as-of', 'rulings'] as const) {
        if (values[o] !== undefined)
          throw new UserError(
            `--advance moves the existing world forward; --${o} cannot be combined with it`,
          );
      }
      return generate(config, {
        advance: parsePositiveInt('advance', values.advance, 1),
        ...(workers ? { workers } : {}),
        progress,
      });
    }
    return generate(config, {
      scale: parsePositiveInt('scale', values.scale, config.generator.scale),
      seed: values.seed === undefined ? config.generator.seed : parsePositiveInt('seed', values.seed, 0, 0),
      asOf: typeof values['as-of'] === 'string' ? values['as-of'] : config.generator.asOf,
      rulings: parsePositiveInt('rulings', values.rulings, 0, 0),
      ...(workers ? { workers } : {}),
      force: values.force === true,
      progress,
    });
  },
  describe(r) {
    const s = r as GenerateSummary;
    if (s.reused)
      return `Reused the simulated world already generated (scale ${s.scale}, seed ${s.seed}, as of ${s.asOf}).`;
    if (s.mode === 'delta') {
      const t = Object.values(s.entities ?? {}).reduce(
        (a, c) => ({ i: a.i + c.inserts, u: a.u + c.updates, d: a.d + c.deletes }),
        { i: 0, u: 0, d: 0 },
      );
      return `Advanced the simulated world from ${s.from} to ${s.asOf}: ${t.i.toLocaleString('en')} inserts, ${t.u.toLocaleString('en')} updates, ${t.d.toLocaleString('en')} deletions in ${s.files?.length} file(s) in ${s.seconds.toFixed(1)}s.`;
    }
    return `Generated the simulated world as of ${s.asOf}: ${s.rows?.toLocaleString('en')} rows in ${s.files?.length} file(s) (${s.cases?.toLocaleString('en')} court cases, ${s.pending?.toLocaleString('en')} pending) in ${s.seconds.toFixed(1)}s.`;
  },
};

export default command;
