/**
 * Addresses, following the parts of the Latvian address standard (street, house, building, flat;
 * village, parish, town, municipality; house name) in the orders and abbreviations rulings use.
 *
 * Urban: a street name (capitalised words, initials, an ordinal, a date: "Krišjāņa Barona", "K. Valdemāra",
 * "Čiekurkalna 1.", "2. Gaujas", "11. novembra"), a street word (iela, bulvāris, prospekts, gatve, šoseja, līnija,
 * šķērslīnija, laukums, aleja, dambis, krastmala, ceļš… in any case, or abbreviated), a house number
 * (12, 12A, 12/14, "Nr. 12") with a building (k-2, k. 2, korpuss 2) and a flat after a hyphen, an en or
 * em dash, "dz." or "dzīvoklis" when present.
 * Rural: a chain of house name in quotes, village (ciems), parish (pagasts, pag.), town (pilsēta) and
 * municipality (novads, nov.), in either order and joined by commas or spaces ("“Ozoli”, Dzelzavas
 * pag., Madonas nov."; "Kokneses pagasta Koknese, “Ausmas”"; "Rugāju novada Rugāju pagasta “Lejas”"),
 * with the bare village or town name next to its parish or municipality. It is an address when it
 * holds a house name; or a quoted house name right after an address word (mājas, īpašums, dzīvo,
 * adrese…); or a bare place name and a parish after an address word.
 * A street name without a house number (a crossroads, a place of events) is not a personal address;
 * nor is a parish or municipality alone.
 */
import { lexicon } from '../lexicon/index.ts';
import { placeForms } from '../lexicon/places.ts';
import { fold, loose } from './fold.ts';
import type { Span } from '../types.ts';

const DASH = '[-‐‑–—]';
const STREET_WORD =
  '(?:iel(?:a|ā|as|u|ai|ām)|iel\\.|bulvār(?:is|ī|a|im|i)|bulv\\.|prospekt(?:s|ā|a|am|u)|pr\\.|prosp\\.|' +
  'gatv(?:e|ē|es|ei|i)|šosej(?:a|ā|as|u|ai)|laukum(?:s|ā|a|u|am)|krastmal(?:a|ā|as|u|ai)|alej(?:a|ā|as|u|ai)|' +
  'šķērslīnij(?:a|ā|as|u|ai)|līnij(?:a|ā|as|u|ai)|damb(?:is|ī|ja|i|im)|ceļ(?:š|ā|a|u|am)|šķērsiel(?:a|ā|as|u)|' +
  'sēt(?:a|ā|as|u)|dārz(?:s|ā|a)|stūr(?:is|ī|a)|skvēr(?:s|ā|a|u)|tak(?:a|ā|as|u)|mol(?:s|ā|a|u)|maģistrāl(?:e|ē|es))';
// One word of a street name: a capitalised word, an initial (K.) or an ordinal (1.).
const NAME_TOKEN = "(?:\\p{Lu}[\\p{L}'’-]*\\.?|\\d{1,2}\\.)";
// …ending, perhaps, in a date ("11. novembra krastmala", "13. janvāra iela").
const NAME_PART = `(?:${NAME_TOKEN} ){0,3}(?:${NAME_TOKEN}|\\d{1,2}\\. \\p{Ll}+)`;
// A house or flat number written out in words ("ielā astoņi, dzīvoklī divpadsmit"), as a ruling
// quoting a statement may: only where the number ends the part (a comma, a full stop, a flat follows).
const NUM_UNIT = '(?:viens|divi|trīs|četri|pieci|seši|septiņi|astoņi|deviņi)';
const NUM_WORD =
  `(?:(?:simt|simts|viens simts|divi simti|trīs simti) )?(?:(?:div|trīs|četr|piec|seš|septiņ|astoņ|deviņ)desmit(?: ${NUM_UNIT})?|` +
  `(?:vien|div|trīs|četr|piec|seš|septiņ|astoņ|deviņ)padsmit|desmit|${NUM_UNIT})` +
  `(?=[,.;)]|$|[ \u00a0](?:dz\\.|dzīvokl|k${DASH}|korp))`;
const HOUSE = `(?:(?:[Nn]r\\. ?)?\\d{1,4}[A-Za-z]?(?:/\\d{1,4}[A-Za-z]?)?(?![\\p{L}\\d])|(?:numur[sā]? )?${NUM_WORD})`;
// A floor between the house and the flat: "14, 2. stāvā, dzīvoklī Nr. 31".
const FLOOR = '(?:,? \\d{1,2}\\. stāv(?:s|ā|a|u))?';
const BUILDING = `(?:(?: ?${DASH} ?| |, ?)k(?:${DASH}|\\. ?| )\\d{1,2}|,? korp(?:us(?:s|a|ā)|\\.) ?\\d{1,2})?`;
const FLAT =
  `(?: ?${DASH} ?\\d{1,4}[A-Za-z]?(?![\\d]|\\. ?gad)` +
  `|,? (?:dz\\.|dzīv\\.|dzīvokl(?:is|ī|a|im))(?: [Nn]r\\.)? ?\\d{1,4}[A-Za-z]?(?!\\d)` +
  `|,? (?:dzīvokl(?:is|ī|a|im))(?: [Nn]r\\.)? ${NUM_WORD}` +
  `|, \\d{1,4}\\. dzīvokl(?:is|ī|a))?`;
