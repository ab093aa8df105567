/**
 * Persons' names. A run of capitalised words (or initials) is a person when there is evidence:
 * a party role word before it (apsūdzētais, cietušajai, lieciniece…), a known given name in any
 * case followed by another capitalised word (Jāņa Bērziņa), an initial and a surname (J. Bērziņš),
 * a surname-first pair (BĒRZIŅŠ Jānis), or the structured party data. The same run after an official's
 * role word (tiesnese, prokurors, sekretāre, zvērināts advokāts…) or continuing a list of officials
 * is an official acting in office and stays. Every later capitalised word whose stem key
 * (./lexicon/declension.ts) equals a found person's surname or given name is another mention of that
 * person — so surname-alone mentions in any case and in CAPITALS are caught.
 */
import { forms, stemKey } from '../lexicon/declension.ts';
import { fold } from './fold.ts';
import type { Gender } from '../lexicon/declension.ts';
import { lexicon } from '../lexicon/index.ts';
import { placeForms } from '../lexicon/places.ts';
import type { Party } from '../types.ts';
import {
  OFFICIAL_ROLE_PREFIXES,
  PARTY_ROLE_PREFIXES,
  PLACE_NOUN_PREFIXES,
  ROLE_FILLERS,
  roleOfWord,
  startsWithAny,
} from './roles.ts';

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  cap: boolean;
  initial: boolean;
  stop: boolean;
  place: boolean;
  /** A role word (tiesnese, Cietušais, bērns…) — not a name. */
  role: boolean;
}

export interface PersonFound {
  mentions: Array<{ start: number; end: number }>;
  first: number;
}

export interface NamesResult {
  persons: PersonFound[];
  officials: Array<{ start: number; end: number }>;
}

const STOP = new Set(
  `
tiesa tiesas tiesai tiesu tiesā latvijas latvija latvijā republikas republika rīgas rīga rīgā krimināllikuma krimināllikums
kriminālprocesa civilprocesa administratīvā administratīvās administratīvo administratīvais administratīvajā likuma likums
likumā spriedums sprieduma spriedumu spriedumā lēmums lēmuma lēmumu lēmumā nosprieda nolēma konstatēja konstatē ar no uz
par pie pēc kā ka tā tas to šo šī šis šīs viņš viņa viņu viņam viņai viņas un bet vai jo ja lai kad kur kas kura kurš ievērojot
saskaņā pamatojoties turklāt tādējādi līdz kopš nav ir bija tika tiek atzīt atzina piemērot noteikt apsūdzības apsūdzība lieta
lietā lietas lietu krimināllieta krimināllietā krimināllietu krimināllietas prasība prasību prasības pieteikums pieteikumu
pieteikuma apelācijas kasācijas sūdzība sūdzību sūdzības procesa valsts policija policijas prokuratūra prokuratūras euro eur
nr ecli sia as ik zs ks vas vsia augstākā augstākās apgabaltiesa apgabaltiesas rajona pilsētas vidzemes kurzemes zemgales
latgales ekonomisko lietu vārdā eiropas cilvēktiesību konvencijas satversmes satversme senāts senāta departaments
departamenta kolēģija kolēģijas nodaļa nodaļas janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris
oktobris novembris decembris pirmkārt otrkārt treškārt visbeidzot tomēr taču savukārt tāpat arī minētais minētā attiecīgi
tātad šajā šādā tādā sods sodu soda nolemj nospriež noteica rezolutīvā aprakstošā motīvu daļa daļā daļas pants panta pantu
pantā punkts punkta punktā tiesneši tiesnesis tiesnese sekretāre sekretārs prokurors prokurore apsūdzētais apsūdzētā
ņemot izvērtējot izskatot izskatīja izskata atcelt atstāt grozīt piedzīt uzlikt mainīt izbeigt noraidīt apmierināt
atzīt daļēji pilnībā lietas materiāli materiālos materiālu tiesu administrācija valsts kase kases ieņēmumu dienests dienesta
ceļu satiksmes drošības direkcija direkcijas pašvaldība pašvaldības dome domes valdība ministrija ministrijas kabinets
kabineta noteikumi noteikumu noteikumiem administratīvo pārkāpumu procesa kodekss kodeksa sēde sēdē sēdes tiesnesim
tiesneses slēgtā atklātā tiesas sēdē rakstveida procesā mutvārdu paziņot pieņemts pieņemt pilnā sastāvā sastāvā
nolēmums nolēmumu nolēmuma informācija informāciju iesniegums iesniegumu pielikums pielikumā saskaņa likumīgā spēkā
stājas stājies pārsūdzēt pārsūdzams nepārsūdzams sagatavots sagatavošanas pilns saīsinātais persona personas personai
personu kodekss kodeksu eiro naudas summa summu summas kopā apmērā apmēru reģistrēts reģistrācijas tiesvedība tiesvedību
kriminālprocess kriminālprocesu kriminālprocesā kriminālprocesam kriminālprocesa dzīvesvieta dzīvesvietu deklarētā
tālrunis tālruņa pase pases apliecība mobilais elektroniskā elektroniskais transportlīdzeklis automašīna
iestāde iestādes iestādei iestādi iestādē pārvalde pārvaldes inspekcija inspekcijas komisija komisijas dienests
savs sava savas savam savai savu savā savās savos savi savām savus mans mana manas manu manā tavs tava mūsu jūsu
šā šīs tās tādas tāda tāds citas cita cits citu visas visa visu visi kādas kāda kāds neviena nekāda abu abas abi
puses pušu pusēm pusei
`
    .trim()
    .split(/\s+/)
    .flatMap((w) => [w, fold(w)]), // also as written without diacritics
);

/** Stop words that stay stop words even when a party is so named. */
const STRUCTURAL = new Set(
  'tiesa tiesas tiesai tiesu tiesā valsts latvijas latvija republikas lieta lietas likums likuma pants panta daļa daļas sods soda un ar no uz par pie pēc'
    .split(' ')
    .flatMap((w) => [w, fold(w)]),
);

const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;

// Latvian letters with diacritics: a text holding none is written without them ("apsudzetais").
const DIACRITIC = /[āčēģīķļņšūž]/iu;

/**
 * Is the word a role word? Role words are matched by their start, and a word written without
 * diacritics by the start without them — but only in a text written without diacritics: in a text
 * that has them, a capitalised word matching a role only so is a name (Bernhards is not "bērns",
 * Matvejs not "māte", Virgils not "vīrs").
 */
function isRoleToken(lower: string, cap: boolean, plain: boolean): boolean {
  if (!startsWithAny(lower, OFFICIAL_ROLE_PREFIXES) && !startsWithAny(lower, PARTY_ROLE_PREFIXES))
    return false;
  if (!cap || plain) return true;
  return (
    OFFICIAL_ROLE_PREFIXES.some((p) => lower.startsWith(p)) ||
    PARTY_ROLE_PREFIXES.some((p) => lower.startsWith(p))
  );
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const places = placeForms();
  const plain = !DIACRITIC.test(text);
  for (const m of text.matchAll(WORD)) {
    const t = m[0];
    const first = t.charAt(0);
    const cap = first !== first.toLowerCase();
    const lower = t.toLowerCase();
    const end = m.index + t.length;
    const initial =
      cap &&
      (t.length === 1 || (t.length === 2 && (lower === 'dž' || lower === 'ch'))) &&
      text.charAt(end) === '.';
    const place = places.has(lower);
    const law = /likum|kodeks|^noteikum|konvencij|^satversm|^direktīv|^regul/u.test(lower);
    out.push({
      start: m.index,
      end,
      text: t,
      lower,
      cap,
      initial,
      stop: STOP.has(lower) || place || law,
      place,
      role: isRoleToken(lower, cap, plain),
    });
  }
  surnamesLikeRoles(text, out);
  return out;
}

/**
 * Surnames that are role words too (Kaimiņš "neighbour", Biedriņš, Kundziņš, Znotiņš, Brālis): a
 * capitalised role word in mid-sentence, written next to a given name from the lexicon or an initial
 * ("Artūrs Kaimiņš", "Kaimiņam Artūram", "A. Kundziņam"), is a surname — and so is every other
 * mid-sentence capitalised form of it in the ruling ("… ka Kaimiņš redzējis"). At a sentence's start
 * ("Brālis Jānis apliecināja") it stays the role word.
 */
