/**
 * The simulated world: which units enter it on which day, the person pool, and the reference
 * data (judges, prosecutors, prisons) every source shares.
 *
 * Units enter day by day from `history.start` at a deterministic rate (no randomness in the
 * counts), growing by `history.yearly_growth` a year, lower on weekends, calibrated so that about
 * `scale` first-instance court cases are registered by `calibrateTo` (the first as-of date). Unit
 * numbers are assigned in day order, so a unit's number, and with it its story, never depends on
 * the as-of date: the world at a later date contains the world at an earlier one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { readClassifiers } from '../../../classifiers/registry/load.ts';
import type { Classifier } from '../../../classifiers/registry/types.ts';
import { toDay } from '../../../lib/dates.ts';
import type { Iis2Facility, ProisProsecutor, Tis2Judge } from '../../contracts/types.ts';
import { Custody } from './custody.ts';
import { hash32 } from './hash.ts';
import { PersonPool, type NameLists } from './persons.ts';
import { readParameters, type WorldParameters } from './parameters.ts';
import { StoryBuilder, StoryContext, type Story } from './story.ts';
import { ds, ts, Views, type RulingText, type Sink } from './views.ts';

export interface WorldOptions {
  seed: number;
  /** About this many first-instance court cases are registered by `calibrateTo`. */
  scale: number;
  /** The date the rate is calibrated to: the first as-of date of this world (kept by --advance). */
  calibrateTo: string;
  /** About this many decisions get a ruling text (0: none). */
  rulings?: number;
  rulingText?: RulingText;
  params?: WorldParameters;
  classifiers?: Map<string, Classifier>;
}

const NAMES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'names.yaml');

export function readNames(): NameLists {
  return parse(readFileSync(NAMES_FILE, 'utf8')) as NameLists;
}

/** A minimal, honest ruling text, used when no ruling generator is available. */
export const plainRulingText: RulingText = (r) => ({
  text: [
    `${r.court} ${r.level === 'first' ? 'SPRIEDUMS' : 'LĒMUMS'} (simulēts teksts)`,
    `Lieta Nr. ${r.caseNumber}, ${r.ecli}`,
    `${r.decidedOn}`,
    `Tiesnesis ${r.judgeId} izskatīja lietu, kurā piedalās: ${r.parties.map((p) => `${p.name}${p.personalCode ? ` (personas kods ${p.personalCode})` : ''}, ${p.role}`).join('; ')}.`,
    ...r.sentences.map(
      (s) =>
        `${s.name}: ${s.verdict}${s.type ? `, ${s.type}` : ''}${s.termMonths ? ` ${s.termMonths} mēn.` : ''}${s.fine ? ` ${s.fine} EUR` : ''}${s.suspended ? ', nosacīti' : ''} (KL ${s.articles.join(', ')}. pants).`,
    ),
    `Iznākums: ${r.outcome}.`,
  ].join('\n'),
});

export class World {
  readonly p: WorldParameters;
  readonly seed: number;
  readonly start: number;
  readonly pool: PersonPool;
  readonly ctx: StoryContext;
  readonly views: Views;
  private readonly builder: StoryBuilder;
  /** Builds the stories of earlier proceedings as drawn, for custody.ts. */
  private readonly rawBuilder: StoryBuilder;
  private readonly names: NameLists;
  /** Per day from start: first unit number, court units, proceedings. */
  private dayBase: number[] = [];
  private dayCourt: number[] = [];
  private dayProc: number[] = [];
  /** Per day from start: proceedings that entered before the day. */
  private dayProcBase: number[] = [];
  private cumCourt = 0;
  private cumProc = 0;
  private readonly courtRate: number;
  private readonly procRate: number;

