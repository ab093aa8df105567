/**
 * Realistic Latvian court ruling texts with exact annotations: first-instance criminal judgments,
 * criminal appeal decisions, civil and administrative judgments and administrative-offence decisions.
 * Every mention of a personal datum is recorded with its category, the entity it belongs to and its
 * exact character positions; every must-keep string (officials' names, courts, institutions,
 * companies, statute references, case number, ECLI, amounts, dates other than birth dates) likewise.
 *
 * Three disjoint halves: `split: 'tune'`, `split: 'heldout'` and `split: 'sealed'` use different
 * templates (phrasings), different name lists, streets, towns, house names and identifier formats
 * (see ./templates.ts, ./names.ts, ./identifiers.ts). Tune the anonymiser on `tune`, measure it on
 * `heldout`; `sealed` was written after the anonymiser had been tuned (also on `heldout` failures)
 * and is for measuring only — never look at its misses to add rules. `final` was written after the
 * anonymiser had been tuned and looked at on all three, by someone who had not seen the anonymiser;
 * it is used only for the final measurement (./templates-final.ts): never tune on it, never look at
 * its misses. `blind` was written after the anonymiser had been tuned on all four, by someone who has
 * not seen the anonymiser; nobody tunes on it, and it is used only for the last measurement
 * (./templates-blind.ts). `audit` was written after the anonymiser had been tuned on all five, by
 * someone who has not seen the anonymiser; nobody tunes on it, and it is used only for the last
 * measurement (./templates-audit.ts). `probe` was written after the anonymiser had been tuned on all
 * six (on `audit` at category level), by someone who has not seen the anonymiser; nobody tunes on it,
 * and it is used only for the last measurement (./templates-probe.ts). `exam` was written after the
 * anonymiser had been measured on all seven (and while it was being tuned on `probe`), by someone who has
 * not seen the anonymiser; nobody tunes on it, and it is used only for the last measurement
 * (./templates-exam.ts). `verify` was written while the anonymiser was being tuned on `exam`, by someone
 * who has not seen the anonymiser; nobody tunes on it, and it is used only for the last measurement
 * (./templates-verify.ts).
 */
import { Rng } from '../../../lib/random.ts';
import { decline, feminine, parseName, type Case, type Gender, type NameWord } from './decline.ts';
import * as ids from './identifiers.ts';
import { DOUBLE_SURNAMES_F, GIVEN, OFFICIAL_NAMES, SURNAMES, type Split } from './names.ts';
import { FILLERS } from './fillers.ts';
import { TEMPLATES, type RulingType, type Section } from './templates.ts';
import {
  FIRMS_VERIFY,
  ORGS_VERIFY,
  VERIFY_ARTICLES,
  VERIFY_COURTS,
  EXAM_ARTICLES,
  EXAM_COURTS,
  FIRMS_EXAM,
  ORGS_EXAM,
  BANKS_PROBE,
  FIRMS_PROBE,
  ORGS_PROBE,
  PROBE_ARTICLES,
  PROBE_COURTS,
  AUDIT_ARTICLES,
  AUDIT_COURTS,
  BANKS_AUDIT,
  ORGS_AUDIT,
  BANKS_BLIND,
  BANKS_FINAL,
  BLIND_ARTICLES,
  BLIND_COURTS,
  ORGS_BLIND,
  COMPANIES,
  COURTS,
  FINAL_CRIMINAL_ARTICLES,
  FINAL_OFFENCE_ARTICLES,
  MONTHS_NOM,
  ORGS_FINAL,
  SUPREME_COURT,
  CRIMINAL_ARTICLES,
  INSTITUTIONS,
  MONTHS_GEN,
  MONTHS_LOC,
  ROLES,
  statute,
  type Court,
  type FinalArticle,
  type Forms,
} from './vocabulary.ts';

export type { Split } from './names.ts';
export type { RulingType } from './templates.ts';

export type PiiCategory =
  | 'person'
  | 'personal_code'
  | 'birth_date'
  | 'address'
  | 'postal_code'
  | 'phone'
  | 'email'
  | 'iban'
  | 'vehicle_plate'
  | 'cadastral'
  | 'document';

export type KeepKind =
  'official' | 'court' | 'institution' | 'company' | 'statute' | 'case_number' | 'ecli' | 'amount' | 'date';

export interface Annotation {
  category: PiiCategory;
  /** The entity the mention belongs to: a person ("D", "V", "W"…), or an identifier ("D.code"). */
  entity: string;
  start: number;
  end: number;
  text: string;
}

export interface MustKeep {
  kind: KeepKind;
  start: number;
  end: number;
  text: string;
}

export interface CaseMeta {
  case_number?: string;
  court_code?: string;
  case_category?: 'criminal' | 'civil' | 'administrative' | 'administrative_offence';
  instance?: 'first' | 'appeal' | 'cassation';
  decided_on?: string | null;
}

export interface GeneratedParty {
  id: string;
  role: string;
  name: string;
  surname: string;
  personal_code: string;
}

export interface GeneratedRuling {
  text: string;
  ecli: string;
  type: RulingType;
  split: Split;
  court_code: string;
  case_number: string;
  decided_on: string;
  annotations: Annotation[];
  mustKeep: MustKeep[];
  /** The ruling's parties as structured case data would hold them (for `anonymise(…, {parties})`). */
  parties: GeneratedParty[];
  officials: Array<{ name: string; surname: string; role: string }>;
}

interface PersonData {
  gender: Gender;
  given: NameWord;
  surname: NameWord;
  /** the masculine form of the surname (the family name a relative shares) */
  family: NameWord;
  role: string;
  code: string;
  birth: Date;
  addr: ids.AddressParts;
  phone: string;
  email: string;
  iban: string;
  plate: string;
  cad: string;
  doc: { kind: ids.DocKind; number: string };
  /** final split: a second (actual, not declared) address */
  addr2?: ids.AddressParts;
  /** blind split: the land-register folio number of the person's real estate */
  folio?: string;
  /** exam and verify splits: an address abroad (a Latvian living there) */
  abroad?: ids.AbroadAddress;
}

interface Ctx {
  split: Split;
  rng: Rng;
  type: RulingType;
  persons: Record<string, PersonData>;
  officials: Record<string, { gender: Gender; given: NameWord; surname: NameWord; role: string }>;
  court: Court;
  lowerCourt: Court;
  caseNumber: string;
  ecli: string;
  dates: Record<string, Date>;
  amounts: Record<string, string>;
  art: { law: string; article: number | string; part: number | null; abbreviated: boolean };
  company: string;
  inst: Forms;
  /** final split: a bank, and one institution of each kind (police, building board…) */
  bank?: string;
  orgs?: Record<string, Forms>;
  /** blind split: other courts the story names ({CT.senate.gen}), the criminal proceeding's number, the Senate's archive number */
  courts?: Record<string, Forms>;
  proc?: string;
  arch?: string;
  /** probe split: companies the story names by what they do ({FIRM.insurer}) */
  firms?: Record<string, string>;
}

const TYPE_ROLES: Record<RulingType, Record<string, string>> = {
  criminal_first: { D: 'apsudzetais', V: 'cietusais', W: 'liecinieks', X: 'liecinieks', R: 'radinieks' },
  criminal_appeal: { D: 'apsudzetais', V: 'cietusais', W: 'liecinieks', X: 'liecinieks', R: 'radinieks' },
  civil: { D: 'prasitajs', V: 'atbildetajs', W: 'liecinieks', X: 'liecinieks', R: 'radinieks' },
  administrative: { D: 'pieteicejs', V: 'liecinieks', W: 'liecinieks', X: 'liecinieks', R: 'radinieks' },
  administrative_offence: { D: 'persona', V: 'liecinieks', W: 'inspektors', X: 'liecinieks', R: 'radinieks' },
};

type DateFormat = 'loc' | 'gen' | 'num' | 'nom' | 'tight' | 'tightgen' | 'gabbr' | 'short' | 'iso' | 'nodot';

/** "2024. gada 5. martā" (loc), "… marta" (gen), "… marts" (nom), "05.03.2024." (num); "tight": "2024.gada 5.martā". */
function day(d: Date, c: DateFormat): string {
  const y = d.getUTCFullYear();
  // blind split: "2024. g. 5. martā", "5.03.2024.", "2024-03-05"
  if (c === 'gabbr') return `${y}. g. ${d.getUTCDate()}. ${MONTHS_LOC[d.getUTCMonth()]}`;
  if (c === 'short') return `${d.getUTCDate()}.${ids.pad(d.getUTCMonth() + 1, 2)}.${y}.`;
  // audit split: "05.03.2024" (no final full stop)
  if (c === 'nodot') return `${ids.pad(d.getUTCDate(), 2)}.${ids.pad(d.getUTCMonth() + 1, 2)}.${y}`;
  if (c === 'iso') return `${y}-${ids.pad(d.getUTCMonth() + 1, 2)}-${ids.pad(d.getUTCDate(), 2)}`;
  if (c === 'num') return `${ids.pad(d.getUTCDate(), 2)}.${ids.pad(d.getUTCMonth() + 1, 2)}.${y}.`;
  const mi = d.getUTCMonth();
  const m = c === 'loc' || c === 'tight' ? MONTHS_LOC[mi] : c === 'nom' ? MONTHS_NOM[mi] : MONTHS_GEN[mi];
  if (c === 'tight' || c === 'tightgen') return `${y}.gada ${d.getUTCDate()}.${m}`;
  return `${y}. gada ${d.getUTCDate()}. ${m}`;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

class Doc {
  private parts: string[] = [];
  private len = 0;
  readonly annotations: Annotation[] = [];
  readonly mustKeep: MustKeep[] = [];

  plain(s: string): void {
    this.parts.push(s);
    this.len += s.length;
  }
  pii(category: PiiCategory, entity: string, s: string): void {
    this.annotations.push({ category, entity, start: this.len, end: this.len + s.length, text: s });
    this.plain(s);
  }
  keep(kind: KeepKind, s: string): void {
    this.mustKeep.push({ kind, start: this.len, end: this.len + s.length, text: s });
    this.plain(s);
  }
  text(): string {
    return this.parts.join('');
  }
  endsWithDot(): boolean {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i] as string;
      if (p.length) return p.endsWith('.');
    }
    return false;
  }
}

function pickPerson(
  rng: Rng,
  split: Split,
  used: Set<string>,
  role: string,
  gender?: Gender,
  /** the masculine family surname, for a relative who shares it */
  family?: NameWord,
): PersonData {
  const g: Gender = gender ?? (rng.chance(0.55) ? 'm' : 'f');
  let given: NameWord;
  let surname: NameWord;
  let fam: NameWord;
  for (;;) {
    given = parseName(rng.pick(GIVEN[split][g]));
    if (family) {
      fam = family;
      surname = g === 'm' ? family : feminine(family);
      break;
    }
    if (g === 'f' && split === 'heldout' && rng.chance(0.12))
      fam = surname = { nom: rng.pick(DOUBLE_SURNAMES_F) };
    else {
      const masc = parseName(rng.pick(SURNAMES[split]));
      fam = masc;
      surname = g === 'm' ? masc : feminine(masc);
    }
    const stem = surname.nom.slice(0, 5);
    if (!used.has(stem)) {
      used.add(stem);
      break;
    }
  }
  const year = rng.int(1950, 2004);
  const birth = new Date(Date.UTC(year, rng.int(0, 11), rng.int(1, 28)));
  const code =
    split === 'sealed'
      ? sealedPersonalCode(rng, birth)
      : split === 'tune'
        ? rng.chance(0.8)
          ? ids.oldPersonalCode(rng, birth)
          : ids.newPersonalCode(rng)
        : rng.chance(0.6)
          ? ids.oldPersonalCode(rng, birth, rng.chance(0.7))
          : ids.newPersonalCode(rng);
  return {
    gender: g,
    given,
    surname,
    family: fam,
    role,
    code,
    birth,
    addr: ids.address(rng, split),
    phone: ids.phone(rng, split),
    email: ids.email(rng, given.nom, surname.nom),
    iban: ids.iban(rng, split === 'tune' ? rng.chance(0.3) : rng.chance(split === 'heldout' ? 0.6 : 0.5)),
    plate: ids.plate(rng, split),
    cad: ids.cadastral(rng, split),
    doc: ids.documentNumber(rng),
  };
}