function surnamesLikeRoles(text: string, tokens: Token[]): void {
  const given = lexicon().given;
  // Mid-sentence: not after a sentence's end — an initial's full stop is none ("A. Kundziņam").
  const midTitle = (i: number): boolean => {
    const t = tokens[i] as Token;
    if (!t.role || !t.cap || isUpper(t)) return false;
    const prev = tokens[i - 1];
    if (prev !== undefined && prev.initial && joins(text, prev, t)) return true;
    // Not the first word of a sentence, a line, or a numbered paragraph ("[4] Liecinieks …").
    const before = text.slice(Math.max(0, t.start - 12), t.start).replace(/[\s“"„(]+$/u, '');
    return before !== '' && !/(?:[.!?:;\n]|\[\d+\]|\d\)|^\s*)$/u.test(before) && !sentenceInitial(text, t);
  };
  const keys = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!midTitle(i)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // A party's role word capitalised in mid-sentence (officials' never count) beside another
    // capitalised word of a name is part of that name too ("Jevgēnijs Onkuls", "Tantra Liepa").
    const partyOnly = !startsWithAny(t.lower, OFFICIAL_ROLE_PREFIXES);
    const nameBeside = (u: Token | undefined): boolean =>
      u !== undefined &&
      u.cap &&
      !u.role &&
      !u.stop &&
      !u.place &&
      !isUpper(u) &&
      (given.has(u.lower) || (partyOnly && u.start > t.start));
    const byPrev =
      prev && prev.cap && (prev.initial ? joins(text, prev, t) : joins(text, prev, t) && nameBeside(prev));
    const byNext = next && joins(text, t, next) && ((next.cap && next.initial) || nameBeside(next));
    if (byPrev || byNext) keys.add(stemKey(t.lower));
  }
  if (keys.size === 0) return;
  tokens.forEach((t, i) => {
    if (midTitle(i) && keys.has(stemKey(t.lower))) t.role = false;
  });
}

/** The initial a name is abbreviated to: one letter, or the digraphs Dž and Ch (Džeimss → Dž.). */
function initialOf(word: string): string {
  return (/^(?:dž|ch)/iu.test(word) ? word.slice(0, 2) : word.charAt(0)).toUpperCase();
}

/** Where a name ends: after the full stop of a closing initial ("Bērziņa R."). */
function endOf(t: Token): number {
  return t.initial ? t.end + 1 : t.end;
}

// Between two members of a list of names: a comma, "un", a semicolon, after an optional
// parenthesised role ("Sīle Dina (sēdes vadītāja), Ozols Jānis").
const LIST_GAP = /^(?:\s*\([^()\n]{0,60}\))?(?:,\s*|\s+un\s+|\s+ir\s+|;\s*)$/u;
// A signature block lists officials one to a line ("Senatori\t\tCinīte S.\n\t\t\tOzols L."): a line
// holding nothing but a name, right after a line that ended with an official's name, continues it.
const LINE_GAP = /^[ \t]*\n[ \t]*$/u;

function isUpper(t: Token): boolean {
  return t.text.length >= 2 && t.text === t.text.toUpperCase();
}

function isNameToken(t: Token): boolean {
  return t.cap && !t.stop && !t.role;
}

function joins(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (a.initial) return gap === '.' || gap === '. ' || gap === '.\u00a0';
  return gap === ' ' || gap === '\u00a0';
}

function sentenceInitial(text: string, t: Token): boolean {
  for (let i = t.start - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t' || c === '\u00a0' || c === '(' || c === '“' || c === '"' || c === '„')
      continue;
    return c === '.' || c === '\n' || c === '!' || c === '?' || c === ':' || c === ';' || /\d/.test(c);
  }
  return true;
}

/** Is the stretch from a to b a line of its own (a heading)? */
function wholeLine(text: string, a: Token, b: Token): boolean {
  const before = text.lastIndexOf('\n', a.start - 1);
  const after = text.indexOf('\n', b.end);
  return (
    /^[\s\d.]*$/u.test(text.slice(before + 1, a.start)) &&
    /^[\s.:]*$/u.test(text.slice(b.end, after === -1 ? text.length : after))
  );
}

/** A place or institution noun (iela, pagasts, pārvalde…), or its abbreviation "pag.", "nov.". */
function placeNoun(text: string, t: Token): boolean {
  return (
    startsWithAny(t.lower, PLACE_NOUN_PREFIXES) ||
    (/^(?:pag|nov)$/u.test(t.lower) && text.charAt(t.end) === '.')
  );
}

/** A lowercase institution or place word within the next two words (Nodarbinātības valsts aģentūra). */
// A body's name may hold a longer chain of genitives before its noun ("Patērētāju tiesību aizsardzības
// centrs", "Valsts sociālās apdrošināšanas aģentūra"): plural and feminine genitive endings only, which
// verbs do not have.
const GENITIVE_WORD = /^\p{Ll}+(?:as|es|ās|ēs|u|ību|ības|šanas|o)$/u;

function placeAfter(text: string, tokens: Token[], j: number): boolean {
  for (let k = j; k < j + 4 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.cap || !/^[ \u00a0]+$/.test(text.slice((tokens[k - 1] as Token).end, t.start))) return false;
    if (k >= j + 2 && !tokens.slice(j, k).every((w) => GENITIVE_WORD.test(w.lower))) return false;
    if (placeNoun(text, t)) return !bankProduct(tokens, k);
    // "Ozola iesniegums policijai", "Liepas liecība tiesai": a person's statement to a body.
    if (POSSESSED_ROLE.test(t.lower)) return false;
  }
  return false;
}

/** "bankas karte", "bankas konts": a person's card or account, not a bank named after the person. */
function bankProduct(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  return (
    /^bank/u.test(t.lower) &&
    next !== undefined &&
    /^(?:kart|kont|pārskait|izrakst|maksājum)/u.test(next.lower)
  );
}

const STRONG_SURNAME =
  /(?:iņš|iņa|iņam|iņai|iņu|iņā|iņas|ovs|ova|ovam|ovai|ovu|ovas|evs|eva|evam|evai|evas|skis|ska|skim|skai|ītis|īte|īša|ītim|ītei|ītes|nieks|niece|nieka|niekam|nieku|nieces|niecei|ulis|ule|uļa|ulim|ulei|ules|enko|ājs|āja|ājam|ājai|āju|ājas|sons|sona|sonam|sonu|bergs|berga|bergam|bergu)$/u;

// At the start of a sentence a name is nearly always the subject, in the nominative.
const NOMINATIVE = /(?:s|š|a|e|o)$/u;

// Abstract nouns (Nodarbinātības, Pilsonības) are never names.
const ABSTRACT = /(?:ības|ību|ībai|šanas|šanu|šana)$/u;

/** A word that can be a Latvian (or Latvianised) name form: ends in a declension ending. */
function nameShaped(t: Token): boolean {
  return (
    !t.initial &&
    t.text.length >= 3 &&
    /(?:s|š|a|e|i|u|ā|ē|ī|ū|am|im|um|ai|ei|em|o)$/u.test(t.lower) &&
    !ABSTRACT.test(t.lower)
  );
}

/** A name in a foreign spelling: letters outside the Latvian alphabet (Wiśniewski, Müller, Aistė), or
 * ending in a consonant no Latvian name form ends in (Oleksandr, Ivanov, Becker, Okafor, Nowak). */
function foreignShaped(t: Token): boolean {
  if (t.initial || t.text.length < 3 || ABSTRACT.test(t.lower)) return false;
  const last = t.lower.split('-').pop() as string;
  return /[yqwxłóśźżńćąęėįųäöüßőűøåéèçñ]/u.test(t.lower) || /[bcdfghjklmnprtvz]$/u.test(last);
}

// Words of foreign firms' names, and the legal forms after them ("Luminor Bank AS", "Nordic Trade
// GmbH"): two foreign-shaped capitalised words with one of these are a company, not a person.
const FIRM_WORD =
  /^(?:bank|group|holding|capital|finance|financial|insurance|trade|trading|logistics|invest|investment|baltic|baltics|nordic|energy|systems|solutions|services|partners|international|company|motors|leasing|credit|express|transport|media|tech|digital|consulting|estate|property|foods|market|fund|management|airlines|air|software|global|europe|retail|network|telecom)$/u;
const LEGAL_FORM_AFTER =
  /^[ \u00a0]*,?[ \u00a0]*(?:AS|SIA|AB|OÜ|UAB|GmbH|AG|Ltd|LLC|Inc|plc|PLC|Oy|ApS|BV|NV|SA|SE)(?![\p{L}])/u;

function foreignPerson(text: string, a: Token, b: Token): boolean {
  if (nameShaped(a) && nameShaped(b)) return true;
  if (!(nameShaped(a) || foreignShaped(a)) || !(nameShaped(b) || foreignShaped(b))) return false;
  return (
    !FIRM_WORD.test(a.lower) &&
    !FIRM_WORD.test(b.lower) &&
    !LEGAL_FORM_AFTER.test(text.slice(b.end, b.end + 8))
  );
}

type RoleKind = 'official' | 'party' | null;

