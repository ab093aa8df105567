/**
 * Life stories of the simulated world.
 *
 * A unit is one thing that enters the world on one day: a civil, administrative or
 * administrative-offence case registered at a first-instance court, or a criminal proceeding
 * registered in E-KRASS. Its whole future (transfer to prosecution, the prosecutor's decision, the
 * court case at every instance, hearings, the judgment for each accused, prison stays, probation
 * supervisions, KKP document events) is drawn at once from the unit's own random generator, with
 * no reference to the as-of date. What each system shows on a given day is then a pure function
 * of the story and that day (views.ts), which is what makes `--advance` exact: the world after
 * an advance is the future of the world before it.
 */
import type { Rng } from '../../../lib/random.ts';
import { WeightedChoice } from '../../../lib/random.ts';
import { ACCUSED_SLOTS, adjust, type CustodyBlock, type Custody } from './custody.ts';
import { hash32, unitRng } from './hash.ts';
import { ds } from './views.ts';
import type { ArticleParameters, Category, Level, Region, WorldParameters } from './parameters.ts';

export interface HearingS {
  id: string;
  created: number;
  date: number;
  postponed: string | null;
  /** Day TIS2 deletes the hearing (the case ended before it); null if never. */
  cancelled: number | null;
}

export interface PartyS {
  id: string;
  role: string;
  /** Index in the person pool, or -1 for a company or institution. */
  person: number;
  organisation: string | null;
  registration: string | null;
  institution: string | null;
  joined: number;
  /** Day the record is deleted (entered in error); null if never. */
  deleted: number | null;
}

export interface SentenceS {
  id: string;
  party: PartyS;
  verdict: 'convicted' | 'acquitted' | 'terminated';
  articles: string[];
  type: string | null;
  termMonths: number | null;
  termDays: number | null;
  fine: number | null;
  hours: number | null;
  suspended: boolean | null;
  probationMonths: number | null;
}

export interface CaseS {
  num: number;
  id: string;
  number: string;
  level: Level;
  category: Category;
  court: string;
  judge: string;
  registered: number;
  decided: number;
  closed: number;
  outcome: string;
  hearings: HearingS[];
  parties: PartyS[];
  statuses: [string, number][];
  /** Day an appeal against this instance's decision was filed; null if none. */
  appealFiled: number | null;
  inForce: number;
  proceeding: string | null;
  origin: CaseS | null;
  next: CaseS | null;
  sentences: SentenceS[];
  /** Day the ruling text exists (a sample of decisions only); null if none. */
  ruling: number | null;
}

export interface ArticleS {
  code: string;
  qualified: number;
  deleted: number | null;
  principal: boolean;
}

export interface ProisS {
  office: string;
  received: number;
  decision: 'charge' | 'penal_order' | 'terminate' | 'settlement';
  decided: number;
  assignments: { id: string; prosecutor: string; from: number; to: number }[];
  accused: number;
  penalType: string | null;
  fine: number | null;
  hours: number | null;
}

export interface ProceedingS {
  number: string;
  registered: number;
  unit: string;
  region: Region;
  articles: ArticleS[];
  police: 'transferred' | 'terminated' | 'suspended';
  policeDay: number;
  prois: ProisS | null;
}

export interface StayS {
  admissionId: string;
  inmateId: string;
  person: number;
  /** The accused slot of the proceeding the stay belongs to (custody.ts). */
  slot: number;
  facility: string;
  admitted: number;
  statusAtAdmission: 'pre_trial' | 'sentenced';
  sentencedFrom: number | null;
  caseNumber: string | null;
  termMonths: number | null;
  expectedRelease: number | null;
  release: {
    id: string;
    day: number;
    reason: string;
    status: 'pre_trial' | 'sentenced';
    servedMonths: number | null;
  } | null;
}

export interface SupervisionS {
  clientId: string;
  id: string;
  person: number;
  type: string;
  caseNumber: string | null;
  atvk: string;
  start: number;
  plannedEnd: number;
  end: number;
  endReason: string;
  hours: number | null;
  violations: { id: string; day: number; type: string }[];
}

export interface EventS {
  id: string;
  doc: string;
  day: number;
  type: string;
  eventType: 'published' | 'received';
  inst: string;
  court: string | null;
  sys: string;
  channel: 'electronic' | 'paper';
  caseNumber: string | null;
  proceeding: string | null;
}

export interface Story {
  unit: number;
  entry: number;
  proceeding: ProceedingS | null;
  court: CaseS | null;
  stays: StayS[];
  supervisions: SupervisionS[];
  events: EventS[];
  /** The last day anything in the story changes. */
  maxDay: number;
}

const CATEGORY_PREFIX: Record<Category, string> = {
  civil: 'C',
  criminal: 'K',
  administrative: 'A',
  administrative_offence: 'AP',
};
const LEVELS: Level[] = ['first', 'appeal', 'cassation'];
const UNIT_INSTITUTION: Record<string, string> = { VID_NKP: 'VID', VRS: 'VRS', KNAB: 'KNAB' };
const DAYS_PER_MONTH = 30.4375;

function weights(w: Record<string, number>): WeightedChoice<string> {
  return new WeightedChoice(w);
}

function intWeights(w: Record<string, number>): WeightedChoice<string> {
  return new WeightedChoice(w);
}