  constructor(readonly o: WorldOptions) {
    this.p = o.params ?? readParameters();
    this.seed = o.seed;
    const p = this.p;
    this.start = toDay(p.history.start);
    const cal = toDay(o.calibrateTo);
    if (cal <= this.start)
      throw new Error(`as-of ${o.calibrateTo} must be after the history start ${p.history.start}`);
    const classifiers = o.classifiers ?? readClassifiers();
    checkParameters(p, classifiers);
    // Calibration: Σ weight(d) over the calibration span, A = scale ÷ Σ.
    let sum = 0;
    for (let d = this.start; d <= cal; d++) sum += this.weight(d);
    const perCase = o.scale / sum;
    const crim = p.case_mix.criminal / Object.values(p.case_mix).reduce((a, b) => a + b, 0);
    const norm = (w: Record<string, number>, k: string) =>
      (w[k] as number) / Object.values(w).reduce((a, b) => a + b, 0);
    const pCourt =
      norm(p.criminal.police_outcome, 'transferred') * norm(p.criminal.prosecutor_decision, 'charge');
    this.courtRate = perCase * (1 - crim);
    this.procRate = (perCase * crim) / pCourt;

    const expectedCases = o.scale;
    const poolSize = Math.min(
      PersonPool.maxSize(p.persons.birth_years),
      Math.max(1000, Math.ceil(p.persons.pool_per_case * expectedCases)),
    );
    const offenders = Math.max(100, Math.floor(poolSize * p.persons.offender_share));
    this.names = readNames();
    this.pool = new PersonPool({
      seed: o.seed,
      size: poolSize,
      offenders,
      newCodeShare: p.persons.new_code_share,
      maleShare: p.persons.male_share,
      birthYears: p.persons.birth_years,
      names: this.names,
    });
    // Decisions with a ruling: about `rulings` of the decisions expected by the calibration date.
    const expectedDecisions = o.scale * 1.2;
    const rulingRate = o.rulings ? Math.min(1, o.rulings / expectedDecisions) : 0;
    const courtCodes = (classifiers.get('courts') as Classifier).items.map((i) => i.code);
    this.ctx = new StoryContext(p, o.seed, offenders, poolSize, rulingRate, courtCodes);
    this.builder = new StoryBuilder(this.ctx);
    this.rawBuilder = new StoryBuilder(this.ctx, true);
    this.ctx.custody = new Custody(o.seed, offenders, (proceeding) => {
      const [unit, day] = this.proceedingUnit(proceeding);
      this.rawBuilder.build(unit, day, 'proceeding', proceeding);
      return this.rawBuilder.custodyBlocks();
    });
    this.views = new Views(this.pool, o.seed, o.rulingText ?? plainRulingText);
  }

  private weight(d: number): number {
    const dow = (d + 4) % 7; // 1970-01-01 was a Thursday: 0 = Sunday, 6 = Saturday
    const weekend = dow === 0 || dow === 6 ? this.p.history.weekend_factor : 1;
    return Math.exp((Math.log(1 + this.p.history.yearly_growth) * (d - this.start)) / 365.25) * weekend;
  }

  private extendTo(day: number): void {
    let d = this.start + this.dayBase.length;
    let next =
      this.dayBase.length === 0
        ? 0
        : (this.dayBase[this.dayBase.length - 1] as number) +
          (this.dayCourt[this.dayCourt.length - 1] as number) +
          (this.dayProc[this.dayProc.length - 1] as number);
    for (; d <= day; d++) {
      const w = this.weight(d);
      const c0 = Math.round(this.cumCourt);
      const p0 = Math.round(this.cumProc);
      this.cumCourt += this.courtRate * w;
      this.cumProc += this.procRate * w;
      const nc = Math.round(this.cumCourt) - c0;
      const np = Math.round(this.cumProc) - p0;
      this.dayBase.push(next);
      this.dayCourt.push(nc);
      this.dayProcBase.push(
        this.dayProc.length === 0
          ? 0
          : (this.dayProcBase[this.dayProcBase.length - 1] as number) +
              (this.dayProc[this.dayProc.length - 1] as number),
      );
      this.dayProc.push(np);
      next += nc + np;
    }
  }

  /** Number of units that entered the world up to and including `day`. */
  unitsUpTo(day: number): number {
    if (day < this.start) return 0;
    this.extendTo(day);
    const i = day - this.start;
    return (this.dayBase[i] as number) + (this.dayCourt[i] as number) + (this.dayProc[i] as number);
  }

  /** Every unit entering between `fromDay` and `toDay` (inclusive) whose number ≡ shard (mod shards). */
  *units(
    fromDay: number,
    toDay: number,
    shard: number,
    shards: number,
  ): Generator<[number, number, 'court' | 'proceeding']> {
    this.extendTo(toDay);
    for (let d = Math.max(fromDay, this.start); d <= toDay; d++) {
      const i = d - this.start;
      const base = this.dayBase[i] as number;
      const nc = this.dayCourt[i] as number;
      const n = nc + (this.dayProc[i] as number);
      for (let u = base + ((((shard - base) % shards) + shards) % shards); u < base + n; u += shards)
        yield [u, d, u - base < nc ? 'court' : 'proceeding'];
    }
  }

  story(unit: number, entry: number, kind: 'court' | 'proceeding'): Story {
    if (kind === 'court') return this.builder.build(unit, entry, kind);
    this.extendTo(entry);
    const i = entry - this.start;
    const proceeding =
      (this.dayProcBase[i] as number) + unit - (this.dayBase[i] as number) - (this.dayCourt[i] as number);
    return this.builder.build(unit, entry, kind, proceeding);
  }

