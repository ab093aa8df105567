/**
 * The TIS2 simulator: one seeded simulated world of court cases at the real Latvian courts, with
 * a clock (`asOf` is "today"). Cases are registered at a first-instance court, heard, decided and
 * closed after log-normal durations; some are appealed to the regional court and on to the
 * Supreme Court. Cases still open on `asOf` are pending. Output: NDJSON files in
 * `$ELIETA_HOME/drop/tis2/cases/`, each written under a temporary name and renamed when complete,
 * in parts of `partRows` lines, so memory stays flat whatever the scale.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { readClassifiers } from '../../../classifiers/registry/load.ts';
import { fromDay, toDay } from '../../../lib/dates.ts';
import { Rng, WeightedChoice } from '../../../lib/random.ts';
import type { Tis2Case } from '../../contracts/types.ts';
import { readParameters, type Category, type Level, type Tis2Parameters } from './parameters.ts';

export interface GenerateOptions {
  /** Number of first-instance cases; appeals and cassations come on top. */
  scale: number;
  seed: number;
  asOf: string;
  /** The drop folder root ($ELIETA_HOME/drop). */
  dropDir: string;
  partRows?: number;
  onProgress?: (firstInstanceDone: number) => void;
}

export interface GenerateResult {
  files: string[];
  cases: number;
  byInstance: Record<Level, number>;
  pending: number;
}

const CATEGORY_PREFIX: Record<Category, string> = { civil: 'C', criminal: 'K', administrative: 'A', administrative_offence: 'AP' };

class PartWriter {
  private stream: WriteStream | null = null;
  private tmp = '';
  private rows = 0;
  private part = 0;
  private buffer: string[] = [];
  readonly files: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly base: string,
    private readonly partRows: number,
  ) {}

  async write(line: string): Promise<void> {
    if (!this.stream) this.open();
    this.buffer.push(line);
    this.rows++;
    if (this.buffer.length >= 2000) await this.drain();
    if (this.rows >= this.partRows) await this.close();
  }

  private open(): void {
    this.part++;
    this.tmp = path.join(this.dir, `.${this.base}-part-${String(this.part).padStart(4, '0')}.ndjson.tmp`);
    this.stream = createWriteStream(this.tmp, { encoding: 'utf8' });
  }

  private async drain(): Promise<void> {
    const chunk = this.buffer.join('');
    this.buffer = [];
    const s = this.stream as WriteStream;
    if (!s.write(chunk)) await new Promise<void>((resolve) => s.once('drain', resolve));
  }

  async close(): Promise<void> {
    if (!this.stream) return;
    await this.drain();
    const s = this.stream;
    await new Promise<void>((resolve, reject) => s.end((err?: Error | null) => (err ? reject(err) : resolve())));
    const final = path.join(this.dir, path.basename(this.tmp).slice(1, -'.tmp'.length));
    renameSync(this.tmp, final);
    this.files.push(final);
    this.stream = null;
    this.rows = 0;
  }
}

interface CourtPlan {
  judgeBase: number;
  judges: number;
  number: number;
  sequence: number;
}