/** Everything the stories need that does not depend on the unit: built once per world. */
export class StoryContext {
  readonly start: number;
  readonly mix: WeightedChoice<Category>;
  readonly courtChoice: Record<Category, WeightedChoice<string>>;
  readonly firstOutcome: Record<Category, WeightedChoice<string>>;
  readonly reviewOutcome: WeightedChoice<string>;
  readonly postponement: WeightedChoice<string>;
  readonly unitChoice: WeightedChoice<string>;
  readonly regionCourt: Record<string, WeightedChoice<string>>;
  readonly policeOutcome: WeightedChoice<'transferred' | 'terminated' | 'suspended'>;
  readonly prosecutorDecision: WeightedChoice<'charge' | 'penal_order' | 'terminate' | 'settlement'>;
  readonly articleChoice: WeightedChoice<string>;
  readonly articleCount: WeightedChoice<string>;
  readonly sentenceChoice: Map<string, WeightedChoice<string>>;
  readonly verdict: WeightedChoice<'convicted' | 'acquitted' | 'terminated'>;
  readonly violationType: WeightedChoice<string>;
  readonly partyCounts: Map<string, WeightedChoice<string>>;
  readonly courtNumber = new Map<string, number>();
  readonly judgeBase = new Map<string, { base: number; count: number }>();
  readonly prosecutorBase = new Map<string, { base: number; count: number }>();
  readonly unitNumber = new Map<string, number>();
  readonly facilities: { code: string; capacity: number; pre_trial: boolean; women: boolean }[];
  readonly sentencedFacility: WeightedChoice<string>;
  readonly preTrialFacility: WeightedChoice<string>;
  readonly womenFacility: string;
  /**
   * Who is accused, and when a person is free of their custody in earlier proceedings (set by the
   * World; without it accused persons are drawn at random and stays may overlap across proceedings).
   */
  custody: Custody | null = null;

  constructor(
    readonly p: WorldParameters,
    readonly seed: number,
    /** Persons 0 … offenders−1 may be accused; the rest of the pool are other parties. */
    readonly offenders: number,
    readonly poolSize: number,
    /** Probability that a decision's ruling text is produced (--rulings). */
    readonly rulingRate: number,
    courtCodes: string[],
  ) {
    this.start = Math.floor(Date.parse(`${p.history.start}T00:00:00Z`) / 86_400_000);
    this.mix = new WeightedChoice(p.case_mix);
    this.courtChoice = Object.fromEntries(
      Object.entries(p.first_instance_courts).map(([c, w]) => [c, weights(w)]),
    ) as Record<Category, WeightedChoice<string>>;
    this.firstOutcome = Object.fromEntries(
      Object.entries(p.outcomes.first).map(([c, w]) => [c, weights(w)]),
    ) as Record<Category, WeightedChoice<string>>;
    this.reviewOutcome = weights(p.outcomes.review);
    this.postponement = weights(p.hearings.postponement_reasons);
    this.unitChoice = weights(p.criminal.investigating_units);
    this.regionCourt = Object.fromEntries(
      Object.entries(p.criminal.region_courts).map(([r, w]) => [r, weights(w)]),
    );
    this.policeOutcome = new WeightedChoice(p.criminal.police_outcome);
    this.prosecutorDecision = new WeightedChoice(p.criminal.prosecutor_decision);
    this.articleChoice = weights(
      Object.fromEntries(Object.entries(p.articles).map(([a, x]) => [a, x.weight])),
    );
    this.articleCount = intWeights(p.criminal.articles_per_proceeding);
    this.sentenceChoice = new Map(Object.entries(p.articles).map(([a, x]) => [a, weights(x.sentences)]));
    this.verdict = new WeightedChoice(p.criminal.verdicts);
    this.violationType = weights(p.execution.violation_types);
    this.partyCounts = new Map();
    for (const [cat, roles] of Object.entries(p.parties)) {
      if (typeof roles !== 'object' || Array.isArray(roles)) continue;
      for (const [role, w] of Object.entries(roles as Record<string, unknown>)) {
        if (typeof w === 'object' && w !== null)
          this.partyCounts.set(`${cat}/${role}`, intWeights(w as Record<string, number>));
      }
    }
    let judgeBase = 0;
    [...courtCodes].sort().forEach((code, idx) => {
      const count = p.judges[code] ?? 10;
      this.courtNumber.set(code, 10 + idx * 3);
      this.judgeBase.set(code, { base: judgeBase, count });
      judgeBase += count;
    });
    let prosecutorBase = 0;
    for (const [office, count] of Object.entries(p.prosecutors)) {
      this.prosecutorBase.set(office, { base: prosecutorBase, count });
      prosecutorBase += count;
    }
    Object.keys(p.criminal.investigating_units).forEach((u, i) => this.unitNumber.set(u, 110 + i * 7));
    this.facilities = Object.entries(p.prisons.facilities).map(([code, f]) => ({
      code,
      capacity: f.capacity,
      pre_trial: f.pre_trial,
      women: f.women,
    }));
    this.sentencedFacility = weights(
      Object.fromEntries(this.facilities.filter((f) => !f.women).map((f) => [f.code, f.capacity])),
    );
    this.preTrialFacility = weights(
      Object.fromEntries(
        this.facilities.filter((f) => !f.women && f.pre_trial).map((f) => [f.code, f.capacity]),
      ),
    );
    this.womenFacility =
      this.facilities.find((f) => f.women)?.code ?? (this.facilities[0] as { code: string }).code;
  }

  /** Sex of pool person k without building the person (must agree with PersonPool). */
  isFemale(k: number): boolean {
    const h = hash32(this.seed ^ 0x70e5, k);
    const male = k < this.offenders ? this.p.persons.male_share.offenders : this.p.persons.male_share.others;
    return !((h & 0xffff) / 65536 < male);
  }

  /** The region of a first-instance court (from the court classifier's region, via parameters). */
  courtRegion(court: string): Region {
    for (const [region, w] of Object.entries(this.p.criminal.region_courts))
      if (court in w) return region as Region;
    return 'riga';
  }
}

/** Builds one unit's story. */
export class StoryBuilder {
  private rng!: Rng;
  private s!: Story;
  private events = 0;
  private violations = 0;

  /** The proceeding's index among proceedings (custody.ts), -1 when not known. */
  private proceedingIndex = -1;
  /** The conditional-release supervision that follows each accused slot's prison term. */
  private readonly conditionalRelease = new Map<number, SupervisionS>();

  /**
   * @param raw build the story as drawn, without adjusting prison stays to the person's custody in
   *   earlier proceedings (custody.ts reads the raw stories of those).
   */
  constructor(
    private readonly ctx: StoryContext,
    private readonly raw = false,
  ) {}

  private touch(day: number): number {
    if (day > this.s.maxDay) this.s.maxDay = day;
    return day;
  }

  private between(min: number, max: number): number {
    return this.rng.int(min, max);
  }

  private logNormalDays(m: { median: number; sigma: number }, min = 1): number {
    return Math.max(min, Math.round(this.rng.logNormal(m.median, m.sigma)));
  }

