import { createHash } from 'node:crypto';
import { mkdtempSync as mkdtemp, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readClassifiers } from '../../../classifiers/registry/load.ts';
import { listContracts } from '../../contracts/index.ts';
import { compileContract } from '../../contracts/validate.ts';
import type {
  EkrassProceeding,
  Iis2Admission,
  Iis2Release,
  KkpEvent,
  PlusClient,
  PlusSupervision,
  ProisDecision,
  ProisProceeding,
  Tis2Case,
  Tis2Decision,
  Tis2Hearing,
  Tis2Party,
  Tis2Sentence,
} from '../../contracts/types.ts';
import {
  advanceWorld,
  generateWorld,
  type WorldGenerateOptions,
  type WorldGenerateResult,
} from './generate.ts';
import { checkDigit, isValidPersonalCode } from './persons.ts';

type Rec = Record<string, unknown>;

const made: string[] = [];
function mkdtempSync(prefix: string): string {
  const dir = mkdtemp(prefix);
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function entityOf(file: string): string {
  const parts = file.split(path.sep);
  return `${parts[parts.length - 3]}/${parts[parts.length - 2]}`;
}

function read(files: string[]): Map<string, Rec[]> {
  const out = new Map<string, Rec[]>();
  for (const f of files) {
    const e = entityOf(f);
    const list = out.get(e) ?? [];
    for (const line of readFileSync(f, 'utf8').split('\n')) if (line) list.push(JSON.parse(line) as Rec);
    out.set(e, list);
  }
  return out;
}

async function world(seed: number, scale = 3000, extra: Partial<WorldGenerateOptions> = {}) {
  const dropDir = mkdtempSync(path.join(tmpdir(), 'elieta-world-'));
  const r = await generateWorld({ scale, seed, asOf: '2026-06-30', dropDir, rulings: 5, ...extra });
  return { r, dropDir, data: read(r.files) };
}

function lines(r: WorldGenerateResult): string[] {
  return r.files.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n'));
}

const digest = (xs: string[]) => createHash('sha256').update(xs.join('\n')).digest('hex');

const base = await world(1, 4000);
const get = <T>(e: string) => (base.data.get(e) ?? []) as unknown as T[];

describe('world simulator', () => {
  it('is reproducible: same seed, same world (also when split over worker threads); another seed, another world', async () => {
    const a = await world(7, 1500);
    const b = await world(7, 1500);
    const c = await world(8, 1500);
    expect(digest(lines(a.r))).toBe(digest(lines(b.r)));
    expect(digest(lines(a.r))).not.toBe(digest(lines(c.r)));
    const w = await world(7, 1500, { workers: 2 });
    expect(w.r.workers).toBe(2);
    expect(digest(lines(w.r).sort())).toBe(digest(lines(a.r).sort()));
  }, 60_000);

  it('writes every entity, and every record validates against its contract (types, formats, classifier codes)', () => {
    const classifiers = readClassifiers();
    const contracts = listContracts();
    for (const c of contracts) {
      const records = base.data.get(`${c.source}/${c.entity}`) ?? [];
      expect(records.length, `${c.source}/${c.entity} has records`).toBeGreaterThan(0);
      const check = compileContract(c, classifiers);
      for (const r of records) {
        const v = check(r);
        if (v) throw new Error(`${c.source}/${c.entity}: ${v.reason} in ${JSON.stringify(r)}`);
      }
      // Keys are unique.
      const key = c.schema['x-primary-key'];
      const keys = new Set(records.map((r) => key.map((k) => String(r[k])).join('|')));
      expect(keys.size, `${c.source}/${c.entity} keys unique`).toBe(records.length);
    }
  });

  it('keeps one proceeding number from E-KRASS through ProIS and TIS2 to IIS2 and PLUS', () => {
    const ekrass = new Map(get<EkrassProceeding>('ekrass/proceedings').map((p) => [p.proceeding_number, p]));
    const prois = new Map(get<ProisProceeding>('prois/proceedings').map((p) => [p.proceeding_number, p]));
    const decisions = new Map(get<ProisDecision>('prois/decisions').map((p) => [p.proceeding_number, p]));
    for (const p of prois.values()) {
      const e = ekrass.get(p.proceeding_number) as EkrassProceeding;
      expect(e.status).toBe('transferred');
      expect(p.received_on >= (e.transferred_on as string)).toBe(true);
    }
    const criminal = get<Tis2Case>('tis2/cases').filter((c) => c.case_category === 'criminal');
    expect(criminal.length).toBeGreaterThan(100);
    for (const c of criminal) {
      const d = decisions.get(c.proceeding_number as string) as ProisDecision;
      expect(d.decision_type).toBe('charge');
      if (c.instance === 'first') expect(c.registered_on >= d.decided_on).toBe(true);
    }
    for (const c of get<Tis2Case>('tis2/cases'))
      if (c.case_category !== 'criminal') expect(c.proceeding_number).toBeNull();
    const criminalNumbers = new Set(criminal.map((c) => c.proceeding_number));
    const admissions = get<Iis2Admission>('iis2/admissions');
    expect(admissions.length).toBeGreaterThan(10);
    for (const a of admissions) {
      // Pre-trial detention starts in the investigation, before any court case exists.
      expect(
        ekrass.get(a.proceeding_number)?.status === 'open' ||
          decisions.get(a.proceeding_number)?.decision_type === 'charge' ||
          prois.has(a.proceeding_number),
      ).toBe(true);
      if (a.sentenced_from) expect(criminalNumbers.has(a.proceeding_number)).toBe(true);
    }
    const supervisions = get<PlusSupervision>('plus/supervisions');
    expect(supervisions.length).toBeGreaterThan(10);
    for (const s of supervisions) {
      // Community service by a prosecutor's penal order skips the court.
      if (s.case_number === null)
        expect(decisions.get(s.proceeding_number)?.decision_type).toBe('penal_order');
      else expect(criminalNumbers.has(s.proceeding_number)).toBe(true);
    }
    for (const s of get<Tis2Sentence>('tis2/sentences'))
      expect(criminalNumbers.has(s.proceeding_number)).toBe(true);
    // KKP events name the same numbers.
    const events = get<KkpEvent>('kkp/events').filter((e) => e.proceeding_number);
    for (const e of events) expect(ekrass.has(e.proceeding_number as string)).toBe(true);
  });

  it('holds a person in at most one prison stay on any day, across proceedings; offenders reoffend', async () => {
    const w = await world(3, 20_000, { rulings: 0 });
    const released = new Map(
      (w.data.get('iis2/releases') as unknown as Iis2Release[]).map((r) => [r.admission_id, r.released_on]),
    );
    const byPerson = new Map<string, { stays: [string, string][]; proceedings: Set<string> }>();
    for (const a of w.data.get('iis2/admissions') as unknown as Iis2Admission[]) {
      const person = a.personal_code ?? a.inmate_id;
      const entry = byPerson.get(person) ?? { stays: [], proceedings: new Set<string>() };
      entry.stays.push([a.admitted_on, released.get(a.admission_id) ?? '9999-12-31']);
      entry.proceedings.add(a.proceeding_number);
      byPerson.set(person, entry);
    }
    let repeat = 0;
    for (const [person, { stays, proceedings }] of byPerson) {
      stays.sort((x, y) => (x[0] < y[0] ? -1 : 1));
      for (let i = 1; i < stays.length; i++) {
        // a transfer releases and admits on the same day; anything earlier overlaps
        expect(stays[i]![0] >= stays[i - 1]![1], `${person}: ${JSON.stringify(stays)}`).toBe(true);
      }
      if (proceedings.size > 1) repeat++;
    }
    // some prisoners are held in two proceedings, one after the other
    expect(repeat).toBeGreaterThan(5);
    // and accused persons come back in other proceedings
    const proceedingOf = new Map(
      (w.data.get('tis2/cases') as unknown as Tis2Case[]).map((c) => [c.case_id, c.proceeding_number]),
    );
    const accused = new Map<string, Set<string>>();
    for (const x of w.data.get('tis2/parties') as unknown as Tis2Party[]) {
      if (x.role !== 'accused' || !x.personal_code) continue;
      const set = accused.get(x.personal_code) ?? new Set<string>();
      set.add(proceedingOf.get(x.case_id) as string);
      accused.set(x.personal_code, set);
    }
    expect([...accused.values()].filter((c) => c.size > 1).length).toBeGreaterThan(50);
  }, 60_000);

  it('gives persons real-looking Latvian personal codes with valid check digits and consistent birth years', () => {
    expect(checkDigit('3213456789')).toBeLessThan(10);
    // A published example of the check-digit rule: 1101 − Σ(weights × digits) mod 11.
    const known = '010101-10006'; // Σ = 0·1+1·6+0·3+1·7+0·9+1·10+1·5+0·8+0·4+0·2 = 28 → (1101−28) mod 11 = 6
    expect(isValidPersonalCode(known)).toBe(true);
    const persons = [
      ...get<Tis2Party>('tis2/parties').filter((p) => !p.is_legal_person),
      ...get<Iis2Admission>('iis2/admissions'),
      ...get<PlusClient>('plus/clients'),
    ] as unknown as {
      personal_code: string;
      first_name: string;
      last_name: string;
      sex: string;
      birth_year: number;
    }[];
    expect(persons.length).toBeGreaterThan(1000);
    let newFormat = 0;
    const byCode = new Map<string, string>();
    for (const p of persons) {
      expect(isValidPersonalCode(p.personal_code), p.personal_code).toBe(true);
      if (p.personal_code.startsWith('32')) newFormat++;
      else {
        const century = { '0': 1800, '1': 1900, '2': 2000 }[p.personal_code[7] as '0' | '1' | '2'];
        expect(century + Number(p.personal_code.slice(4, 6))).toBe(p.birth_year);
      }
      // Feminine surnames end in -a or -e; masculine in -s, -š or -is (a few names are the same in both).
      if (p.sex === 'F') expect(/[ae]$/.test(p.last_name)).toBe(true);
      const who = `${p.first_name} ${p.last_name} ${p.sex} ${p.birth_year}`;
      expect(byCode.get(p.personal_code) ?? who, 'one code, one person').toBe(who);
      byCode.set(p.personal_code, who);
    }
    expect(newFormat / persons.length).toBeGreaterThan(0.02);
    expect(newFormat / persons.length).toBeLessThan(0.12);
    // The same person appears in several systems and proceedings (recidivism, prison then probation).
    const inPrison = new Set(
      get<Iis2Admission>('iis2/admissions')
        .filter((a) => a.sentenced_from)
        .map((a) => a.personal_code),
    );
    const accused = new Set(
      get<Tis2Party>('tis2/parties')
        .filter((p) => p.role === 'accused')
        .map((p) => p.personal_code),
    );
    for (const c of inPrison) expect(accused.has(c)).toBe(true);
  });

  it('has plausible attrition and durations between the stages', () => {
    const ek = get<EkrassProceeding>('ekrass/proceedings');
    const closedAtPolice = ek.filter((p) => p.status !== 'open');
    const share = (s: string) => closedAtPolice.filter((p) => p.status === s).length / closedAtPolice.length;
    expect(share('transferred')).toBeGreaterThan(0.3);
    expect(share('transferred')).toBeLessThan(0.55);
    const decisions = get<ProisDecision>('prois/decisions');
    const dshare = (s: string) => decisions.filter((d) => d.decision_type === s).length / decisions.length;
    expect(dshare('charge')).toBeGreaterThan(0.45);
    expect(dshare('charge')).toBeLessThan(0.65);
    expect(dshare('penal_order')).toBeGreaterThan(0.12);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    const toProsecution = median(
      ek.filter((p) => p.transferred_on).map((p) => days(p.registered_on, p.transferred_on as string)),
    );
    expect(toProsecution).toBeGreaterThan(60);
    expect(toProsecution).toBeLessThan(250);
    const cases = get<Tis2Case>('tis2/cases');
    const firstDurations = cases
      .filter((c) => c.instance === 'first' && c.closed_on)
      .map((c) => days(c.registered_on, c.closed_on as string));
    expect(median(firstDurations)).toBeGreaterThan(60);
    expect(median(firstDurations)).toBeLessThan(300);
    // Convicted persons: most are convicted; sentence terms and fines in realistic ranges.
    const sentences = get<Tis2Sentence>('tis2/sentences');
    const convicted = sentences.filter((s) => s.verdict === 'convicted');
    expect(convicted.length / sentences.length).toBeGreaterThan(0.8);
    const terms = convicted
      .filter((s) => s.sentence_type === 'deprivation_of_liberty')
      .map((s) => s.term_months as number);
    expect(median(terms)).toBeGreaterThan(6);
    expect(median(terms)).toBeLessThan(40);
    // Prison stays: release after admission; a sentenced stay ends no earlier than its start.
    const admissions = new Map(get<Iis2Admission>('iis2/admissions').map((a) => [a.admission_id, a]));
    for (const r of get<Iis2Release>('iis2/releases')) {
      const a = admissions.get(r.admission_id) as Iis2Admission;
      expect(r.released_on >= a.admitted_on).toBe(true);
    }
    // Decisions enter into force after they are taken; hearings postponed have a reason.
    for (const d of get<Tis2Decision>('tis2/decisions'))
      if (d.in_force_on) expect(d.in_force_on >= d.decided_on).toBe(true);
    for (const h of get<Tis2Hearing>('tis2/hearings'))
      expect(h.status === 'postponed').toBe(h.postponement_reason !== null);
    // Electronic filing grows over the years.
    const filings = get<KkpEvent>('kkp/events').filter((e) => e.document_type === 'statement_of_claim');
    const eshare = (y: string) => {
      const f = filings.filter((e) => e.occurred_at.startsWith(y));
      return f.filter((e) => e.channel === 'electronic').length / f.length;
    };
    expect(eshare('2025')).toBeGreaterThan(eshare('2019'));
  });

  // The assertions of the former TIS2 simulator's tests, on the TIS2 view of the world.
  it('TIS2: codes from the registry, consistent dates, appeals after the case below closed, unique ids and numbers', () => {
    const cases = get<Tis2Case>('tis2/cases');
    const r = base.r;
    for (const c of cases) {
      expect(c.registered_on <= '2026-06-30').toBe(true);
      if (c.closed_on) {
        expect(c.closed_on >= c.registered_on).toBe(true);
        expect(c.outcome).not.toBeNull();
      } else {
        expect(c.outcome).toBeNull();
      }
    }
    // --scale is the expected number of first-instance cases by the as-of date (a rate, not a count).
    expect(r.byInstance.first).toBeGreaterThan(4000 * 0.9);
    expect(r.byInstance.first).toBeLessThan(4000 * 1.1);
    expect(r.byInstance.appeal).toBeGreaterThan(200);
    expect(r.byInstance.cassation).toBeGreaterThan(10);
    expect(r.pending).toBe(cases.filter((c) => !c.closed_on).length);
    const byId = new Map(cases.map((c) => [c.case_id, c]));
    for (const c of cases.filter((x) => x.instance === 'appeal')) {
      const origin = byId.get(c.origin_case_id as string) as Tis2Case;
      expect(origin.instance).toBe('first');
      expect(c.registered_on > (origin.closed_on as string)).toBe(true);
    }
    expect(new Set(cases.map((c) => c.case_number)).size).toBe(cases.length);
  });

  it('produces ruling texts for a sample of decisions only, with the parties the text names', () => {
    const rulings = get<{ ruling_id: string; decision_id: string; text: string; ecli: string }>(
      'tis2/rulings',
    );
    expect(rulings.length).toBeGreaterThan(0);
    expect(rulings.length).toBeLessThan(20);
    const decisions = new Map(get<Tis2Decision>('tis2/decisions').map((d) => [d.decision_id, d]));
    const parties = get<{ ruling_id: string; first_name: string | null; last_name: string | null }>(
      'tis2/ruling_parties',
    );
    for (const r of rulings) {
      expect(decisions.get(r.decision_id)?.ecli).toBe(r.ecli);
      expect(r.text).toContain(r.ecli);
      const named = parties.filter((p) => p.ruling_id === r.ruling_id && p.first_name);
      expect(named.length).toBeGreaterThan(0);
      expect(named.some((p) => r.text.includes(p.first_name as string))).toBe(true);
    }
  });

  it('splits output into parts of the given size', async () => {
    const { r } = await world(3, 800, { partRows: 500 });
    const cases = r.entities['tis2/cases']?.rows as number;
    expect(r.files.filter((f) => f.includes(`${path.sep}tis2${path.sep}cases${path.sep}`)).length).toBe(
      Math.ceil(cases / 500),
    );
  });

  it('--advance emits the inserts, updates and deletions that turn the earlier world into the later one', async () => {
    const dropDir = mkdtempSync(path.join(tmpdir(), 'elieta-advance-'));
    const common = {
      scale: 3000,
      seed: 11,
      dropDir,
      calibrateTo: '2026-03-31',
      rulings: 5,
      stateFile: path.join(dropDir, '.next-change.bin'),
    };
    const contracts = new Map(
      listContracts().map((c) => [`${c.source}/${c.entity}`, c.schema['x-primary-key']]),
    );
    const keyOf = (e: string, r: Rec) =>
      `${e}|${(contracts.get(e) as string[]).map((k) => String(r[k])).join('|')}`;
    const state = new Map<string, string>();
    const apply = (files: string[]) => {
      for (const f of files) {
        const e = entityOf(f);
        for (const line of readFileSync(f, 'utf8').split('\n')) {
          if (!line) continue;
          const r = JSON.parse(line) as Rec;
          if (r._op === 'delete') {
            expect(state.has(keyOf(e, r)), `deleted key existed: ${line}`).toBe(true);
            state.delete(keyOf(e, r));
          } else state.set(keyOf(e, r), line);
        }
      }
    };
    const t1 = await generateWorld({ ...common, asOf: '2026-03-31' });
    apply(t1.files);
    const allFiles = [...t1.files];
    const totals = { inserts: 0, updates: 0, deletes: 0 };
    let from = '2026-03-31';
    // Short and long steps: a change on a day the compact state missed would leave a wrong state.
    for (const to of ['2026-04-01', '2026-04-02', '2026-04-07', '2026-05-07']) {
      const d = await advanceWorld({ ...common, from, asOf: to });
      apply(d.files);
      allFiles.push(...d.files);
      for (const c of Object.values(d.entities)) {
        totals.inserts += c.inserts;
        totals.updates += c.updates;
        totals.deletes += c.deletes;
      }
      const fresh = await generateWorld({
        ...common,
        dropDir: mkdtempSync(path.join(tmpdir(), 'elieta-fresh-')),
        stateFile: undefined,
        asOf: to,
      });
      const expected = new Map<string, string>();
      for (const f of fresh.files)
        for (const line of readFileSync(f, 'utf8').split('\n'))
          if (line) expected.set(keyOf(entityOf(f), JSON.parse(line) as Rec), line);
      expect(state.size, `records after advancing to ${to}`).toBe(expected.size);
      for (const [k, v] of expected) expect(state.get(k), `${k} after advancing to ${to}`).toBe(v);
      if (to === '2026-04-02') {
        // An advance touches only the units that changed; the compact state only saves work.
        expect(d.unitsChanged).toBeLessThan(d.units / 5);
        const slow = await advanceWorld({
          ...common,
          dropDir: mkdtempSync(path.join(tmpdir(), 'elieta-slow-')),
          stateFile: undefined,
          from,
          asOf: to,
        });
        expect(digest(lines(slow))).toBe(digest(lines(d)));
      }
      from = to;
    }
    expect(totals.inserts).toBeGreaterThan(100);
    expect(totals.updates).toBeGreaterThan(50);
    expect(totals.deletes).toBeGreaterThan(0);
    // Parts sort in time order, as the file-drop connector loads them.
    const names = allFiles.map((f) => path.basename(f)).filter((f) => f.startsWith('hearings-'));
    expect(names).toEqual([...names].sort());
  }, 60_000);
});