export async function generateTis2(opts: GenerateOptions, params: Tis2Parameters = readParameters()): Promise<GenerateResult> {
  const rng = new Rng(opts.seed);
  const asOf = toDay(opts.asOf);
  const start = toDay(params.history.start);
  if (asOf <= start) throw new Error(`--as-of ${opts.asOf} must be after the history start ${params.history.start}`);
  const span = asOf - start + 1;
  const growth = params.history.yearly_growth;
  const years = span / 365.25;

  // Every code the simulator emits comes from the classifier registry.
  const registry = readClassifiers();
  const courtCodes = new Set(registry.get('courts')?.items.map((i) => i.code));
  const outcomeCodes = new Set(registry.get('case_outcomes')?.items.map((i) => i.code));
  const courtsUsed = new Set<string>([
    ...Object.values(params.first_instance_courts).flatMap((w) => Object.keys(w)),
    ...Object.values(params.appeal_court),
    params.cassation_court,
  ]);
  for (const c of courtsUsed) if (!courtCodes.has(c)) throw new Error(`parameters.yaml: court ${c} is not in classifiers/data/courts.yaml`);
  for (const o of [...Object.values(params.outcomes.first).flatMap((w) => Object.keys(w)), ...Object.keys(params.outcomes.review)]) {
    if (!outcomeCodes.has(o)) throw new Error(`parameters.yaml: outcome ${o} is not in classifiers/data/case_outcomes.yaml`);
  }

  const courts = new Map<string, CourtPlan>();
  let judgeBase = 0;
  [...courtCodes].sort().forEach((code, idx) => {
    const judges = params.judges[code] ?? 10;
    courts.set(code, { judgeBase, judges, number: 10 + idx * 3, sequence: 0 });
    judgeBase += judges;
  });

  const mix = new WeightedChoice(params.case_mix);
  const courtChoice = Object.fromEntries(
    Object.entries(params.first_instance_courts).map(([cat, w]) => [cat, new WeightedChoice(w)]),
  ) as Record<Category, WeightedChoice<string>>;
  const firstOutcome = Object.fromEntries(
    Object.entries(params.outcomes.first).map(([cat, w]) => [cat, new WeightedChoice(w)]),
  ) as Record<Category, WeightedChoice<string>>;
  const reviewOutcome = new WeightedChoice(params.outcomes.review);

  const dir = path.join(opts.dropDir, 'tis2', 'cases');
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.tmp')) rmSync(path.join(dir, f));
  const base = `cases-seed${opts.seed}-scale${opts.scale}-asof${opts.asOf}`;
  const writer = new PartWriter(dir, base, opts.partRows ?? 500_000);

  let nextId = 1;
  const byInstance: Record<Level, number> = { first: 0, appeal: 0, cassation: 0 };
  let pending = 0;

  const emit = async (
    level: Level,
    category: Category,
    court: string,
    registered: number,
    origin: string | null,
    originNumber: string | null,
  ): Promise<void> => {
    const plan = courts.get(court) as CourtPlan;
    const d = params.duration_days[level][category];
    let duration = Math.max(1, Math.round(rng.logNormal(d.median, d.sigma)));
    if (rng.chance(params.long_tail.share)) duration *= params.long_tail.factor;
    const closedDay = registered + duration;
    const closed = closedDay <= asOf;
    const hearingDay = rng.chance(params.hearing_share[category]) ? registered + Math.max(1, Math.round(duration * (0.2 + 0.4 * rng.next()))) : null;
    const decidedDay = closed ? Math.max(registered, closedDay - rng.int(0, 10)) : null;
    const outcome = closed ? (level === 'first' ? firstOutcome[category].draw(rng) : reviewOutcome.draw(rng)) : null;
    const id = `TIS2-${nextId++}`;
    plan.sequence++;
    const yy = fromDay(registered).slice(2, 4);
    const caseNumber =
      level === 'first' || !originNumber
        ? `${CATEGORY_PREFIX[category]}${plan.number}-${String(plan.sequence).padStart(5, '0')}-${yy}`
        : `${originNumber}/${level === 'appeal' ? 'A' : 'K'}${yy}`;
    const lastEvent = closed ? closedDay : Math.min(asOf, hearingDay !== null && hearingDay <= asOf ? hearingDay : registered);
    const record: Tis2Case = {
      case_id: id,
      case_number: caseNumber,
      origin_case_id: origin,
      court_code: court,
      case_category: category,
      instance: level,
      registered_on: fromDay(registered),
      first_hearing_on: hearingDay !== null && hearingDay <= asOf ? fromDay(hearingDay) : null,
      decided_on: decidedDay !== null ? fromDay(decidedDay) : null,
      closed_on: closed ? fromDay(closedDay) : null,
      outcome,
      judge_id: `J-${String(plan.judgeBase + rng.int(1, plan.judges)).padStart(4, '0')}`,
      updated_at: `${fromDay(lastEvent)}T${String(8 + rng.int(0, 9)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`,
    };
    await writer.write(JSON.stringify(record) + '\n');
    byInstance[level]++;
    if (!closed) {
      pending++;
      return;
    }
    const nextLevel: Level | null = level === 'first' ? 'appeal' : level === 'appeal' ? 'cassation' : null;
    if (!nextLevel || level === 'cassation') return;
    const rate = params.appeal_rate[level as 'first' | 'appeal'][category];
    if (!rng.chance(rate)) return;
    const nextRegistered = closedDay + rng.int(params.appeal_delay_days.min, params.appeal_delay_days.max);
    if (nextRegistered > asOf) return;
    const nextCourt = nextLevel === 'appeal' ? (params.appeal_court[court] as string) : params.cassation_court;
    await emit(nextLevel, category, nextCourt, nextRegistered, id, caseNumber);
  };

  const g = Math.log(1 + growth);
  for (let i = 0; i < opts.scale; i++) {
    // Registration date: density growing by `yearly_growth` a year (inverse CDF of an exponential ramp).
    const u = rng.next();
    const t = g > 0 ? Math.log(1 + u * (Math.exp(g * years) - 1)) / g : u * years;
    const registered = Math.min(asOf, start + Math.floor((t / years) * span));
    const category = mix.draw(rng);
    await emit('first', category, courtChoice[category].draw(rng), registered, null, null);
    if (opts.onProgress && i % 10_000 === 0) opts.onProgress(i);
  }
  await writer.close();
  return { files: writer.files, cases: byInstance.first + byInstance.appeal + byInstance.cassation, byInstance, pending };
}

export function existingParts(dropDir: string, seed: number, scale: number, asOf: string): string[] {
  const dir = path.join(dropDir, 'tis2', 'cases');
  if (!existsSync(dir)) return [];
  const prefix = `cases-seed${seed}-scale${scale}-asof${asOf}-part-`;
  return readdirSync(dir).filter((f) => f.startsWith(prefix)).map((f) => path.join(dir, f));
}
