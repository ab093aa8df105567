/**
 * What each source system shows on a given day: pure functions of a unit's story and the day.
 * A record exists once the event that creates it has happened, carries the values of that day,
 * and its `updated_at` is the last change on or before that day (so an unchanged record is
 * byte-identical on any later day, and `--advance` can diff by comparing lines).
 */
import { fromDay } from '../../../lib/dates.ts';
import type {
  EkrassProceeding,
  EkrassQualifyingArticle,
  Iis2Admission,
  Iis2Release,
  KkpEvent,
  PlusClient,
  PlusSupervision,
  PlusViolation,
  ProisAssignment,
  ProisDecision,
  ProisProceeding,
  Tis2Case,
  Tis2CaseStatus,
  Tis2Decision,
  Tis2Hearing,
  Tis2Party,
  Tis2Ruling,
  Tis2RulingParty,
  Tis2Sentence,
  Tis2SentenceArticle,
} from '../../contracts/types.ts';
import { hash32 } from './hash.ts';
import type { Person, PersonPool } from './persons.ts';
import type { CaseS, PartyS, Story } from './story.ts';

export const ENTITIES = [
  'ekrass/proceedings',
  'ekrass/qualifying_articles',
  'prois/proceedings',
  'prois/prosecutors',
  'prois/assignments',
  'prois/decisions',
  'tis2/cases',
  'tis2/case_status_history',
  'tis2/judges',
  'tis2/parties',
  'tis2/hearings',
  'tis2/decisions',
  'tis2/sentences',
  'tis2/sentence_articles',
  'tis2/rulings',
  'tis2/ruling_parties',
  'iis2/facilities',
  'iis2/admissions',
  'iis2/releases',
  'plus/clients',
  'plus/supervisions',
  'plus/violations',
  'kkp/events',
] as const;
export type EntityName = (typeof ENTITIES)[number];

export interface Sink {
  /** One record of an entity as of the view's day, with its primary key as a string. */
  emit(entity: EntityName, key: string, record: object): void;
}

export interface RulingParty {
  key: string;
  role: string;
  personal_code: string | null;
  first_name: string | null;
  last_name: string | null;
  organisation_name: string | null;
}

/** Writes a ruling's text; returns the parties the text names when they are not the case's own. */
export type RulingText = (input: RulingInput) => { text: string; parties?: RulingParty[] };

export interface RulingInput {
  ecli: string;
  court: string;
  caseNumber: string;
  category: string;
  level: string;
  outcome: string;
  decidedOn: string;
  judgeId: string;
  parties: { role: string; name: string; personalCode: string | null }[];
  sentences: {
    name: string;
    verdict: string;
    articles: string[];
    type: string | null;
    termMonths: number | null;
    fine: number | null;
    suspended: boolean | null;
  }[];
  seed: number;
}

const DAY0 = -30000;
const dayCache: (string | undefined)[] = [];

