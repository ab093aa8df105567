import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { paths, type Config } from '../../config.ts';
import { isIsoDate } from '../../dates.ts';
import { log } from '../../log.ts';
import { writeFileAtomic } from '../../snapshot.ts';
import { generateTis2, type GenerateResult } from '../../../ingest/simulators/tis2/generate.ts';
import { UserError, type Command } from '../command.ts';
import type { Progress } from '../../progress.ts';

export interface GenerateSummary extends Partial<GenerateResult> {
  source: 'tis2';
  scale: number;
  seed: number;
  asOf: string;
  reused: boolean;
  seconds: number;
}

function parsePositiveInt(name: string, raw: string | boolean | undefined, fallback: number): number {
  if (raw === undefined || raw === true || raw === false) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UserError(`--${name} ${raw}: expected a positive whole number`);
  return Number(raw);
}

/**
 * Generates the simulated source data into the drop folder unless the same world (scale, seed,
 * as-of) is already there, complete. A completion marker is written last, so a killed run is redone.
 */
export async function generate(
  config: Config,
  opts: { scale?: number; seed?: number; asOf?: string; force?: boolean; progress?: Progress } = {},
): Promise<GenerateSummary> {
  const scale = opts.scale ?? config.generator.scale;
  const seed = opts.seed ?? config.generator.seed;
  const asOf = opts.asOf ?? config.generator.asOf;
  if (!isIsoDate(asOf)) throw new UserError(`--as-of ${asOf}: expected a date YYYY-MM-DD`);
  const drop = paths(config).drop;
  const marker = path.join(drop, 'tis2', `.generated-seed${seed}-scale${scale}-asof${asOf}.json`);
  if (!opts.force && existsSync(marker)) {
    const previous = JSON.parse(readFileSync(marker, 'utf8')) as GenerateResult;
    if (previous.files.every((f) => existsSync(f))) {
      log.info({ scale, seed, asOf }, 'simulated TIS2 data already generated; reusing it');
      return { source: 'tis2', scale, seed, asOf, reused: true, seconds: 0, ...previous };
    }
  }
  const started = Date.now();
  opts.progress?.start(`generating TIS2 cases (scale ${scale.toLocaleString('en')})`, scale);
  const result = await generateTis2({ scale, seed, asOf, dropDir: drop, onProgress: (n) => opts.progress?.update(n) });
  opts.progress?.end(`${result.cases.toLocaleString('en')} cases`);
  writeFileAtomic(marker, JSON.stringify(result));
  const seconds = (Date.now() - started) / 1000;
  log.info({ scale, seed, asOf, cases: result.cases, files: result.files.length, seconds }, 'generated simulated TIS2 data');
  return { source: 'tis2', scale, seed, asOf, reused: false, seconds, ...result };
}

const command: Command = {
  summary: 'generate a simulated TIS2 (courts) data set into $ELIETA_HOME/drop',
  usage: '[--scale N] [--seed S] [--as-of YYYY-MM-DD] [--force]',
  options: {
    scale: { type: 'string' },
    seed: { type: 'string' },
    'as-of': { type: 'string' },
    force: { type: 'boolean', default: false },
  },
  async run({ config, values, progress }) {
    return generate(config, {
      scale: parsePositiveInt('scale', values.scale, config.generator.scale),
      seed: values.seed === undefined ? config.generator.seed : parsePositiveInt('seed', values.seed, 0),
      asOf: typeof values['as-of'] === 'string' ? values['as-of'] : config.generator.asOf,
      force: values.force === true,
      progress,
    });
  },
  describe(r) {
    const s = r as GenerateSummary;
    return s.reused
      ? `Reused the simulated data already generated (scale ${s.scale}, seed ${s.seed}, as of ${s.asOf}).`
      : `Generated ${s.cases?.toLocaleString('en')} TIS2 cases (${s.pending?.toLocaleString('en')} pending) in ${s.files?.length} file(s) in ${s.seconds.toFixed(1)}s.`;
  },
};

export default command;