/** The role token j gives a name after it (see roleOfWord: "sēdes vadītājs", "valdes priekšsēdētājs"…). */
function roleAt(text: string, tokens: Token[], j: number): RoleKind {
  const t = tokens[j] as Token;
  const prev = tokens[j - 1];
  const prevLower = prev && /^[ \u00a0]+$/.test(text.slice(prev.end, t.start)) ? prev.lower : undefined;
  if (
    t.cap &&
    !t.role &&
    (startsWithAny(t.lower, OFFICIAL_ROLE_PREFIXES) || startsWithAny(t.lower, PARTY_ROLE_PREFIXES))
  )
    return null;
  return roleOfWord(t.lower, prevLower, text.slice(t.end, t.end + 4));
}

/**
 * The role word that introduces the name at token i: the nearest role word before it, with only
 * role words and their attributes (tiesas sēdes, valsts apsūdzības uzturētāja, zvērināta…) between,
 * in the same sentence. Any other word between ("tulks, jo X norādīja") breaks the link.
 */
function roleBefore(text: string, tokens: Token[], i: number): RoleKind {
  for (let j = i - 1, n = 0; j >= 0 && n < 4; j--, n++) {
    const t = tokens[j] as Token;
    const gap = text.slice(t.end, (tokens[j + 1] as Token).start);
    if (/[.;!?]\s|\n\s*\n/.test(gap) && !t.initial) return null;
    const kind = roleAt(text, tokens, j);
    if (kind) return kind;
    if (!ROLE_FILLERS.has(t.lower)) return null;
  }
  return null;
}

type CaseSet = number; // bits: 1 nominative, 2 genitive, 4 dative, 8 accusative, 16 locative
/** The cases a noun or name form can be in, from its ending (coarse; indeclinable: any). */
function casesOf(lower: string): CaseSet {
  // A name in its original spelling (letters outside the Latvian alphabet: Wiśniewski, Müller,
  // Jankauskaitė, Yuriy) is not declined: any case.
  if (/[yqwxłóśźżńćąęėįųäöüßőűøåéèçñ]/u.test(lower)) return 31;
  if (/(?:am|im|um|em|ai|ei|iem|ām|ēm)$/u.test(lower)) return 4;
  // Lithuanian and other foreign names end in a nominative -as/-ys (Jonas, Kazlauskas): a word ending
  // so that is no Latvian name form may be a nominative too.
  if (/as$/u.test(lower) && !lexicon().given.has(lower) && !lexicon().surname.has(lower)) return 1 | 2;
  if (/(?:as|es)$/u.test(lower)) return 2;
  if (/us$/u.test(lower)) return 1 | 2;
  if (/(?:s|š)$/u.test(lower)) return 1;
  if (/a$/u.test(lower)) return 1 | 2;
  if (/e$/u.test(lower)) return 1;
  if (/u$/u.test(lower)) return 8 | 2;
  if (/i$/u.test(lower)) return 8 | 1;
  if (/[āēīū]$/u.test(lower)) return 16 | 2 | 1;
  return 31;
}

/**
 * Does the name at token i stand in apposition to the official's role word before it? Latvian
 * apposition agrees in case: "prokurorei Ozolai", "tiesneses Kalniņas", "ar tiesnesi Kalniņu" — but
 * "tiesnese Ozolam izskaidroja tiesības" speaks to Ozols, who is no official. Only for a noun right
 * before the name (not a verb like "protokolē", nor a list after "sastāvs:").
 */
function agreesWithRole(text: string, tokens: Token[], i: number, name: Token[]): boolean {
  const role = tokens[i - 1];
  if (!role || !/^[ \u00a0]+$/u.test(text.slice(role.end, (tokens[i] as Token).start))) return true;
  if (/^(?:protokol|sastāv|kolēģij)/u.test(role.lower) || roleAt(text, tokens, i - 1) !== 'official')
    return true;
  const word = name.find((t) => !t.initial);
  if (!word) return true;
  return (casesOf(role.lower) & casesOf(word.lower)) !== 0;
}

// What a person has, after the person's name in the genitive: a representative, a statement, a
// deed, a relative ("Bērziņa interešu aizstāvis", "Ozolas liecība", "Kalna sastādītais protokols",
// "Liepas piedalīšanās", "Zariņa māte").
const POSSESSED_ROLE =
  /^(?:interešu|aizstāv|pārstāv|advokāt|kung|kundz|liecīb|paskaidrojum|iesniegum|pieteikum|lūgum|prasīb|sniegt|sastādīt|piedalīšan|rīcīb|vain[aāu]|kaitējum|sūdzīb|parakst|dzīvesviet|tālru|mantinie|ģimen|māte|mātes|tēvs|tēva|sieva|sievas|vīrs|vīra|dēls|dēla|meita|meitas|brālis|brāļa|māsa|māsas|veselīb|nāv|dzīvīb|aizturēšan|alibi|atzīšan|nodarbošan)/u;

/** Does a possessed role follow the name, perhaps after coordinated names ("Ozola un Liepas liecības")? */
function possessedAfter(text: string, tokens: Token[], j: number, end: number): boolean {
  let k = j;
  let e = end;
  for (let hop = 0; hop <= 2; hop++) {
    const nx = tokens[k];
    if (!nx) return false;
    const gap = text.slice(e, nx.start);
    if (/^[ \u00a0]$/.test(gap) && !nx.cap && POSSESSED_ROLE.test(nx.lower)) return true;
    if (hop === 2) return false;
    let m = k;
    if (nx.lower === 'un' && /^[ \u00a0]$/.test(gap)) m = k + 1;
    else if (!/^,[ \u00a0]$/.test(gap)) return false;
    const y = tokens[m];
    if (!y || !y.cap || y.stop || (m !== k && !/^[ \u00a0]$/.test(text.slice(nx.end, y.start)))) return false;
    k = m + 1;
    e = y.end;
  }
  return false;
}

/**
 * A role stated after the name: in parentheses ("Sīle Dina (sēdes vadītāja)", "(turpmāk – cietušais)"),
 * or a role the person has, after the name in the genitive ("Bērziņa interešu aizstāvis",
 * "Ozolas pārstāvis", "Bērziņa kungs"): the latter is always a party's mention.
 */
