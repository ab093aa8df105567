/**
 * Addresses. Urban: a street name, a street word (iela, bulvāris, prospekts, gatve… in any case) and
 * a house number, with building (k-2, korpuss 2) and flat (-45, dz. 45, dzīvoklis 45) when present.
 * Rural: a house name in quotes followed by a parish (pagasts) and/or municipality (novads), or a
 * quoted house name right after an address word (mājas, mājās, īpašums, dzīvesvieta, adrese).
 * A street name without a house number (a crossroads, a place of events) is not a personal address.
 */
import type { Span } from '../types.ts';

const STREET_WORD =
  '(?:iel(?:a|ā|as|u|ai|ām)|iel\\.|bulvār(?:is|ī|a|im|i)|bulv\\.|prospekt(?:s|ā|a|am|u)|pr\\.|gatv(?:e|ē|es|ei)|šosej(?:a|ā|as|u)|' +
  'laukum(?:s|ā|a|u)|krastmal(?:a|ā|as|u)|alej(?:a|ā|as|u)|līnij(?:a|ā|as|u)|damb(?:is|ī|ja|i)|ceļ(?:š|ā|a|u)|šķērsiel(?:a|ā|as|u)|' +
  'sēt(?:a|ā|as|u)|dārz(?:s|ā|a)|stūr(?:is|ī|a))';
const NAME_TOKEN = "(?:\\p{Lu}[\\p{L}'-]*\\.?|\\d{1,2}\\.)";
const NAME_PART = `(?:${NAME_TOKEN} ){0,3}(?:\\p{Lu}[\\p{L}'-]*|\\d{1,2}\\. \\p{Ll}+)`;
const HOUSE = '\\d{1,4}[A-Za-z]?(?:/\\d{1,3}[A-Za-z]?)?(?![\\p{L}\\d])';
const BUILDING = '(?:(?: ?- ?| )?k(?:-|\\. ?| )\\d{1,2}|,? korpus(?:s|a) \\d{1,2})?';
const FLAT = '(?: ?- ?\\d{1,4}(?![\\d])|,? dz(?:\\.|īvoklis|īvoklī|īvokļa)(?: Nr\\.)? ?\\d{1,4})?';
const RE_URBAN = new RegExp(`${NAME_PART} ${STREET_WORD} ${HOUSE}${BUILDING}${FLAT}`, 'gu');

const Q_OPEN = '[“"„«]';
const Q_CLOSE = '[”"“»]';
const PARISH = '\\p{Lu}[\\p{L}-]+ (?:pagast(?:s|ā|a|u)|pag\\.)';
const MUNICIPALITY = '(?:\\p{Lu}[\\p{L}-]+ )?(?:novad(?:s|ā|a|u)|nov\\.)';
const VILLAGE = '\\p{Lu}[\\p{L}-]+';
const RE_RURAL = new RegExp(
  `${Q_OPEN}[\\p{L}\\d ."'-]{1,40}?${Q_CLOSE}(?:(?:,? ${VILLAGE})?,? ${PARISH}(?:,? ${MUNICIPALITY})?|,? ${MUNICIPALITY})`,
  'gu',
);
const RE_QUOTED = new RegExp(`${Q_OPEN}[\\p{L}\\d ."'-]{1,40}?${Q_CLOSE}`, 'gu');
const ADDRESS_CONTEXT =
  /(?:mājas|mājās|māju|māja|īpašum\p{L}*|dzīvesviet\p{L}*|adrese|adresē|dzīvo|dzīvojoš\p{L}*|deklarēt\p{L}*)\s*:?\s*$/iu;
const COMPANY_BEFORE =
  /(?:SIA|AS|IK|ZS|KS|PS|SabS|biedrība|biedrības|biedrībai|nodibinājum\p{L}*|sabiedrīb\p{L}*)\s*$/u;

export function detectAddresses(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(RE_URBAN)) {
    let start = m.index;
    let s = m[0];
    // Drop leading words that belong to the sentence, not to the street name ("Rīgā, Brīvības…" never
    // starts here because of the comma; but "Dzīvo Brīvības…" would).
    const lead = /^(?:Dzīvo|Adrese|Pēc|Uz|No|Pie|Pa|Līdz|Deklarētā|Faktiskā) /u.exec(s);
    if (lead) {
      start += lead[0].length;
      s = s.slice(lead[0].length);
    }
    out.push({ start, end: m.index + m[0].length, category: 'address' });
  }
  for (const m of text.matchAll(RE_RURAL)) {
    if (COMPANY_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, category: 'address' });
  }
  for (const m of text.matchAll(RE_QUOTED)) {
    if (ADDRESS_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      out.push({ start: m.index, end: m.index + m[0].length, category: 'address' });
    }
  }
  return out;
}