/** YYYY-MM-DD of a day number (cached: the views format the same few thousand days millions of times). */
export function ds(day: number): string {
  const i = day - DAY0;
  let s = dayCache[i];
  if (s === undefined) {
    s = fromDay(day);
    dayCache[i] = s;
  }
  return s;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A timestamp on a day, at a working hour fixed by the salt (so it is the same in every view). */
export function ts(day: number, salt: number): string {
  const h = hash32(salt, day);
  return `${ds(day)}T${two(8 + (h % 10))}:${two((h >>> 8) % 60)}:${two((h >>> 16) % 60)}Z`;
}

function latest(asOf: number, ...days: (number | null)[]): number {
  let m = -Infinity;
  for (const d of days) if (d !== null && d <= asOf && d > m) m = d;
  return m;
}

function judgmentLike(outcome: string): boolean {
  return outcome === 'judgment' || outcome === 'appeal_upheld' || outcome === 'appeal_changed';
}

export function ecli(c: CaseS): string {
  return `ECLI:LV:${c.court}:${ds(c.decided).slice(0, 4)}:${c.number.replace(/[^A-Za-z0-9]+/g, '.')}`;
}

/**
 * Every day on which something the views show can change: the days the views compare with the
 * as-of date. Must list each day read in `Views.emit` (a test advances day by day and compares
 * with fresh generations, so a missing day shows up as a wrong delta).
 */
export function changeDays(s: Story): number[] {
  const out: number[] = [s.entry];
  const pr = s.proceeding;
  if (pr) {
    out.push(pr.registered, pr.policeDay);
    for (const a of pr.articles) out.push(a.qualified, a.deleted ?? -1);
    if (pr.prois) {
      out.push(pr.prois.received, pr.prois.decided);
      for (const a of pr.prois.assignments) out.push(a.from, a.to);
    }
  }
  for (let c = s.court; c; c = c.next) {
    out.push(c.registered, c.decided, c.closed, c.inForce, c.appealFiled ?? -1, c.ruling ?? -1);
    for (const h of c.hearings) out.push(h.created, h.date, h.cancelled ?? -1);
    for (const [, day] of c.statuses) out.push(day);
    for (const x of c.parties) out.push(x.joined, x.deleted ?? -1);
  }
  for (const st of s.stays) out.push(st.admitted, st.sentencedFrom ?? -1, st.release?.day ?? -1);
  for (const sv of s.supervisions) {
    out.push(sv.start, sv.end);
    for (const v of sv.violations) out.push(v.day);
  }
  for (const e of s.events) out.push(e.day);
  return out;
}

/** The first day after `day` on which the story changes; Infinity if none. */
export function nextChange(s: Story, day: number): number {
  let m = Infinity;
  for (const d of changeDays(s)) if (d > day && d < m) m = d;
  return m;
}

export class Views {
  private readonly personCache = new Map<number, Person>();

  constructor(
    private readonly pool: PersonPool,
    private readonly seed: number,
    private readonly rulingText: RulingText,
  ) {}

  private person(k: number): Person {
    let p = this.personCache.get(k);
    if (!p) {
      p = this.pool.person(k);
      if (this.personCache.size > 4096) this.personCache.clear();
      this.personCache.set(k, p);
    }
    return p;
  }

  /** Emits every record of the story that exists on day `asOf`. */
  emit(s: Story, asOf: number, out: Sink): void {
    if (s.entry > asOf) return;
    const salt = s.unit * 64;
    const pr = s.proceeding;
    if (pr) {
      const st = pr.policeDay <= asOf ? pr.police : 'open';
      const since = pr.policeDay <= asOf ? pr.policeDay : pr.registered;
      const rec: EkrassProceeding = {
        proceeding_number: pr.number,
        registered_on: ds(pr.registered),
        investigating_unit: pr.unit,
        status: st,
        status_since: ds(since),
        transferred_on: st === 'transferred' ? ds(pr.policeDay) : null,
        terminated_on: st === 'terminated' ? ds(pr.policeDay) : null,
        updated_at: ts(since, salt + 1),
      };
      out.emit('ekrass/proceedings', pr.number, rec);
      for (const a of pr.articles) {
        if (a.qualified > asOf || (a.deleted !== null && a.deleted <= asOf)) continue;
        // The principal flag as of the day: before a requalification the first article is principal.
        const requalified = pr.articles.some((x) => x.deleted !== null && x.deleted <= asOf);
        const principal = requalified ? a.principal : a === pr.articles[0];
        const art: EkrassQualifyingArticle = {
          proceeding_number: pr.number,
          article_code: a.code,
          principal,
          qualified_on: ds(a.qualified),
          updated_at: ts(
            latest(
              asOf,
              a.qualified,
              requalified ? (pr.articles.find((x) => x.deleted !== null)?.deleted ?? null) : null,
            ),
            salt + 2,
          ),
        };
        out.emit('ekrass/qualifying_articles', `${pr.number}|${a.code}`, art);
      }
      const po = pr.prois;
      if (po && po.received <= asOf) {
        const decided = po.decided <= asOf;
        const proc: ProisProceeding = {
          proceeding_number: pr.number,
          office_code: po.office,
          investigating_unit: pr.unit,
          received_on: ds(po.received),
          status: decided ? 'decided' : 'received',
          decision_type: decided ? po.decision : null,
          decided_on: decided ? ds(po.decided) : null,
          updated_at: ts(decided ? po.decided : po.received, salt + 3),
        };
        out.emit('prois/proceedings', pr.number, proc);
        for (const a of po.assignments) {
          if (a.from > asOf) continue;
          const ended = a.to <= asOf;
          const rec2: ProisAssignment = {
            assignment_id: a.id,
            proceeding_number: pr.number,
            prosecutor_id: a.prosecutor,
            assigned_on: ds(a.from),
            ended_on: ended ? ds(a.to) : null,
            updated_at: ts(ended ? a.to : a.from, salt + 4),
          };
          out.emit('prois/assignments', a.id, rec2);
        }
        if (decided) {
          const last = po.assignments[po.assignments.length - 1] as { prosecutor: string };
          const dec: ProisDecision = {
            decision_id: `PD-${s.unit}`,
            proceeding_number: pr.number,
            prosecutor_id: last.prosecutor,
            decision_type: po.decision,
            decided_on: ds(po.decided),
            accused_count: po.accused,
            sentence_type: po.penalType,
            fine_eur: po.fine,
            community_service_hours: po.hours,
            updated_at: ts(po.decided, salt + 5),
          };
          out.emit('prois/decisions', dec.decision_id, dec);
        }
      }
    }
    for (let c = s.court; c && c.registered <= asOf; c = c.next) this.courtCase(c, asOf, out, salt);
    for (const st of s.stays) {
      if (st.admitted > asOf) continue;
      const p = this.person(st.person);
      const sentenced = st.sentencedFrom !== null && st.sentencedFrom <= asOf;
      const adm: Iis2Admission = {
        admission_id: st.admissionId,
        inmate_id: st.inmateId,
        personal_code: p.personal_code,
        first_name: p.first_name,
        last_name: p.last_name,
        sex: p.sex,
        birth_year: p.birth_year,
        facility_code: st.facility,
        admitted_on: ds(st.admitted),
        legal_status_at_admission: st.statusAtAdmission,
        sentenced_from: sentenced ? ds(st.sentencedFrom as number) : null,
        proceeding_number: pr?.number ?? '',
        case_number: sentenced ? st.caseNumber : null,
        sentence_term_months: sentenced ? st.termMonths : null,
        expected_release_on: sentenced && st.expectedRelease !== null ? ds(st.expectedRelease) : null,
        updated_at: ts(sentenced ? (st.sentencedFrom as number) : st.admitted, salt + 6),
      };
      out.emit('iis2/admissions', st.admissionId, adm);
      const r = st.release;
      if (r && r.day <= asOf) {
        const rel: Iis2Release = {
          release_id: r.id,
          admission_id: st.admissionId,
          released_on: ds(r.day),
          reason: r.reason,
          legal_status: r.status,
          sentence_served_months: r.servedMonths,
          updated_at: ts(r.day, salt + 7),
        };
        out.emit('iis2/releases', r.id, rel);
      }
    }
    for (const sv of s.supervisions) {
      if (sv.start > asOf) continue;
      const p = this.person(sv.person);
      const client: PlusClient = {
        client_id: sv.clientId,
        personal_code: p.personal_code,
        first_name: p.first_name,
        last_name: p.last_name,
        sex: p.sex,
        birth_year: p.birth_year,
        atvk_code: sv.atvk,
        registered_on: ds(sv.start),
        updated_at: ts(sv.start, salt + 8),
      };
      out.emit('plus/clients', sv.clientId, client);
      const ended = sv.end <= asOf;
      const sup: PlusSupervision = {
        supervision_id: sv.id,
        client_id: sv.clientId,
        supervision_type: sv.type,
        proceeding_number: pr?.number ?? '',
        case_number: sv.caseNumber,
        atvk_code: sv.atvk,
        start_on: ds(sv.start),
        planned_end_on: ds(sv.plannedEnd),
        end_on: ended ? ds(sv.end) : null,
        end_reason: ended ? sv.endReason : null,
        community_service_hours: sv.hours,
        updated_at: ts(ended ? sv.end : sv.start, salt + 9),
      };
      out.emit('plus/supervisions', sv.id, sup);
      for (const v of sv.violations) {
        if (v.day > asOf) continue;
        const vio: PlusViolation = {
          violation_id: v.id,
          supervision_id: sv.id,
          occurred_on: ds(v.day),
          violation_type: v.type,
          updated_at: ts(v.day, salt + 10),
        };
        out.emit('plus/violations', v.id, vio);
      }
    }
    for (let i = 0; i < s.events.length; i++) {
      const e = s.events[i] as Story['events'][number];
      if (e.day > asOf) continue;
      const at = ts(e.day, salt + 11 + i);
      const ev: KkpEvent = {
        event_id: e.id,
        occurred_at: at,
        document_id: e.doc,
        document_type: e.type,
        event_type: e.eventType,
        institution_code: e.inst,
        court_code: e.court,
        system_code: e.sys,
        channel: e.channel,
        case_number: e.caseNumber,
        proceeding_number: e.proceeding,
        updated_at: at,
      };
      out.emit('kkp/events', e.id, ev);
    }
  }

  private partyRecord(x: PartyS, caseId: string, salt: number): Tis2Party {
    const natural = x.person >= 0;
    const p = natural ? this.person(x.person) : null;
    return {
      party_id: x.id,
      case_id: caseId,
      role: x.role,
      is_legal_person: !natural,
      personal_code: p ? p.personal_code : null,
      first_name: p ? p.first_name : null,
      last_name: p ? p.last_name : null,
      sex: p ? p.sex : null,
      birth_year: p ? p.birth_year : null,
      organisation_name: x.organisation,
      registration_number: x.registration,
      institution_code: x.institution,
      joined_on: ds(x.joined),
      updated_at: ts(x.joined, salt),
    };
  }

  private courtCase(c: CaseS, asOf: number, out: Sink, unitSalt: number): void {
    const salt = unitSalt + 20 + (c.num % 3);
    const closed = c.closed <= asOf;
    let firstHearing: number | null = null;
    for (const h of c.hearings)
      if (
        h.postponed === null &&
        h.cancelled === null &&
        h.date <= asOf &&
        (firstHearing === null || h.date < firstHearing)
      )
        firstHearing = h.date;
    const decided = c.decided <= asOf;
    const rec: Tis2Case = {
      case_id: c.id,
      case_number: c.number,
      origin_case_id: c.origin ? c.origin.id : null,
      court_code: c.court,
      case_category: c.category,
      instance: c.level,
      registered_on: ds(c.registered),
      first_hearing_on: firstHearing !== null ? ds(firstHearing) : null,
      decided_on: decided ? ds(c.decided) : null,
      closed_on: closed ? ds(c.closed) : null,
      outcome: closed ? c.outcome : null,
      judge_id: c.judge,
      proceeding_number: c.proceeding,
      updated_at: ts(latest(asOf, c.registered, firstHearing, c.decided, c.closed), salt),
    };
    out.emit('tis2/cases', c.id, rec);
    for (let i = 0; i < c.statuses.length; i++) {
      const [code, day] = c.statuses[i] as [string, number];
      if (day > asOf) break;
      const st: Tis2CaseStatus = {
        case_id: c.id,
        seq: i + 1,
        status_code: code,
        valid_from: ds(day),
        updated_at: ts(day, salt + i),
      };
      out.emit('tis2/case_status_history', `${c.id}|${i + 1}`, st);
    }
    for (const x of c.parties) {
      if (x.joined > asOf || (x.deleted !== null && x.deleted <= asOf)) continue;
      out.emit('tis2/parties', x.id, this.partyRecord(x, c.id, salt + 3));
    }
    for (const h of c.hearings) {
      if (h.created > asOf || (h.cancelled !== null && h.cancelled <= asOf)) continue;
      const happened = h.date <= asOf;
      const hr: Tis2Hearing = {
        hearing_id: h.id,
        case_id: c.id,
        judge_id: c.judge,
        scheduled_on: ds(h.created),
        hearing_date: ds(h.date),
        status: !happened ? 'scheduled' : h.postponed ? 'postponed' : 'held',
        postponement_reason: happened ? h.postponed : null,
        updated_at: ts(happened ? h.date : h.created, salt + 4),
      };
      out.emit('tis2/hearings', h.id, hr);
    }
    if (!decided) return;
    const decisionId = `TIS2D-${c.num}`;
    const appealed = c.appealFiled !== null && c.appealFiled <= asOf;
    const inForce = c.inForce <= asOf;
    const e = ecli(c);
    const dec: Tis2Decision = {
      decision_id: decisionId,
      case_id: c.id,
      decision_type: judgmentLike(c.outcome) && c.level !== 'cassation' ? 'judgment' : 'decision',
      outcome: c.outcome,
      decided_on: ds(c.decided),
      in_force_on: inForce ? ds(c.inForce) : null,
      appealed,
      judge_id: c.judge,
      ecli: e,
      updated_at: ts(latest(asOf, c.decided, c.appealFiled, c.inForce), salt + 5),
    };
    out.emit('tis2/decisions', decisionId, dec);
    for (const x of c.sentences) {
      const sr: Tis2Sentence = {
        sentence_id: x.id,
        decision_id: decisionId,
        case_id: c.id,
        party_id: x.party.id,
        proceeding_number: c.proceeding as string,
        verdict: x.verdict,
        principal_article: x.articles[0] as string,
        sentence_type: x.type,
        term_months: x.termMonths,
        term_days: x.termDays,
        fine_eur: x.fine,
        community_service_hours: x.hours,
        suspended: x.suspended,
        probation_months: x.probationMonths,
        updated_at: ts(c.decided, salt + 6),
      };
      out.emit('tis2/sentences', x.id, sr);
      x.articles.forEach((a, i) => {
        const sa: Tis2SentenceArticle = {
          sentence_id: x.id,
          article_code: a,
          principal: i === 0,
          updated_at: ts(c.decided, salt + 6),
        };
        out.emit('tis2/sentence_articles', `${x.id}|${a}`, sa);
      });
    }
    if (c.ruling !== null && c.ruling <= asOf) {
      const rulingId = `TIS2R-${c.num}`;
      const live = c.parties.filter((x) => x.deleted === null || x.deleted > c.decided);
      const names = new Map<string, string>();
      for (const x of live) {
        const p = x.person >= 0 ? this.person(x.person) : null;
        names.set(x.id, p ? `${p.first_name} ${p.last_name}` : (x.organisation ?? x.institution ?? ''));
      }
      const written = this.rulingText({
        ecli: e,
        court: c.court,
        caseNumber: c.number,
        category: c.category,
        level: c.level,
        outcome: c.outcome,
        decidedOn: ds(c.decided),
        judgeId: c.judge,
        parties: live.map((x) => ({
          role: x.role,
          name: names.get(x.id) as string,
          personalCode: x.person >= 0 ? this.person(x.person).personal_code : null,
        })),
        sentences: c.sentences.map((x) => ({
          name: names.get(x.party.id) ?? '',
          verdict: x.verdict,
          articles: x.articles,
          type: x.type,
          termMonths: x.termMonths,
          fine: x.fine,
          suspended: x.suspended,
        })),
        seed: hash32(this.seed, c.num),
      });
      const at = ts(c.ruling, salt + 7);
      const ru: Tis2Ruling = {
        ruling_id: rulingId,
        decision_id: decisionId,
        ecli: e,
        language: 'lv',
        text: written.text,
        updated_at: at,
      };
      out.emit('tis2/rulings', rulingId, ru);
      const parties: RulingParty[] =
        written.parties ??
        live.map((x) => {
          const p = x.person >= 0 ? this.person(x.person) : null;
          return {
            key: x.id,
            role: x.role,
            personal_code: p ? p.personal_code : null,
            first_name: p ? p.first_name : null,
            last_name: p ? p.last_name : null,
            organisation_name: x.organisation ?? x.institution,
          };
        });
      for (const x of parties) {
        const rp: Tis2RulingParty = {
          ruling_id: rulingId,
          party_key: x.key,
          role: x.role,
          personal_code: x.personal_code,
          first_name: x.first_name,
          last_name: x.last_name,
          organisation_name: x.organisation_name,
          updated_at: at,
        };
        out.emit('tis2/ruling_parties', `${rulingId}|${x.key}`, rp);
      }
    }
  }
}