function roleAfter(text: string, tokens: Token[], j: number, end: number): RoleKind {
  const next = tokens[j];
  if (!next) return null;
  const gap = text.slice(end, next.start);
  if (/^\s*\(\s*(?:turpmāk\s*[–—-]\s*)?$/u.test(gap)) {
    for (let k = j; k < tokens.length && k < j + 4; k++) {
      const t = tokens[k] as Token;
      if (text.slice((tokens[k - 1] as Token).end, t.start).includes(')')) break;
      const kind = roleAt(text, tokens, k);
      if (kind) return kind;
    }
    return null;
  }
  return possessedAfter(text, tokens, j, end) ? 'party' : null;
}

const SENTENCE_START_BEFORE = /(?:^|[.!?]\s+|\n\s*)$/u;

interface Person {
  surnameKeys: Set<string>;
  /** the stem keys of the given name(s): "Anna Marija" has two */
  givenKeys: Set<string>;
  initial: string | null;
  mentions: Array<{ start: number; end: number }>;
  lastAt: number;
  /** from the given name, or the form of the surname, when they tell */
  gender: Gender | null;
  /** a party's surname in every case (lowercased), from the structured data's nominative */
  forms?: Set<string>;
  /** a party's role in the structured data, without diacritics (apsudzetais, cietusais…) */
  role?: string;
  /** a party's surname initial (for "L. S.") */
  surnameInitial?: string;
}

/**
 * The gender a surname form shows, if only one gender has it: Bērziņš, Bērziņam, Ozols (m);
 * Bērziņas, Bērziņai, Circenei (f). Bērziņa, Bērziņu, Bērziņā may be either.
 */
// The parties a proceeding is about (structured-data roles, without diacritics): the accused, the
// victim, the claimant and defendant, the applicant, the person held liable, the appellant.
const PRINCIPAL_ROLE =
  /^(?:apsudz|lidzapsudz|cietus|prasitaj|atbildetaj|pieteicej|notiesat|sodit|persona|sudzetaj|iesniedzej|apelant|kasator|paradniek|kreditor|accused|defendant|claimant|victim|applicant)/u;

// A relative's role word (without diacritics): a child or sibling is often named by given name alone.
const RELATIVE_ROLE = /^(?:meit|del|bern|mazdel|mazmeit|bral|mas|nepilngadig|mazgadig|audzu)/u;

// A definite-adjective surname form: its stem and ending (Saus|ais, Jaun|ā, SAUS|O).
const ADJECTIVAL = /^(\p{L}{3,}?)(?:ais|ajam|ajai|ajā|ās|ā|o)$/iu;

// A third-person pronoun (viņš, viņa, viņu, viņam, viņai, viņas, viņi…).
const PRONOUN = /(?<![\p{L}])[Vv]iņ(?:š|a|u|am|ai|as|i|us|iem|ām|ēm)(?![\p{L}])/u;
// Between two mentions: the end of a sentence, or a new line.
const SENTENCE_BREAK = /[.!?][\s”"]|\n/u;

/** The length of the common prefix of two words. */
function sharePrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function formGender(lower: string): Gender | null {
  if (/(?:š|is|us|am|im|um|em|[^aeuāēīū]s)$/u.test(lower)) return 'm';
  if (/(?:as|ai|ei)$/u.test(lower)) return 'f'; // not -es: Ābeles is also a man's (Ābele) genitive
  return null;
}

export function detectNames(
  text: string,
  claimed: Uint8Array,
  opts: { parties?: Party[]; officials?: Party[] } = {},
): NamesResult {
  const lex = lexicon();
  const tokens = tokenize(text);
  const persons: Person[] = [];
  const officials: Array<{ start: number; end: number }> = [];
  const officialKeys = new Set<string>();
  /** the initials of the officials' given names, by surname key */
  const officialInitials = new Map<string, Set<string>>();
  const partyKeys = new Set<string>();
  const partyGivenKeys = new Set<string>();
  /** The party role word right before token i (role fillers between), lowercased, or null. */
  const partyRoleWordBefore = (i: number): string | null => {
    for (let j = i - 1, n = 0; j >= 0 && n < 3; j--, n++) {
      const t = tokens[j] as Token;
      if (!/^[ \u00a0]+$/u.test(text.slice(t.end, (tokens[j + 1] as Token).start))) return null;
      const kind = roleAt(text, tokens, j);
      if (kind) return kind === 'party' ? t.lower : null;
      if (!ROLE_FILLERS.has(t.lower)) return null;
    }
    return null;
  };
  const free = (t: Token): boolean => {
    for (let k = t.start; k < t.end; k++) if (claimed[k]) return false;
    return true;
  };
  const isGiven = (t: Token): boolean => lex.given.has(t.lower);
  // Words this document also writes in lower case are ordinary words, not names, when they open a
  // sentence (Kolēģija, Naudu): a name is never written in lower case.
  const ordinary = new Set<string>();
  for (const t of tokens) if (!t.cap && !claimed[t.start]) ordinary.add(t.lower); // not inside e-mails
  // …and their stems, so that "Iestādes pārstāvis" is known for a common noun when the text also
  // writes "iestāde".
  let ordinaryKeys: Set<string> | null = null;
  const ordinaryStem = (t: Token): boolean => {
    if (!ordinaryKeys) {
      ordinaryKeys = new Set<string>();
      for (const w of ordinary) ordinaryKeys.add(stemKey(w));
    }
    return ordinaryKeys.has(stemKey(t.text));
  };

  const seedParty = (p: Party): void => {
    // The structured data may hold several given names ("Anna Marija"), a double or spaced surname
    // ("Kalniņa-Ozola", "de Vries"), or the whole name in one field and no surname.
    const givenWords = (p.name ?? '')
      .trim()
      .split(/[\s]+/u)
      .filter((w) => w.length > 0);
    let surname = (p.surname ?? '').trim();
    if (!surname && givenWords.length >= 2) surname = givenWords.pop() as string;
    if (!surname) return;
    const words = surname
      .split(/\s+/u)
      .filter((w) => /^\p{Lu}/u.test(w) || surname.split(/\s+/u).length === 1);
    const person: Person = {
      surnameKeys: new Set(words.map(stemKey)),
      // A double given name (Hans-Peter, Anna-Marija) is one word of the text and two of the name.
      givenKeys: new Set(
        givenWords.flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w])).map(stemKey),
      ),
      initial: givenWords[0] ? initialOf(givenWords[0]) : null,
      mentions: [],
      lastAt: -1,
      gender: genderOf(givenWords[0] ?? null, words[words.length - 1] ?? null),
      role: p.role ? fold(p.role.toLowerCase()) : undefined,
      surnameInitial: words[0] ? initialOf(words[0]) : undefined,
    };
    // Every case form of the party's surname (of both genders when the data do not tell), so that
    // "Circene" is never taken for Ričards Circenis, nor "Ābelem" for Anna Ābele.
    person.forms = new Set<string>();
    for (const w of words)
      for (const part of [w, ...(w.includes('-') ? w.split('-') : [])])
        for (const g of person.gender ? [person.gender] : (['m', 'f'] as const))
          for (const f of forms(part, g)) person.forms.add(f.toLowerCase());
    for (const w of words)
      for (const part of w.split('-')) {
        if (part.length >= 3) person.surnameKeys.add(stemKey(part));
        // Surnames that are definite adjectives (Jaunais, Baltā) decline as adjectives: Jaunā,
        // Jaunajam, Jauno, Jaunajā; Baltās, Baltajai. Their forms share no single stem key.
        const adj = /^(.{3,}?)(?:ais|ā)$/iu.exec(part);
        if (adj)
          for (const e of ['ais', 'ā', 'ajam', 'o', 'ajā', 'ās', 'ajai']) {
            const f = (adj[1] as string) + (part === part.toUpperCase() ? e.toUpperCase() : e);
            person.surnameKeys.add(stemKey(f));
            person.forms.add(f.toLowerCase());
          }
      }
    for (const k of person.surnameKeys) if (k.length < 2) person.surnameKeys.delete(k); // too short to look for
    for (const k of person.givenKeys) if (k.length < 2) person.givenKeys.delete(k);
    for (const k of person.surnameKeys) partyKeys.add(k);
    for (const k of person.givenKeys) partyGivenKeys.add(k);
    persons.push(person);
  };
  for (const p of opts.parties ?? []) seedParty(p);
  const seeded = [...persons];
  const docGivenKeys = new Set<string>();
  // A party's name that is also a town (Vecumnieks ~ Vecumnieki) or a month (Augusts) is, written
  // with a capital, a name in this ruling — except for the words a ruling is built of (Tiesa, Valsts).
  if (partyKeys.size)
    for (const t of tokens)
      if (t.stop && t.cap && !STRUCTURAL.has(t.lower)) {
        const k = stemKey(t.text);
        if (partyKeys.has(k) || partyGivenKeys.has(k)) t.stop = false;
      }
  // Without party data, the text shows it: a town's name (Priekule, Dobele) right after an initial
  // ("I.Priekule", "D. Priekules") or next to a given name in an agreeing case ("Broņislavai Priekulei",
  // "PRIEKULEI Rebekai") is a surname, and so are its other forms in this ruling — except the
  // locative ("Priekulē"), which names the town.
  {
    const townSurnames = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!t.place || !t.cap || STRUCTURAL.has(t.lower)) continue;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const gap = (a: Token, b: Token): string => text.slice(a.end, b.start);
      const byInitial = prev !== undefined && prev.initial && /^\. ?$/u.test(gap(prev, t));
      // A given name in any agreeing case; another name-shaped word only in a case other than the
      // genitive ("Priekules Kultūras nams" is the town's).
      const byGiven = [
        prev && gap(prev, t) === ' ' ? prev : undefined,
        next && gap(t, next) === ' ' ? next : undefined,
      ].some(
        (g) =>
          g !== undefined &&
          g.cap &&
          !g.place &&
          !g.stop &&
          !sentenceInitial(text, g) &&
          (isGiven(g)
            ? (casesOf(g.lower) & casesOf(t.lower)) !== 0
            : nameShaped(g) && (casesOf(g.lower) & casesOf(t.lower) & ~2) !== 0),
      );
      if (byInitial || byGiven || roleBefore(text, tokens, i) === 'party') townSurnames.add(stemKey(t.text));
    }
    if (townSurnames.size)
      for (const t of tokens)
        if (t.place && t.cap && !/(?:ā|ē|ī|ū|os)$/u.test(t.lower) && townSurnames.has(stemKey(t.text)))
          t.stop = STOP.has(t.lower);
  }
  for (const o of opts.officials ?? []) if (o.surname) officialKeys.add(stemKey(o.surname));

  // A party's gender from the nominative forms in the structured data: the surname's ending
  // (Bērziņš, Ozols m; Bērziņa, Ozola f), or else the given name's (Zīle Jānis m, Zīle Anna f).
  function genderOf(given: string | null, surname: string | null): Gender | null {
    const sur = surname?.toLowerCase() ?? '';
    if (/(?:s|š)$/u.test(sur)) return 'm';
    if (/a$/u.test(sur)) return 'f';
    // A surname in -e is either (Zīle, Ābele): the given name tells (Latvian women's end in -a/-e).
    const giv = given?.toLowerCase() ?? '';
    if (/(?:s|š)$/u.test(giv)) return 'm';
    if (/(?:a|e)$/u.test(giv)) return 'f';
    return null;
  }
  const fits = (p: Person, g: Gender | null, lower: string): boolean =>
    p.forms ? p.forms.has(lower) : !g || !p.gender || p.gender === g;
  const findPerson = (
    surnameKey: string,
    givenKey: string | null,
    initial: string | null,
    gender: Gender | null = null,
    surnameLower = '',
    at = -1,
    roleWord: string | null = null,
  ): Person | undefined => {
    // Those whose surname has this form first; any of that surname if none has.
    for (const strict of [true, false]) {
      const pool: Person[] = [];
      for (const p of persons) {
        if (!p.surnameKeys.has(surnameKey) || (strict && !fits(p, gender, surnameLower))) continue;
        if (givenKey && p.givenKeys.size && !p.givenKeys.has(givenKey)) continue;
        if (initial && p.initial && p.initial !== initial) continue;
        pool.push(p);
      }
      if (pool.length) return choose(pool, at, roleWord);
    }
    return undefined;
  };
  /**
   * Which of several persons sharing a name (relatives) a mention at `at` is: the one whose role in the
   * structured data the role word before it names ("apsūdzētā Sietiņa" is the defendant); else the one
   * mentioned last before it in the same sentence; else the one the ruling is about — the one party
   * in a principal role (the accused, the claimant…), or the one mentioned most so far (a surname alone names the main party; relatives get their given names);
   * else the first mentioned after it.
   */
  const isPrincipal = (p: Person): boolean => p.role !== undefined && PRINCIPAL_ROLE.test(p.role);
  const isSolePrincipal = (p: Person, pool: Person[]): boolean =>
    isPrincipal(p) && pool.filter(isPrincipal).length === 1;
  function choose(pool: Person[], at: number, roleWord: string | null): Person {
    if (pool.length === 1) return pool[0] as Person;
    if (roleWord) {
      const w = fold(roleWord);
      const byRole = pool.filter((p) => p.role !== undefined && sharePrefix(p.role, w) >= 6);
      if (byRole.length === 1) return byRole[0] as Person;
    }
    let near: Person | undefined;
    let nearAt = -1;
    let nearEnd = -1;
    for (const c of pool)
      for (const m of c.mentions)
        if (m.start < at && m.start > nearAt) {
          nearAt = m.start;
          nearEnd = m.end;
          near = c;
        }
    // A relative named last before it in the same sentence, with nobody named between, is not the
    // one a bare surname names now: Latvian refers back to that one with a pronoun ("Tēvs Jānis
    // Ozols apstiprināja, ka Ozola bija…", "piedzīt no Annas Ozolas par labu Ozolam", "Pēteris
    // Ozols, Ozola dēls"). So the others are weighed. With someone else named between, or after a
    // pronoun, the relative just named has no such claim either way: the rules below decide (a bare
    // surname names the person the ruling is about).
    if (
      near &&
      !SENTENCE_BREAK.test(text.slice(nearAt, at)) &&
      !PRONOUN.test(text.slice(nearAt, at)) &&
      !persons.some((q) => q !== near && q.mentions.some((m) => m.start > nearAt && m.start < at)) &&
      !officials.some((o) => o.start > nearAt && o.start < at) &&
      // …but the person the ruling is about (the one principal party among them) is named by
      // surname again and again ("piedaloties sūdzības iesniedzējam Jānim Ozolam, izskatīja lietu
      // sakarā ar Ozola sūdzību") — unless the two stand side by side ("Ozolas un Ozola").
      (!isSolePrincipal(near, pool) ||
        /^[ \u00a0]*(?:,|un|vai|ar)?[ \u00a0]*$/u.test(text.slice(nearEnd, at)))
    ) {
      const others = pool.filter((p) => p !== near);
      if (others.length === 1) return others[0] as Person;
      pool = others;
      near = undefined;
    }
    const principal = pool.filter((p) => p.role !== undefined && PRINCIPAL_ROLE.test(p.role));
    if (principal.length === 1) return principal[0] as Person;
    // Two principal parties of one surname (a claimant suing a relative): a bare surname opening a
    // sentence is its subject, the party whose claim or case it is — the one the ruling names first.
    // (Only where one of them brought the case — a claimant or applicant; between the accused and
    // the victim the person mentioned most so far is the better guess.)
    if (
      principal.length > 1 &&
      principal.some((q) =>
        /^(?:prasitaj|pieteicej|iesniedzej|sudzetaj|claimant|applicant)/u.test(q.role as string),
      ) &&
      SENTENCE_START_BEFORE.test(text.slice(Math.max(0, at - 3), at))
    ) {
      let first: Person | undefined;
      let firstAt = at;
      for (const c of principal)
        for (const m of c.mentions)
          if (m.start < firstAt) {
            firstAt = m.start;
            first = c;
          }
      if (first) return first;
    }
    let best: Person | undefined;
    let bestN = 0;
    for (const c of pool) {
      let n = 0;
      for (const m of c.mentions) if (m.start < at) n++;
      if (n > bestN || (n === bestN && n > 0 && c === near)) {
        best = c;
        bestN = n;
      }
    }
    if (best) return best;
    let after: Person = pool[0] as Person;
    let afterAt = Infinity;
    for (const c of pool)
      for (const m of c.mentions)
        if (m.start > at && m.start < afterAt) {
          afterAt = m.start;
          after = c;
        }
    return after;
  }
  const addMention = (
    surname: Token,
    given: Token | null,
    start: number,
    end: number,
    sureGiven = false,
    roleWord: string | null = null,
  ): void => {
    const sKey = stemKey(surname.text);
    const gKey = given && !given.initial ? stemKey(given.text) : null;
    const initial = given ? initialOf(given.text) : null;
    const formG = formGender(surname.text.toLowerCase());
    let p = findPerson(sKey, gKey, initial, formG, surname.text.toLowerCase(), start, roleWord);
    // A word of unknown status before a known surname does not make a new person of it — unless a
    // role word vouches for it ("ar savu brāli Ralfu Irbi": a relative of the same surname).
    // A name-shaped word that agrees with the surname in case and gender ("Romualds Vaivods" when
    // only "Paulīne Vaivoda" is known) is a relative's given name, not an unknown word.
    const plausibleGiven =
      given !== null &&
      !given.initial &&
      nameShaped(given) &&
      !ordinary.has(given.lower) &&
      !sentenceInitial(text, given) &&
      (casesOf(given.lower) & casesOf(surname.lower)) !== 0 &&
      formG !== null &&
      formGender(given.lower) === formG &&
      persons.some((q) => q.surnameKeys.has(sKey) && q.givenKeys.size > 0 && q.gender !== formG);
    if (
      !p &&
      !sureGiven &&
      given &&
      !given.initial &&
      !isGiven(given) &&
      !partyGivenKeys.has(gKey as string) &&
      !plausibleGiven
    )
      p = findPerson(sKey, null, null, null, '', start, roleWord);
    // A single word that is a known person's given name ("Marijas liecība") is that person.
    if (!p && !given) {
      const pool = persons.filter((q) => q.givenKeys.has(sKey));
      if (pool.length) p = choose(pool, start, roleWord);
    }
    // Initials alone ("L. S. norādīja") are the party with those initials.
    if (!p && surname.initial && given?.initial) {
      const pool = seeded.filter(
        (q) => q.initial === initialOf(given.text) && q.surnameInitial === initialOf(surname.text),
      );
      if (pool.length) p = choose(pool, start, roleWord);
    }
    // …or, without party data, a child or sibling named so far by the given name alone ("meita
    // Laine" … "apgādībā ir L. G."), the only one with that initial.
    if (!p && surname.initial && given?.initial) {
      const gi = initialOf(given.text);
      const si = initialOf(surname.text);
      const pool = persons.filter(
        (q) =>
          q.givenKeys.size === 0 &&
          q.initial === null &&
          q.surnameKeys.size === 1 &&
          q.role !== undefined &&
          RELATIVE_ROLE.test(q.role) &&
          initialOf([...q.surnameKeys][0] as string) === gi,
      );
      // The surname initial is the child's own (it may be another parent's): not checked; nor is
      // anyone else already so abbreviated.
      if (
        pool.length === 1 &&
        !persons.some((o) => o.initial === gi && [...o.surnameKeys].some((k) => initialOf(k) === si))
      )
        p = pool[0] as Person;
    }
    if (!p) {
      p = {
        surnameKeys: new Set([sKey]),
        givenKeys: new Set(),
        initial,
        mentions: [],
        lastAt: start,
        gender: formG,
      };
      for (const part of surname.text.split('-')) if (part.length >= 3) p.surnameKeys.add(stemKey(part));
      persons.push(p);
    }
    if (gKey && !p.givenKeys.size) p.givenKeys.add(gKey);
    if (initial && !p.initial) p.initial = initial;
    // Without structured data, the role word that introduced the person stands for the role.
    if (p.role === undefined && roleWord) p.role = fold(roleWord);
    // A surname that is a definite adjective (Sausais, Jaunā, SAUSO) declines as one — Sausā,
    // Sausajam, Sauso, Sausās, Sausajai — forms that share no stem key: add them all.
    const adj = ADJECTIVAL.exec(surname.text);
    if (adj && (/ais$/iu.test(surname.text) || (given && !given.initial)))
      for (const e of ['ais', 'ā', 'ajam', 'o', 'ajā', 'ās', 'ajai'])
        p.surnameKeys.add(stemKey((adj[1] as string) + e));
    p.mentions.push({ start, end });
    p.lastAt = start;
  };

  // Pass 1: runs of name-like tokens.
  const used = new Uint8Array(tokens.length);
  let lastChunk: { end: number; kind: 'official' | 'party' } | null = null;
  for (let i = 0; i < tokens.length;) {
    const t0 = tokens[i] as Token;
    if (!isNameToken(t0) || !free(t0)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < tokens.length &&
      isNameToken(tokens[j] as Token) &&
      free(tokens[j] as Token) &&
      joins(text, tokens[j - 1] as Token, tokens[j] as Token)
    )
      j++;
    const run = tokens.slice(i, j);
    const nextIsPlace = placeAfter(text, tokens, j);
    let role = roleBefore(text, tokens, i);
    let roleIsAfter = false;
    if (!role) {
      // A role after the name; a single word at a sentence's start that the text also uses as a
      // common noun ("Iestādes pārstāvis") is not a name, and a single word before a possessed noun
      // must look like a genitive singular (Ozola, Liepas, Zīles, Mikus, Ševčenko): "Pušu
      // paskaidrojumi", "Savās liecībās" are not names.
      const single = run.length === 1 ? t0 : null;
      if (
        !single ||
        (nameShaped(single) &&
          /(?:a|as|es|us|o)$/u.test(single.lower) &&
          !(sentenceInitial(text, single) && ordinaryStem(single)))
      )
        role = roleAfter(text, tokens, j, (run[run.length - 1] as Token).end);
      roleIsAfter = role !== null;
    }
    // A list continues the kind of its first member: "tiesneši A, B un C", "sastāvs: A (sēdes
    // vadītājs), B, C". A weak sign: a known party's name in such a list is still a party.
    let listed = false;
    if (!role && lastChunk && LIST_GAP.test(text.slice(lastChunk.end, t0.start))) {
      role = lastChunk.kind;
      listed = true;
    } else if (
      !role &&
      lastChunk?.kind === 'official' &&
      LINE_GAP.test(text.slice(lastChunk.end, t0.start)) &&
      /^[ \t]*(?:\n|$)/u.test(text.slice(endOf(run[run.length - 1] as Token)))
    ) {
      role = 'official';
      listed = true;
    }
    // Pick the name inside the run.
    let name: Token[] | null = null;
    let evidence = role !== null;
    const gi = run.findIndex((t) => isGiven(t) && !t.initial);
    const ii = run.findIndex((t) => t.initial);
    // A surname: in the lexicon or shaped like one, a party's, or one this ruling has used already.
    const surnameLike = (t: Token): boolean =>
      !isGiven(t) &&
      !t.initial &&
      (lex.surname.has(t.lower) ||
        STRONG_SURNAME.test(t.lower) ||
        partyKeys.has(stemKey(t.text)) ||
        persons.some((q) => q.surnameKeys.has(stemKey(t.text)) && q.givenKeys.size > 0));
    if (role && roleIsAfter) {
      // The name ends the run, next to its role ("Izskatīta Kļaviņas Unas sūdzība"); a sentence's
      // first word that the text also writes in lower case is not part of it.
      // Three words when the middle one is a given name (Anna Marija Ozola, Ozola Jāņa Pētera) —
      // not when the first opens the sentence and is no name ("Vērtējot Jāņa Ozola paskaidrojumus").
      const first3 = run[run.length - 3];
      const three =
        first3 !== undefined &&
        isGiven(run[run.length - 2] as Token) &&
        // "piedzīt no Ozolas Jāņa Liepas labā": a surname, then another's given name and surname.
        !(surnameLike(first3) && surnameLike(run[run.length - 1] as Token)) &&
        !(
          sentenceInitial(text, first3) &&
          !isGiven(first3) &&
          !lex.surname.has(first3.lower) &&
          !partyKeys.has(stemKey(first3.text)) &&
          !partyGivenKeys.has(stemKey(first3.text))
        );
      name = run.slice(-Math.min(run.length, three ? 3 : 2));
      if (name.length >= 2 && sentenceInitial(text, name[0] as Token) && ordinaryStem(name[0] as Token))
        name = name.slice(1);
    } else if (role) {
      // Initials and a surname (J. K. Ozols), a surname and initials (Ozols J. K.), or a name of two
      // words, three when the second is a given name too (Anna Marija Ozola).
      let k = 0;
      while (k < run.length - 1 && (run[k] as Token).initial) k++;
      if (k > 0) name = run.slice(0, k + 1);
      else if (run[1]?.initial) {
        k = 1;
        while (k < run.length && (run[k] as Token).initial) k++;
        name = run.slice(0, k);
      } else name = run.slice(0, Math.min(run.length, run.length >= 3 && isGiven(run[1] as Token) ? 3 : 2));
    } else if (
      run.length === 3 &&
      surnameLike(run[0] as Token) &&
      surnameLike(run[2] as Token) &&
      !surnameLike(run[1] as Token) &&
      !(run[1] as Token).initial &&
      nameShaped(run[1] as Token) &&
      (casesOf((run[1] as Token).lower) & casesOf((run[2] as Token).lower)) !== 0
    ) {
      // A surname, then another person's given name and surname: "piedzīt no Ozolas Jāņa Liepas
      // labā". The second name is taken; the first surname is left to the later passes.
      name = run.slice(1, 3);
      evidence = true;
    } else if (ii >= 1 && run.slice(ii).every((t) => t.initial) && nameShaped(run[ii - 1] as Token)) {
      // Surname and initial(s): "Bērziņa R.", "Ozolam J.", "Kalns J. K." (lists, registers, later mentions).
      name = run.slice(ii - 1);
      evidence = true;
    } else if (ii >= 0 && ii + 1 < run.length) {
      let k = ii + 1;
      while (k < run.length - 1 && (run[k] as Token).initial) k++;
      name = run.slice(ii, k + 1);
      evidence = true;
    } else if (
      gi >= 1 &&
      !isGiven(run[gi - 1] as Token) &&
      (lex.surname.has((run[gi - 1] as Token).lower) ||
        STRONG_SURNAME.test((run[gi - 1] as Token).lower) ||
        partyKeys.has(stemKey((run[gi - 1] as Token).text)))
    ) {
      // Surname first, then one or two given names: "Bērziņa Jāņa Pētera apsūdzība" — unless a
      // surname in the given name's case follows it: then the given name is that surname's, and the
      // word before is another person's ("piedzīt no Ozola Annas Liepas labā": two persons).
      const second = run[gi + 1];
      const double = second !== undefined && isGiven(second) && !lex.surname.has(second.lower);
      const surnameAfter =
        second !== undefined &&
        !isGiven(second) &&
        (lex.surname.has(second.lower) ||
          STRONG_SURNAME.test(second.lower) ||
          partyKeys.has(stemKey(second.text))) &&
        (casesOf((run[gi] as Token).lower) & casesOf(second.lower)) !== 0;
      name = surnameAfter ? run.slice(gi, gi + 2) : run.slice(gi - 1, gi + (double ? 2 : 1));
      evidence = true;
    } else if (gi >= 0 && gi + 1 < run.length) {
      const double =
        gi + 2 < run.length &&
        isGiven(run[gi + 1] as Token) &&
        !lex.surname.has((run[gi + 1] as Token).lower);
      name = run.slice(gi, gi + (double ? 3 : 2));
      evidence = true;
    } else if (run.length >= 2 && lex.surname.has((run[0] as Token).lower) && isGiven(run[1] as Token)) {
      name = run.slice(0, 2);
      evidence = true;
    } else if (gi >= 1 && gi === run.length - 1 && nameShaped(run[gi - 1] as Token)) {
      // Surname first, given name last: "Līces Unas", "Kalnāja Jānim". A sentence's first word that
      // this text also writes in lower case is not a surname (Izsaukts Jānis): the given name alone.
      const prev = run[gi - 1] as Token;
      name =
        sentenceInitial(text, prev) && ordinary.has(prev.lower)
          ? run.slice(gi, gi + 1)
          : run.slice(gi - 1, gi + 1);
      evidence = true;
    } else if (
      run.length >= 2 &&
      isUpper(run[0] as Token) &&
      isUpper(run[1] as Token) &&
      nameShaped(run[0] as Token) &&
      nameShaped(run[1] as Token) &&
      !ordinaryStem(run[0] as Token) &&
      !ordinaryStem(run[1] as Token) &&
      !wholeLine(text, run[0] as Token, run[run.length - 1] as Token)
    ) {
      // A name in capitals (JĀNIS OZOLS, ŽANETES CIRCENES lietā): two capitalised words this text
      // never writes in lower case, not a heading on a line of its own.
      name = run.slice(0, 2);
      evidence = true;
    } else if (
      run.length >= 2 &&
      isUpper(run[0] as Token) &&
      !isUpper(run[1] as Token) &&
      nameShaped(run[0] as Token) &&
      nameShaped(run[1] as Token)
    ) {
      // The documents' convention for a party: SURNAME Given (BĒRZIŅU Jāni, SPRŪDŽAS Ērikas).
      name = run.slice(0, 2);
      evidence = true;
    } else if (
      run.length >= 2 &&
      (lex.surname.has((run[1] as Token).lower) || STRONG_SURNAME.test((run[1] as Token).lower)) &&
      nameShaped(run[0] as Token)
    ) {
      // An unknown word before a surname: usually a given name (Namejs Arājs). At the start of a
      // sentence it may be an ordinary word (Naudu Graudiņš izlietoja…); it is hidden all the same
      // (privacy first), but never taken as the person's given name (see addMention).
      name =
        sentenceInitial(text, run[0] as Token) && ordinary.has((run[0] as Token).lower)
          ? run.slice(1, 2)
          : run.slice(0, 2);
      evidence = true;
    } else if (
      run.length >= 2 &&
      (!sentenceInitial(text, run[0] as Token) ||
        (!ordinary.has((run[0] as Token).lower) &&
          NOMINATIVE.test((run[0] as Token).lower) &&
          NOMINATIVE.test((run[1] as Token).lower))) &&
      foreignPerson(text, run[0] as Token, run[1] as Token) &&
      !isUpper(run[0] as Token) &&
      !isUpper(run[1] as Token)
    ) {
      // Two capitalised words in mid-sentence: Latvian capitalises only proper nouns, and the
      // places and institutions among them are in the stop lists or followed by their noun.
      name = run.slice(0, 2);
      evidence = true;
    } else if (run.some((t) => partyKeys.has(stemKey(t.text)) || officialKeys.has(stemKey(t.text)))) {
      const k = run.findIndex((t) => partyKeys.has(stemKey(t.text)) || officialKeys.has(stemKey(t.text)));
      const givenLike = (t: Token | undefined): boolean =>
        t !== undefined && (isGiven(t) || t.initial || partyGivenKeys.has(stemKey(t.text)));
      const from = k > 0 && givenLike(run[k - 1]) ? k - 1 : k;
      // A given name followed by its own party surname belongs to that one: "no Ozolas Jāņa Liepas".
      const ownSurnameAfter = run[k + 2] !== undefined && partyKeys.has(stemKey((run[k + 2] as Token).text));
      const to = from === k && givenLike(run[k + 1]) && !ownSurnameAfter ? k + 2 : k + 1;
      name = run.slice(from, to);
      evidence = true;
    }
    if (name && role && name.length === 1 && ABSTRACT.test((name[0] as Token).lower)) name = null;
    // Abbreviations (KL, CPL, VID) are not names, whatever precedes them.
    if (
      name &&
      name.every((t) => t.text.length <= 3 && t.text === t.text.toUpperCase() && !t.initial) &&
      !name.some((t) => partyKeys.has(stemKey(t.text)))
    )
      name = null;
    // The words of one name agree in case ("Annai Ozolai", "Jāņa Ozola", "Ozolu Jāni"); "sarunās ar
    // Sietiņu Vēvere" is two persons side by side (the one's accusative, the other's nominative) —
    // as are two known parties' surnames ("ar Sauso Lebedevs"). The word a role stands next to is
    // the name; without a role, each word is left to the later passes.
    if (name && name.length === 2 && !(name[0] as Token).initial && !(name[1] as Token).initial) {
      const [a, b] = name as [Token, Token];
      const twoParties =
        seeded.some((p) => p.forms?.has(a.lower)) &&
        seeded.some((p) => p.forms?.has(b.lower)) &&
        !seeded.some(
          (p) =>
            (p.forms?.has(a.lower) && p.forms.has(b.lower)) ||
            (p.forms?.has(a.lower) && p.givenKeys.has(stemKey(b.text))) ||
            (p.forms?.has(b.lower) && p.givenKeys.has(stemKey(a.text))),
        );
      // …or two persons already met, by their surnames ("ar Paegli Lapsa" after both were named).
      const ka = stemKey(a.text);
      const kb = stemKey(b.text);
      const twoMet =
        !twoParties &&
        persons.some((p) => p.mentions.length > 0 && p.surnameKeys.has(ka)) &&
        persons.some((p) => p.mentions.length > 0 && p.surnameKeys.has(kb)) &&
        !persons.some(
          (p) =>
            (p.surnameKeys.has(ka) && (p.surnameKeys.has(kb) || p.givenKeys.has(kb))) ||
            (p.surnameKeys.has(kb) && p.givenKeys.has(ka)),
        );
      if (twoParties || twoMet || (casesOf(a.lower) & casesOf(b.lower)) === 0) {
        if (role) name = roleIsAfter ? [b] : [a];
        else if (evidence) {
          // Two proper nouns side by side with nothing to say otherwise: two persons.
          for (const [w, k] of [
            [a, i + run.indexOf(a)],
            [b, i + run.indexOf(b)],
          ] as Array<[Token, number]>) {
            // …but not a sentence's first word that is no known name ("Naudu Arājs izlietoja").
            if (
              sentenceInitial(text, w) &&
              (ordinaryStem(w) ||
                (!isGiven(w) &&
                  !lex.surname.has(w.lower) &&
                  !persons.some(
                    (p) => p.surnameKeys.has(stemKey(w.text)) || p.givenKeys.has(stemKey(w.text)),
                  )))
            )
              continue;
            addMention(w, null, w.start, w.end);
            used[k] = 1;
          }
          lastChunk = { end: b.end, kind: 'party' };
          i = i + run.indexOf(b) + 1;
          continue;
        } else name = null;
      }
    }
    if (!name || !evidence || (nextIsPlace && name[name.length - 1] === run[run.length - 1])) {
      i = j;
      continue;
    }
    const start = (name[0] as Token).start;
    const end = endOf(name[name.length - 1] as Token);
    // Which word is the surname: the last, unless the run is surname-first (BĒRZIŅŠ Jānis).
    const last = name[name.length - 1] as Token;
    // The structured data decide first (Raivo Meldra: Meldra is also a given name, but the party is
    // Raivo Meldris); then the lexicon, capitals and initials.
    const firstKey = stemKey((name[0] as Token).text);
    const lastKey = stemKey(last.text);
    const partyOrder =
      name.length < 2 || (name[0] as Token).initial
        ? null
        : seeded.some((p) => p.surnameKeys.has(lastKey) && (!p.givenKeys.size || p.givenKeys.has(firstKey)))
          ? 'given-first'
          : seeded.some(
                (p) =>
                  p.surnameKeys.has(firstKey) &&
                  (!p.givenKeys.size ||
                    p.givenKeys.has(lastKey) ||
                    p.givenKeys.has(stemKey((name[1] as Token).text))),
              )
            ? 'surname-first'
            : null;
    // …then a person already met with these two names ("Larisas Kalvānes" … "Kalvānei Larisai").
    const metOrder =
      partyOrder !== null || name.length !== 2 || (name[0] as Token).initial || last.initial
        ? null
        : persons.some((p) => p.surnameKeys.has(lastKey) && p.givenKeys.has(firstKey))
          ? 'given-first'
          : persons.some((p) => p.surnameKeys.has(firstKey) && p.givenKeys.has(lastKey))
            ? 'surname-first'
            : null;
    const surnameFirst =
      partyOrder !== null || metOrder !== null
        ? (partyOrder ?? metOrder) === 'surname-first'
        : name.length >= 2 &&
          !(name[0] as Token).initial &&
          (last.initial ||
            (isGiven(last) && !isGiven(name[0] as Token)) ||
            (isUpper(name[0] as Token) && !isUpper(last)) ||
            partyGivenKeys.has(lastKey));
    const surname = surnameFirst ? (name[0] as Token) : last;
    const given = name.length >= 2 ? (surnameFirst ? last : (name[0] as Token)) : null;
    const sKey = stemKey(surname.text);
    // An official's role word right before a name in another case is not its apposition.
    if (
      role === 'official' &&
      !listed &&
      !roleIsAfter &&
      !agreesWithRole(text, tokens, tokens.indexOf(name[0] as Token), name)
    )
      role = 'party';
    let kind: 'official' | 'party' = role ?? 'party';
    if (!role && officialKeys.has(sKey) && !partyKeys.has(sKey)) kind = 'official';
    // A known party's name is the party's, unless an official's role word introduces it and the given
    // name (when written) is not the party's: only officials acting in office are kept.
    if (kind === 'official' && partyKeys.has(sKey)) {
      const gKey = given && !given.initial ? stemKey(given.text) : null;
      const initial = given ? initialOf(given.text) : null;
      const same = seeded.some(
        (p) =>
          p.surnameKeys.has(sKey) &&
          ((gKey !== null && p.givenKeys.has(gKey)) ||
            (gKey === null && initial !== null && p.initial === initial)),
      );
      if (listed || same) kind = 'party';
    }
    // An official named earlier in office, named again with the same initial ("pārstāvei zvērinātai
    // advokātei Vēsmai Ērglei" … "Atbildētāja pārstāve Ērgle V."), is still that official — unless a
    // party shares the surname.
    if (kind === 'party' && !partyKeys.has(sKey) && given) {
      const inits = officialInitials.get(sKey);
      if (inits?.has(initialOf(given.text))) kind = 'official';
    }
    if (kind === 'official') {
      officials.push({ start, end });
      officialKeys.add(sKey);
      if (given) {
        const inits = officialInitials.get(sKey) ?? new Set<string>();
        inits.add(initialOf(given.text));
        officialInitials.set(sKey, inits);
      }
    } else {
      addMention(
        surname,
        given,
        start,
        end,
        role !== null && !listed,
        role && !roleIsAfter ? partyRoleWordBefore(tokens.indexOf(name[0] as Token)) : null,
      );
      // A given name met next to a surname is a given name in the rest of this text too ("Ralfu
      // Irbi … Ralfs novērsa uzmanību"), lexicon or not.
      if (given && !given.initial && given.text.length >= 3) docGivenKeys.add(stemKey(given.text));
    }
    for (let k = i; k < j; k++) {
      const t = tokens[k] as Token;
      if (t.start >= start && t.start < end) used[k] = 1;
    }
    lastChunk = { end, kind };
    i = tokens.indexOf(name[name.length - 1] as Token) + 1;
  }

  // Pass 2: later mentions by surname (or given name) alone, in any case or in capitals.
  const surnameIndex = new Map<string, Person[]>();
  const givenIndex = new Map<string, Person[]>();
  for (const p of persons) {
    for (const k of p.surnameKeys) (surnameIndex.get(k) ?? surnameIndex.set(k, []).get(k)!).push(p);
    for (const g of p.givenKeys)
      if (g.length >= 3 || partyGivenKeys.has(g) || docGivenKeys.has(g))
        (givenIndex.get(g) ?? givenIndex.set(g, []).get(g)!).push(p);
  }
  const foldedParty = new Map<string, string>();
  for (const k of [...partyKeys, ...partyGivenKeys])
    if (k.length >= 3 && fold(k) !== k) foldedParty.set(fold(k), k);
  const officialSet = new Uint8Array(text.length);
  for (const o of officials) officialSet.fill(1, o.start, o.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (used[i] || !t.cap || t.stop || t.initial || !free(t) || officialSet[t.start]) continue;
    let key = stemKey(t.text);
    // A party's name written without its diacritics (BERZINS, Berzina: old systems, e-mails, scans).
    if (!surnameIndex.has(key) && !givenIndex.has(key) && foldedParty.size) {
      const k = foldedParty.get(fold(key));
      if (k !== undefined) key = k;
    }
    // The vocative of a name in -ss drops one s ("Boris, atdod naudu!" to Boriss).
    if (!surnameIndex.has(key) && !givenIndex.has(key) && /[^s]s$/u.test(t.lower)) {
      const k = stemKey(t.text + 's');
      if (givenIndex.has(k) || surnameIndex.has(k)) key = k;
    }
    let cands = surnameIndex.get(key);
    if (
      !cands &&
      ((key.length >= 3 && isGiven(t)) ||
        partyGivenKeys.has(key) ||
        (docGivenKeys.has(key) && !(sentenceInitial(text, t) && ordinaryStem(t))))
    )
      cands = givenIndex.get(key);
    if (!cands || cands.length === 0) continue;
    if (officialKeys.has(key) && !partyKeys.has(key)) {
      // An official's surname (tiesnese Kalniņa) that no party shares: keep.
      const role = roleBefore(text, tokens, i);
      if (role !== 'party') continue;
    }
    // "Liepas ielā", "Bērziņa fonds": a place or body named after someone. For a known party only the
    // genitive right before the noun counts ("Kalniņam bankā bija konts" is the party).
    if (partyKeys.has(key) || partyGivenKeys.has(key)) {
      const next = tokens[i + 1];
      if (
        next &&
        !next.cap &&
        /^[ \u00a0]+$/.test(text.slice(t.end, next.start)) &&
        placeNoun(text, next) &&
        !bankProduct(tokens, i + 1) &&
        !/(?:am|im|um|ai|ei|ā|ē|ī|ū|iem|u)$/u.test(t.lower)
      )
        continue;
    } else if (placeAfter(text, tokens, i + 1)) continue;
    // Of several persons with this name (relatives), one whose gender the form allows, and of those
    // the one mentioned last before this word (or, if none was, first after it).
    const formG = surnameIndex.has(key) ? formGender(t.lower) : null;
    const fitting = cands.filter((c) => fits(c, formG, t.lower));
    const pool = fitting.length ? fitting : cands;
    const p = choose(pool, t.start, partyRoleWordBefore(i));
    // Attach a preceding initial ("J. Bērziņš") to the mention.
    const prev = tokens[i - 1];
    const givenBefore =
      prev !== undefined &&
      !used[i - 1] &&
      prev.cap &&
      !prev.stop &&
      (isGiven(prev) || partyGivenKeys.has(stemKey(prev.text)));
    const start =
      prev && (prev.initial || givenBefore) && !used[i - 1] && joins(text, prev, t) ? prev.start : t.start;
    if (start !== t.start) used[i - 1] = 1;
    // …and a following one ("Bērziņam J.").
    const next = tokens[i + 1];
    let end = t.end;
    if (start === t.start && next && next.initial && !used[i + 1] && joins(text, t, next)) {
      end = endOf(next);
      used[i + 1] = 1;
    }
    p.mentions.push({ start, end });
    used[i] = 1;
  }

  // Pass 3: a known surname form standing alone where no role or person explains it.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (used[i] || !isNameToken(t) || t.initial || !free(t) || officialSet[t.start]) continue;
    const initialPos = sentenceInitial(text, t);
    const known =
      lex.surname.has(t.lower) || (!initialPos && STRONG_SURNAME.test(t.lower) && !ABSTRACT.test(t.lower));
    if (!known || lex.given.has(t.lower) || t.lower.length < 4) continue;
    const next = tokens[i + 1];
    if (next && text.slice(t.end, next.start) === ' ' && (next.cap || placeNoun(text, next))) continue;
    // At the start of a sentence a surname that is also an ordinary word (Ceļu, Labas) does not count.
    if (initialPos && !STRONG_SURNAME.test(t.lower) && lex.wordLike.has(t.lower)) continue;
    const prevT = tokens[i - 1];
    if (prevT && prevT.cap && text.slice(prevT.end, t.start) === ' ') continue;
    if (roleBefore(text, tokens, i) === 'official') continue;
    addMention(t, null, t.start, t.end);
    used[i] = 1;
  }

  // Pass 4: a lone capitalised word joined by "un" to a person's mention ("Lūsis un Sprūdža
  // uzturējuši attiecības") is a person too — in mid-sentence, where Latvian capitalises only proper
  // nouns, and when no institution or place noun follows it.
  const mentionAt = new Map<number, true>();
  for (const p of persons) for (const m of p.mentions) mentionAt.set(m.start, true);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (used[i] || !isNameToken(t) || t.initial || !free(t) || officialSet[t.start] || !nameShaped(t))
      continue;
    if (sentenceInitial(text, t) || isUpper(t)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev && prev.cap && /^[ \u00a0]$/.test(text.slice(prev.end, t.start))) continue; // part of a longer name
    if (next && (next.cap || placeNoun(text, next)) && /^[ \u00a0]$/.test(text.slice(t.end, next.start)))
      continue;
    const un = (a: Token | undefined, b: Token | undefined): boolean =>
      a !== undefined &&
      b !== undefined &&
      a.lower === 'un' &&
      /^[ \u00a0]$/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
    const before = tokens[i - 2];
    const after = tokens[i + 2];
    const joined =
      (un(prev, t) &&
        before !== undefined &&
        used[i - 2] === 1 &&
        mentionAt.has(before.start) &&
        /^[ \u00a0]$/.test(text.slice(before.end, (prev as Token).start))) ||
      (un(next, t) &&
        after !== undefined &&
        used[i + 2] === 1 &&
        mentionAt.has(after.start) &&
        /^[ \u00a0]$/.test(text.slice((next as Token).end, after.start)));
    if (!joined) continue;
    addMention(t, null, t.start, t.end);
    used[i] = 1;
  }

  return {
    persons: persons
      .filter((p) => p.mentions.length > 0)
      .map((p) => ({ mentions: p.mentions, first: Math.min(...p.mentions.map((m) => m.start)) })),
    officials,
  };
}