  private count(key: string): number {
    const c = this.ctx.partyCounts.get(key);
    return c ? Number(c.draw(this.rng)) : 0;
  }

  build(unit: number, entry: number, kind: 'court' | 'proceeding', proceedingIndex = -1): Story {
    this.rng = unitRng(this.ctx.seed, unit);
    this.events = 0;
    this.violations = 0;
    this.proceedingIndex = proceedingIndex;
    this.conditionalRelease.clear();
    this.s = {
      unit,
      entry,
      proceeding: null,
      court: null,
      stays: [],
      supervisions: [],
      events: [],
      maxDay: entry,
    };
    if (kind === 'court') {
      let category = this.ctx.mix.draw(this.rng);
      if (category === 'criminal') category = 'civil'; // criminal cases come from proceedings
      this.s.court = this.courtChain(
        category,
        this.ctx.courtChoice[category].draw(this.rng),
        entry,
        null,
        null,
      );
    } else {
      this.proceeding(unit, entry);
      if (!this.raw) this.oneCustodyAtATime();
    }
    return this.s;
  }

  /** Each accused slot's custody in this story as drawn: first admission, last release. */
  custodyBlocks(): (CustodyBlock | null)[] {
    const blocks: (CustodyBlock | null)[] = new Array<CustodyBlock | null>(ACCUSED_SLOTS).fill(null);
    for (const st of this.s.stays) {
      const b = blocks[st.slot] ?? { start: Infinity, end: -Infinity, sentenced: false };
      b.start = Math.min(b.start, st.admitted);
      b.end = Math.max(b.end, st.release ? st.release.day : Infinity);
      b.sentenced ||= st.statusAtAdmission === 'sentenced' || st.sentencedFrom !== null;
      blocks[st.slot] = b;
    }
    return blocks;
  }

  /**
   * Moves each accused person's prison stays after the day they are free of their custody in
   * earlier proceedings (custody.ts: a sentence is served after the earlier one; a pre-trial
   * detention starts on release, or is dropped when the person was held throughout). Runs after
   * the whole story is drawn, so every random draw is the same as in the raw story.
   */
  private oneCustodyAtATime(): void {
    const custody = this.ctx.custody;
    if (!custody || this.proceedingIndex < 0 || this.s.stays.length === 0) return;
    const blocks = this.custodyBlocks();
    for (let slot = 0; slot < blocks.length; slot++) {
      const block = blocks[slot];
      if (!block) continue;
      const person = (this.s.stays.find((st) => st.slot === slot) as StayS).person;
      const { adjustment } = adjust(block, custody.freeFrom(person, this.proceedingIndex, slot));
      if (adjustment.kind === 'keep') continue;
      if (adjustment.kind === 'drop') {
        this.s.stays = this.s.stays.filter((st) => st.slot !== slot);
        continue;
      }
      for (const st of this.s.stays) {
        if (st.slot !== slot) continue;
        if (adjustment.kind === 'start_at') {
          if (st.admitted < adjustment.day) st.admitted = this.touch(adjustment.day);
          continue;
        }
        const d = adjustment.days;
        st.admitted = this.touch(st.admitted + d);
        if (st.sentencedFrom !== null) st.sentencedFrom = this.touch(st.sentencedFrom + d);
        if (st.expectedRelease !== null) st.expectedRelease += d;
        if (st.release) st.release.day = this.touch(st.release.day + d);
      }
      const sv = this.conditionalRelease.get(slot);
      if (sv && adjustment.kind === 'shift') {
        const d = adjustment.days;
        sv.start = this.touch(sv.start + d);
        sv.plannedEnd += d;
        sv.end = this.touch(sv.end + d);
        for (const v of sv.violations) v.day = this.touch(v.day + d);
      }
    }
  }

  // ------------------------------------------------------------------ KKP events
  private channel(day: number, party: boolean): 'electronic' | 'paper' {
    if (party) {
      const year = ds(day).slice(0, 4);
      const share = this.ctx.p.kkp.electronic_filing_share[year] ?? 0.8;
      return this.rng.chance(share) ? 'electronic' : 'paper';
    }
    return this.rng.chance(this.ctx.p.kkp.institution_paper_share) ? 'paper' : 'electronic';
  }

  private event(
    doc: string,
    day: number,
    type: string,
    eventType: 'published' | 'received',
    inst: string,
    court: string | null,
    sys: string,
    channel: 'electronic' | 'paper',
    caseNumber: string | null,
    proceeding: string | null,
  ): void {
    this.s.events.push({
      id: `KE-${this.s.unit}-${++this.events}`,
      doc,
      day: this.touch(day),
      type,
      eventType,
      inst,
      court,
      sys,
      channel,
      caseNumber,
      proceeding,
    });
  }

  private newDoc(): string {
    return `KD-${this.s.unit}-${this.events + 1}`;
  }

  /** A document one institution publishes and another receives a little later. */
  private handOver(
    day: number,
    type: string,
    from: [string, string | null, string],
    to: [string, string | null, string] | null,
    caseNumber: string | null,
    proceeding: string | null,
  ): void {
    const doc = this.newDoc();
    const channel = this.channel(day, false);
    this.event(doc, day, type, 'published', from[0], from[1], from[2], channel, caseNumber, proceeding);
    if (to)
      this.event(
        doc,
        day + (channel === 'paper' ? this.between(2, 6) : this.between(0, 1)),
        type,
        'received',
        to[0],
        to[1],
        to[2],
        channel,
        caseNumber,
        proceeding,
      );
  }

  /** A party's filing received by a court. */
  private filing(
    day: number,
    type: string,
    court: string,
    caseNumber: string,
    proceeding: string | null,
  ): void {
    const doc = this.newDoc();
    const channel = this.channel(day, true);
    this.event(doc, day, type, 'received', 'TA', court, 'TIS2', channel, caseNumber, proceeding);
  }