  /** The unit number and entry day of the proceeding with index `proceeding` (one that has entered). */
  private proceedingUnit(proceeding: number): [number, number] {
    let lo = 0;
    let hi = this.dayProcBase.length - 1;
    // the last day whose first proceeding index is ≤ proceeding and that has proceedings
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.dayProcBase[mid] as number) <= proceeding) lo = mid;
      else hi = mid - 1;
    }
    while (lo > 0 && (this.dayProc[lo] as number) === 0) lo--;
    const offset = proceeding - (this.dayProcBase[lo] as number);
    if (offset < 0 || offset >= (this.dayProc[lo] as number))
      throw new Error(`proceeding ${proceeding} has not entered the world`);
    return [(this.dayBase[lo] as number) + (this.dayCourt[lo] as number) + offset, this.start + lo];
  }

  private officialName(k: number, salt: number): [string, string] {
    const h = hash32(this.seed ^ salt, k);
    const female = (h & 0xff) < 140; // assumed: most Latvian judges and prosecutors are women
    const first = female ? this.names.female : this.names.male;
    const sur = this.names.surnames[(h >>> 8) % this.names.surnames.length] as [string, string];
    return [first[(h >>> 20) % first.length] as string, female ? sur[1] : sur[0]];
  }

  /** Judges, prosecutors and prisons: reference data, unchanged over the simulated history. */
  emitReference(out: Sink): void {
    const since = this.start - 400;
    const at = ts(since, 1);
    for (const [court, j] of this.ctx.judgeBase) {
      for (let i = 1; i <= j.count; i++) {
        const id = `J-${String(j.base + i).padStart(4, '0')}`;
        const [first, last] = this.officialName(j.base + i, 0x1d9e);
        const rec: Tis2Judge = {
          judge_id: id,
          court_code: court,
          first_name: first,
          last_name: last,
          active_from: ds(since - (hash32(this.seed, j.base + i) % 5000)),
          updated_at: at,
        };
        out.emit('tis2/judges', id, rec);
      }
    }
    for (const [office, b] of this.ctx.prosecutorBase) {
      for (let i = 1; i <= b.count; i++) {
        const id = `P-${String(b.base + i).padStart(4, '0')}`;
        const [first, last] = this.officialName(b.base + i, 0x9f05);
        const rec: ProisProsecutor = {
          prosecutor_id: id,
          office_code: office,
          first_name: first,
          last_name: last,
          active_from: ds(since - (hash32(this.seed, 7000 + b.base + i) % 5000)),
          updated_at: at,
        };
        out.emit('prois/prosecutors', id, rec);
      }
    }
    const factor = this.o.scale / this.p.prisons.real_scale;
    for (const [code, f] of Object.entries(this.p.prisons.facilities)) {
      const rec: Iis2Facility = {
        facility_code: code,
        name: f.name,
        capacity: Math.max(2, Math.round(f.capacity * factor)),
        atvk_code: f.atvk,
        accepts_pre_trial: f.pre_trial,
        women: f.women,
        updated_at: at,
      };
      out.emit('iis2/facilities', code, rec);
    }
  }
}

/** Every code the parameters name must be in its classifier: a typo fails at start-up, not in a load. */
export function checkParameters(p: WorldParameters, classifiers: Map<string, Classifier>): void {
  const need = (id: string, codes: Iterable<string>, where: string) => {
    const c = classifiers.get(id);
    if (!c)
      throw new Error(`parameters.yaml: classifier ${id} (used by ${where}) is not in classifiers/data`);
    const known = new Set(c.items.map((i) => i.code));
    for (const code of codes)
      if (!known.has(code))
        throw new Error(`parameters.yaml: ${where}: code "${code}" is not in classifier ${id}`);
  };
  need(
    'courts',
    [
      ...Object.values(p.first_instance_courts).flatMap((w) => Object.keys(w)),
      ...Object.values(p.appeal_court),
      p.cassation_court,
      ...Object.values(p.criminal.region_courts).flatMap((w) => Object.keys(w)),
    ],
    'courts',
  );
  need(
    'case_outcomes',
    [...Object.values(p.outcomes.first).flatMap((w) => Object.keys(w)), ...Object.keys(p.outcomes.review)],
    'outcomes',
  );
  need(
    'hearing_postponement_reasons',
    Object.keys(p.hearings.postponement_reasons),
    'hearings.postponement_reasons',
  );
  need('institutions', p.parties.respondents, 'parties.respondents');
  need('investigating_units', Object.keys(p.criminal.investigating_units), 'criminal.investigating_units');
  need(
    'prosecution_offices',
    [...Object.values(p.criminal.region_offices), ...Object.keys(p.prosecutors)],
    'prosecution offices',
  );
  need(
    'prosecutor_decision_types',
    Object.keys(p.criminal.prosecutor_decision),
    'criminal.prosecutor_decision',
  );
  need('criminal_verdicts', Object.keys(p.criminal.verdicts), 'criminal.verdicts');
  need('criminal_law_articles', Object.keys(p.articles), 'articles');
  need(
    'sentence_types',
    Object.values(p.articles).flatMap((a) => Object.keys(a.sentences)),
    'articles.*.sentences',
  );
  need('probation_violation_types', Object.keys(p.execution.violation_types), 'execution.violation_types');
  need(
    'atvk',
    [
      ...Object.values(p.prisons.facilities).map((f) => f.atvk),
      ...Object.values(p.prisons.region_atvk).flat(),
    ],
    'prisons',
  );
}