/** Draws persons with `pick` until one has a given name that none of `others` has. */
function unlike(others: PersonData[], pick: () => PersonData): PersonData {
  for (;;) {
    const q = pick();
    if (others.every((o) => q.given.nom !== o.given.nom)) return q;
  }
}

/** A brother or sister of `of`, with the same family name and another given name. */
function sibling(rng: Rng, split: Split, used: Set<string>, role: string, of: PersonData): PersonData {
  return unlike([of], () => pickPerson(rng, split, used, role, undefined, of.family));
}

const TYPE_ROLES_FINAL: Record<RulingType, Record<string, string>> = {
  criminal_first: {
    D: 'apsudzetais',
    V: 'cietusais',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
  },
  criminal_appeal: {
    D: 'apsudzetais',
    V: 'cietusais',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
  },
  civil: {
    D: 'prasitajs',
    V: 'atbildetajs',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'tresa_persona',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'mantinieks',
    M: 'mantojuma_atstajejs',
  },
  administrative: {
    D: 'pieteicejs',
    V: 'tresa_persona',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'aizbildnis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
  },
  administrative_offence: {
    D: 'persona',
    V: 'cietusais',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'ipasnieks',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
  },
};

/** How a split after 'sealed' draws a person: its name lists, birth years and identifier formats. */
interface PersonSpec {
  split: Split;
  /** the chance of a man where the gender is not given */
  maleShare: number;
  /** two persons of one ruling do not share a given name */
  distinctGiven: boolean;
  years: [number, number];
  address: (rng: Rng, rural?: boolean) => ids.AddressParts;
  /** the chance of a second (actual) address other than the first */
  addr2Chance: number;
  /** final and blind draw the personal code before the second address, audit and probe after */
  codeBeforeAddr2: boolean;
  code: (rng: Rng, birth: Date) => string;
  email: (rng: Rng, given: string, surname: string, birthYear: number) => string;
  iban: (rng: Rng) => string;
  doc: (rng: Rng, foreign?: boolean) => { kind: ids.DocKind; number: string };
  /** the land-register folio number of the person's real estate, where the split has one */
  folio?: (rng: Rng) => string;
}

interface PersonOpts {
  gender?: Gender;
  /** the masculine family surname of a relative who shares it */
  family?: NameWord;
  years?: [number, number];
  /** the second (actual) address: another one, or a farm */
  addr2?: 'other' | 'rural';
  foreignDoc?: boolean;
}

/** The person builder of one split: draws in the same order for every split. */
function personPicker(spec: PersonSpec) {
  return (rng: Rng, used: Set<string>, role: string, opts: PersonOpts = {}): PersonData => {
    const g: Gender = opts.gender ?? (rng.chance(spec.maleShare) ? 'm' : 'f');
    let given: NameWord;
    let fam: NameWord;
    for (;;) {
      given = parseName(rng.pick(GIVEN[spec.split][g]));
      if (spec.distinctGiven && used.has(`given:${given.nom}`)) continue;
      if (opts.family) {
        fam = opts.family;
        break;
      }
      fam = parseName(rng.pick(SURNAMES[spec.split]));
      const stem = fam.nom.slice(0, 5);
      if (!used.has(stem)) {
        used.add(stem);
        break;
      }
    }
    if (spec.distinctGiven) used.add(`given:${given.nom}`);
    const surname = g === 'm' ? fam : feminine(fam);
    const [y0, y1] = opts.years ?? spec.years;
    const birth = new Date(Date.UTC(rng.int(y0, y1), rng.int(0, 11), rng.int(1, 28)));
    const addr = spec.address(rng);
    const second = () =>
      opts.addr2 === 'rural'
        ? spec.address(rng, true)
        : opts.addr2 === 'other' || rng.chance(spec.addr2Chance)
          ? spec.address(rng)
          : addr;
    let code: string;
    let addr2: ids.AddressParts;
    if (spec.codeBeforeAddr2) {
      code = spec.code(rng, birth);
      addr2 = second();
    } else {
      addr2 = second();
      code = spec.code(rng, birth);
    }
    return {
      gender: g,
      given,
      surname,
      family: fam,
      role,
      code,
      birth,
      addr,
      addr2,
      phone: ids.phone(rng, spec.split),
      email: spec.email(rng, given.nom, surname.nom, birth.getUTCFullYear()),
      iban: spec.iban(rng),
      plate: ids.plate(rng, spec.split),
      cad: ids.cadastral(rng, spec.split),
      doc: spec.doc(rng, opts.foreignDoc),
      ...(spec.folio ? { folio: spec.folio(rng) } : {}),
    };
  };
}

/**
 * A person of the final split: born in `years`, with the final formats of every identifier and a
 * second (actual) address. `family`: the masculine family surname of a relative who shares it.
 */
const pickFinalPerson = personPicker({
  split: 'final',
  maleShare: 0.55,
  distinctGiven: false,
  years: [1948, 2004],
  address: (rng) => ids.address(rng, 'final'),
  addr2Chance: 0.5,
  codeBeforeAddr2: true,
  code: ids.finalPersonalCode,
  email: ids.finalEmail,
  iban: (rng) => ids.iban(rng, rng.chance(0.5), ids.FINAL_BANKS),
  doc: (rng) => ids.finalDocumentNumber(rng),
});

/**
 * The persons of a final-split ruling: the parties by type, a relative R of D (brother or sister,
 * parent, child or spouse, mostly sharing the family name), a minor child C of D, and in civil cases
 * a deceased M (D's parent) and a co-heir H (D's brother or sister).
 */
function finalPersons(rng: Rng, type: RulingType, used: Set<string>): Record<string, PersonData> {
  const roles = TYPE_ROLES_FINAL[type];
  const p: Record<string, PersonData> = {};
  p.D = pickFinalPerson(rng, used, roles.D as string, { years: [1958, 1996] });
  const D = p.D;
  const dy = D.birth.getUTCFullYear();
  for (const key of ['V', 'W', 'X', 'T', 'I', 'E']) p[key] = pickFinalPerson(rng, used, roles[key] as string);
  const kind = rng.pick(['bralis', 'vecaks', 'berns', 'laulatais'] as const);
  if (kind === 'laulatais')
    p.R = rng.chance(0.75)
      ? pickFinalPerson(rng, used, kind, {
          gender: D.gender === 'm' ? 'f' : 'm',
          family: D.family,
          years: [dy - 6, dy + 6],
        })
      : pickFinalPerson(rng, used, kind, { gender: D.gender === 'm' ? 'f' : 'm', years: [dy - 6, dy + 6] });
  else {
    const years: [number, number] =
      kind === 'vecaks'
        ? [dy - 34, dy - 21]
        : kind === 'berns'
          ? [dy + 21, Math.min(dy + 34, 2007)]
          : [dy - 8, dy + 8];
    if (years[1] < years[0]) years[1] = years[0];
    p.R = unlike([D], () => pickFinalPerson(rng, used, kind, { family: D.family, years }));
  }
  p.C = pickFinalPerson(rng, used, roles.C as string, { family: D.family, years: [2008, 2016] });
  if (type === 'civil') {
    p.M = pickFinalPerson(rng, used, roles.M as string, { family: D.family, years: [dy - 36, dy - 22] });
    p.H = unlike([D, p.R], () =>
      pickFinalPerson(rng, used, roles.H as string, { family: D.family, years: [dy - 9, dy + 9] }),
    );
  }
  return p;
}

const TYPE_ROLES_BLIND: Record<RulingType, Record<string, string>> = {
  criminal_first: {
    D: 'apsudzetais',
    V: 'cietusais',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
  },
  criminal_appeal: {
    D: 'apsudzetais',
    V: 'cietusais',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
  },
  civil: {
    D: 'prasitajs',
    V: 'atbildetajs',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'pardevejs',
  },
  administrative: {
    D: 'pieteicejs',
    V: 'tresa_persona',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
  },
  administrative_offence: {
    D: 'persona',
    V: 'cietusais',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'aizbildnis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
  },
};

/** Roles that differ by the story of a blind ruling: `${type}:${scenario}` → {key: role}. */
const BLIND_ROLE_OVERRIDES: Record<string, Record<string, string>> = {
  'criminal_appeal:2': { D: 'aizdomas_turetais', V: 'sudzibas_iesniedzejs' },
  'civil:2': { D: 'paradnieks', V: 'kreditors' },
  'administrative:2': { D: 'pieteicejs' },
  'administrative_offence:0': { D: 'ipasnieks' },
};

/** A person of the blind split, with the blind formats of every identifier. */
const pickBlindPerson = personPicker({
  split: 'blind',
  maleShare: 0.52,
  distinctGiven: false,
  years: [1946, 2005],
  address: (rng) => ids.address(rng, 'blind'),
  addr2Chance: 0.45,
  codeBeforeAddr2: true,
  code: ids.blindPersonalCode,
  email: ids.blindEmail,
  iban: ids.blindIban,
  doc: (rng) => ids.blindDocumentNumber(rng),
  folio: ids.blindFolio,
});

/**
 * The persons of a blind ruling. D and V are the parties; in a divorce and in threats within a
 * family V is D's spouse (mostly with the same surname); R is a relative of D (of V where the story
 * is about V's family); C is a minor child (of D, or of V, or of both spouses); H is a seller,
 * a witness or an heir by story; W, X witnesses; T a representative who is not an advocate or a
 * guardian; I an interpreter; E an expert.
 */
function blindPersons(
  rng: Rng,
  type: RulingType,
  scenario: number,
  used: Set<string>,
): Record<string, PersonData> {
  const roles = { ...TYPE_ROLES_BLIND[type], ...(BLIND_ROLE_OVERRIDES[`${type}:${scenario}`] ?? {}) };
  const p: Record<string, PersonData> = {};
  p.D = pickBlindPerson(rng, used, roles.D as string, { years: [1960, 1998] });
  const D = p.D;
  const dy = D.birth.getUTCFullYear();
  const spouse = (type === 'civil' && scenario === 0) || (type === 'criminal_first' && scenario === 1);
  if (spouse) {
    const g: Gender = D.gender === 'm' ? 'f' : 'm';
    p.V = rng.chance(0.7)
      ? pickBlindPerson(rng, used, roles.V as string, {
          gender: g,
          family: D.family,
          years: [dy - 5, dy + 5],
        })
      : pickBlindPerson(rng, used, roles.V as string, { gender: g, years: [dy - 5, dy + 5] });
  } else p.V = pickBlindPerson(rng, used, roles.V as string);
  for (const key of ['W', 'X', 'T', 'I', 'E', 'H']) p[key] = pickBlindPerson(rng, used, roles[key] as string);
  const ofV = (type === 'civil' && scenario === 1) || (type === 'administrative' && scenario === 0);
  const of = ofV ? p.V : D;
  const oy = of.birth.getUTCFullYear();
  const kind = spouse
    ? rng.pick(['bralis', 'vecaks'] as const)
    : rng.pick(['bralis', 'vecaks', 'berns', 'laulatais'] as const);
  if (kind === 'laulatais')
    p.R = pickBlindPerson(rng, used, kind, {
      gender: of.gender === 'm' ? 'f' : 'm',
      ...(rng.chance(0.7) ? { family: of.family } : {}),
      years: [oy - 6, oy + 6],
    });
  else {
    const years: [number, number] =
      kind === 'vecaks'
        ? [oy - 35, oy - 20]
        : kind === 'berns'
          ? [oy + 20, Math.min(oy + 34, 2006)]
          : [oy - 9, oy + 9];
    if (years[1] < years[0]) years[1] = years[0];
    p.R = unlike([of], () => pickBlindPerson(rng, used, kind, { family: of.family, years }));
  }
  const childOf =
    (type === 'administrative' && scenario === 0) || (type === 'administrative_offence' && scenario === 1)
      ? p.V
      : D;
  // the child of a married couple bears the father's family name
  const family = spouse && D.gender === 'f' ? (p.V as PersonData).family : childOf.family;
  p.C = unlike([childOf, p.R], () =>
    pickBlindPerson(rng, used, roles.C as string, { family, years: [2009, 2021] }),
  );
  return p;
}