  // ------------------------------------------------------------------ court cases
  private courtChain(
    category: Category,
    court: string,
    registered: number,
    proceeding: string | null,
    accused: number[] | null,
  ): CaseS {
    const first = this.courtCase('first', category, court, registered, null, proceeding, accused);
    let c = first;
    while (c.next === null && c.level !== 'cassation') {
      const level = c.level as 'first' | 'appeal';
      if (!this.rng.chance(this.ctx.p.appeal_rate[level][category])) break;
      const nextRegistered = this.touch(
        c.closed + this.between(this.ctx.p.appeal_delay_days.min, this.ctx.p.appeal_delay_days.max),
      );
      const nextLevel: Level = level === 'first' ? 'appeal' : 'cassation';
      const nextCourt =
        nextLevel === 'appeal' ? (this.ctx.p.appeal_court[c.court] as string) : this.ctx.p.cassation_court;
      c.appealFiled = this.touch(Math.min(nextRegistered - 1, c.decided + this.between(5, 15)));
      this.filing(
        c.appealFiled,
        nextLevel === 'appeal' ? 'appeal' : 'cassation_complaint',
        c.court,
        c.number,
        proceeding,
      );
      c.next = this.courtCase(nextLevel, category, nextCourt, nextRegistered, c, proceeding, null);
      c = c.next;
    }
    // In force: the last instance's decision after the appeal term; every lower decision with it.
    c.inForce = this.touch(
      Math.max(
        c.closed,
        c.decided + this.between(this.ctx.p.in_force_delay_days.min, this.ctx.p.in_force_delay_days.max),
      ),
    );
    for (let x = c.origin; x; x = x.origin) x.inForce = c.inForce;
    for (let x: CaseS | null = first; x; x = x.next) this.statusesAfterDecision(x);
    return first;
  }

  private statusesAfterDecision(c: CaseS): void {
    if (c.outcome === 'terminated' || c.outcome === 'left_unexamined' || c.outcome === 'settlement') {
      c.statuses.push(['terminated', c.closed]);
      return;
    }
    c.statuses.push(['awaiting_appeal', c.decided]);
    if (c.appealFiled !== null) c.statuses.push(['appealed', c.appealFiled]);
    c.statuses.push(['in_force', this.touch(Math.max(c.inForce, c.appealFiled ?? c.decided))]);
  }

  private courtCase(
    level: Level,
    category: Category,
    court: string,
    registered: number,
    origin: CaseS | null,
    proceeding: string | null,
    accused: number[] | null,
  ): CaseS {
    const p = this.ctx.p;
    const levelIdx = LEVELS.indexOf(level);
    const num = this.s.unit * 3 + levelIdx + 1;
    const yy = ds(registered).slice(2, 4);
    const number =
      level === 'first' || !origin
        ? `${CATEGORY_PREFIX[category]}${this.ctx.courtNumber.get(court) ?? 99}-${String(this.s.unit).padStart(6, '0')}-${yy}`
        : `${origin.number}/${level === 'appeal' ? 'A' : 'K'}${yy}`;
    const d = p.duration_days[level][category];
    let duration = this.logNormalDays(d);
    if (this.rng.chance(p.long_tail.share)) duration *= p.long_tail.factor;
    const closed = this.touch(registered + duration);
    const decided = Math.max(registered, closed - this.between(0, 10));
    const outcome =
      level === 'first'
        ? this.ctx.firstOutcome[category].draw(this.rng)
        : this.ctx.reviewOutcome.draw(this.rng);
    const jb = this.ctx.judgeBase.get(court) as { base: number; count: number };
    const judge = `J-${String(jb.base + this.between(1, jb.count)).padStart(4, '0')}`;
    const c: CaseS = {
      num,
      id: `TIS2-${num}`,
      number,
      level,
      category,
      court,
      judge,
      registered,
      decided,
      closed,
      outcome,
      hearings: [],
      parties: [],
      statuses: [['registered', registered]],
      appealFiled: null,
      inForce: closed,
      proceeding,
      origin,
      next: null,
      sentences: [],
      ruling: null,
    };
    const assigned = Math.min(decided, registered + this.between(0, 3));
    c.statuses.push(['assigned', assigned]);

    // The document that opened the case.
    if (level === 'first') {
      if (category === 'criminal')
        this.handOver(
          registered,
          'prosecution_referral',
          ['LRP', null, 'PROIS'],
          ['TA', court, 'TIS2'],
          number,
          proceeding,
        );
      else
        this.filing(
          registered,
          category === 'civil' ? 'statement_of_claim' : 'application',
          court,
          number,
          null,
        );
    }

    // Suspension (expert examination, a related case pending).
    let suspendedTo = -1;
    if (this.rng.chance(p.suspension.share) && decided - assigned > 30) {
      const from = assigned + this.between(1, Math.max(1, Math.floor((decided - assigned) / 3)));
      const to = Math.min(decided - 1, from + this.logNormalDays(p.suspension.days));
      if (to > from) {
        c.statuses.push(['suspended', from]);
        suspendedTo = to;
      }
    }

    // Hearings: the first at 20–60% of the duration (as TIS2 shows a first hearing), the last on
    // the day of a judgment; some postponed; a hearing still scheduled when a case ends otherwise
    // is cancelled and deleted.
    if (this.rng.chance(p.hearing_share[category])) {
      const extraMean = p.hearings.extra_mean[category];
      let n = 1;
      while (this.rng.chance(extraMean / (1 + extraMean)) && n < 12) n++;
      const firstDay = registered + Math.max(1, Math.round(duration * (0.2 + 0.4 * this.rng.next())));
      const span = Math.max(0, decided - firstDay);
      let scheduledStatus = false;
      for (let i = 0; i < n; i++) {
        const date = Math.min(decided, n === 1 ? firstDay : firstDay + Math.round((span * i) / (n - 1)));
        const lead = this.between(p.hearings.lead_days.min, p.hearings.lead_days.max);
        const created = Math.min(date, Math.max(registered + 1, date - lead));
        const postponed =
          i < n - 1 && this.rng.chance(p.hearings.postponed_share)
            ? this.ctx.postponement.draw(this.rng)
            : null;
        c.hearings.push({ id: `TIS2H-${num}-${i + 1}`, created, date, postponed, cancelled: null });
        if (!scheduledStatus && created > assigned) {
          scheduledStatus = true;
        }
        this.handOver(created, 'summons', ['TA', court, 'TIS2'], null, number, proceeding);
        if (!postponed)
          this.handOver(date, 'hearing_minutes', ['TA', court, 'TIS2'], null, number, proceeding);
      }
      if (
        outcome !== 'judgment' &&
        outcome !== 'appeal_upheld' &&
        outcome !== 'appeal_changed' &&
        this.rng.chance(p.hearings.cancelled_share) &&
        closed > registered + 2
      ) {
        const created = this.between(registered + 1, closed - 1);
        c.hearings.push({
          id: `TIS2H-${num}-${n + 1}`,
          created,
          date: closed + this.between(1, 40),
          postponed: null,
          cancelled: closed,
        });
      }
      const firstCreated = Math.min(...c.hearings.map((h) => h.created));
      if (firstCreated >= assigned) c.statuses.push(['scheduled', firstCreated]);
    }
    if (suspendedTo > 0)
      c.statuses.push([
        c.hearings.length > 0 && c.hearings.some((h) => h.created <= suspendedTo) ? 'scheduled' : 'assigned',
        suspendedTo,
      ]);
    c.statuses.sort((a, b) => a[1] - b[1]);

    // Parties.
    this.parties(c, accused, origin);

    // The decision, published; criminal judgments go to the prosecutor.
    const judgmentLike =
      outcome === 'judgment' || outcome === 'appeal_upheld' || outcome === 'appeal_changed';
    const docType = judgmentLike && level !== 'cassation' ? 'judgment' : 'decision';
    this.handOver(
      decided,
      docType,
      ['TA', court, 'TIS2'],
      category === 'criminal' ? ['LRP', null, 'PROIS'] : null,
      number,
      proceeding,
    );
    if (this.ctx.rulingRate > 0 && hash32(this.ctx.seed ^ 0x5a17, num) / 4294967296 < this.ctx.rulingRate)
      c.ruling = this.touch(decided + this.between(1, 10));
    return c;
  }

