/**
 * Identifiers with a fixed shape: personal codes, IBANs, phone numbers, e-mail addresses, vehicle
 * plates, cadastral numbers, passport and identity card numbers, postal codes.
 */
import type { Span } from '../types.ts';
import { loose } from './fold.ts';
import { IBAN_LENGTH } from './iban-registry.ts';

const CODE_WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The check digit rule of the old personal code DDMMYY-CNNNNN: (1101 − Σ wᵢdᵢ) mod 11 = last digit. */
export function personalCodeCheckDigitValid(code: string): boolean {
  const d = code.replace(/\D/g, '');
  if (d.length !== 11) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (CODE_WEIGHTS[i] as number) * Number(d[i]);
  return (1101 - sum) % 11 === Number(d[10]);
}

function validBirthDate(d: string): boolean {
  const day = Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  const yy = Number(d.slice(4, 6));
  const century = Number(d[6]);
  if (century > 2 || month < 1 || month > 12 || day < 1) return false;
  const year = 1800 + century * 100 + yy;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Old codes (date, century digit, check digit) and new codes since 2017 (beginning 32–39). */
export function isPersonalCode(raw: string): boolean {
  const d = raw.replace(/\D/g, '');
  if (d.length !== 11) return false;
  if (/^3[2-9]/.test(d)) return true;
  return validBirthDate(d) && personalCodeCheckDigitValid(d);
}

/** ISO 13616 mod-97 check: move the first four characters to the end, letters to 10–35, mod 97 = 1. */
export function ibanValid(raw: string): boolean {
  const s = raw.replace(/[\s\u00a0-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const length = IBAN_LENGTH[s.slice(0, 2)];
  if (length !== undefined && s.length !== length) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

// A personal code: 6 + 5 digits, with a hyphen or not. Hyphenated ones are always hidden (only a
// personal code is written like that); unhyphenated ones only when they check out.
// A space instead of the hyphen ("120385 12342") counts like no hyphen: only when it checks out.
// The hyphen may stand at a line's end or start ("150385-⏎10341"), and the two parts may be split
// by a line break alone.
const RE_CODE = new RegExp(
  `(?<![\\p{L}\\p{N}+])(\\d{6})([ \u00a0]?[-‐‑–—][ \u00a0]?|[ \u00a0]?\\r?\\n[ \u00a0]?(?:[-‐‑–—][ \u00a0]?)?|[ \u00a0]?[-‐‑–—][ \u00a0]?\\r?\\n[ \u00a0]?| |)(\\d{5})${E}`,
  'gu',
);
// IBAN, compact or printed in groups of four.
// (Lower case too, as some typists write it; the mod-97 check decides.)
const RE_IBAN = new RegExp(`${B}[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?${E}`, 'gu');
const RE_IBAN_START = new RegExp(`${B}([A-Za-z]{2})\\d{2}(?=[ \u00a0-]?[A-Za-z0-9])`, 'gu');

/** Where an IBAN of `length` characters starting at `at` ends (single separators between its
 * characters allowed), or −1 when the text there is shorter, or longer without a break. */
function ibanEnd(text: string, at: number, length: number): number {
  let n = 0;
  let i = at;
  while (i < text.length && n < length) {
    const c = text.charAt(i);
    if (/[A-Za-z0-9]/.test(c)) {
      n++;
      i++;
    } else if ((c === ' ' || c === '\u00a0' || c === '-') && n >= 4 && /[A-Za-z0-9]/.test(text.charAt(i + 1)))
      i++;
    else return -1;
  }
  if (n < length || /[\p{L}\p{N}]/u.test(text.charAt(i))) return -1;
  return i;
}
// Matched from each "@" outwards (a left-to-right regex would try every word of the text).
const RE_EMAIL_LOCAL = /[\p{L}\p{N}._%+-]+$/u;
const RE_EMAIL_DOMAIN = /^[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const OBFUSCATED_HINT = /[(\[{](?:at|eta)[)\]}]| @ /iu;
// Addresses written to escape harvesters: janis(at)inbox.lv, janis [at] inbox [dot] lv, janis @ inbox.lv.
const AT = '(?: ?[(\\[{]at[)\\]}] ?| @ | ?\\(eta\\) ?)';
const DOT = '(?:\\.| ?[(\\[{]dot[)\\]}] ?| ?[(\\[{]punkts[)\\]}] ?)';
const RE_EMAIL_OBFUSCATED = new RegExp(
  `(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+${AT}[\\p{L}\\p{N}-]+(?:${DOT}[\\p{L}\\p{N}-]+)*${DOT}\\p{L}{2,}(?![\\p{L}])`,
  'giu',
);
// Latvian phone numbers: 8 digits starting with 2 (mobile) or 6 (fixed), optionally after +371 /
// 00371 / (+371), in groups separated by spaces or hyphens.
const RE_PHONE = new RegExp(
  `(?:(?:\\(\\+?371\\)|\\+ ?371|(?<![\\p{N}])00371|(?<![\\p{L}\\p{N}+])371(?=[ \\u00a0-]?[26]\\d))[ \\u00a0-]?|(?<![\\p{L}\\p{N}+]))` +
    `[26](?:[ \\u00a0‐‑–-]?\\d){7}${E}`,
  'gu',
);
// Vehicle plates: one or two letters, a hyphen, an en or em dash, a space or nothing, 1–4 digits
// (AB-1234, AB–1234, AB 1234, AB1234; taxis, trailers and special plates alike); and, after a vehicle
// word, the three-letter and three-digit plates of the neighbouring countries (ABC-123, ABC 123,
// 123 ABC) that rulings about traffic offences also name.
const PLATE_DASH = '[-‐‑–—]';
const RE_PLATE = new RegExp(
  `${B}[A-Z]{1,2}(?:${PLATE_DASH}| |\u00a0| ${PLATE_DASH} )\\d{1,4}${E}(?![-‐‑–—/.]\\d)`,
  'gu',
);
const RE_PLATE_COMPACT = new RegExp(`${B}[A-Z]{2}\\d{1,4}${E}(?![-‐‑–—/.]\\d)`, 'gu');
const RE_PLATE_FOREIGN = new RegExp(
  `${B}(?:[A-Z]{3}(?:${PLATE_DASH}| |\u00a0)?\\d{3}|\\d{3}(?: |\u00a0)?[A-Z]{3})${E}(?![-‐‑–—/.]\\d)`,
  'gu',
);
// Car makes: a model after one is no plate (a/m Volvo FH16, BMW 320D).
const NOT_A_PLATE_WORDS =
  'BMW|AUDI|VW|VOLKSWAGEN|MERCEDES|MERCEDES-BENZ|OPEL|FORD|VOLVO|SKODA|ŠKODA|TOYOTA|NISSAN|HONDA|MAZDA|KIA|HYUNDAI|RENAULT|PEUGEOT|CITROEN|FIAT|SEAT|DACIA|LADA|VAZ|MAN|DAF|SCANIA|IVECO|TESLA|LEXUS|SUBARU|SUZUKI|MITSUBISHI|PORSCHE|JEEP|CHEVROLET|CHRYSLER|DODGE|JAGUAR|LAND ROVER|ROVER|MINI|SAAB|ALFA ROMEO|INFINITI|CUPRA|GAZ|UAZ|KAMAZ|MAZ|YAMAHA|KTM|DUCATI|APRILIA|SCANIA|KRONE|SCHMITZ|KÖGEL';
// Foreign plates by their countries' formats, after a vehicle word or a country hint: Germany
// (B-AB 1234, M AB 123E), Ukraine (AA1234BB, AA 1234 BB), Poland (WX 12345, KR 1234A, PO 123AB), and
// the general European shape of two or three groups of letters and digits with both in it (France
// AB-123-CD, Italy AB 123 CD, Spain 1234 ABC, the Netherlands 12-ABC-3, Finland ABC-123).
const RE_PLATE_WORLD = new RegExp(
  `${B}(?:` +
    `[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} \\d{1,4}[EH]?` +
    `|[A-Z]{2} ?\\d{4} ?[A-Z]{2}` +
    `|[A-Z]{3} ?\\d{3}|\\d{3} ?[A-Z]{3}` +
    `|[A-Z]{2,3} ?\\d[0-9A-Z]{3,4}` +
    `|(?=[A-Z0-9 -]*[A-Z])(?=[A-Z0-9 -]*\\d)(?:[A-Z]{1,3}|\\d{1,4})(?:[- ](?:[A-Z]{1,3}|\\d{1,4})){1,2}` +
    `)${E}(?![-‐‑–—/.,]\\d)`,
  'gu',
);
const COUNTRY_HINT = new RegExp(
  loose(
    '(?:Lietuv|Igaunij|Polij|Vācij|Ukrain|Baltkrievij|Krievij|Somij|Zviedrij|Norvēģij|Dānij|Nīderland|Francij|Itālij|Spānij|Čehij|Slovākij|Ungārij|Rumānij|Bulgārij|Moldov|Gruzij|Lielbritānij|Īrij|Austrij|Šveic|ārvalst|ārzem)\\p{L}*',
  ),
  'iu',
);
const COUNTRY_CODE_AFTER =
  /^\s*\((?:LT|EE|PL|D|DE|UA|BY|RU|FIN|FI|S|SE|N|NO|DK|NL|F|FR|I|IT|E|ES|CZ|SK|H|HU|RO|BG|MD|GE|GB|UK|IRL|A|AT|CH)\)/u;
const MAKE_BEFORE = new RegExp(`(?:${NOT_A_PLATE_WORDS})[ -]?(?:\\p{L}+[ -])?$`, 'iu');
const ROAD_BEFORE = new RegExp(
  loose('(?:ceļ\\p{L}*|šosej\\p{L}*|maršrut\\p{L}*|autobus\\p{L}*)\\s*(?:Nr\\.\\s*)?$'),
  'iu',
);
// Cadastral numbers (4+3+4 digits, buildings and premises add 3 or 3+3) and their compact form.
// Hyphenated groups (0100-012-0345) count only after "kadastr…".
const RE_CADASTRAL = new RegExp(
  `${B}\\d{4} \\d{3} \\d{4}(?: \\d{3}){0,2}${E}|${B}\\d{11}(?:\\d{3}){0,2}${E}|${B}\\d{4}-\\d{3}-\\d{4}(?:-\\d{3}){0,2}${E}`,
  'gu',
);
// Land-register folios: a property's folio number ("zemesgrāmatas nodalījums Nr. 2971",
// "nodalījumā Nr. 100000123456", "nodalījuma numurs 1234", "folija Nr. 55") identifies the owner as
// surely as a cadastral number; old folios have 1–6 digits, new ones 12, some a "*" and a part.
const RE_FOLIO = new RegExp(
  loose('(?:nodalījum|folij)') +
    `\\p{L}*(?: (?:[Nn]r\\.|numur\\p{L}*))?[ \u00a0]*:?[ \u00a0]*(\\d{1,12}(?: ?\\* ?\\d{1,4})?)${E}(?![.,]\\d)`,
  'giu',
);
// Passports and identity cards: two letters and seven digits (LV1234567, PA1234567).
const RE_DOCUMENT = new RegExp(`${B}[A-Z]{2} ?\\d{7}${E}`, 'gu');
// Any document's number right after its name and "Nr."/"numurs": foreign passports, residence permits
// and licences have their own shapes (FB526427, 33024657, C01X00T47, 123-456-789), 6–12 letters and
// digits with at least five digits.
const RE_DOCUMENT_NUMBERED = new RegExp(
  loose(
    '(?:pas(?:e|es|ei|i|ē)|apliecīb\\p{L}*|uzturēšanās atļauj\\p{L}*|atļauj\\p{L}*|id kart\\p{L}*|eid kart\\p{L}*|personas dokument\\p{L}*|ceļošanas dokument\\p{L}*|dokument(?:s|a|u|ā))',
  ) +
    `(?: \\p{Ll}+){0,2}[ \u00a0]*(?:[Nn]r\\.|numur\\p{L}*|[Nn]o\\.)[ \u00a0]*:?[ \u00a0]*` +
    `((?=(?:[A-Za-z-]*\\d){5})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,13})${E}(?![./]\\p{N})`,
  'giu',
);
const RE_POSTAL = new RegExp(`${B}LV ?[-‐‑–—]? ?\\d{4}${E}`, 'gu');
// Vehicle identification numbers (VIN, 17 characters without I, O, Q) after "VIN", "šasijas" or
// "identifikācijas numurs": they identify the vehicle as surely as its plate.
const RE_VIN = new RegExp(
  `${B}(?=[A-HJ-NPR-Z0-9]*\\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}${E}`,
  'gu',
);
const VIN_CONTEXT = new RegExp(loose('(?:VIN|šasij|identifikācijas num)'), 'iu');

// (Key words match with or without diacritics.)
const PLATE_CONTEXT = new RegExp(
  loose(
    '(?:transportlīdzek|transport|automaš|auto|a/m|reģistrācijas|reģ\\.|numur|nr\\.|motocikl|piekab|mopēd|traktor|furgon|kravas|vadīja|vadot|vadītāj)',
  ),
  'iu',
);
// Individual plates (Latvia issues them: 2–8 Latin letters and digits, "LAIVA7", "BOSS1", "TURBO"),
// right after the words that name a plate or a vehicle ("numura zīmi", "reģistrācijas numuru",
// "automašīnu", "transportlīdzeklim ar numuru:"). Car makes written in capitals are not plates.
const RE_PLATE_INDIVIDUAL = new RegExp(
  loose(
    '(?:numura zīm\\p{L}*|numur(?:s|a|u|am|ā)|reģ\\. ?(?:Nr\\.|numur\\p{L}*)|reģistrācijas (?:Nr\\.|numur\\p{L}*)|automašīn\\p{L}*|transportlīdzek\\p{L}*|a/m|motocikl\\p{L}*|mopēd\\p{L}*)',
  ) +
    `(?:[ \u00a0]*[:–—-])?(?:[ \u00a0]+[Nn]r\\.)?[ \u00a0]*[“"„«]?(?=[A-Z0-9]*[A-Z])([A-Z0-9]{2,8})${E}(?![-‐‑–—/.][\\p{L}\\p{N}]|[ \u00a0]*[-‐‑–—]?[ \u00a0]*\\d)`,
  'giu',
);
// "numurs" names a plate only near a vehicle word ("automašīnu ar numuru X"), not "lietas numurs".
const VEHICLE_NEAR = new RegExp(
  loose('(?:transportlīdzek|automaš|auto|reģistrācijas|motocikl|mopēd|piekab|a/m|vadot|vadīja)'),
  'iu',
);
const NOT_A_PLATE =
  /^(?:BMW|AUDI|VW|VAZ|GAZ|UAZ|ZIL|KIA|MAN|DAF|SEAT|FIAT|OPEL|FORD|MAZDA|VOLVO|SKODA|ŠKODA|LADA|IVECO|SAAB|MINI|JEEP|DODGE|TESLA|HONDA|LEXUS|NISSAN|TOYOTA|SUBARU|SUZUKI|PORSCHE|SCANIA|RENAULT|PEUGEOT|CITROEN|DACIA|CUPRA|SMART|ISUZU|KTM|BYD|MG|DS|GMC|RAM|MERCEDES|BENZ|CHEVROLET|CHRYSLER|HYUNDAI|MITSUBISHI|JAGUAR|ALFA|ROVER|INFINITI|CADILLAC|LANCIA|GEELY|CHERY|TATRA|KAMAZ|MAZ|ZAZ|YAMAHA|DUCATI|APRILIA|VIN|ECLI|CSDD|EUR|KL|LV|NR|AS|SIA|IK)$/;
const CADASTRAL_CONTEXT = /kadastr/i;
const CURRENCY = /^(?:EUR|USD|GBP|RUB|SEK|NOK|DKK|CHF|PLN|LVL|LTL|EEK|CZK|HUF|UAH|BYN|JPY|CNY)\b/;
const CURRENCY_LAST =
  /\d[ \u00a0]?(?:EUR|USD|GBP|RUB|SEK|NOK|DKK|CHF|PLN|LVL|LTL|EEK|CZK|HUF|UAH|BYN|JPY|CNY)$/;
// "KL 177. panta", "KL 177.¹ panta", "KL 177.¹. panta" (articles inserted later carry a superscript).
const STATUTE_AFTER = /^(?:\.?[\u00b9\u00b2\u00b3\u2070-\u2079]+)?\.?\s*(?:pant|punkt|daļ|nodaļ|sadaļ)/u;
const DOCUMENT_CONTEXT = new RegExp(
  loose('(?:pase|pases|apliecīb|dokument|eid|id kart|personu apliecinoš|uzturēšanās atļauj)'),
  'iu',
);

const PROCEEDING_NUMBER_BEFORE = new RegExp(
  loose('(?:kriminālproces\\p{L}*|krimināllie\\p{L}*|lie(?:ta|tas|tā|tu)|arhīva)') +
    '\\s*(?:[Nn]r\\.|numur\\p{L}*)\\s*:?\\s*$|ECLI:[A-Z0-9:.]*$',
  'iu',
);

function before(text: string, at: number, n: number): string {
  return text.slice(Math.max(0, at - n), at);
}

export function detectIdentifiers(text: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const local = RE_EMAIL_LOCAL.exec(text.slice(Math.max(0, at - 64), at));
    const domain = RE_EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256));
    if (local && domain)
      out.push({ start: at - local[0].length, end: at + 1 + domain[0].length, category: 'email' });
  }
  if (OBFUSCATED_HINT.test(text))
    for (const m of text.matchAll(RE_EMAIL_OBFUSCATED))
      if (!m[0].includes('@') || / @ /.test(m[0]))
        out.push({ start: m.index, end: m.index + m[0].length, category: 'email' });
  const ibansAt = new Set<number>();
  // Every registry country: read exactly the country's length of letters and digits, through single
  // spaces, no-break spaces or hyphens however grouped; the mod-97 check decides.
  for (const m of text.matchAll(RE_IBAN_START)) {
    const length = IBAN_LENGTH[(m[1] as string).toUpperCase()];
    if (length === undefined) continue;
    const end = ibanEnd(text, m.index, length);
    if (end > 0 && ibanValid(text.slice(m.index, end))) {
      out.push({ start: m.index, end, category: 'iban' });
      ibansAt.add(m.index);
    }
  }
  for (const m of text.matchAll(RE_IBAN)) {
    if (ibansAt.has(m.index) || IBAN_LENGTH[m[0].slice(0, 2).toUpperCase()] !== undefined) continue;
    if (ibanValid(m[0])) out.push({ start: m.index, end: m.index + m[0].length, category: 'iban' });
  }
  for (const m of text.matchAll(RE_CODE)) {
    const hyphen = /[-‐‑–—]/u.test(m[2] as string);
    const context = /person(as|u)\s+kod|p\.\s?k\./i.test(before(text, m.index, 30));
    // Criminal proceedings are numbered with eleven digits too ("Kriminālprocess Nr. 11181081522",
    // "Lieta Nr. 12048401522", and inside the ECLI): such a number is the case's, never a code.
    if (!hyphen && !context && PROCEEDING_NUMBER_BEFORE.test(before(text, m.index, 40))) continue;
    if (hyphen || context || isPersonalCode(m[0]))
      out.push({ start: m.index, end: m.index + m[0].length, category: 'personal_code' });
  }
  for (const m of text.matchAll(RE_CADASTRAL)) {
    const spaced = m[0].includes(' ');
    if (spaced || CADASTRAL_CONTEXT.test(before(text, m.index, 60)))
      out.push({ start: m.index, end: m.index + m[0].length, category: 'cadastral' });
  }
  for (const m of text.matchAll(RE_PHONE)) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(m[0])) continue; // an ISO date
    // "2019–2021. gadā": a range of years.
    if (
      /^(?:19|20)\d\d ?[-‐‑–] ?(?:19|20)\d\d$/.test(m[0]) &&
      /^\.?\s*(?:gad|g\.)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))
    )
      continue;
    const digits = m[0].replace(/\D/g, '');
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    // "26 000 000 EUR" is an amount, not a phone: a currency right before or after decides.
    if (/^\s*(eur|euro|eiro|latu|ls|usd|€)/i.test(after) || /(eur|€|usd)\s*$/i.test(before(text, m.index, 6)))
      continue;
    void digits;
    out.push({ start: m.index, end: m.index + m[0].length, category: 'phone' });
  }
  for (const m of text.matchAll(RE_DOCUMENT)) {
    if (
      /^LV ?\d{7}$/.test(m[0]) ||
      /^P[A-Z] ?\d{7}$/.test(m[0]) ||
      DOCUMENT_CONTEXT.test(before(text, m.index, 50))
    ) {
      out.push({ start: m.index, end: m.index + m[0].length, category: 'document' });
    }
  }
  for (const m of text.matchAll(RE_FOLIO)) {
    const num = m[1] as string;
    const end = m.index + m[0].length;
    out.push({ start: end - num.length, end, category: 'cadastral' });
  }
  const documentsAt = new Set<number>();
  for (const sp of out) if (sp.category === 'document') documentsAt.add(sp.start);
  for (const m of text.matchAll(RE_DOCUMENT_NUMBERED)) {
    const num = m[1] as string;
    const end = m.index + m[0].length;
    if (!/^[A-Z0-9-]+$/.test(num) || documentsAt.has(end - num.length)) continue;
    out.push({ start: end - num.length, end, category: 'document' });
  }
  for (const m of text.matchAll(RE_POSTAL))
    out.push({ start: m.index, end: m.index + m[0].length, category: 'postal_code' });
  if (VIN_CONTEXT.test(text))
    for (const m of text.matchAll(RE_VIN)) {
      if (VIN_CONTEXT.test(before(text, m.index, 40)))
        out.push({ start: m.index, end: m.index + m[0].length, category: 'vehicle_plate' });
    }
  for (const m of text.matchAll(RE_PLATE_FOREIGN)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "EUR 150", "503 EUR", "APK 149. panta"
    if (CURRENCY.test(m[0]) || CURRENCY_LAST.test(m[0]) || STATUTE_AFTER.test(after)) continue;
    if (PLATE_CONTEXT.test(before(text, m.index, 60)))
      out.push({ start: m.index, end: m.index + m[0].length, category: 'vehicle_plate' });
  }
  for (const re of [RE_PLATE, RE_PLATE_COMPACT]) {
    for (const m of text.matchAll(re)) {
      const ctx = before(text, m.index, 80);
      if (m[0].startsWith('LV') && !PLATE_CONTEXT.test(ctx)) continue; // postal codes and document numbers
      if (ROAD_BEFORE.test(before(text, m.index, 20))) continue; // "pa autoceļu A 12": a road's number
      // "Volvo FH 16", "Mercedes E 220": a model after its make.
      if (/^[A-Z]{1,2} ?\d{1,3}$/.test(m[0]) && MAKE_BEFORE.test(before(text, m.index, 30))) continue;
      // "KL 130. panta", "CPL 41. pants": a statute abbreviation and an article number.
      if (STATUTE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      const hyphenated = /^[A-Z]{2} ?[-‐‑–—] ?\d{1,4}$/.test(m[0]);
      if (
        (hyphenated && !/(lietā|lietas|lieta|nr\.\s*$)/i.test(before(text, m.index, 12))) ||
        PLATE_CONTEXT.test(ctx)
      ) {
        out.push({ start: m.index, end: m.index + m[0].length, category: 'vehicle_plate' });
      }
    }
  }
  const foundPlate = (at: number, end: number): boolean =>
    out.some((sp) => sp.category === 'vehicle_plate' && sp.start < end && at < sp.end);
  for (const m of text.matchAll(RE_PLATE_WORLD)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 12);
    const ctx = before(text, m.index, 60);
    if (CURRENCY.test(m[0]) || CURRENCY_LAST.test(m[0]) || STATUTE_AFTER.test(after)) continue;
    if (/^LV ?-? ?\d{4}$/.test(m[0]) || m[0].replace(/[- ]/g, '').length < 4) continue;
    if (NOT_A_PLATE.test(m[0].split(/[- ]/)[0] as string) || MAKE_BEFORE.test(before(text, m.index, 30)))
      continue;
    if (
      ROAD_BEFORE.test(before(text, m.index, 20)) ||
      PROCEEDING_NUMBER_BEFORE.test(before(text, m.index, 40))
    )
      continue;
    if (/(?:lie(?:ta|tā|tas|tu)|ECLI)\S*\s*(?:Nr\.)?\s*$/iu.test(before(text, m.index, 20))) continue;
    if (!(VEHICLE_NEAR.test(ctx) || COUNTRY_HINT.test(ctx) || COUNTRY_CODE_AFTER.test(after))) continue;
    if (foundPlate(m.index, end)) {
      // A Latvian-shaped part of a longer foreign plate ("AB 1234" of "B-AB 1234"): the whole plate.
      const inside = out.filter(
        (sp) => sp.category === 'vehicle_plate' && sp.start < end && m.index < sp.end,
      );
      if (!inside.every((sp) => sp.start >= m.index && sp.end <= end && sp.end - sp.start < end - m.index))
        continue;
      for (const sp of inside) out.splice(out.indexOf(sp), 1);
    }
    out.push({ start: m.index, end, category: 'vehicle_plate' });
  }
  const platesFound = new Set<number>();
  for (const sp of out) if (sp.category === 'vehicle_plate') platesFound.add(sp.start);
  for (const m of text.matchAll(RE_PLATE_INDIVIDUAL)) {
    const plate = m[1] as string;
    if (NOT_A_PLATE.test(plate) || !/^[A-Z0-9]+$/.test(plate) || /^\d+$/.test(plate)) continue;
    if (/^numur/iu.test(m[0]) && !VEHICLE_NEAR.test(before(text, m.index, 60))) continue;
    // "reģistrācijas Nr." names a plate after "valsts" or a vehicle word, not a company's number.
    if (
      /^re/iu.test(m[0]) &&
      !/reģ\./iu.test(m[0]) &&
      !/(?:valsts|transportlīdzek\p{L}*|auto\p{L}*)\s*$/iu.test(before(text, m.index, 40))
    )
      if (!VEHICLE_NEAR.test(before(text, m.index, 60))) continue;
    const end = m.index + m[0].length;
    if (!platesFound.has(end - plate.length))
      out.push({ start: end - plate.length, end, category: 'vehicle_plate' });
  }
  // A plate named once is the same plate wherever the ruling repeats it ("automašīnas BOSS1 bremzes").
  const plates = new Set<string>();
  const plateAt = new Set<number>();
  for (const sp of out)
    if (sp.category === 'vehicle_plate') {
      plateAt.add(sp.start);
      if (sp.end - sp.start >= 4) plates.add(text.slice(sp.start, sp.end));
    }
  for (const plate of plates)
    for (let at = text.indexOf(plate); at >= 0; at = text.indexOf(plate, at + 1)) {
      const b = text.charAt(at - 1);
      const a = text.charAt(at + plate.length);
      if (!plateAt.has(at) && !/[\p{L}\p{N}]/u.test(b) && !/[\p{L}\p{N}]/u.test(a))
        out.push({ start: at, end: at + plate.length, category: 'vehicle_plate' });
    }
  return out;
}