const TYPE_ROLES_AUDIT: Record<RulingType, Record<string, string>> = {
  criminal_first: {
    D: 'apsudzetais',
    V: 'cietusais',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
  },
  criminal_appeal: {
    D: 'apsudzetais',
    V: 'cietusais',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
  },
  civil: {
    D: 'prasitajs',
    V: 'atbildetajs',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
  },
  administrative: {
    D: 'pieteicejs',
    V: 'tresa_persona',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'pircejs',
  },
  administrative_offence: {
    D: 'persona',
    V: 'cietusais',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'liecinieks',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
  },
};

/** Roles that differ by the story of an audit ruling: `${type}:${scenario}` → {key: role}. */
const AUDIT_ROLE_OVERRIDES: Record<string, Record<string, string>> = {
  'criminal_first:0': { T: 'likumiskais_parstavis' },
  'criminal_first:2': { T: 'liecinieks' },
  'criminal_appeal:0': { D: 'nododama_persona' },
  'criminal_appeal:2': { D: 'notiesatais' },
  'civil:1': { W: 'tresa_persona' },
};

/** A person of the audit split, with the audit formats of every identifier. */
const pickAuditPerson = personPicker({
  split: 'audit',
  maleShare: 0.53,
  distinctGiven: true,
  years: [1947, 2004],
  address: (rng, rural) => ids.auditAddress(rng, rural ? { rural } : {}),
  addr2Chance: 0.4,
  codeBeforeAddr2: false,
  code: ids.auditPersonalCode,
  email: ids.auditEmail,
  iban: ids.auditIban,
  doc: ids.auditDocumentNumber,
  folio: ids.auditFolio,
});

/**
 * The persons of an audit ruling. D and V are the parties (in a juvenile case D is a minor and T the
 * parent who is D's legal representative; in a maintenance case V is the child's other parent); R is
 * a relative of D (D's spouse where the story needs one; of V in an eviction); C is a minor child (of
 * D, of both parents, of V in an eviction, or a minor buyer); H is a buyer or a witness; W, X
 * witnesses; T a representative who is not an advocate or a witness; I an interpreter; E an expert.
 */
function auditPersons(
  rng: Rng,
  type: RulingType,
  scenario: number,
  used: Set<string>,
  year: number,
): Record<string, PersonData> {
  const key = `${type}:${scenario}`;
  const roles = { ...TYPE_ROLES_AUDIT[type], ...(AUDIT_ROLE_OVERRIDES[key] ?? {}) };
  const p: Record<string, PersonData> = {};
  const juvenile = key === 'criminal_first:0';
  p.D = pickAuditPerson(rng, used, roles.D as string, {
    years: juvenile ? [year - 17, year - 16] : [1958, 1999],
    ...(key === 'administrative:0' ? { addr2: 'other' as const } : {}),
    ...(key === 'administrative:1' ? { addr2: 'rural' as const } : {}),
    ...(key === 'administrative:2' ? { foreignDoc: true } : {}),
  });
  const D = p.D;
  const dy = D.birth.getUTCFullYear();
  const parents = key === 'criminal_appeal:1';
  p.V = parents
    ? pickAuditPerson(rng, used, roles.V as string, {
        gender: D.gender === 'm' ? 'f' : 'm',
        ...(rng.chance(0.5) ? { family: D.family } : {}),
        years: [dy - 6, dy + 6],
      })
    : pickAuditPerson(rng, used, roles.V as string);
  for (const k of ['W', 'X', 'I', 'E', 'H']) p[k] = pickAuditPerson(rng, used, roles[k] as string);
  if (juvenile) {
    // the parent who represents the minor defendant bears the family name
    p.T = pickAuditPerson(rng, used, roles.T as string, { family: D.family, years: [dy - 42, dy - 22] });
  } else p.T = pickAuditPerson(rng, used, roles.T as string);
  const ofV = key === 'civil:2';
  const of = ofV ? p.V : D;
  const oy = of.birth.getUTCFullYear();
  const spouse = key === 'criminal_appeal:0' || key === 'administrative:2';
  const kind = spouse
    ? 'laulatais'
    : juvenile
      ? rng.pick(['bralis', 'vecaks'] as const)
      : rng.pick(['bralis', 'vecaks', 'berns', 'laulatais'] as const);
  if (kind === 'laulatais')
    p.R = pickAuditPerson(rng, used, kind, {
      gender: of.gender === 'm' ? 'f' : 'm',
      ...(rng.chance(key === 'administrative:2' ? 0.5 : 0.7) ? { family: of.family } : {}),
      years: [oy - 7, oy + 7],
    });
  else {
    const years: [number, number] =
      kind === 'vecaks'
        ? [oy - 36, oy - 20]
        : kind === 'berns'
          ? [oy + 20, Math.min(oy + 33, year - 18)]
          : [oy - 8, oy + 8];
    if (years[1] < years[0]) years[1] = years[0];
    p.R = unlike([of], () => pickAuditPerson(rng, used, kind, { family: of.family, years }));
  }
  // the minor: a child of D (of both parents; of the couple R and D; of V in an eviction), or a minor
  // buyer who is no relative
  const minorBuyer = key === 'administrative_offence:2';
  const father = (a: PersonData, b: PersonData) => (a.gender === 'm' ? a : b);
  const family = minorBuyer
    ? undefined
    : parents
      ? father(D, p.V).family
      : spouse
        ? father(D, p.R).family
        : ofV
          ? p.V.family
          : D.family;
  const childOf = ofV ? p.V : D;
  p.C = unlike([childOf, p.R], () =>
    pickAuditPerson(rng, used, roles.C as string, {
      ...(family ? { family } : {}),
      years: minorBuyer
        ? [year - 17, year - 16]
        : juvenile
          ? [dy + 1, Math.max(dy + 1, Math.min(dy + 8, year - 1))]
          : [Math.max(2008, dy + 20), Math.max(2008, dy + 20, year - 3)],
    }),
  );
  return p;
}

const TYPE_ROLES_PROBE: Record<RulingType, Record<string, string>> = {
  criminal_first: {
    D: 'apsudzetais',
    V: 'cietusais',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
    M: 'liecinieks',
  },
  criminal_appeal: {
    D: 'apsudzetais',
    V: 'cietusais',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'cietusais',
    M: 'liecinieks',
  },
  civil: {
    D: 'prasitajs',
    V: 'atbildetajs',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
    M: 'mantojuma_atstajejs',
  },
  administrative: {
    D: 'pieteicejs',
    V: 'tresa_persona',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
    M: 'liecinieks',
  },
  administrative_offence: {
    D: 'persona',
    V: 'liecinieks',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'liecinieks',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
    M: 'liecinieks',
  },
};

/** A person of the probe split, with the probe formats of every identifier. */
const pickProbePerson = personPicker({
  split: 'probe',
  maleShare: 0.5,
  distinctGiven: true,
  years: [1950, 2003],
  address: (rng, rural) => ids.probeAddress(rng, rural ? { rural } : {}),
  addr2Chance: 0.35,
  codeBeforeAddr2: false,
  code: ids.probePersonalCode,
  email: ids.probeEmail,
  iban: ids.probeIban,
  doc: ids.probeDocumentNumber,
  folio: ids.probeFolio,
});

/**
 * The persons of a probe ruling. D and V are the parties; R a relative of D (a spouse, a parent, a
 * brother or sister) who shares D's family name; C a minor child; T a representative who is not an
 * advocate (in the money-mule story, the victim's son or daughter); H an acquaintance, a buyer's
 * intermediary or a victim; M the deceased testator of an inheritance (the father of D and of R, the
 * husband of V); W, X witnesses; I an interpreter; E an expert, a valuer or a surveyor.
 */
function probePersons(
  rng: Rng,
  type: RulingType,
  scenario: number,
  used: Set<string>,
  year: number,
): Record<string, PersonData> {
  const key = `${type}:${scenario}`;
  const roles = TYPE_ROLES_PROBE[type];
  const p: Record<string, PersonData> = {};
  const inheritance = key === 'civil:0';
  const formerSpouses = key === 'criminal_appeal:0';
  const spouses = key === 'administrative:0' || key === 'administrative_offence:0';
  if (inheritance) p.M = pickProbePerson(rng, used, roles.M as string, { gender: 'm', years: [1938, 1956] });
  const M = p.M;
  p.D = pickProbePerson(rng, used, roles.D as string, {
    years: M
      ? [M.birth.getUTCFullYear() + 22, M.birth.getUTCFullYear() + 36]
      : formerSpouses
        ? [1972, 1996]
        : [1956, 2000],
    ...(M ? { family: M.family } : {}),
    ...(key === 'administrative_offence:1' ? { addr2: 'rural' as const } : {}),
  });
  const D = p.D;
  const dy = D.birth.getUTCFullYear();
  if (inheritance) {
    // the widow named in the will; most took the testator's name
    p.V = pickProbePerson(rng, used, roles.V as string, {
      gender: 'f',
      ...(rng.chance(0.7) ? { family: (M as PersonData).family } : {}),
      years: [(M as PersonData).birth.getUTCFullYear() + 4, (M as PersonData).birth.getUTCFullYear() + 16],
    });
  } else if (formerSpouses) {
    p.V = pickProbePerson(rng, used, roles.V as string, {
      gender: D.gender === 'm' ? 'f' : 'm',
      ...(rng.chance(0.6) ? { family: D.family } : {}),
      years: [dy - 6, dy + 6],
    });
  } else
    p.V = pickProbePerson(
      rng,
      used,
      roles.V as string,
      key === 'criminal_first:0' ? { years: [1936, 1952] } : {},
    );
  const V = p.V;
  for (const k of ['W', 'X', 'I', 'E', 'H']) p[k] = pickProbePerson(rng, used, roles[k] as string);
  // the victim's son or daughter represents the victim in the money-mule story
  p.T =
    key === 'criminal_first:0'
      ? pickProbePerson(rng, used, roles.T as string, {
          family: V.family,
          years: [V.birth.getUTCFullYear() + 20, V.birth.getUTCFullYear() + 34],
        })
      : pickProbePerson(rng, used, roles.T as string);
  const kind = inheritance
    ? 'bralis'
    : spouses
      ? 'laulatais'
      : formerSpouses
        ? 'vecaks'
        : rng.pick(['bralis', 'vecaks', 'laulatais', 'berns'] as const);
  for (;;) {
    const years: [number, number] =
      kind === 'vecaks'
        ? [dy - 34, dy - 20]
        : kind === 'berns'
          ? [dy + 20, Math.max(dy + 20, Math.min(dy + 32, year - 18))]
          : kind === 'laulatais'
            ? [dy - 7, dy + 7]
            : [dy - 9, dy + 9];
    const r = pickProbePerson(rng, used, kind, {
      ...(kind === 'laulatais' ? { gender: D.gender === 'm' ? ('f' as const) : ('m' as const) } : {}),
      ...(kind !== 'laulatais' || rng.chance(0.7) ? { family: D.family } : {}),
      years,
    });
    if (r.given.nom !== D.given.nom) {
      p.R = r;
      break;
    }
  }
  // a minor child of D (of the former spouses: the father's family name)
  const family = formerSpouses ? (D.gender === 'm' ? D.family : V.family) : D.family;
  const cy0 = Math.max(year - 15, dy + 20);
  p.C = pickProbePerson(rng, used, roles.C as string, { family, years: [cy0, Math.max(cy0, year - 3)] });
  return p;
}

const TYPE_ROLES_EXAM: Record<RulingType, Record<string, string>> = {
  criminal_first: {
    D: 'apsudzetais',
    V: 'cietusais',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
  },
  criminal_appeal: {
    D: 'apsudzetais',
    V: 'cietusais',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'pircejs',
  },
  civil: {
    D: 'prasitajs',
    V: 'atbildetajs',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
  },
  administrative: {
    D: 'pieteicejs',
    V: 'tresa_persona',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
  },
  administrative_offence: {
    D: 'persona',
    V: 'liecinieks',
    W: 'liecinieks',
    X: 'liecinieks',
    T: 'liecinieks',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    H: 'liecinieks',
  },
};

/** Roles that differ by the story of an exam ruling: `${type}:${scenario}` → {key: role}. */
const EXAM_ROLE_OVERRIDES: Record<string, Record<string, string>> = {
  'criminal_first:0': { X: 'apsudzetais', V: 'liecinieks' },
  'criminal_first:1': { H: 'pasutitajs' },
  'criminal_appeal:1': { V: 'liecinieks', H: 'inspektors' },
  'administrative_offence:0': { W: 'inspektors' },
};