  private parties(c: CaseS, accused: number[] | null, origin: CaseS | null): void {
    const p = this.ctx.p;
    let i = 0;
    const add = (
      role: string,
      person: number,
      org: [string | null, string | null, string | null],
      joined: number,
    ) => {
      c.parties.push({
        id: `TIS2P-${c.num}-${++i}`,
        role,
        person,
        organisation: org[0],
        registration: org[1],
        institution: org[2],
        joined,
        deleted: null,
      });
    };
    if (origin) {
      for (const x of origin.parties)
        if (x.deleted === null)
          add(x.role, x.person, [x.organisation, x.registration, x.institution], c.registered);
    } else {
      const other = () =>
        this.ctx.offenders + Math.floor(this.rng.next() * (this.ctx.poolSize - this.ctx.offenders));
      const company = (): [string, string, null] => {
        const w = p.legal_persons.words;
        const name = `${this.rng.pick(p.legal_persons.forms)} "${this.rng.pick(w)} ${this.rng.pick(w)}"`;
        return [name, `4000${String(this.between(0, 9_999_999)).padStart(7, '0')}`, null];
      };
      const natural = (legalShare: number, role: string) => {
        if (this.rng.chance(legalShare)) add(role, -1, company(), c.registered);
        else add(role, other(), [null, null, null], c.registered);
      };
      if (c.category === 'criminal') {
        for (const a of accused ?? []) add('accused', a, [null, null, null], c.registered);
        for (let k = this.count('criminal/victim'); k > 0; k--)
          natural(p.parties.criminal.legal_share, 'victim');
      } else if (c.category === 'civil') {
        for (let k = this.count('civil/claimant'); k > 0; k--)
          natural(p.parties.civil.legal_share, 'claimant');
        for (let k = this.count('civil/defendant'); k > 0; k--)
          natural(p.parties.civil.legal_share, 'defendant');
        for (let k = this.count('civil/third_party'); k > 0; k--)
          natural(p.parties.civil.legal_share, 'third_party');
      } else {
        const share =
          c.category === 'administrative'
            ? p.parties.administrative.legal_share
            : p.parties.administrative_offence.legal_share;
        for (let k = this.count(`${c.category}/applicant`); k > 0; k--) natural(share, 'applicant');
        const inst = this.rng.pick(p.parties.respondents);
        add('respondent', -1, [null, null, inst], c.registered);
      }
    }
    if (this.rng.chance(p.parties.error_share)) {
      const joined = c.registered + this.between(0, 5);
      c.parties.push({
        id: `TIS2P-${c.num}-${++i}`,
        role: c.category === 'criminal' ? 'victim' : c.category === 'civil' ? 'third_party' : 'applicant',
        person: this.ctx.offenders + Math.floor(this.rng.next() * (this.ctx.poolSize - this.ctx.offenders)),
        organisation: null,
        registration: null,
        institution: null,
        joined,
        deleted: this.touch(joined + this.between(1, 10)),
      });
    }
  }