const RE_URBAN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NAME_PART}) ${loose(STREET_WORD)} ${HOUSE}${BUILDING}${FLOOR}${loose(FLAT)}`,
  'gu',
);
// Words a sentence puts before a street name that are not part of it.
const LEAD =
  /^(?:(?:Dzīvo|Adrese|Pēc|Uz|No|Pie|Pa|Līdz|Deklarētā|Faktiskā|Dzīvesvieta|Īpašums|Mājā|Ēkā|Dzīvoklī) )+/u;

const Q_OPEN = '[“"„«]';
const Q_CLOSE = '[”"“»]';
const QUOTED = `${Q_OPEN}[\\p{L}\\d .'’-]{1,40}?${Q_CLOSE}`;
// A flat in a named house ("“Ozoli”-3", "“Ozoli” – 3", "“Ozoli”, dz. 3"): rural apartment houses.
const HOUSE_FLAT =
  `(?: ?${DASH} ?\\d{1,4}[A-Za-z]?(?![\\p{L}\\d]|[.,]\\d|\\. ?gad)` +
  `|,? (?:dz\\.|dzīv\\.|dzīvokl(?:is|ī|a|im))(?: [Nn]r\\.)? ?\\d{1,4}[A-Za-z]?(?!\\d)` +
  // …or after a space when the address goes on ("“Ozoli” 3, Zīles, Zīļu pagasts").
  `|[ \u00a0]\\d{1,4}[A-Za-z]?(?=,[ \u00a0]*\\p{Lu}))?`;
const QUOTED_HOUSE = `${QUOTED}${HOUSE_FLAT}`;
const CAP = "\\p{Lu}\\p{L}+(?:['’-]\\p{L}+)*";
// An administrative unit: a name and its kind. Kinds: parish, municipality, village, town.
const ADMIN =
  `${CAP} (?:pagast(?:s|a|ā|u|am)|pag\\.|novad(?:s|a|ā|u|am)|nov\\.|ciem(?:s|a|ā|u|am)|` +
  `pilsēt(?:a|as|ā|u|ai))`;
// One component of a rural address chain; a bare place name (a village or town) only counts next to
// an administrative unit (see detectRural).
// A village without streets numbers its houses: "Mežciems 12-4, Ropažu pagasts".
const NUMBERED = `${CAP} \\d{1,4}[A-Za-z]?(?:/\\d{1,4}[A-Za-z]?)?(?: ?${DASH} ?\\d{1,4})?(?![\\p{L}\\d.])`;
const RE_COMPONENT = new RegExp(
  `(${QUOTED_HOUSE})|(${loose(ADMIN)})|(${NUMBERED})|(${CAP})(?![\\p{L}'’]|\\s?${DASH}?\\s?\\d)`,
  'gu',
);
const COMMA_SEP = /^,\s*$/u;
const ANY_SEP = /^(?:,\s*|[ \u00a0])$/u;

const RE_QUOTED = new RegExp(QUOTED_HOUSE, 'gu');
const ADDRESS_CONTEXT = new RegExp(
  loose(
    '(?:mājas|mājās|māju|māja|īpašum\\p{L}*|dzīvesviet\\p{L}*|adrese|adresē|adresi|dzīvo|dzīvoja|dzīvojoš\\p{L}*|deklarēt\\p{L}*|deklarējies|deklarējusies|uzturas|reģistrēt\\p{L}*)\\s*(?:[:–—-]\\s*)?$',
  ),
  'iu',
);
const COMPANY_BEFORE =
  /(?:SIA|AS|IK|ZS|KS|PS|SabS|VSIA|VAS|biedrība|biedrības|biedrībai|nodibinājum\p{L}*|sabiedrīb\p{L}*|veikal\p{L}*|kafejnīc\p{L}*|restorān\p{L}*|bār\p{L}*|viesnīc\p{L}*|uzņēmum\p{L}*|firm\p{L}*|zīmol\p{L}*)\s*$/u;

type Kind = 'quoted' | 'admin' | 'place';
interface Component {
  start: number;
  end: number;
  kind: Kind;
  /** a parish or a village (not a town or a municipality) */
  local: boolean;
  /** an administrative unit in the genitive ("Kokneses pagasta"), which a place name may follow */
  genitive: boolean;
  /** a municipality in the nominative ("Talsu novads", "Talsu nov."): no bare place name nor a
   * genitive unit ("Limbažu novada bāriņtiesa") continues the address after it */
  last: boolean;
}

function detectRural(text: string, out: Span[]): void {
  const comps: Component[] = [];
  for (const m of text.matchAll(RE_COMPONENT)) {
    // A numbered house stands where a house name would.
    const kind: Kind = m[1] || m[3] ? 'quoted' : m[2] ? 'admin' : 'place';
    comps.push({
      start: m.index,
      end: m.index + m[0].length,
      kind,
      local: kind === 'admin' && /(?:pag|ciem)\p{L}*\.?$/u.test(m[0]),
      genitive: kind === 'admin' && /(?:pagasta|novada|ciema|pilsētas|pilsetas)$/u.test(m[0]),
      last: kind === 'admin' && /(?:novads|nov\.)$/u.test(m[0]),
    });
  }
  // Chains of components joined by a comma or a space.
  let i = 0;
  while (i < comps.length) {
    let j = i + 1;
    while (
      j < comps.length &&
      ANY_SEP.test(text.slice((comps[j - 1] as Component).end, (comps[j] as Component).start)) &&
      !(
        (comps[j - 1] as Component).last &&
        ((comps[j] as Component).kind === 'place' || (comps[j] as Component).genitive)
      )
    )
      j++;
    const chain = comps.slice(i, j);
    i = j;
    // A bare place name stays in the chain only next to an administrative unit: after it
    // ("Kokneses pagasta Koknese"), or before it after a comma ("Dzelzava, Dzelzavas pag.").
    const keep = chain.map((c, k) => {
      if (c.kind !== 'place') return true;
      const prev = chain[k - 1];
      // Only after a genitive: the address standard ends with the municipality, so a capitalised
      // word after "Dobeles novads" or "Talsu nov." begins the next phrase (often a name) — unless
      // the address is written from the municipality down ("Aizkraukles novads, Skrīveru pagasts,
      // Dzilnas"; "Mārupes novada Babītes pagastā, Mežvidos"): then a house name after a comma
      // ends it.
      if (prev && prev.kind === 'admin')
        return (
          prev.genitive ||
          (prev.local &&
            reverseOrder(text, chain, k) &&
            COMMA_SEP.test(text.slice(prev.end, c.start)) &&
            houseWord(text, c))
        );
      // Before an administrative unit after a comma, perhaps through a village: "Dzilnās, Bērzpils,
      // Bērzpils pag." (house name, village, parish). The second of two capitalised words is a name's
      // ("kaimiņa Alekša Gailīša, Bebrīšos, Matīšu pag.").
      if (prev && prev.kind === 'place' && text.slice(prev.end, c.start) === ' ') return false;
      for (let n = k; n < Math.min(chain.length - 1, k + 2); n++) {
        const cur = chain[n] as Component;
        const next = chain[n + 1] as Component;
        if (!COMMA_SEP.test(text.slice(cur.end, next.start))) return false;
        if (next.kind === 'admin') return true;
        if (next.kind !== 'place') return false;
      }
      return false;
    });
    // Split the chain where a place name was dropped.
    let from = 0;
    for (let k = 0; k <= chain.length; k++) {
      if (k < chain.length && keep[k]) continue;
      const part = chain.slice(from, k);
      from = k + 1;
      if (part.length === 0) continue;
      const hasQuoted = part.some((c) => c.kind === 'quoted');
      const hasAdmin = part.some((c) => c.kind === 'admin');
      const hasPlace = part.some((c) => c.kind === 'place' && !attachedToGenitive(text, part, c));
      const hasLocal = part.some((c) => c.local);
      // A genitive unit at the end that a lower-case noun follows names an institution, not a place
      // of the address ("“Ozoli”, Ērģemes pag. Madonas novada pašvaldība", "… pagasta pārvalde").
      while (part.length > 1) {
        const tail = part[part.length - 1] as Component;
        if (!(tail.genitive && /^ \p{Ll}/u.test(text.slice(tail.end, tail.end + 2)))) break;
        part.pop();
      }
      const first = part[0] as Component;
      const last = part[part.length - 1] as Component;
      const before = text.slice(Math.max(0, first.start - 40), first.start);
      if (COMPANY_BEFORE.test(before) && first.kind === 'quoted') continue;
      const context = ADDRESS_CONTEXT.test(before);
      // A house name written without quotes: a place name next to a parish that is not the parish's
      // own village ("Bebrīšos, Matīšu pag.", but not "Matīši, Matīšu pag."), or a place name before
      // a village and its parish ("Dzilnās, Bērzpils, Bērzpils pag.").
      const units = part.filter((c) => c.kind === 'admin').map((c) => stem4(text.slice(c.start, c.end)));
      const places = part.filter((c) => c.kind === 'place');
      // After a street address ("Ziedu iela 7, Piņķi, Babītes pag.") the place is the village.
      const afterStreet = /\d[A-Za-z]?\s*,\s*$/u.test(before);
      const house =
        hasLocal &&
        !afterStreet &&
        (places.length >= 2 ||
          places.some(
            (c) =>
              !units.includes(stem4(text.slice(c.start, c.end))) &&
              houseWord(text, c) &&
              !attachedToGenitive(text, part, c),
          ));
      if ((hasQuoted && hasAdmin) || (hasLocal && hasPlace && (context || house)))
        out.push({ start: first.start, end: last.end, category: 'address' });
    }
  }
}

/** The first four letters of a place's name, folded to lower case: "Matīšu pag." and "Matīši" agree. */
function stem4(s: string): string {
  return s.slice(0, 4).toLowerCase();
}

/** Whether the chain names a municipality before the component at k (an address from the top down). */
function reverseOrder(text: string, chain: Component[], k: number): boolean {
  return chain
    .slice(0, k)
    .some((c) => c.kind === 'admin' && /(?:novad\p{L}*|nov\.)$/u.test(text.slice(c.start, c.end)));
}

/** A place name that may be a house's: not a given name, nor the first of two capitalised words. */
function houseWord(text: string, c: Component): boolean {
  const w = text.slice(c.start, c.end).toLowerCase();
  if (lexicon().given.has(w)) return false;
  return !/^ \p{Lu}/u.test(text.slice(c.end, c.end + 2));
}

/** "Babītes pagasta Dzimtsarakstu nodaļa": a capitalised word after a genitive unit that a lower-case
 * noun follows is that noun's attribute, not a house. */
function attachedToGenitive(text: string, part: Component[], c: Component): boolean {
  const k = part.indexOf(c);
  const prev = part[k - 1];
  return (
    prev !== undefined &&
    prev.genitive &&
    text.slice(prev.end, c.start) === ' ' &&
    /^ \p{Ll}/u.test(text.slice(c.end, c.end + 2))
  );
}

// ---- addresses from context ------------------------------------------------------------------
// The words after which a ruling writes an address: whatever follows them up to the clause's end is
// the address when it holds a street word, a house number after a name, a quoted house name or a
// place word next to a name (the address standard's elements, in any order and grammatical case).
const CUE = new RegExp(
  '(?<![\\p{L}])' +
    loose(
      '(?:dzīvo|dzīvoja|dzīvojoš\\p{L}*|dzīvesviet(?:a|as|u|ā)|adres(?:e|es|i|ē)|reģistrēt(?:s|a|ā|ais|ajam|ai)|deklarēt(?:s|a|ā|ais|ajā)|nekustam(?:ais|o|ā) īpašum(?:s|a|u|ā)|īpašum(?:s|u|ā)|atrodas|atradās|mājās|dzīvoklī)',
    ) +
    '(?![\\p{L}])(?: (?:ir|bija|arī))?(?: ?[:–—-])?[ \u00a0]+',
  'giu',
);
const SEP = /^(?:, ?|[ \u00a0])/u;
const T_QUOTED = /^[“"„«'‘][\p{L}\d .’-]{1,40}?[”"“»'’](?![\p{L}])/u;
const T_POSTAL = /^LV ?[-‐‑–—]? ?\d{4}(?!\d)/u;
const T_NUMBER = new RegExp(
  `^(?:[Nn]r\\. ?)?\\d{1,4}[A-Za-z]?(?:/\\d{1,4}[A-Za-z]?)?(?: ?${DASH} ?\\d{1,4}[A-Za-z]?)?(?![\\p{L}\\d]|[.,]\\d|\\. ?(?:gad|g\\.)|\\. (?!dz)\\p{Ll})`,
  'u',
);
const T_STREET = new RegExp(`^${loose(STREET_WORD)}(?![\\p{L}])`, 'u');
const T_UNIT = new RegExp(
  `^(?:${loose('(?:pagast|novad|ciem|pilsēt)')}\\p{L}*|pag\\.|nov\\.)(?![\\p{L}])`,
  'u',
);
const T_PART = new RegExp(
  `^(?:${loose('(?:dz\\.|dzīv\\.|dzīvokl\\p{L}*|korpus\\p{L}*|korp\\.|māja|mājas|mājā|mājās)')}|k(?:${DASH}|\\. ?| )(?=\\d)|[Nn]r\\.)(?![\\p{L}])`,
  'u',
);
// An ordinal in a street's name: "7. Rudzupuķu iela", "11. novembra krastmala".
const T_ORDINAL = new RegExp(`^\\d{1,2}\\.(?= (?:\\p{Lu}\\p{L}+ |\\p{Ll}+ )${loose(STREET_WORD)})`, 'u');
const T_INITIAL = /^\p{Lu}\p{Ll}?\.(?= \p{Lu})/u;
const T_CAP = /^\p{Lu}[\p{L}’'-]*(?![\p{L}\d])/u;
// A company's or a currency's word: what follows is no address ("īpašumu EUR 6 051 vērtībā").
const T_COMPANY = /^(?:SIA|AS|IK|ZS|KS|VSIA|VAS|OÜ|UAB|GmbH|Ltd|EUR|USD|GBP|LVL|Ls)$/u;

type Tok = 'quoted' | 'postal' | 'number' | 'street' | 'unit' | 'part' | 'ordinal' | 'initial' | 'cap';

/** The address right after a cue word at `from`, read token by token to the clause's end. */
function addressAfter(text: string, from: number): Span | null {
  const toks: Array<{ kind: Tok; start: number; end: number }> = [];
  let at = from;
  let comma = false;
  const limit = Math.min(text.length, from + 200);
  while (at < limit) {
    const rest = text.slice(at, at + 60);
    let kind: Tok | null = null;
    let m: RegExpExecArray | null = null;
    for (const [k, re] of [
      ['quoted', T_QUOTED],
      ['postal', T_POSTAL],
      ['ordinal', T_ORDINAL],
      ['number', T_NUMBER],
      ['street', T_STREET],
      ['unit', T_UNIT],
      ['part', T_PART],
      ['initial', T_INITIAL],
      ['cap', T_CAP],
    ] as Array<[Tok, RegExp]>) {
      m = re.exec(rest);
      if (m) {
        kind = k;
        break;
      }
    }
    if (!kind || !m) break;
    if (kind === 'cap' && T_COMPANY.test(m[0])) return null;
    const prev = toks[toks.length - 1];
    // After an abbreviation's dot ("nov.", "dz.") a capital begins the next sentence unless a place
    // or street word follows it.
    // or the municipality ("Zīļu pag. Augšzemes nov.") follows it.
    if (
      prev &&
      kind === 'cap' &&
      text.charAt(prev.end - 1) === '.' &&
      prev.kind !== 'initial' &&
      text.charAt(at - 1) !== ',' &&
      text.charAt(at - 2) !== ','
    ) {
      const ahead = text.slice(at + m[0].length, at + m[0].length + 6);
      if (!/^ nov(?:ads|\.)/u.test(ahead)) break;
    }
    toks.push({ kind, start: at, end: at + m[0].length });
    at += m[0].length;
    // The address standard ends with the municipality: nothing after "… novads" / "… nov." belongs
    // — unless the address is written from the top down ("Augšzemes nov., Zīļu pag., “Dzeņi”").
    if (
      kind === 'unit' &&
      /^nov(?:ads|\.)$/u.test(m[0]) &&
      !/^,[ \u00a0]\p{Lu}\p{L}+[ \u00a0](?:pag|ciem|pilsēt)/u.test(text.slice(at, at + 40))
    )
      break;
    const sep = SEP.exec(text.slice(at, at + 2));
    comma = sep !== null && sep[0].startsWith(',');
    // "dz.9", "k-2", "Nr.5": a part word may run into its number.
    if (!sep && !(kind === 'part' && /^\d/.test(text.charAt(at)))) break;
    if (sep) at += sep[0].length;
  }
  // Stopped by a lower-case noun after a space: the capitals and units before it are that noun's
  // attributes ("reģistrēta Rīgas pilsētas Dzimtsarakstu nodaļā"), not the address.
  if (!comma && /^\p{Ll}/u.test(text.charAt(at)))
    while (
      toks.length > 0 &&
      ['cap', 'unit', 'initial'].includes((toks[toks.length - 1] as { kind: Tok }).kind)
    )
      toks.pop();
  // "mājās “Dzeņos”": the word for a house is not the address.
  while (toks.length > 0 && toks[0]?.kind === 'part' && /^māj/u.test(text.slice(toks[0].start, toks[0].end)))
    toks.shift();
  if (toks.length === 0) return null;
  const has = (k: Tok): boolean => toks.some((t) => t.kind === k);
  // A unit's name ("Ogres" of "Ogres novadā") and a town ("Ogrē") say where, not which house.
  const unitNames = toks
    .filter((t, i) => i > 0 && t.kind === 'unit' && toks[i - 1]?.kind === 'cap')
    .map((t) => toks[toks.indexOf(t) - 1] as { start: number; end: number })
    .map((t) => text.slice(t.start, t.end));
  const houses = toks.filter(
    (t, i) =>
      t.kind === 'cap' &&
      toks[i + 1]?.kind !== 'unit' &&
      !unitNames.some((u) => samePlace(u, text.slice(t.start, t.end))) &&
      !placeForms().has(text.slice(t.start, t.end).toLowerCase()),
  ).length;
  const numberAfterName = toks.some(
    (t, i) =>
      t.kind === 'number' &&
      i > 0 &&
      ['cap', 'quoted', 'street', 'part'].includes((toks[i - 1] as { kind: Tok }).kind),
  );
  const ok =
    has('quoted') || (has('street') && has('number')) || numberAfterName || (has('unit') && houses > 0);
  if (!ok) return null;
  // A street address ends with its house or flat: a town, municipality or postal code after it is
  // written plain (the postal code is found on its own).
  if (has('street'))
    while (
      toks.length > 1 &&
      ['cap', 'unit', 'postal'].includes((toks[toks.length - 1] as { kind: Tok }).kind)
    )
      toks.pop();
  while (toks.length > 1 && (toks[toks.length - 1] as { kind: Tok }).kind === 'postal') toks.pop();
  // Drop a dangling part word or unit-less trailing capital after a comma? Keep it simple: the span
  // ends at the last token.
  const first = toks[0] as { start: number };
  const last = toks[toks.length - 1] as { end: number };
  return { start: first.start, end: last.end, category: 'address' };
}

// Units after a street address: an optional village or town (one or two capitalised words), then one
// or more named units with their kind's word, to the municipality (which ends the address standard).
const UNIT_WORD = `(?:${loose('(?:pagast|novad|ciem|pilsēt)')}\\p{L}*|pag\\.|nov\\.)`;
const RE_UNITS_AFTER = new RegExp(
  `^(?:,[ \u00a0]*${CAP}(?:[ \u00a0-]${CAP})?(?=,[ \u00a0]*${CAP}[ \u00a0]${UNIT_WORD}))?` +
    `(?:,?[ \u00a0]+${CAP}[ \u00a0]${UNIT_WORD}(?![\\p{L}]))+`,
  'u',
);
const RE_UNITS_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${CAP}[ \u00a0]${UNIT_WORD},?[ \u00a0]+)+(?:${CAP}(?:[ \u00a0-]${CAP})?,[ \u00a0]+)?$`,
  'u',
);

/** Where the units after a street address end: at the nominative municipality, and before a genitive
 * unit that a lower-case noun follows ("…, Ogres novada bāriņtiesa" is a body, not the address). */
function unitsEnd(text: string, at: number, tail: string): number {
  const units = [...tail.matchAll(new RegExp(`${CAP}[ \u00a0]${UNIT_WORD}(?![\\p{L}])`, 'gu'))];
  let end = tail.length;
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k] as RegExpMatchArray;
    const uEnd = (u.index as number) + u[0].length;
    if (
      /(?:pagasta|novada|ciema|pilsētas|pilsetas)$/u.test(u[0]) &&
      /^ \p{Ll}/u.test(text.slice(at + uEnd, at + uEnd + 2))
    )
      end = u.index as number;
    else break;
  }
  // Up to the first nominative municipality.
  for (const u of units) {
    const uEnd = (u.index as number) + u[0].length;
    if (uEnd <= end && /(?:novads|nov\.)$/u.test(u[0])) return uEnd;
  }
  const cut = tail.slice(0, end).replace(/[,\s]+$/u, '');
  return /(?:pagast|novad|ciem|pilsēt|pag\.|nov\.)\p{L}*\.?$/u.test(cut) ? cut.length : 0;
}

/** Two forms of one place's name: "Ogrē" and "Ogres", "Matīši" and "Matīšu" (all but the ending). */
function samePlace(a: string, b: string): boolean {
  const x = fold(a.toLowerCase());
  const y = fold(b.toLowerCase());
  let n = 0;
  while (n < x.length && x[n] === y[n]) n++;
  return n >= Math.min(x.length, y.length) - 2;
}

function detectFromContext(text: string, out: Span[]): void {
  for (const m of text.matchAll(CUE)) {
    const sp = addressAfter(text, m.index + m[0].length);
    if (sp) out.push(sp);
  }
}

// A single line break inside a sentence (a wrapped line) is read as a space, so that an address split
// across lines ("Vītolkalna⏎ielā 8-12", "ielā 8-⏎12") is one; positions stay the same. A paragraph
// break (an empty line), or a line that ends a sentence, a heading or a list item, stays a break.
const WRAP =
  /(?<=[\p{L}\d,\-‐‑–—.”"])[ \t]*\n(?=[ \t]*[\p{Ll}\d“"„«‐‑–—-]|[ \t]*\p{Lu}\p{Ll}+ (?:iel|bulv|prospekt|gatv|šosej|pag|nov))/gu;
function unwrap(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(WRAP, (m, off: number) => {
    // Not after a sentence's end ("… 2024.⏎Tiesa"): a full stop after a word of 3+ letters.
    if (/\p{L}{3}\.$|\d{4}\.$/u.test(text.slice(Math.max(0, off - 5), off))) return m;
    return ' '.repeat(m.length);
  });
}

export function detectAddresses(input: string): Span[] {
  const text = unwrap(input);
  const out: Span[] = [];
  detectGarden(text, out);
  for (const m of text.matchAll(RE_URBAN)) {
    const lead = LEAD.exec(m[0]);
    let start = m.index + (lead ? lead[0].length : 0);
    // A person's name before the street ("ar brāli Andreju Ozolu Lāčplēša ielā 5"): a given name
    // in a case other than the genitive (street names are genitives: Krišjāņa Barona iela) and the
    // surname after it belong to the sentence, not to the street name.
    const words = (m[1] as string).slice(start - m.index).split(' ');
    let dropped = 0;
    while (words.length - dropped >= 2) {
      const w = (words[dropped] as string).toLowerCase();
      if (!lexicon().given.has(w) || /(?:a|as|es|us|o)$/u.test(w)) break;
      dropped += words.length - dropped >= 3 ? 2 : 1;
    }
    for (let k = 0; k < dropped; k++) start += (words[k] as string).length + 1;
    let end = m.index + m[0].length;
    // The address standard goes on after the house: village or town, parish, municipality
    // ("Ziedu iela 7-3, Lejasmuiža, Zīļu pag., Augšzemes nov."), or comes before it from the top down
    // ("Augšzemes nov., Zīļu pag., Lejasmuiža, Ziedu iela 7"). Those units belong to the address
    // when an administrative unit's word names them; a bare town ("…, Rīga") is written plain.
    const tail = RE_UNITS_AFTER.exec(text.slice(end, end + 160));
    if (tail) end += unitsEnd(text, end, tail[0]);
    const head = RE_UNITS_BEFORE.exec(text.slice(Math.max(0, start - 160), start));
    if (head) start -= head[0].length;
    out.push({ start, end, category: 'address' });
  }
  detectForeign(text, out);
  detectRural(text, out);
  for (const m of text.matchAll(RE_QUOTED)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (ADDRESS_CONTEXT.test(before) && !COMPANY_BEFORE.test(before))
      out.push({ start: m.index, end: m.index + m[0].length, category: 'address' });
  }
  // An address read from context that overlaps one found by shape is one address: their union.
  const context: Span[] = [];
  detectFromContext(text, context);
  for (const c of context) {
    if (out.some((o) => o.start <= c.start && o.end >= c.end)) continue;
    for (const o of out)
      if (o.start < c.end && c.start < o.end) {
        c.start = Math.min(c.start, o.start);
        c.end = Math.max(c.end, o.end);
      }
    out.push(c);
  }
  // "mājas “Ozoli”, Zīļu pagasts", "dzīvo mājās “Ozolos”": the word for a house before its name is
  // part of the address as written.
  for (const o of out) {
    const w = HOUSE_WORD_BEFORE.exec(text.slice(Math.max(0, o.start - 8), o.start));
    if (w && /^[“"„«'‘]/u.test(text.charAt(o.start))) o.start -= w[0].length;
  }
  return out;
}
const HOUSE_WORD_BEFORE = new RegExp(`(?<![\\p{L}])${loose('(?:mājas|mājās|māja|mājā)')}[ \u00a0]+$`, 'iu');

// ---- a garden society's or a garage cooperative's plot ------------------------------------------
// "dārzkopības sabiedrība “Ābelīte”, dārza māja Nr. 12", "DKS “Ābelīte” 12. līnija 34", "garāžu
// kooperatīvā “Auto”, garāža Nr. 15", or the plot first: "dārza mājā Nr. 12 dārzkopības sabiedrībā
// “Ābelīte”". The society's name with the plot's number is the address (as the State Address
// Register writes it: "Ābelīte 12"); the society's name alone is kept elsewhere.
const SOCIETY = loose(
  '(?:(?:dārzkopības|dārzkopju|dārziņu|vasarnīcu|mazdārziņu|garāžu|garāžas|dārzkopības kooperatīvā)(?: (?:kooperatīv\\p{L}*|sabiedrīb\\p{L}*|biedrīb\\p{L}*))?|DKS|DKKS|DK|GKS|GK|MDS)',
);
const PLOT_WORD = loose(
  '(?:dārza māj\\p{L}*|vasarnīc\\p{L}*|māj\\p{L}*|mājiņ\\p{L}*|zemes gabal\\p{L}*|gabal\\p{L}*|garāž\\p{L}*|boks|boksā|boksa|box|nogabal\\p{L}*|īpašum\\p{L}*)',
);
const PLOT_NO = `(?:[Nn]r\\.[ \u00a0]?)?\\d{1,4}[A-Za-z]?(?:/\\d{1,4})?(?![\\p{L}\\d]|[.,]\\d)`;
const LINE_NO = `\\d{1,2}\\.[ \u00a0]?${loose('līnij(?:a|ā|as|u)')}[ \u00a0]+\\d{1,4}[A-Za-z]?`;
const RE_GARDEN = new RegExp(
  `(?<![\\p{L}])${SOCIETY}[ \u00a0]+(${QUOTED})(?:,?[ \u00a0]+(?:${LINE_NO}|(?:${PLOT_WORD}[ \u00a0]+)?${PLOT_NO}))` +
    `|(?<![\\p{L}])${PLOT_WORD}[ \u00a0]+${PLOT_NO},?[ \u00a0]+${SOCIETY}[ \u00a0]+(${QUOTED})`,
  'gu',
);
function detectGarden(text: string, out: Span[]): void {
  for (const m of text.matchAll(RE_GARDEN)) {
    const q = (m[1] ?? m[2]) as string;
    const qAt = m.index + m[0].indexOf(q);
    const start = m[1] !== undefined ? qAt : m.index;
    let end = m[1] !== undefined ? m.index + m[0].length : qAt + q.length;
    const tail = RE_UNITS_AFTER.exec(text.slice(end, end + 160));
    if (tail) end += unitsEnd(text, end, tail[0]);
    out.push({ start, end, category: 'address' });
  }
}

// ---- a party's foreign address -----------------------------------------------------------------
// Written as the country writes it, then the country's name in Latvian (or English) in any case:
// street + number (either order), flat, postal code, town, region, country — "Hauptstraße 12, 10115
// Berlin, Vācija", "ul. Długa 5/7 m. 3, 00-238 Warszawa, Polija", "12 Baker Street, London NW1 6XE,
// Apvienotā Karaliste". The street is known by its country's street word or ending.
const COUNTRY =
  '(?:(?:Vācij|Polij|Lietuv|Igaunij|Somij|Zviedrij|Norvēģij|Dānij|Īrij|Lielbritānij|Anglij|Skotij|Ukrain|' +
  'Krievij|Baltkrievij|Beļģij|Francij|Itālij|Spānij|Austrij|Čehij|Slovākij|Ungārij|Rumānij|Bulgārij|' +
  'Grieķij|Horvātij|Slovēnij|Serbij|Gruzij|Moldov|Turcij|Kanād|Austrālij|Indij|Ķīn|Japān|Armēnij|' +
  'Kazahstān|Uzbekistān|Azerbaidžān)(?:a|as|ā|ai|u)|(?:Nīderland|Portugāl|Šveic|Island|Luksemburg|' +
  'Izraēl)(?:e|es|ē|ei)|Apvienot(?:ā|ās|ajā|ajai) Karalist(?:e|es|ē|ei)|Amerikas Savienot(?:ās|ajās|ajām) ' +
  'Valst(?:is|īs|īm)|ASV|Germany|Deutschland|Poland|Polska|Lithuania|Estonia|Eesti|Finland|Suomi|Sweden|' +
  'Sverige|Norway|Norge|Denmark|Danmark|Ireland|United Kingdom|UK|Ukraine|Netherlands|Belgium|France|' +
  'Italy|Spain|Austria|Switzerland|USA|Canada)(?![\\p{L}])';
const RE_COUNTRY_AFTER = new RegExp(`,[ \u00a0]*${COUNTRY}`, 'gu');
const FOREIGN_STREET = new RegExp(
  '(?:\\p{L}(?:straße|strasse|str\\.|gasse|weg|allee|platz|ring|damm|ufer|straat|laan|plein|gracht|gatan|' +
    'vägen|gata|vej|gade|katu|tie|kuja|tänav|gatvė|prospektas|ulica|vulytsia|ulitsa|veien|vegen|gate|torget|plassen)(?![\\p{L}])|' +
    '(?<![\\p{L}])(?:Straße|Strasse|Str\\.|str\\.|ul\\.|al\\.|ulica|aleja|vul\\.|g\\.|pr\\.|prospekt|mnt\\.?|maantee|' +
    'puiestee|pst\\.|tänav|tee|katu|street|Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Drive|Way|Square|' +
    'rue|Rue|boulevard|Boulevard|bd\\.|via|Via|viale|Viale|piazza|Piazza|calle|Calle|avenida|Avenida|rua|Rua|' +
    'Close|Crescent|Gardens|Terrace|Court|Place|Row|Grove|Walk|Mews|Hill|Parade|torg|torget|gate|gata|vei|veien|' +
    'veg|plass|allé|Markt|Platz|Anger)(?![\\p{L}]))',
  'u',
);
const HOUSE_NO = /(?<![\p{L}\d.,])\d{1,4}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?(?![\d]|[.,]\d)/u;
// A flat, a postal code, a town or region: the segments between the street and the country.
const FOREIGN_FLAT =
  /^(?:kv\.|dz\.|m\.|apt\.?|Apt\.?|Flat|flat|Wohnung|lok\.|Nr\.)[ \u00a0]?\d{1,4}[A-Za-z]?$/u;
const FOREIGN_TOWN =
  /^(?:(?:[A-Z]{1,2}[-‐–]?)?\d{2,3}[-‐–\s]?\d{2,3}[ \u00a0])?\p{Lu}[\p{L}'’.-]*(?:[ \u00a0-]\p{Lu}[\p{L}'’.-]*){0,2}(?:[ \u00a0](?:[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}|\d{4,5}|\d{2}-\d{3}))?$/u;
// Words a sentence puts before the street: lower-case Latvian words (dzīvo, adrese:) are not part of it.
const FOREIGN_LEAD = /^(?:(?:\p{Ll}[\p{Ll}]*|[A-ZĀČĒĢĪĶĻŅŠŪŽ]\p{Ll}+ē|Adrese|Dzīvo|Dzīvesvieta)[:\s]+)+/u;

function detectForeign(text: string, out: Span[]): void {
  if (!text.includes(',')) return;
  for (const m of text.matchAll(RE_COUNTRY_AFTER)) {
    let end = m.index;
    let streetStart = -1;
    // Walk back over comma-separated segments: towns, regions, flats, postal codes, then the street.
    for (let n = 0; n < 5; n++) {
      const comma = text.lastIndexOf(',', end - 1);
      const lineStart = Math.max(
        text.lastIndexOf('\n', end - 1),
        text.lastIndexOf('(', end - 1),
        text.lastIndexOf(';', end - 1),
      );
      const segStart = Math.max(comma + 1, lineStart + 1, end - 60);
      const seg = text.slice(segStart, end).trim();
      if (!seg) break;
      if (FOREIGN_STREET.test(seg) && HOUSE_NO.test(seg)) {
        const lead = FOREIGN_LEAD.exec(
          seg.replace(/^(?:ul\.|al\.|vul\.|rue|via|calle|avenida|rua|viale|piazza) /u, (x) =>
            x.toUpperCase(),
          ),
        );
        const leadLen =
          lead && !/^(?:ul\.|al\.|vul\.|rue|via|calle|avenida|rua|viale|piazza) /iu.test(seg)
            ? lead[0].length
            : 0;
        const rest = seg.slice(leadLen);
        if (!/\p{L}{3}/u.test(rest) || /(?:gad|mēneš|eiro|euro|EUR|pant|punkt|daļ)/u.test(rest)) break;
        streetStart = text.indexOf(seg, segStart) + leadLen;
        break;
      }
      if (!FOREIGN_FLAT.test(seg) && !FOREIGN_TOWN.test(seg)) break;
      end = comma;
      if (comma < 0 || comma < lineStart) break;
    }
    if (streetStart >= 0) out.push({ start: streetStart, end: m.index + m[0].length, category: 'address' });
  }
  detectForeignForward(text, out);
}

// The same address read forwards: after the country's name ("dzīvo Vācijā, Lindenweg 12, 31134
// Hildesheim"; "strādā Norvēģijā: Storgata 5, 0155 Oslo"), or with no country at all when a
// postal code and town follow the street ("Hauptstraße 12, 10115 Berlin"). A street is its
// country's street word and a number, or — after a country's name, or when a postal code and town
// follow — one to four capitalised (or particle) words with a house number before or after them
// ("Am Markt 26", "Bragernes torg 34", "80 Ashby Road").
const RE_COUNTRY_BEFORE = new RegExp(`${COUNTRY}[ \u00a0]*[,:(][ \u00a0]*`, 'gu');
const STREET_WORDS_GENERIC =
  "(?:\\p{Lu}[\\p{L}'’.-]*|am|an|auf|der|dem|den|im|in|de|la|le|les|des|du|del|della|di|da|do|dos|van|von|ter|the|of|torg|torget|gate|gata|vei|veien|veg|plass|vej|gade|väg|vägen|gatan)";
const RE_STREET_GENERIC = new RegExp(
  `^(?:\\d{1,4}[A-Za-z]?[ \u00a0]+${STREET_WORDS_GENERIC}(?:[ \u00a0]+${STREET_WORDS_GENERIC}){0,3}|` +
    `${STREET_WORDS_GENERIC}(?:[ \u00a0]+${STREET_WORDS_GENERIC}){0,3}[ \u00a0]+\\d{1,4}[A-Za-z]?(?:[/-]\\d{1,4}[A-Za-z]?)?)$`,
  'u',
);
// A postal code and a town, in either order, with a UK postcode after the town.
const POSTAL_TOWN =
  /^(?:(?:[A-Z]{1,2}[-‐–]?)?\d{2,3}[-‐–\s]?\d{2,3}(?:[ \u00a0][A-Z]{2})?[ \u00a0]\p{Lu}[\p{L}'’.-]*(?:[ \u00a0-]\p{Lu}[\p{L}'’.-]*){0,2}|\p{Lu}[\p{L}'’.-]*(?:[ \u00a0-]\p{Lu}[\p{L}'’.-]*){0,2}[ \u00a0](?:[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}|[A-Z]\d{2}[ \u00a0][A-Z\d]{4}|\d{4,5}|\d{2}-\d{3}))$/u;
const RE_POSTAL_TOWN_AFTER =
  /,[ \u00a0]*(?:(?:[A-Z]{1,2}[-‐–]?)?\d{2,3}[-‐–\s]?\d{2,3}(?:[ \u00a0][A-Z]{2})?[ \u00a0]\p{Lu}|\p{Lu}[\p{L}'’.-]*(?:[ \u00a0-]\p{Lu}[\p{L}'’.-]*){0,2}[ \u00a0](?:[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}|[A-Z]\d{2}[ \u00a0][A-Z\d]{4}|\d{4,5}(?![\d.,])))/gu;

const FOREIGN_PARTICLE =
  /^(?:am|an|auf|der|dem|den|im|in|de|la|le|les|des|du|del|della|di|da|do|dos|van|von|ter|the|of|ul\.|al\.|vul\.|g\.|pr\.|str\.)$/u;

/** Segments after `from`: the street, then flats, postal codes, towns and the country. */
function foreignForwardEnd(text: string, from: number, afterCountry: boolean): number {
  let pos = from;
  let street = -1;
  let postal = false;
  let end = -1;
  for (let n = 0; n < 6; n++) {
    const rest = text.slice(pos, pos + 80);
    const cut = rest.search(
      /[,;()\n]|(?<=\p{L}{4}|\d|\p{Lu}{2})\.(?=\s+\p{Lu}|\s*$)|[ \u00a0](?:un|kur|kas|bet|ar|no|līdz)[ \u00a0]/u,
    );
    let seg = (cut < 0 ? rest : rest.slice(0, cut)).trim();
    // After the street, a lower-case word ends the address ("10115 Berlin ir …").
    if (street >= 0) seg = seg.replace(/[ \u00a0]\p{Ll}.*$/u, '');
    if (!seg) break;
    const segEnd = pos + rest.indexOf(seg) + seg.length;
    if (street < 0) {
      const known = FOREIGN_STREET.test(seg) && HOUSE_NO.test(seg) && seg.length <= 50 && /\p{Lu}/u.test(seg);
      if (!known && !RE_STREET_GENERIC.test(seg)) return -1;
      if (/(?:gad|mēneš|eiro|euro|EUR|pant|punkt|daļ|Nr)/u.test(seg)) return -1;
      street = segEnd;
      end = segEnd;
    } else if (POSTAL_TOWN.test(seg)) {
      postal = true;
      end = segEnd;
    } else if (FOREIGN_FLAT.test(seg) || new RegExp(`^${COUNTRY}$`, 'u').test(seg)) {
      end = segEnd;
    } else if (postal && FOREIGN_TOWN.test(seg) && !/\d/.test(seg)) {
      end = segEnd; // a region after the town
    } else break;
    if (text.charAt(segEnd) !== ',') break;
    pos = segEnd + 1;
  }
  if (street < 0) return -1;
  return postal || afterCountry ? end : -1;
}

function detectForeignForward(text: string, out: Span[]): void {
  for (const m of text.matchAll(RE_COUNTRY_BEFORE)) {
    const from = m.index + m[0].length;
    const end = foreignForwardEnd(text, from, true);
    if (end > from) out.push({ start: from, end, category: 'address' });
  }
  for (const m of text.matchAll(RE_POSTAL_TOWN_AFTER)) {
    // Walk back to the street segment before the postal code and town.
    const stop = Math.max(
      text.lastIndexOf(',', m.index - 1),
      text.lastIndexOf('\n', m.index - 1),
      text.lastIndexOf('(', m.index - 1),
      text.lastIndexOf(':', m.index - 1),
      m.index - 60,
    );
    // The street starts after the sentence's last lower-case word that is no street word or particle
    // of the country's language ("Pavēste nosūtīta uz adresi | Havne torg 5").
    let start = stop + 1;
    for (const w of text.slice(stop + 1, m.index).matchAll(/(?<![\p{L}\d.])\p{Ll}[\p{L}.]*/gu))
      if (!FOREIGN_PARTICLE.test(w[0]) && !FOREIGN_STREET.test(w[0]))
        start = stop + 1 + (w.index as number) + w[0].length;
    const seg = text.slice(start, m.index);
    const trimmed = seg.replace(/^\s+/, '');
    start += seg.length - trimmed.length;
    if (!trimmed || !FOREIGN_STREET.test(trimmed) || !HOUSE_NO.test(trimmed)) continue;
    const end = foreignForwardEnd(text, start, false);
    if (end > start) out.push({ start, end, category: 'address' });
  }
}