/** A person of the exam split, with the exam formats of every identifier. */
const pickExamPerson = personPicker({
  split: 'exam',
  maleShare: 0.52,
  distinctGiven: true,
  years: [1950, 2004],
  address: (rng, rural) => ids.examAddress(rng, rural ? { rural } : {}),
  addr2Chance: 0.3,
  codeBeforeAddr2: false,
  code: ids.examPersonalCode,
  email: ids.examEmail,
  iban: ids.examIban,
  doc: ids.examDocumentNumber,
  folio: ids.examFolio,
});

/**
 * The persons of an exam ruling. D and V are the parties (in a forged power of attorney V is D's
 * grandparent; in a parent's maintenance claim D is the parent and V the adult child, who lives abroad);
 * X a co-accused; R a relative of D (a parent, a brother or sister, a spouse, or in the maintenance
 * claim D's other child); C a minor child (of D; of V in the maintenance claim); T a representative who
 * is not an advocate (the injured worker's spouse); H a buyer, an inspector or the client whose house
 * was roofed; W, X witnesses; I an interpreter; E an expert.
 */
function examPersons(
  rng: Rng,
  type: RulingType,
  scenario: number,
  used: Set<string>,
  year: number,
): Record<string, PersonData> {
  const key = `${type}:${scenario}`;
  const roles = { ...TYPE_ROLES_EXAM[type], ...(EXAM_ROLE_OVERRIDES[key] ?? {}) };
  const p: Record<string, PersonData> = {};
  const grandparent = key === 'criminal_appeal:0';
  const elderlyParent = key === 'civil:1';
  const kindergarten = key === 'administrative:1';
  p.D = pickExamPerson(rng, used, roles.D as string, {
    years: elderlyParent
      ? [1938, 1956]
      : grandparent
        ? [1990, 2002]
        : kindergarten
          ? [1984, 1996]
          : key === 'criminal_first:0'
            ? [1975, 2001]
            : [1955, 2000],
    ...(key === 'criminal_first:0' || key === 'criminal_first:1' ? { addr2: 'other' as const } : {}),
    ...(key === 'criminal_appeal:1' || kindergarten ? { addr2: 'rural' as const } : {}),
    ...(key === 'administrative_offence:1' ? { foreignDoc: true } : {}),
  });
  const D = p.D;
  const dy = D.birth.getUTCFullYear();
  if (grandparent)
    p.V = pickExamPerson(rng, used, roles.V as string, {
      ...(rng.chance(0.75) ? { family: D.family } : {}),
      years: [dy - 66, dy - 52],
    });
  else if (elderlyParent) {
    p.V = pickExamPerson(rng, used, roles.V as string, {
      ...(rng.chance(0.75) ? { family: D.family } : {}),
      years: [dy + 22, dy + 36],
    });
    p.V.abroad = ids.examAbroadAddress(rng);
  } else p.V = pickExamPerson(rng, used, roles.V as string);
  const V = p.V;
  for (const k of ['W', 'X', 'I', 'E', 'H'])
    p[k] = pickExamPerson(rng, used, roles[k] as string, {
      // the co-accused (a man: the two are spoken of in the masculine plural)
      ...(k === 'X' && key === 'criminal_first:0' ? { foreignDoc: true, gender: 'm' as const } : {}),
      ...(k === 'H' && key === 'criminal_first:1' ? { addr2: 'rural' as const } : {}),
    });
  // the injured worker's husband or wife represents the worker
  const vy = V.birth.getUTCFullYear();
  p.T =
    key === 'criminal_first:1'
      ? pickExamPerson(rng, used, roles.T as string, {
          gender: V.gender === 'm' ? 'f' : 'm',
          ...(rng.chance(0.7) ? { family: V.family } : {}),
          years: [vy - 6, vy + 6],
        })
      : pickExamPerson(rng, used, roles.T as string);
  const kind =
    key === 'criminal_appeal:0'
      ? 'vecaks'
      : elderlyParent
        ? 'berns'
        : key === 'criminal_appeal:1' || type === 'administrative'
          ? 'laulatais'
          : key === 'administrative_offence:0'
            ? 'bralis'
            : key === 'criminal_first:0'
              ? rng.pick(['vecaks', 'bralis'] as const)
              : rng.pick(['bralis', 'vecaks', 'laulatais', 'berns'] as const);
  const ry: [number, number] =
    kind === 'vecaks'
      ? [dy - 32, dy - 22]
      : kind === 'berns'
        ? [dy + 22, Math.max(dy + 22, Math.min(dy + 38, year - 18))]
        : kind === 'laulatais'
          ? [dy - 7, dy + 7]
          : [dy - 9, dy + 9];
  // the parent of a grandchild who forged a power of attorney is the grandparent's child: the father
  // where the grandparent bears the family name, else the mother (who took the family name at marriage)
  const childOfV = grandparent
    ? { gender: V.family.nom === D.family.nom ? ('m' as const) : ('f' as const) }
    : {};
  p.R = pickExamPerson(rng, used, kind, {
    ...childOfV,
    ...(kind === 'laulatais' ? { gender: D.gender === 'm' ? ('f' as const) : ('m' as const) } : {}),
    ...(kind !== 'laulatais' || rng.chance(0.7) ? { family: D.family } : {}),
    years: ry,
  });
  // a minor child: of the adult child V in the maintenance claim, else of D (of D and R in a
  // kindergarten case: the father's family name)
  const father = (a: PersonData, b: PersonData) => (a.gender === 'm' ? a : b);
  const family = elderlyParent
    ? V.gender === 'm'
      ? V.family
      : undefined
    : kind === 'laulatais'
      ? father(D, p.R).family
      : D.family;
  const parentYear = elderlyParent ? vy : dy;
  const cy0 = kindergarten ? year - 5 : Math.max(year - 15, parentYear + 20);
  const cy1 = kindergarten ? year - 2 : Math.max(cy0, year - 3);
  p.C = pickExamPerson(rng, used, roles.C as string, { ...(family ? { family } : {}), years: [cy0, cy1] });
  return p;
}

const TYPE_ROLES_VERIFY: Record<RulingType, Record<string, string>> = {
  criminal_first: { D: 'apsudzetais', V: 'cietusais', W: 'liecinieks', X: 'liecinieks', H: 'liecinieks' },
  criminal_appeal: { D: 'apsudzetais', V: 'cietusais', W: 'liecinieks', X: 'liecinieks', H: 'cietusais' },
  civil: { D: 'prasitajs', V: 'atbildetajs', W: 'liecinieks', X: 'liecinieks', H: 'liecinieks' },
  administrative: { D: 'pieteicejs', V: 'liecinieks', W: 'liecinieks', X: 'liecinieks', H: 'liecinieks' },
  administrative_offence: {
    D: 'persona',
    V: 'liecinieks',
    W: 'inspektors',
    X: 'liecinieks',
    H: 'liecinieks',
  },
};

/** A person of the verify split, with the verify formats of every identifier. */
const pickVerifyPerson = personPicker({
  split: 'verify',
  maleShare: 0.5,
  distinctGiven: true,
  years: [1952, 2005],
  address: (rng, rural) => ids.verifyAddress(rng, rural ? { rural } : {}),
  addr2Chance: 0.3,
  codeBeforeAddr2: true,
  code: ids.verifyPersonalCode,
  email: ids.verifyEmail,
  iban: ids.verifyIban,
  doc: ids.verifyDocumentNumber,
  folio: ids.verifyFolio,
});

/**
 * The persons of a verify ruling (see ./templates-verify.ts for the stories). D and V are the parties;
 * R a relative of D (a brother or sister, a parent, a spouse); C a minor child of D; T a representative
 * who is not an advocate; H a second victim or a neighbour; W, X witnesses; I an interpreter; E an expert.
 */
function verifyPersons(
  rng: Rng,
  type: RulingType,
  scenario: number,
  used: Set<string>,
  year: number,
): Record<string, PersonData> {
  const key = `${type}:${scenario}`;
  const roles: Record<string, string> = {
    T: 'parstavis',
    I: 'tulks',
    E: 'eksperts',
    C: 'nepilngadigais',
    ...TYPE_ROLES_VERIFY[type],
  };
  const p: Record<string, PersonData> = {};
  p.D = pickVerifyPerson(rng, used, roles.D as string, {
    years: key === 'administrative:1' ? [1986, 1999] : [1958, 2001],
    ...(key === 'criminal_first:1' || key === 'civil:0' || key === 'administrative_offence:0'
      ? { addr2: 'rural' as const }
      : {}),
    ...(key === 'administrative:0' ? { addr2: 'other' as const } : {}),
  });
  const D = p.D;
  const dy = D.birth.getUTCFullYear();
  p.V = pickVerifyPerson(rng, used, roles.V as string, {
    ...(key === 'criminal_first:1' || key === 'civil:0' ? { addr2: 'rural' as const } : {}),
    ...(key === 'criminal_appeal:1' ? { gender: D.gender === 'm' ? ('f' as const) : ('m' as const) } : {}),
  });
  if (key === 'civil:1') p.V.abroad = ids.verifyAbroadAddress(rng);
  for (const k of ['W', 'X', 'I', 'E', 'H', 'T'])
    p[k] = pickVerifyPerson(rng, used, roles[k] as string, {
      ...(k === 'I' ? { foreignDoc: true } : {}),
      ...(k === 'X' && key === 'administrative_offence:1' ? { foreignDoc: true } : {}),
    });
  const kind =
    key === 'administrative:1'
      ? 'vecaks'
      : key === 'criminal_appeal:0' || key === 'civil:1'
        ? 'laulatais'
        : key === 'criminal_first:0'
          ? 'bralis'
          : rng.pick(['bralis', 'vecaks', 'laulatais'] as const);
  const ry: [number, number] =
    kind === 'vecaks' ? [dy - 34, dy - 21] : kind === 'laulatais' ? [dy - 6, dy + 6] : [dy - 8, dy + 8];
  p.R = pickVerifyPerson(rng, used, kind, {
    ...(kind === 'laulatais' ? { gender: D.gender === 'm' ? ('f' as const) : ('m' as const) } : {}),
    ...(kind === 'vecaks' ? { gender: 'f' as const } : {}),
    ...(kind !== 'laulatais' || rng.chance(0.75) ? { family: D.family } : {}),
    years: ry,
  });
  // a minor child: of D and V in a stalking case, of D and a spouse R, else of D (the father's family name)
  const father = D.gender === 'm' ? D : key === 'criminal_appeal:1' ? p.V : kind === 'laulatais' ? p.R : D;
  const cy0 = Math.max(year - 14, dy + 19);
  p.C = pickVerifyPerson(rng, used, roles.C as string, {
    family: father.family,
    years: [cy0, Math.max(cy0, year - 2)],
  });
  return p;
}

/** Sealed split: old codes with a hyphen, an en dash (as word processors write it) or none; new codes. */
function sealedPersonalCode(rng: Rng, birth: Date): string {
  if (!rng.chance(0.55)) return ids.newPersonalCode(rng);
  const style = rng.int(0, 2);
  const c = ids.oldPersonalCode(rng, birth, style !== 2);
  return style === 1 ? c.replace('-', '–') : c;
}

const CASE_NAMES: Case[] = ['nom', 'gen', 'dat', 'acc', 'loc'];

function nameForm(p: { gender: Gender; given: NameWord; surname: NameWord }, form: string, c: Case): string {
  const g = decline(p.given, p.gender, c);
  const s = decline(p.surname, p.gender, c);
  switch (form) {
    case 'full':
      return `${g} ${s}`;
    case 'sur':
      return s;
    case 'given':
      return g;
    case 'init':
      return `${p.given.nom.startsWith('Dž') ? 'Dž' : p.given.nom.charAt(0)}. ${s}`;
    case 'caps':
      return `${g} ${s}`.toUpperCase();
    case 'capsur':
      return `${s.toUpperCase()} ${g}`;
    case 'capsonly':
      return s.toUpperCase();
    case 'surgiven':
      return `${s} ${g}`;
    case 'surinit':
      return `${s} ${p.given.nom.startsWith('Dž') ? 'Dž' : p.given.nom.charAt(0)}.`;
    case 'capssur':
      // "Jānis BĒRZIŅŠ": given name as written, surname in capitals
      return `${g} ${s.toUpperCase()}`;
    case 'initns':
      // "J.Bērziņš": an initial with no space
      return `${p.given.nom.startsWith('Dž') ? 'Dž' : p.given.nom.charAt(0)}.${s}`;
    case 'inits':
      // "J. B.": initials only (as a minor is often named)
      return `${p.given.nom.startsWith('Dž') ? 'Dž' : p.given.nom.charAt(0)}. ${p.surname.nom.charAt(0)}.`;
    default:
      throw new Error(`unknown name form ${form}`);
  }
}