  // ------------------------------------------------------------------ criminal proceedings
  private proceeding(unit: number, registered: number): void {
    const p = this.ctx.p;
    const cp = p.criminal;
    const invUnit = this.ctx.unitChoice.draw(this.rng);
    const region = cp.unit_region[invUnit] as Region;
    const number = `${this.ctx.unitNumber.get(invUnit)}${ds(registered).slice(2, 4)}${String(unit).padStart(6, '0')}`;
    const nArticles = Number(this.ctx.articleCount.draw(this.rng));
    const codes: string[] = [];
    while (codes.length < nArticles) {
      const a = this.ctx.articleChoice.draw(this.rng);
      if (!codes.includes(a)) codes.push(a);
    }
    // The principal article is the gravest (longest median term).
    codes.sort(
      (a, b) => (p.articles[b] as ArticleParameters).term - (p.articles[a] as ArticleParameters).term,
    );
    const articles: ArticleS[] = codes.map((code, i) => ({
      code,
      qualified: registered,
      deleted: null,
      principal: i === 0,
    }));
    const police = this.ctx.policeOutcome.draw(this.rng);
    const policeDay = this.touch(
      registered +
        this.logNormalDays(
          police === 'transferred'
            ? cp.days_to_transfer
            : police === 'terminated'
              ? cp.days_to_termination
              : cp.days_to_suspension,
        ),
    );
    if (this.rng.chance(cp.requalified_share) && policeDay - registered > 10) {
      let b = this.ctx.articleChoice.draw(this.rng);
      for (let tries = 0; codes.includes(b) && tries < 10; tries++) b = this.ctx.articleChoice.draw(this.rng);
      if (!codes.includes(b)) {
        const day = this.touch(this.between(registered + 1, policeDay - 1));
        const old = articles[0] as ArticleS;
        old.deleted = day;
        old.principal = true;
        articles.push({ code: b, qualified: day, deleted: null, principal: false });
        // The new article takes the principal place only if it is graver than the remaining ones.
        const live = articles.filter((a) => a.deleted === null);
        live.sort(
          (x, y) =>
            (p.articles[y.code] as ArticleParameters).term - (p.articles[x.code] as ArticleParameters).term,
        );
        for (const a of live) a.principal = a === live[0];
      }
    }
    const pr: ProceedingS = {
      number,
      registered,
      unit: invUnit,
      region,
      articles,
      police,
      policeDay,
      prois: null,
    };
    this.s.proceeding = pr;
    const inst = UNIT_INSTITUTION[invUnit] ?? 'VP';
    if (police !== 'transferred') return;

    // Expert examination during the investigation.
    if (this.rng.chance(p.kkp.expert_opinion_share) && policeDay - registered > 5) {
      this.handOver(
        this.between(registered + 1, policeDay - 1),
        'expert_opinion',
        ['VTEB', null, 'ELIS'],
        [inst, null, 'EKRASS'],
        null,
        number,
      );
    }
    this.handOver(
      policeDay,
      'pre_trial_document',
      [inst, null, 'EKRASS'],
      ['LRP', null, 'PROIS'],
      null,
      number,
    );

    // Prosecution.
    const office = cp.region_offices[region];
    const received = policeDay + this.between(0, 3);
    const decision = this.ctx.prosecutorDecision.draw(this.rng);
    const decided = this.touch(received + this.logNormalDays(cp.days_to_prosecutor_decision));
    const pb = this.ctx.prosecutorBase.get(office) as { base: number; count: number };
    const prosecutor = () => `P-${String(pb.base + this.between(1, pb.count)).padStart(4, '0')}`;
    const assignments: ProisS['assignments'] = [];
    const firstProsecutor = prosecutor();
    if (this.rng.chance(cp.reassignment_share) && decided - received > 4) {
      const switchDay = this.between(received + 1, decided - 1);
      assignments.push({ id: `PA-${unit}-1`, prosecutor: firstProsecutor, from: received, to: switchDay });
      let second = prosecutor();
      if (second === firstProsecutor) second = prosecutor();
      assignments.push({ id: `PA-${unit}-2`, prosecutor: second, from: switchDay, to: decided });
    } else {
      assignments.push({ id: `PA-${unit}-1`, prosecutor: firstProsecutor, from: received, to: decided });
    }
    const accusedCount = Number(
      (this.ctx.partyCounts.get('criminal/accused') as WeightedChoice<string>).draw(this.rng),
    );
    const prois: ProisS = {
      office,
      received,
      decision,
      decided,
      assignments,
      accused: accusedCount,
      penalType: null,
      fine: null,
      hours: null,
    };
    pr.prois = prois;
    const accused: number[] = [];
    const custody = this.ctx.custody;
    for (let i = 0; i < Math.min(accusedCount, ACCUSED_SLOTS); i++) {
      const draw = this.rng.next();
      // dealt round by round when the world knows the proceeding's index (custody.ts)
      accused.push(
        custody && this.proceedingIndex >= 0
          ? custody.personOf(this.proceedingIndex, i)
          : Math.floor(draw * this.ctx.offenders),
      );
    }

    if (decision === 'penal_order') {
      const po = cp.penal_order;
      if (this.rng.chance(po.fine_share)) {
        prois.penalType = 'fine';
        prois.fine = Math.max(
          50,
          Math.round(this.rng.logNormal(po.fine_eur.median, po.fine_eur.sigma) / 10) * 10,
        );
      } else {
        prois.penalType = 'community_service';
        prois.hours = Math.max(
          20,
          Math.round(
            this.rng.logNormal(po.community_service_hours.median, po.community_service_hours.sigma) / 4,
          ) * 4,
        );
      }
      this.handOver(
        decided,
        'penal_order',
        ['LRP', null, 'PROIS'],
        prois.penalType === 'community_service' ? ['VPD', null, 'PLUS'] : null,
        null,
        number,
      );
      if (prois.penalType === 'community_service') {
        const inForce = decided + this.between(p.in_force_delay_days.min, p.in_force_delay_days.max);
        for (let i = 0; i < accused.length; i++)
          this.communityService(accused[i] as number, i, inForce, prois.hours as number, null, region, null);
      }
      return;
    }
    if (decision !== 'charge') return;

    // Court.
    const courtDay = decided + this.between(cp.days_to_court.min, cp.days_to_court.max);
    const court = (this.ctx.regionCourt[region] as WeightedChoice<string>).draw(this.rng);
    // Pre-trial detention is decided early in the proceeding.
    const principal = articles.find((a) => a.principal && a.deleted === null) ?? (articles[0] as ArticleS);
    const grave = (p.articles[principal.code] as ArticleParameters).term >= 36;
    const detained = accused.map(() =>
      this.rng.chance(cp.pretrial_detention.share * (grave ? cp.pretrial_detention.grave_factor : 1)),
    );
    const c = this.courtChain('criminal', court, courtDay, number, accused);
    this.s.court = c;
    this.sentences(c, pr, accused, detained, region);
  }

  private sentences(c: CaseS, pr: ProceedingS, accused: number[], detained: boolean[], region: Region): void {
    const p = this.ctx.p;
    const ss = p.sentence_size;
    const live = pr.articles.filter((a) => a.deleted === null).map((a) => a.code);
    const accusedParties = c.parties.filter((x) => x.role === 'accused');
    const judgment = c.outcome === 'judgment';
    for (let i = 0; i < accused.length; i++) {
      const person = accused[i] as number;
      const party = accusedParties[i] as PartyS;
      let sentence: SentenceS | null = null;
      if (judgment) {
        const verdict = this.ctx.verdict.draw(this.rng);
        const own = live.filter((_, k) => k === 0 || this.rng.chance(0.7));
        sentence = {
          id: `TIS2S-${c.num}-${i + 1}`,
          party,
          verdict,
          articles: own,
          type: null,
          termMonths: null,
          termDays: null,
          fine: null,
          hours: null,
          suspended: null,
          probationMonths: null,
        };
        if (verdict === 'convicted') {
          const art = p.articles[own[0] as string] as ArticleParameters;
          const type = (this.ctx.sentenceChoice.get(own[0] as string) as WeightedChoice<string>).draw(
            this.rng,
          );
          sentence.type = type;
          sentence.suspended = false;
          if (type === 'deprivation_of_liberty') {
            sentence.termMonths = Math.max(3, Math.round(this.rng.logNormal(art.term, ss.term_sigma)));
            if (this.rng.chance(art.suspended)) {
              sentence.suspended = true;
              sentence.probationMonths = this.between(
                ss.probation_period_months.min,
                ss.probation_period_months.max,
              );
            }
          } else if (type === 'short_term_deprivation_of_liberty') {
            sentence.termDays = this.between(ss.short_term_days.min, ss.short_term_days.max);
            sentence.termMonths = Math.round((sentence.termDays / DAYS_PER_MONTH) * 10) / 10;
          } else if (type === 'probation_supervision') {
            sentence.termMonths = this.between(
              ss.probation_supervision_months.min,
              ss.probation_supervision_months.max,
            );
          } else if (type === 'community_service') {
            const h = ss.community_service_hours;
            sentence.hours = Math.min(
              h.max,
              Math.max(h.min, Math.round(this.rng.logNormal(h.median, h.sigma) / 4) * 4),
            );
          } else if (type === 'fine') {
            sentence.fine = Math.max(
              100,
              Math.round(this.rng.logNormal(ss.fine_eur.median, ss.fine_eur.sigma) / 10) * 10,
            );
          }
        }
        c.sentences.push(sentence);
      }
      this.execution(c, person, i, sentence, detained[i] === true, pr, region);
    }
    if (
      judgment &&
      c.sentences.some(
        (x) =>
          x.verdict === 'convicted' &&
          (x.type === 'deprivation_of_liberty' ||
            x.type === 'short_term_deprivation_of_liberty' ||
            x.type === 'probation_supervision' ||
            x.type === 'community_service'),
      )
    ) {
      c.statuses.push(['sent_for_execution', this.touch(c.inForce + this.between(1, 5))]);
      c.statuses.sort((a, b) => a[1] - b[1]);
    }
  }

  private facilityFor(person: number, preTrial: boolean): string {
    if (this.ctx.isFemale(person)) return this.ctx.womenFacility;
    return (preTrial ? this.ctx.preTrialFacility : this.ctx.sentencedFacility).draw(this.rng);
  }