function render(doc: Doc, template: string, ctx: Ctx): void {
  const re = /\{([^}]+)\}/g;
  let at = 0;
  // Sealed split: a sentence that ends in an abbreviation ("… Jelgavas nov.", "Bērziņš J.") takes no
  // second full stop, as a careful writer would type it.
  const plain = (s: string) =>
    doc.plain(
      (ctx.split === 'sealed' ||
        ctx.split === 'final' ||
        ctx.split === 'blind' ||
        ctx.split === 'audit' ||
        ctx.split === 'probe' ||
        ctx.split === 'exam' ||
        ctx.split === 'verify') &&
        s.startsWith('.') &&
        doc.endsWithDot()
        ? s.slice(1)
        : s,
    );
  for (const m of template.matchAll(re)) {
    plain(template.slice(at, m.index));
    at = m.index + m[0].length;
    placeholder(doc, m[1] as string, ctx);
  }
  plain(template.slice(at));
}

function placeholder(doc: Doc, rawSpec: string, ctx: Ctx): void {
  // "{^X…}": capitalise the first letter (a role word at the start of a sentence).
  if (rawSpec.startsWith('^')) {
    const inner = new Doc();
    placeholder(inner, rawSpec.slice(1), ctx);
    const t = inner.text();
    if (inner.annotations.length || inner.mustKeep.length)
      throw new Error(`{^${rawSpec}}: only plain words can be capitalised`);
    doc.plain(t.charAt(0).toUpperCase() + t.slice(1));
    return;
  }
  const spec = rawSpec;
  const [head, ...rest] = spec.split('.');
  const arg = rest.join('.');
  const person = ctx.persons[head as string];
  if (person) {
    const [field, c] = [rest[0] as string, (rest[1] ?? 'nom') as Case];
    if (field.startsWith('g:')) {
      const [m, f] = spec.slice(spec.indexOf('g:') + 2).split('|');
      doc.plain(person.gender === 'm' ? (m as string) : (f ?? (m as string)));
      return;
    }
    switch (field) {
      case 'full':
      case 'sur':
      case 'given':
      case 'init':
      case 'caps':
      case 'capsur':
      case 'capsonly':
      case 'surgiven':
      case 'surinit':
      case 'capssur':
      case 'initns':
      case 'inits':
        doc.pii('person', head as string, nameForm(person, field, c));
        return;
      case 'role':
        doc.plain((ROLES[person.role] as Record<Gender, Forms>)[person.gender][c]);
        return;
      case 'code':
        doc.pii('personal_code', `${head}.code`, person.code);
        return;
      case 'birth': {
        const fmt = (rest[1] ?? 'loc') as DateFormat;
        doc.pii(
          'birth_date',
          `${head}.birth`,
          fmt === 'num' ? day(person.birth, 'num').slice(0, -1) : day(person.birth, fmt),
        );
        return;
      }
      case 'addr':
        doc.pii('address', `${head}.addr`, rest[1] === 'loc' ? person.addr.addressLoc : person.addr.address);
        return;
      case 'city':
        doc.plain(person.addr.city ? (rest[1] === 'loc' ? person.addr.city.loc : person.addr.city.nom) : '');
        return;
      case 'cityc':
        // ", Talsos, Talsu nov." after an address, or nothing for a rural address (final split)
        doc.plain(
          person.addr.city ? `, ${rest[1] === 'loc' ? person.addr.city.loc : person.addr.city.nom}` : '',
        );
        return;
      case 'fulladdr': {
        // address, city, postal code — as written on a summons
        if (person.addr.townFirst && person.addr.city) {
          // audit split: "Rīga, LV-1004, Ilūkstes iela 8-12"
          doc.plain(`${person.addr.city.nom}, `);
          doc.pii('postal_code', `${head}.postal`, person.addr.postal);
          doc.plain(', ');
          doc.pii('address', `${head}.addr`, person.addr.address);
          return;
        }
        doc.pii('address', `${head}.addr`, person.addr.address);
        if (person.addr.city) doc.plain(`, ${person.addr.city.nom}`);
        doc.plain(', ');
        doc.pii('postal_code', `${head}.postal`, person.addr.postal);
        return;
      }
      case 'postal':
        doc.pii('postal_code', `${head}.postal`, person.addr.postal);
        return;
      case 'cityc2': {
        // exam split: the town after the actual (second) address, or nothing for a rural one
        const a = person.addr2 ?? person.addr;
        doc.plain(a.city ? `, ${rest[1] === 'loc' ? a.city.loc : a.city.nom}` : '');
        return;
      }
      case 'abroad': {
        // exam split: "Norvēģijā, Storgata 45, 3015 Drammen" (loc) or "Storgata 45, 3015 Drammen, Norvēģija"
        const a = person.abroad as ids.AbroadAddress;
        if (rest[1] === 'loc') {
          doc.plain(`${a.country.loc}, `);
          doc.pii('address', `${head}.abroad`, a.address);
        } else {
          doc.pii('address', `${head}.abroad`, a.address);
          doc.plain(`, ${a.country.nom}`);
        }
        return;
      }
      case 'addr2': {
        // the actual address; the same entity as the declared one when the person lives there
        const a = person.addr2 ?? person.addr;
        const ent = a === person.addr ? `${head}.addr` : `${head}.addr2`;
        doc.pii('address', ent, rest[1] === 'loc' ? a.addressLoc : a.address);
        return;
      }
      case 'fulladdr2': {
        const a = person.addr2 ?? person.addr;
        const same = a === person.addr;
        doc.pii('address', same ? `${head}.addr` : `${head}.addr2`, a.address);
        if (a.city) doc.plain(`, ${a.city.nom}`);
        doc.plain(', ');
        doc.pii('postal_code', same ? `${head}.postal` : `${head}.postal2`, a.postal);
        return;
      }
      case 'phone':
        doc.pii('phone', `${head}.phone`, person.phone);
        return;
      case 'email':
        doc.pii('email', `${head}.email`, person.email);
        return;
      case 'iban':
        doc.pii('iban', `${head}.iban`, person.iban);
        return;
      case 'plate':
        doc.pii('vehicle_plate', `${head}.plate`, person.plate);
        return;
      case 'cad':
        doc.pii('cadastral', `${head}.cad`, person.cad);
        return;
      case 'doc':
        doc.pii('document', `${head}.doc`, person.doc.number);
        return;
      case 'docword':
        doc.plain(DOC_WORDS[person.doc.kind][0]);
        return;
      case 'docwordgen':
        doc.plain(DOC_WORDS[person.doc.kind][1]);
        return;
      case 'folio':
        // a land-register folio number identifies the person's real estate like a cadastral number
        doc.pii('cadastral', `${head}.folio`, person.folio as string);
        return;
      default:
        throw new Error(`unknown person field ${spec}`);
    }
  }
  const official = ctx.officials[head as string];
  if (official) {
    const field = rest[0] as string;
    const c = (rest[1] ?? 'nom') as Case;
    if (field.startsWith('g:')) {
      const [m, f] = spec.slice(spec.indexOf('g:') + 2).split('|');
      doc.plain(official.gender === 'm' ? (m as string) : (f ?? (m as string)));
      return;
    }
    if (field === 'role') doc.plain((ROLES[official.role] as Record<Gender, Forms>)[official.gender][c]);
    else doc.keep('official', nameForm(official, field, c));
    return;
  }
  switch (head) {
    case 'COURT':
      doc.keep('court', ctx.court.forms[(arg || 'nom') as Case]);
      return;
    case 'LOWER':
      doc.keep('court', ctx.lowerCourt.forms[(arg || 'nom') as Case]);
      return;
    case 'SEAT':
      doc.plain(ctx.court.seat);
      return;
    case 'CASE':
      doc.keep('case_number', ctx.caseNumber);
      return;
    case 'ECLI':
      doc.keep('ecli', ctx.ecli);
      return;
    case 'ART': {
      const ref = statute(
        ctx.art.law,
        ctx.art.article,
        ctx.art.part,
        (arg || 'nom') as Case,
        ctx.art.abbreviated,
      );
      // exam split: "2352.¹ panta", as statutes are written (no full stop after the superscript)
      doc.keep(
        'statute',
        ctx.split === 'exam' || ctx.split === 'verify' ? ref.replace(/\.([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\. /, '.$1 ') : ref,
      );
      return;
    }
    case 'LAW': {
      // a fixed statute reference written in the template, e.g. {LAW.Kriminālprocesa likuma 511. panta pirmā daļa}
      doc.keep('statute', arg);
      return;
    }
    case 'DATE': {
      const [which, fmt] = arg.split('.');
      const d = ctx.dates[which as string];
      if (!d) throw new Error(`unknown date {${spec}}`);
      doc.keep('date', day(d, (fmt ?? 'loc') as DateFormat));
      return;
    }
    case 'AMOUNT': {
      const a = ctx.amounts[arg];
      if (a === undefined) throw new Error(`unknown amount {${spec}}`);
      doc.keep('amount', a);
      return;
    }
    case 'BANK':
      doc.keep('company', ctx.bank as string);
      return;
    case 'ORG': {
      // {ORG.police.gen}: the ruling's institution of that kind (final split)
      const [kind, c] = arg.split('.');
      const forms = ctx.orgs?.[kind as string];
      if (!forms) throw new Error(`unknown institution {${spec}}`);
      doc.keep('institution', forms[(c || 'nom') as Case]);
      return;
    }
    case 'CT': {
      // {CT.senate.gen}: another court the blind story names
      const [kind, c] = arg.split('.');
      const forms = ctx.courts?.[kind as string];
      if (!forms) throw new Error(`unknown court {${spec}}`);
      doc.keep('court', forms[(c || 'nom') as Case]);
      return;
    }
    case 'FIRM': {
      // {FIRM.insurer}: a company the probe story names by what it does
      const name = ctx.firms?.[arg];
      if (!name) throw new Error(`unknown company {${spec}}`);
      doc.keep('company', name);
      return;
    }
    case 'PROC':
      doc.keep('case_number', ctx.proc as string);
      return;
    case 'ARCH':
      doc.keep('case_number', ctx.arch as string);
      return;
    case 'COMPANY':
      doc.keep('company', ctx.company);
      return;
    case 'INST':
      doc.keep('institution', ctx.inst[(arg || 'nom') as Case]);
      return;
    default:
      throw new Error(`unknown placeholder {${spec}}`);
  }
}

/** Forms of an institution's name (the instrumental is the accusative, the vocative the nominative). */
function f5(nom: string, gen: string, dat: string, acc: string, loc: string): Forms {
  return { nom, gen, dat, acc, ins: acc, loc, voc: nom };
}

/** Nominative and genitive of the word for a person's identity document. */
const DOC_WORDS: Record<ids.DocKind, [string, string]> = {
  pase: ['pase', 'pases'],
  apliecība: ['personas apliecība', 'personas apliecības'],
  atļauja: ['uzturēšanās atļauja', 'uzturēšanās atļaujas'],
  'ārvalstu pase': ['ārvalsts pase', 'ārvalsts pases'],
  'ārvalstu apliecība': ['ārvalsts personas apliecība', 'ārvalsts personas apliecības'],
  'vadītāja apliecība': ['transportlīdzekļa vadītāja apliecība', 'transportlīdzekļa vadītāja apliecības'],
};

function amount(rng: Rng, split: Split, min: number, max: number): string {
  const v = rng.int(min, max);
  const cents = rng.chance(0.3) ? rng.int(1, 99) : 0;
  const num = cents ? `${v},${ids.pad(cents, 2)}` : String(v);
  if (split === 'tune') return rng.chance(0.5) ? `${num} EUR` : `${num} euro`;
  if (split === 'sealed') {
    const grouped = v >= 1000 ? `${Math.floor(v / 1000)} ${ids.pad(v % 1000, 3)}` : String(v);
    return rng.chance(0.5) ? `${grouped},${ids.pad(cents, 2)} EUR` : `${num} euro`;
  }
  if (split === 'final') {
    const grouped = v >= 1000 ? `${Math.floor(v / 1000)} ${ids.pad(v % 1000, 3)}` : String(v);
    const style = rng.int(0, 3);
    if (style === 0) return `EUR ${grouped},${ids.pad(cents, 2)}`;
    if (style === 1) return `${num} eiro`;
    if (style === 2) return `${v},${ids.pad(cents, 2)} EUR`;
    // as civil judgments write a sum: in figures, then in words
    const words = `${numberWords(v)} euro${cents ? ` un ${cents} ${cents % 10 === 1 && cents !== 11 ? 'cents' : 'centi'}` : ''}`;
    return `${num} EUR (${words})`;
  }
  if (split === 'blind') {
    const grouped = v >= 1000 ? `${Math.floor(v / 1000)} ${ids.pad(v % 1000, 3)}` : String(v);
    const style = rng.int(0, 4);
    if (style === 0) return `${grouped},${ids.pad(cents, 2)} euro`;
    if (style === 1) return `${num} €`;
    // "350 euro 50 centi", as a sum is said
    if (style === 2)
      return cents
        ? `${v} euro ${cents} ${cents % 10 === 1 && cents !== 11 ? 'cents' : 'centi'}`
        : `${v} euro`;
    if (style === 3) return `EUR ${num}`;
    return `${grouped} EUR`;
  }
  if (split === 'audit') {
    const grouped = v >= 1000 ? `${Math.floor(v / 1000)} ${ids.pad(v % 1000, 3)}` : String(v);
    const style = rng.int(0, 3);
    if (style === 0) return `${grouped},${ids.pad(cents, 2)} EUR`;
    if (style === 1) return `${num} euro`;
    // "EUR 1 250,00"
    if (style === 2) return `EUR ${grouped},${ids.pad(cents, 2)}`;
    // "1250 EUR (viens tūkstotis divi simti piecdesmit euro, 00 centi)"
    return `${num} EUR (${numberWords(v)} euro, ${ids.pad(cents, 2)} centi)`;
  }
  if (split === 'probe') {
    const grouped = v >= 1000 ? `${Math.floor(v / 1000)} ${ids.pad(v % 1000, 3)}` : String(v);
    const cc = ids.pad(cents, 2);
    const style = rng.int(0, 3);
    if (style === 0) return `${num} EUR`;
    // "EUR 1 250", "EUR 1 250,40"
    if (style === 1) return cents ? `EUR ${grouped},${cc}` : `EUR ${grouped}`;
    // "1 250 eiro 40 centi"
    if (style === 2) return cents ? `${grouped} eiro ${cc} centi` : `${grouped} eiro`;
    // "1250 euro (viens tūkstotis divi simti piecdesmit euro)"
    return `${num} euro (${numberWords(v)} euro${cents ? ` ${cc} centi` : ''})`;
  }
  if (split === 'exam' || split === 'verify') {
    const grouped = v >= 1000 ? `${Math.floor(v / 1000)} ${ids.pad(v % 1000, 3)}` : String(v);
    const cc = ids.pad(cents, 2);
    const style = rng.int(0, 3);
    // "1 250,40 EUR", "EUR 1250", "1250,40 euro", "1250 EUR (viens tūkstotis divi simti piecdesmit euro 40 centi)"
    if (style === 0) return `${grouped},${cc} EUR`;
    if (style === 1) return `EUR ${num}`;
    if (style === 2) return `${v},${cc} euro`;
    return `${num} EUR (${numberWords(v)} euro${cents ? ` ${cc} centi` : ''})`;
  }
  return rng.chance(0.5) ? `EUR ${num}` : `${num} eiro`;
}

const UNITS = ['', 'viens', 'divi', 'trīs', 'četri', 'pieci', 'seši', 'septiņi', 'astoņi', 'deviņi'];
const TEENS = [
  'desmit',
  'vienpadsmit',
  'divpadsmit',
  'trīspadsmit',
  'četrpadsmit',
  'piecpadsmit',
  'sešpadsmit',
  'septiņpadsmit',
  'astoņpadsmit',
  'deviņpadsmit',
];

const TENS = [
  '',
  '',
  'divdesmit',
  'trīsdesmit',
  'četrdesmit',
  'piecdesmit',
  'sešdesmit',
  'septiņdesmit',
  'astoņdesmit',
  'deviņdesmit',
];

function below1000(n: number): string {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h === 1) out.push('simts');
  else if (h > 1) out.push(`${UNITS[h]} simti`);
  if (r >= 10 && r < 20) out.push(TEENS[r - 10] as string);
  else {
    if (r >= 20) out.push(TENS[Math.floor(r / 10)] as string);
    if (r % 10) out.push(UNITS[r % 10] as string);
  }
  return out.join(' ');
}

/** A whole number below 1,000,000 in Latvian words ("divi tūkstoši trīs simti piecdesmit viens"). */
export function numberWords(n: number): string {
  if (n === 0) return 'nulle';
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  const parts: string[] = [];
  if (th === 1) parts.push('viens tūkstotis');
  else if (th > 1) {
    const last = th % 100;
    parts.push(`${below1000(th)} ${th % 10 === 1 && last !== 11 ? 'tūkstotis' : 'tūkstoši'}`);
  }
  if (r) parts.push(below1000(r));
  return parts.join(' ');
}

const TYPES: RulingType[] = [
  'criminal_first',
  'criminal_appeal',
  'civil',
  'administrative',
  'administrative_offence',
];

function typeFromMeta(meta: CaseMeta | undefined, rng: Rng): RulingType {
  if (!meta?.case_category) return rng.pick(TYPES);
  const appeal = meta.instance === 'appeal' || meta.instance === 'cassation';
  switch (meta.case_category) {
    case 'criminal':
      return appeal ? 'criminal_appeal' : 'criminal_first';
    case 'civil':
      return 'civil';
    case 'administrative':
      return 'administrative';
    default:
      return 'administrative_offence';
  }
}

/** Blind split: the appeal court (apgabaltiesa) of each first-instance court's region. */
const BLIND_REGION: Record<string, string> = {
  RPT: 'RAT',
  RRT: 'RAT',
  ELT: 'RAT',
  KRT: 'KAT',
  ZRT: 'ZAT',
  VRT: 'VAT',
  LRT: 'LAT',
};

/** Blind split: the story of a ruling (0–2), drawn first; a Supreme Court case is a cassation. */
function blindStory(type: RulingType, meta: CaseMeta | undefined, rng: Rng): number {
  const drawn = rng.int(0, 5) % 3;
  const cassationStory = type === 'criminal_appeal' ? 0 : type === 'administrative' ? 2 : -1;
  if (cassationStory < 0 || !meta?.court_code) return drawn;
  if (meta.court_code === 'AT') return cassationStory;
  return drawn === cassationStory ? (drawn + 1) % 3 : drawn;
}

function blindCassation(type: RulingType, scenario: number): boolean {
  return (type === 'criminal_appeal' && scenario === 0) || (type === 'administrative' && scenario === 2);
}

/**
 * A criminal proceeding's number of the exam and verify splits: "1", one of `kinds`, the institution,
 * a serial and a year up to two before the ruling.
 */
function procNumber(rng: Rng, decided: Date, kinds: string[]): string {
  const yyyy = decided.getUTCFullYear();
  return `1${rng.pick(kinds)}${ids.pad(rng.int(0, 999), 3)}${ids.pad(rng.int(0, 9999), 4)}${String(yyyy - rng.int(0, 2)).slice(2)}`;
}

/** The ECLI of an exam or verify ruling: a decision ("L") or a judgment ("S"). */
function ownEcli(rng: Rng, court: Court, decided: Date, caseNumber: string, isDecision: boolean): string {
  return `ECLI:LV:${court.code}:${decided.getUTCFullYear()}:${ids.pad(decided.getUTCMonth() + 1, 2)}${ids.pad(decided.getUTCDate(), 2)}.${caseNumber.replace(/[^A-Za-z0-9]/g, '')}.${rng.int(1, 9)}.${isDecision ? 'L' : 'S'}`;
}

/** What the exam and verify splits draw their setting from (vocabulary.ts). */
interface StoryVocabulary {
  orgs: Record<string, Forms[]>;
  firms: Record<string, string[]>;
  /** the regional courts' administrative appeal court and the Supreme Court (the first of each) */
  courts: Record<string, Forms[]>;
  /** per ruling type, the statute of each story (scenario) */
  articles: Record<string, FinalArticle[]>;
}

/**
 * The part of the exam and verify splits' setting that is alike, drawn in this order: one of each
 * kind of organisation and of firm, a (non-administrative) appeal court, then the story's statute
 * ("KL" for the Criminal Law one time in five, abbreviated one time in four where it has parts).
 * Also sets the criminal proceeding's number and the story. Dates and amounts are the split's own.
 * Returns the organisations chosen (`ctx.orgs`), which the exam split completes.
 */
function storySetting(
  rng: Rng,
  ctx: Ctx,
  type: RulingType,
  proc: string | undefined,
  aligned: Map<string, number>,
  scenario: number,
  vocab: StoryVocabulary,
): Record<string, Forms> {
  const orgs: Record<string, Forms> = Object.fromEntries(
    Object.entries(vocab.orgs).map(([k, v]) => [k, rng.pick(v)]),
  );
  ctx.orgs = orgs;
  ctx.firms = Object.fromEntries(Object.entries(vocab.firms).map(([k, v]) => [k, rng.pick(v)]));
  ctx.courts = {
    appeal: rng.pick(COURTS.filter((c) => c.level === 'appeal' && !c.admin)).forms,
    admappeal: vocab.courts.admappeal?.[0] as Forms,
    supreme: vocab.courts.supreme?.[0] as Forms,
  };
  ctx.proc = proc;
  aligned.set('scenario', scenario);
  const a = vocab.articles[type]?.[scenario] as FinalArticle;
  ctx.art = {
    law: a.law === 'Krimināllikuma' && rng.chance(0.2) ? 'KL' : a.law,
    article: a.article,
    part: a.parts.length ? rng.pick(a.parts) : null,
    abbreviated: a.parts.length > 0 && rng.chance(0.25),
  };
  return orgs;
}

/**
 * One ruling. `rngOrSeed`: a `Rng` (the TIS2 simulator passes its own) or a seed. `caseMeta`, when
 * given, fixes the court, case number, category, instance and decision date. `split` chooses the
 * template and name half (default `tune`).
 */
export function generateRuling(
  rngOrSeed: Rng | number,
  caseMeta?: CaseMeta,
  opts: { split?: Split } = {},
): GeneratedRuling {
  const rng = typeof rngOrSeed === 'number' ? new Rng(rngOrSeed) : rngOrSeed;
  const split = opts.split ?? 'tune';
  const type = typeFromMeta(caseMeta, rng);
  const wantAdmin = type === 'administrative';
  const wantLevel = type === 'criminal_appeal' ? 'appeal' : 'first';
  const candidates = COURTS.filter(
    (c) => c.code !== 'ELT' && c.admin === wantAdmin && c.level === (wantAdmin ? 'first' : wantLevel),
  );
  const known = [...COURTS, SUPREME_COURT];
  let court =
    (caseMeta?.court_code && known.find((c) => c.code === caseMeta.court_code)) || rng.pick(candidates);
  // A court code this generator does not know still names the ECLI (the text uses a similar court).
  if (caseMeta?.court_code && court.code !== caseMeta.court_code)
    court = { ...court, code: caseMeta.court_code };
  let lowerCourt = rng.pick(COURTS.filter((c) => c.level === 'first' && !c.admin));
  const decided = caseMeta?.decided_on
    ? new Date(`${caseMeta.decided_on}T00:00:00Z`)
    : new Date(Date.UTC(rng.int(2019, 2026), rng.int(0, 11), rng.int(1, 28)));
  const yy = String(decided.getUTCFullYear()).slice(2);
  const prefix = {
    criminal_first: 'K',
    criminal_appeal: 'K',
    civil: 'C',
    administrative: 'A',
    administrative_offence: 'AP',
  }[type];
  let caseNumber =
    caseMeta?.case_number ??
    `${prefix}${rng.int(10, 60)}-${ids.pad(rng.int(1, 99999), 5)}-${yy}${type === 'criminal_appeal' ? `/A${yy}` : ''}`;
  const docType = type === 'criminal_appeal' || type === 'administrative_offence' ? 'L' : 'S';
  let ecli = `ECLI:LV:${court.code}:${decided.getUTCFullYear()}:${ids.pad(decided.getUTCMonth() + 1, 2)}${ids.pad(decided.getUTCDate(), 2)}.${caseNumber.replace(/[^A-Za-z0-9]/g, '')}.${rng.int(1, 9)}.${docType}`;

  // blind split: the story is drawn first; a cassation or a complaint changes the court, the case
  // number and the kind of ruling (ECLI "L" for a decision)
  const blindScenario = split === 'blind' ? blindStory(type, caseMeta, rng) : -1;
  let blindCourts: Record<string, Forms> | undefined;
  let proc: string | undefined;
  let arch: string | undefined;
  if (split === 'blind') {
    const yyyy = decided.getUTCFullYear();
    const cassation = blindCassation(type, blindScenario);
    // the appeal court of the ruling's region; a first-instance court of that region below it
    const regionOf = (c: Court) => (c.level === 'appeal' ? c.code : (BLIND_REGION[c.code] ?? 'RAT'));
    const appealCourt: Court =
      type === 'criminal_appeal' && !cassation && court.level === 'appeal' && !court.admin
        ? court
        : cassation || court.admin || court.level === 'appeal'
          ? rng.pick(COURTS.filter((c) => c.level === 'appeal' && !c.admin))
          : ((COURTS.find((c) => c.code === regionOf(court)) as Court | undefined) ?? rng.pick(COURTS));
    if (type === 'criminal_appeal')
      lowerCourt = rng.pick(
        COURTS.filter(
          (c) => c.level === 'first' && !c.admin && c.code !== 'ELT' && regionOf(c) === appealCourt.code,
        ),
      );
    blindCourts = {
      senate: rng.pick(BLIND_COURTS[type === 'administrative' ? 'senateA' : 'senateK'] as Forms[]),
      appeal: appealCourt.forms,
      admfirst: BLIND_COURTS.admfirst?.[0] as Forms,
      admappeal: BLIND_COURTS.admappeal?.[0] as Forms,
      land: rng.pick(BLIND_COURTS.land as Forms[]),
    };
    proc = `1${rng.pick(['1', '2'])}${ids.pad(rng.int(0, 999), 3)}${ids.pad(rng.int(0, 9999), 4)}${String(yyyy - rng.int(1, 3)).slice(2)}`;
    arch = `${type === 'administrative' ? 'SKA' : 'SKK'}-${rng.int(1, 999)}/${yyyy}`;
    if (cassation && !caseMeta?.court_code) court = SUPREME_COURT;
    if (!caseMeta?.case_number) {
      const n5 = () => ids.pad(rng.int(0, 99999), 5);
      const yy2 = String(yyyy - (cassation ? rng.int(1, 3) : 0)).slice(2);
      caseNumber =
        type === 'criminal_first'
          ? `K${rng.int(10, 60)}-${ids.pad(rng.int(1, 9999), 4)}-${yy}`
          : type === 'criminal_appeal'
            ? cassation
              ? proc
              : `KA0${rng.int(1, 5)}-${ids.pad(rng.int(1, 999), 4)}-${yy}/${rng.int(1, 30)}`
            : type === 'civil'
              ? `C${rng.int(10, 77)}${ids.pad(rng.int(0, 9999), 4)}${yy}`
              : type === 'administrative'
                ? `A${rng.int(42, 43)}${n5()}${yy2}`
                : `AP${rng.int(10, 60)}-${ids.pad(rng.int(1, 9999), 4)}-${yy}`;
    }
    const decision =
      type === 'criminal_appeal' || (type === 'civil' && blindScenario === 2) || cassation ? 'L' : 'S';
    ecli = `ECLI:LV:${court.code}:${yyyy}:${ids.pad(decided.getUTCMonth() + 1, 2)}${ids.pad(decided.getUTCDate(), 2)}.${caseNumber.replace(/[^A-Za-z0-9]/g, '')}.${rng.int(1, 9)}.${decision}`;
  }

  // audit split: the story is drawn first (after the blind split's draws, which it does not make);
  // an administrative-offence appeal is decided by a judgment (ECLI "S"), as its header says
  const auditScenario = split === 'audit' ? rng.int(0, 5) % 3 : -1;
  if (split === 'audit' && type === 'administrative_offence') ecli = ecli.replace(/\.L$/, '.S');
  // probe split: likewise (it makes none of the draws above)
  const probeScenario = split === 'probe' ? rng.int(0, 5) % 2 : -1;
  if (split === 'probe' && type === 'administrative_offence') ecli = ecli.replace(/\.L$/, '.S');
  // exam split: likewise; its own case numbers and criminal proceeding number; an appeal court's
  // judgment (a new one after a protest) is "S", its decision leaving a judgment unchanged "L"
  const examScenario = split === 'exam' ? rng.int(0, 5) % 2 : -1;
  if (split === 'exam') {
    proc = procNumber(rng, decided, ['1', '2']);
    if (!caseMeta?.case_number)
      caseNumber =
        type === 'criminal_first'
          ? `K${rng.int(30, 74)}-${ids.pad(rng.int(1, 2999), 4)}-${yy}/${rng.int(1, 24)}`
          : type === 'criminal_appeal'
            ? `KA0${rng.int(1, 5)}-${ids.pad(rng.int(1, 999), 4)}-${yy}/${rng.int(1, 30)}`
            : type === 'civil'
              ? `C${rng.int(28, 77)}${ids.pad(rng.int(1, 9999), 4)}${yy}`
              : type === 'administrative'
                ? `A${rng.int(42, 43)}-${ids.pad(rng.int(1, 9999), 4)}-${yy}/${rng.int(1, 40)}`
                : `AP${rng.int(10, 60)}-${ids.pad(rng.int(1, 9999), 4)}-${yy}/${rng.int(1, 20)}`;
    ecli = ownEcli(rng, court, decided, caseNumber, type === 'criminal_appeal' && examScenario === 0);
  }

  // verify split: likewise; its own case numbers and criminal proceeding number; an appeal court's
  // decision leaving the judgment unchanged is "L", a new judgment "S"
  const verifyScenario = split === 'verify' ? rng.int(0, 5) % 2 : -1;
  if (split === 'verify') {
    proc = procNumber(rng, decided, ['1', '2', '3']);
    if (!caseMeta?.case_number)
      caseNumber =
        type === 'criminal_first'
          ? `K${rng.int(30, 74)}-${ids.pad(rng.int(1, 2999), 4)}-${yy}/${rng.int(1, 30)}`
          : type === 'criminal_appeal'
            ? `KA0${rng.int(1, 5)}-${ids.pad(rng.int(1, 999), 4)}-${yy}/${rng.int(1, 30)}`
            : type === 'civil'
              ? `C${rng.int(28, 77)}-${ids.pad(rng.int(1, 9999), 4)}-${yy}/${rng.int(1, 30)}`
              : type === 'administrative'
                ? `A${rng.int(42, 43)}-${ids.pad(rng.int(1, 9999), 4)}-${yy}/${rng.int(1, 40)}`
                : `AP${rng.int(10, 60)}-${ids.pad(rng.int(1, 9999), 4)}-${yy}/${rng.int(1, 20)}`;
    ecli = ownEcli(rng, court, decided, caseNumber, type === 'criminal_appeal' && verifyScenario === 0);
  }

  const used = new Set<string>();
  const roles = TYPE_ROLES[type];
  let persons: Record<string, PersonData> = {};
  if (split === 'final') persons = finalPersons(rng, type, used);
  else if (split === 'blind') persons = blindPersons(rng, type, blindScenario, used);
  else if (split === 'audit')
    persons = auditPersons(rng, type, auditScenario, used, decided.getUTCFullYear());
  else if (split === 'probe')
    persons = probePersons(rng, type, probeScenario, used, decided.getUTCFullYear());
  else if (split === 'exam') persons = examPersons(rng, type, examScenario, used, decided.getUTCFullYear());
  else if (split === 'verify')
    persons = verifyPersons(rng, type, verifyScenario, used, decided.getUTCFullYear());
  else
    for (const key of ['D', 'V', 'W', 'X', 'R'])
      persons[key] =
        key === 'R' && split === 'sealed' && rng.chance(0.6)
          ? sibling(rng, split, used, roles[key] as string, persons.D as PersonData)
          : pickPerson(rng, split, used, roles[key] as string);
  const on = OFFICIAL_NAMES[split];
  const official = (role: string) => {
    const gender: Gender = rng.chance(0.5) ? 'm' : 'f';
    let surname: NameWord;
    do {
      const masc = parseName(rng.pick(on.surnames));
      surname = gender === 'm' ? masc : feminine(masc);
    } while (used.has(surname.nom.slice(0, 5)));
    used.add(surname.nom.slice(0, 5));
    return { gender, given: parseName(rng.pick(on[gender])), surname, role };
  };
  const officials: Ctx['officials'] = {
    JUDGE: official('tiesnesis'),
    JUDGE2: official('tiesnesis'),
    JUDGE3: official('tiesnesis'),
    PROS: official('prokurors'),
    SEC: official(
      split === 'final' ||
        split === 'blind' ||
        split === 'audit' ||
        split === 'probe' ||
        split === 'exam' ||
        split === 'verify'
        ? 'sedes_sekretars'
        : 'sekretars',
    ),
    ADV: official('advokats'),
  };
  if (split === 'final') {
    officials.ADV2 = official('advokats');
    officials.ASSIST = official('tiesnesa_paligs');
  }
  if (split === 'blind') {
    if (blindCassation(type, blindScenario))
      for (const k of ['JUDGE', 'JUDGE2', 'JUDGE3']) (officials[k] as { role: string }).role = 'senators';
    officials.ADV2 = official('advokats');
    officials.ASSIST = official('tiesnesa_paligs');
    officials.NOT = official('notars');
    officials.BAIL = official('tiesu_izpilditajs');
    officials.ADMIN = official('administrators');
  }
  if (split === 'audit' || split === 'probe' || split === 'exam' || split === 'verify') {
    officials.ADV2 = official('advokats');
    officials.ASSIST = official('tiesnesa_paligs');
    officials.NOT = official('notars');
    officials.BAIL = official('tiesu_izpilditajs');
    officials.ADMIN = official('administrators');
  }
  const offence = addDays(decided, -rng.int(120, 700));
  const ctx: Ctx = {
    split,
    rng,
    type,
    persons,
    officials,
    court,
    lowerCourt,
    caseNumber,
    ecli,
    dates: {
      decision: decided,
      offence,
      report: addDays(offence, rng.int(1, 20)),
      lower: addDays(decided, -rng.int(60, 300)),
      hearing: addDays(decided, -rng.int(7, 40)),
      contract: addDays(offence, -rng.int(100, 900)),
      appeal: addDays(decided, 30),
    },
    amounts: {
      damage: amount(rng, split, 50, 9000),
      fine: amount(rng, split, 70, 2000),
      debt: amount(rng, split, 300, 25000),
      costs: amount(rng, split, 20, 900),
      penalty: amount(rng, split, 10, 3000),
    },
    art:
      type === 'criminal_first' || type === 'criminal_appeal'
        ? (() => {
            const a = rng.pick(CRIMINAL_ARTICLES);
            return {
              law: split !== 'tune' && rng.chance(0.3) ? 'KL' : 'Krimināllikuma',
              article: a.article,
              part: rng.pick(a.parts),
              abbreviated: split !== 'tune' && rng.chance(0.4),
            };
          })()
        : type === 'civil'
          ? {
              law: 'Civillikuma',
              article: rng.pick([1587, 1588, 1759, 1765, 2079, 2112, 1779, 1635]),
              part: null,
              abbreviated: false,
            }
          : type === 'administrative'
            ? {
                law: 'Administratīvā procesa likuma',
                article: rng.pick([250, 253, 286, 288]),
                part: rng.int(1, 2),
                abbreviated: false,
              }
            : {
                law: 'Ceļu satiksmes likuma',
                article: rng.pick([43, 47, 149, 153]),
                part: rng.int(1, 4),
                abbreviated: false,
              },
    company: rng.pick(COMPANIES[split]),
    inst: rng.pick(INSTITUTIONS),
  };
  // final split: the story of each kind of ruling is drawn first, so that the statute fits it
  const aligned = new Map<string, number>();
  if (split === 'blind') {
    ctx.bank = rng.pick(BANKS_BLIND);
    ctx.orgs = Object.fromEntries(Object.entries(ORGS_BLIND).map(([k, v]) => [k, rng.pick(v)]));
    ctx.courts = blindCourts;
    ctx.proc = proc;
    ctx.arch = arch;
    aligned.set('scenario', blindScenario);
    const a = BLIND_ARTICLES[type]?.[blindScenario] as (typeof BLIND_ARTICLES)[string][number];
    ctx.art = {
      law: a.law === 'Krimināllikuma' && rng.chance(0.15) ? 'KL' : a.law,
      article: a.article,
      part: a.parts.length ? rng.pick(a.parts) : null,
      abbreviated: a.parts.length > 0 && rng.chance(0.25),
    };
    ctx.dates.filed = addDays(decided, -rng.int(150, 420));
    ctx.dates.decisionInst = addDays(decided, -rng.int(200, 520));
    ctx.dates.upper = addDays(ctx.dates.lower as Date, rng.int(20, 50));
    ctx.dates.marriage = addDays(decided, -rng.int(3000, 7000));
    ctx.dates.complaint = addDays(decided, -rng.int(20, 60));
    ctx.amounts.monthly = amount(rng, split, 150, 480);
    ctx.amounts.salary = amount(rng, split, 620, 2600);
    ctx.amounts.claim = amount(rng, split, 4000, 60000);
    // a fine reduced by the court
    ctx.amounts.penalty = amount(rng, split, 10, 60);
  }
  if (split === 'audit') {
    ctx.bank = rng.pick(BANKS_AUDIT);
    ctx.orgs = Object.fromEntries(Object.entries(ORGS_AUDIT).map(([k, v]) => [k, rng.pick(v)]));
    ctx.courts = {
      appeal: rng.pick(COURTS.filter((c) => c.level === 'appeal' && !c.admin)).forms,
      foreign: rng.pick(AUDIT_COURTS.foreign as Forms[]),
      admappeal: AUDIT_COURTS.admappeal?.[0] as Forms,
    };
    aligned.set('scenario', auditScenario);
    const a = AUDIT_ARTICLES[type]?.[auditScenario] as (typeof AUDIT_ARTICLES)[string][number];
    ctx.art = {
      law: a.law === 'Krimināllikuma' && rng.chance(0.2) ? 'KL' : a.law,
      article: a.article,
      part: a.parts.length ? rng.pick(a.parts) : null,
      abbreviated: a.parts.length > 0 && rng.chance(0.3),
    };
    ctx.dates.filed = addDays(decided, -rng.int(160, 400));
    ctx.dates.decisionInst = addDays(decided, -rng.int(210, 500));
    ctx.dates.detained = addDays(ctx.dates.hearing as Date, -rng.int(1, 2));
    ctx.dates.release = addDays(decided, rng.int(200, 700));
    ctx.amounts.salary = amount(rng, split, 700, 2900);
    ctx.amounts.claim = amount(rng, split, 3000, 45000);
  }
  if (split === 'probe') {
    ctx.bank = rng.pick(BANKS_PROBE);
    ctx.orgs = Object.fromEntries(Object.entries(ORGS_PROBE).map(([k, v]) => [k, rng.pick(v)]));
    ctx.firms = Object.fromEntries(Object.entries(FIRMS_PROBE).map(([k, v]) => [k, rng.pick(v)]));
    ctx.courts = {
      appeal: rng.pick(COURTS.filter((c) => c.level === 'appeal' && !c.admin)).forms,
      admappeal: PROBE_COURTS.admappeal?.[0] as Forms,
    };
    aligned.set('scenario', probeScenario);
    const a = PROBE_ARTICLES[type]?.[probeScenario] as (typeof PROBE_ARTICLES)[string][number];
    ctx.art = {
      law: a.law === 'Krimināllikuma' && rng.chance(0.25) ? 'KL' : a.law,
      article: a.article,
      part: a.parts.length ? rng.pick(a.parts) : null,
      abbreviated: a.parts.length > 0 && rng.chance(0.3),
    };
    ctx.dates.filed = addDays(decided, -rng.int(150, 380));
    // the protection order came before its breach; the judgment under appeal after the offence
    ctx.dates.decisionInst = addDays(offence, -rng.int(30, 200));
    ctx.dates.lower = addDays(decided, -rng.int(45, 110));
    ctx.dates.death = addDays(decided, -rng.int(500, 1100));
    // the will was made some years before the death
    ctx.dates.will = addDays(ctx.dates.death as Date, -rng.int(400, 3000));
    ctx.amounts.salary = amount(rng, split, 650, 2200);
    ctx.amounts.claim = amount(rng, split, 2500, 38000);
  }
  if (split === 'exam') {
    const orgs = storySetting(rng, ctx, type, proc, aligned, examScenario, {
      orgs: ORGS_EXAM,
      firms: FIRMS_EXAM,
      courts: EXAM_COURTS,
      articles: EXAM_ARTICLES,
    });
    // the institution decided after the incident it rests on; a queue registration came before it
    ctx.dates.decisionInst = addDays(offence, rng.int(5, 40));
    ctx.dates.filed = addDays(ctx.dates.decisionInst as Date, -rng.int(60, 400));
    // the judgment under appeal came after the offence
    ctx.dates.lower = addDays(decided, -rng.int(40, 100));
    ctx.dates.post = addDays(decided, -rng.int(200, 600));
    ctx.amounts.monthly = amount(rng, split, 280, 720);
    ctx.amounts.salary = amount(rng, split, 600, 2400);
    ctx.amounts.claim = amount(rng, split, 1500, 20000);
    // a fine or maintenance reduced by the court
    ctx.amounts.penalty = amount(rng, split, 20, 65);
    ctx.amounts.support = amount(rng, split, 120, 380);
    // the education board of the municipality where the applicant's residence is declared
    const home = persons.D as PersonData;
    const muni = /(\S+) nov(?:\.|ads)$/.exec(home.addr.city?.nom ?? home.addr.address)?.[1];
    if (type === 'administrative' && muni)
      orgs.edu = f5(
        `${muni} novada Izglītības pārvalde`,
        `${muni} novada Izglītības pārvaldes`,
        `${muni} novada Izglītības pārvaldei`,
        `${muni} novada Izglītības pārvaldi`,
        `${muni} novada Izglītības pārvaldē`,
      );
    else if (type === 'administrative' && home.addr.city?.nom === 'Rīga')
      orgs.edu = ORGS_EXAM.edu?.[0] as Forms;
  }
  if (split === 'verify') {
    storySetting(rng, ctx, type, proc, aligned, verifyScenario, {
      orgs: ORGS_VERIFY,
      firms: FIRMS_VERIFY,
      courts: VERIFY_COURTS,
      articles: VERIFY_ARTICLES,
    });
    ctx.dates.decisionInst = addDays(offence, rng.int(10, 60));
    ctx.dates.filed = addDays(ctx.dates.decisionInst as Date, -rng.int(20, 200));
    ctx.dates.lower = addDays(decided, -rng.int(50, 120));
    ctx.dates.post = addDays(offence, -rng.int(90, 700));
    ctx.amounts.monthly = amount(rng, split, 150, 450);
    ctx.amounts.salary = amount(rng, split, 700, 2600);
    ctx.amounts.claim = amount(rng, split, 1200, 24000);
    ctx.amounts.penalty = amount(rng, split, 30, 350);
    ctx.amounts.support = amount(rng, split, 6, 40);
  }
  if (split === 'final') {
    ctx.bank = rng.pick(BANKS_FINAL);
    ctx.orgs = Object.fromEntries(Object.entries(ORGS_FINAL).map(([k, v]) => [k, rng.pick(v)]));
    aligned.set('scenario', rng.int(0, 5));
    aligned.set('party', rng.int(0, 5));
    aligned.set('outcome', rng.int(0, 5));
    aligned.set('facts', rng.int(0, 5));
    const story = (list: typeof FINAL_OFFENCE_ARTICLES, key: string) => {
      const a = list[(aligned.get(key) as number) % list.length] as (typeof list)[number];
      return { law: a.law, article: a.article, part: a.parts.length ? rng.pick(a.parts) : null };
    };
    ctx.dates.filed = addDays(decided, -rng.int(150, 400));
    ctx.dates.death = addDays(decided, -rng.int(400, 900));
    ctx.dates.decisionInst = addDays(decided, -rng.int(200, 500));
    ctx.amounts.monthly = amount(rng, split, 120, 450);
    ctx.amounts.salary = amount(rng, split, 700, 2400);
    if (type === 'criminal_first' || type === 'criminal_appeal') {
      const a =
        type === 'criminal_first'
          ? story(FINAL_CRIMINAL_ARTICLES.first, 'scenario')
          : story(FINAL_CRIMINAL_ARTICLES.appeal, 'facts');
      ctx.art = { ...a, law: rng.chance(0.2) ? 'KL' : a.law, abbreviated: rng.chance(0.3) };
    } else if (type === 'civil')
      ctx.art = {
        law: 'Civillikuma',
        article: rng.pick([1934, 1779, 179, 1587, 1635, 2112, 177]),
        part: null,
        abbreviated: false,
      };
    else if (type === 'administrative')
      ctx.art = {
        law: 'Administratīvā procesa likuma',
        article: rng.pick([65, 66, 67]),
        part: rng.int(1, 2),
        abbreviated: false,
      };
    else ctx.art = { ...story(FINAL_OFFENCE_ARTICLES, 'scenario'), abbreviated: false };
  }

  const doc = new Doc();
  const sections = TEMPLATES[split][type];
  const fillers = [...FILLERS[split]];
  // Real rulings are mostly reasoning: 4–6 general paragraphs go after the facts.
  const extra = rng.int(4, 6);
  const flagged = sections.findIndex((x) => x.fillersBefore);
  const at = flagged >= 0 ? flagged : Math.max(3, sections.length - 3);
  // one draw per `align` key (6 is a multiple of 2 and 3: variant lists of either length stay uniform)
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s] as Section;
    if (s === at) {
      for (let k = 0; k < extra && fillers.length; k++)
        render(doc, fillers.splice(rng.int(0, fillers.length - 1), 1)[0] as string, ctx);
    }
    if (section.optional !== undefined && !rng.chance(section.optional)) continue;
    if (section.align) {
      if (!aligned.has(section.align)) aligned.set(section.align, rng.int(0, 5));
      render(
        doc,
        section.variants[(aligned.get(section.align) as number) % section.variants.length] as string,
        ctx,
      );
    } else render(doc, rng.pick(section.variants), ctx);
  }
  const text = doc.text();
  const parties: GeneratedParty[] = Object.entries(persons)
    .filter(([k]) => doc.annotations.some((a) => a.entity === k))
    .map(([k, p]) => ({
      id: k,
      role: p.role,
      name: p.given.nom,
      surname: p.surname.nom,
      personal_code: p.code,
    }));
  return {
    text,
    ecli,
    type,
    split,
    court_code: court.code,
    case_number: caseNumber,
    decided_on: decided.toISOString().slice(0, 10),
    annotations: doc.annotations,
    mustKeep: doc.mustKeep,
    parties,
    officials: Object.values(officials).map((o) => ({
      name: o.given.nom,
      surname: o.surname.nom,
      role: o.role,
    })),
  };
}

/** A corpus of n rulings from one split, deterministic in (seed, split). */
export function generateCorpus(n: number, seed: number, split: Split): GeneratedRuling[] {
  const rng = new Rng(
    seed ^
      {
        tune: 0x7a1e,
        heldout: 0x5eed,
        sealed: 0x5ea1,
        final: 0xf17a,
        blind: 0xb11d,
        audit: 0xa0d1,
        probe: 0x9b0e,
        exam: 0xe8a3,
        verify: 0x7e21,
      }[split],
  );
  return Array.from({ length: n }, () => generateRuling(rng, undefined, { split }));
}

void CASE_NAMES;