  private execution(
    c: CaseS,
    person: number,
    i: number,
    s: SentenceS | null,
    detained: boolean,
    pr: ProceedingS,
    region: Region,
  ): void {
    const p = this.ctx.p;
    const ex = p.execution;
    const unit = this.s.unit;
    const inmateId = `IN-${unit}-${i + 1}`;
    let stayNo = this.s.stays.length;
    const stayId = () => `${unit}-${++stayNo}`;
    const custodial =
      s !== null &&
      s.verdict === 'convicted' &&
      !s.suspended &&
      (s.type === 'deprivation_of_liberty' || s.type === 'short_term_deprivation_of_liberty');
    const termDays = custodial ? (s.termDays ?? Math.round((s.termMonths as number) * DAYS_PER_MONTH)) : 0;
    const judgmentDay = c.decided;
    // The final decision of the chain (appeal or cassation) ends pre-trial detention if not convicted.
    let last = c;
    while (last.next) last = last.next;
    const inForce = c.inForce;

    let stay: StayS | null = null;
    let detentionStart = -1;
    if (detained) {
      detentionStart =
        pr.registered +
        this.between(
          p.criminal.pretrial_detention.start_days.min,
          p.criminal.pretrial_detention.start_days.max,
        );
      const id = stayId();
      stay = {
        admissionId: `IA-${id}`,
        inmateId,
        person,
        slot: i,
        facility: this.facilityFor(person, true),
        admitted: this.touch(detentionStart),
        statusAtAdmission: 'pre_trial',
        sentencedFrom: null,
        caseNumber: null,
        termMonths: null,
        expectedRelease: null,
        release: null,
      };
      this.s.stays.push(stay);
      const end = custodial ? -1 : s === null ? last.closed : judgmentDay;
      if (
        this.rng.chance(p.criminal.pretrial_detention.released_early_share) &&
        judgmentDay - detentionStart > 40
      ) {
        stay.release = {
          id: `IR-${id}`,
          day: this.touch(this.between(detentionStart + 30, judgmentDay - 1)),
          reason: 'detention_lifted',
          status: 'pre_trial',
          servedMonths: null,
        };
      } else if (end >= 0) {
        stay.release = {
          id: `IR-${id}`,
          day: this.touch(Math.max(end, detentionStart + 1)),
          reason: s === null ? 'detention_lifted' : 'court_judgment',
          status: 'pre_trial',
          servedMonths: null,
        };
      }
      if (stay.release) stay = null;
    }

    if (custodial) {
      const sentence = s as SentenceS;
      let start: number;
      if (stay) {
        // Still detained: the sentence is served from the ruling entering into force, counted from detention.
        start = detentionStart;
        stay.sentencedFrom = this.touch(Math.max(inForce, stay.admitted));
      } else {
        const admitted = inForce + this.between(ex.prison_admission_delay.min, ex.prison_admission_delay.max);
        const id = stayId();
        start = admitted;
        stay = {
          admissionId: `IA-${id}`,
          inmateId,
          person,
          slot: i,
          facility: this.facilityFor(person, false),
          admitted: this.touch(admitted),
          statusAtAdmission: 'sentenced',
          sentencedFrom: admitted,
          caseNumber: null,
          termMonths: null,
          expectedRelease: null,
          release: null,
        };
        this.s.stays.push(stay);
      }
      const expected = start + termDays;
      stay.caseNumber = c.number;
      stay.termMonths = sentence.termMonths;
      stay.expectedRelease = expected;
      const sentencedFrom = stay.sentencedFrom as number;
      let release = Math.max(expected, sentencedFrom);
      let reason = 'sentence_served';
      if (termDays >= 180 && this.rng.chance(ex.early_release_share)) {
        const early = start + Math.round(termDays * ex.early_release_after);
        if (early > sentencedFrom + 7) {
          release = early;
          reason = 'early_release';
        }
      }
      // A transfer to another prison for part of the term.
      if (
        this.ctx.facilities.length > 1 &&
        this.rng.chance(ex.transfer_share) &&
        release - sentencedFrom > 60 &&
        !this.ctx.isFemale(person)
      ) {
        const moveDay = this.between(sentencedFrom + 1, release - 30);
        let facility = this.facilityFor(person, false);
        if (facility === stay.facility) facility = this.facilityFor(person, false);
        if (facility !== stay.facility) {
          const id = stayId();
          stay.release = {
            id: `IR-${stay.admissionId.slice(3)}`,
            day: this.touch(moveDay),
            reason: 'transfer',
            status: 'sentenced',
            servedMonths: Math.round(((moveDay - start) / DAYS_PER_MONTH) * 10) / 10,
          };
          stay = {
            admissionId: `IA-${id}`,
            inmateId,
            person,
            slot: i,
            facility,
            admitted: moveDay,
            statusAtAdmission: 'sentenced',
            sentencedFrom: moveDay,
            caseNumber: c.number,
            termMonths: sentence.termMonths,
            expectedRelease: expected,
            release: null,
          };
          this.s.stays.push(stay);
        }
      }
      stay.release = {
        id: `IR-${stay.admissionId.slice(3)}`,
        day: this.touch(release),
        reason,
        status: 'sentenced',
        servedMonths: Math.round(((release - start) / DAYS_PER_MONTH) * 10) / 10,
      };
      this.handOver(
        inForce,
        'judgment',
        ['TA', c.court, 'TIS2'],
        ['IEVP', null, 'IIS2'],
        c.number,
        pr.number,
      );
      if (reason === 'early_release') {
        this.supervision(person, i, 'conditional_release', release, expected, null, c.number, region);
        this.conditionalRelease.set(i, this.s.supervisions[this.s.supervisions.length - 1] as SupervisionS);
      }
      return;
    }
    if (s === null || s.verdict !== 'convicted') return;
    const startDay = inForce + this.between(ex.probation_start_delay.min, ex.probation_start_delay.max);
    if (s.type === 'probation_supervision') {
      this.supervision(
        person,
        i,
        'probation_supervision',
        startDay,
        startDay + Math.round((s.termMonths as number) * DAYS_PER_MONTH),
        null,
        c.number,
        region,
      );
      this.handOver(inForce, 'judgment', ['TA', c.court, 'TIS2'], ['VPD', null, 'PLUS'], c.number, pr.number);
    } else if (s.type === 'community_service') {
      this.communityService(person, i, inForce, s.hours as number, c.number, region, c.court);
    } else if (s.suspended && this.rng.chance(p.sentence_size.suspended_with_supervision_share)) {
      this.supervision(
        person,
        i,
        'suspended_sentence',
        startDay,
        startDay + Math.round((s.probationMonths as number) * DAYS_PER_MONTH),
        null,
        c.number,
        region,
      );
      this.handOver(inForce, 'judgment', ['TA', c.court, 'TIS2'], ['VPD', null, 'PLUS'], c.number, pr.number);
    }
  }

  private communityService(
    person: number,
    i: number,
    inForce: number,
    hours: number,
    caseNumber: string | null,
    region: Region,
    court: string | null,
  ): void {
    const ex = this.ctx.p.execution;
    const start = inForce + this.between(ex.probation_start_delay.min, ex.probation_start_delay.max);
    const months = Math.max(1, hours / ex.community_service_hours_per_month);
    this.supervision(
      person,
      i,
      'community_service',
      start,
      start + Math.round(months * DAYS_PER_MONTH),
      hours,
      caseNumber,
      region,
    );
    if (court)
      this.handOver(
        inForce,
        'judgment',
        ['TA', court, 'TIS2'],
        ['VPD', null, 'PLUS'],
        caseNumber,
        this.s.proceeding?.number ?? null,
      );
  }

  private supervision(
    person: number,
    i: number,
    type: string,
    start: number,
    plannedEnd: number,
    hours: number | null,
    caseNumber: string | null,
    region: Region,
  ): void {
    const ex = this.ctx.p.execution;
    const n = this.s.supervisions.length + 1;
    const atvk = this.rng.pick(this.ctx.p.prisons.region_atvk[region]);
    const violations: SupervisionS['violations'] = [];
    const years = (plannedEnd - start) / 365.25;
    let end = plannedEnd;
    let endReason = 'completed';
    // Violations: a Poisson number over the supervision, at uniform days; a new offence may revoke it.
    let k = 0;
    const mean = ex.violations_per_year * years;
    let t = Math.exp(-mean);
    const u = this.rng.next();
    let cum = t;
    while (u > cum && k < 20) {
      k++;
      t *= mean / k;
      cum += t;
    }
    const days: number[] = [];
    for (let v = 0; v < k; v++) days.push(this.between(start + 1, Math.max(start + 1, plannedEnd - 1)));
    days.sort((a, b) => a - b);
    for (let v = 0; v < days.length; v++) {
      const type2 = this.ctx.violationType.draw(this.rng);
      violations.push({
        id: `PV-${this.s.unit}-${++this.violations}`,
        day: this.touch(days[v] as number),
        type: type2,
      });
      if (type2 === 'new_offence' && this.rng.chance(0.5)) {
        end = Math.min(plannedEnd, (days[v] as number) + this.between(10, 60));
        endReason = 'revoked';
        break;
      }
    }
    this.s.supervisions.push({
      clientId: `PC-${this.s.unit}-${n}`,
      id: `PS-${this.s.unit}-${n}`,
      person,
      type,
      caseNumber,
      atvk,
      start: this.touch(start),
      plannedEnd,
      end: this.touch(end),
      endReason,
      hours,
      violations: violations.filter((v) => v.day <= end),
    });
  }
}
