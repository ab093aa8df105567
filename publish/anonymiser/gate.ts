/**
 * The residual-PII gate: a second, independent and deliberately simpler and stricter scan of an
 * already anonymised text. It shares no code with the anonymiser's detectors. A ruling in which any
 * personal-code-shaped number, IBAN-shaped string, phone number, e-mail address or known party name
 * remains is held back, with the reasons (kind and offset — never the value itself).
 */
import type { Party } from './types.ts';

export interface GateReason {
  kind: 'personal_code' | 'iban' | 'phone' | 'email' | 'party_name';
  offset: number;
  detail: string;
}

export interface GateResult {
  pass: boolean;
  reasons: GateReason[];
}

// 6+5 digits, with or without a hyphen or spaces. Written with a hyphen or dash it is a personal
// code's shape and always counts; without one, eleven digits are also how criminal proceedings are
// numbered (11181081522), so they count when they could be a personal code: the new form (32–39…),
// or the old form's real date and century digit (a wrong check digit may be a typo in a real code) —
// unless the text calls them a proceeding's or case's number; always when it calls them a code.
// The parts may be split by a line break (\r\n too) around the hyphen, or by it alone.
const CODE = /(?<!\d)(\d{6})(\s{0,3}[-‐‑–—]\s{0,3}|\s{0,2})(\d{5})(?!\d)/g;
// Where an eleven-digit number is a proceeding's or case's number, or part of an ECLI.
const PROCEEDING_BEFORE =
  /(?:kriminālproces\p{L}*|krimināllie\p{L}*|lie(?:ta|tas|tā|tu)|proces\p{L}*|arhīva)\s*(?:[Nn]r\.|numur\p{L}*)\s*:?\s*$|ECLI:[A-Z0-9:.]*$/iu;
const CODE_WORD_BEFORE = /(?:person(?:as|u)\s+kod\p{L}*|p\.\s?k\.)\s*:?\s*$/iu;

/** The new code (32–39…) or the old code's DDMMYY and century digit (0–2) making a real date. */
function couldBeCode(d: string): boolean {
  if (/^3[2-9]/.test(d)) return true;
  const day = Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  const century = Number(d.charAt(6));
  if (century > 2 || month < 1 || month > 12 || day < 1) return false;
  const year = 1800 + century * 100 + Number(d.slice(4, 6));
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
// Any two capitals, two digits and at least 11 more letters/digits, spaced or not.
// Any country (no registry, no mod-97: stricter than the detector). Written in lower or mixed case it
// counts when it holds at least ten digits (an account number is mostly digits; words are not).
const IBAN = /(?<![A-Za-z0-9])[A-Za-z]{2}\s?\d{2}(?:\s?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])/g;
const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[A-Za-z]{2,}/g;
// +371/00371 with digits, or eight digits starting 2 or 6 however grouped (but not an ISO date).
const PHONE_PREFIX = /(?:\+|\b00)\s?371[\s-]*\d/g;
// Not after a letter: court case numbers such as C25-000369-23 hold eight digits starting 2 or 6.
const PHONE = /(?<!\p{L}|\d|\d[.,])[26]\d(?:[\s-]?\d){6}(?!\d|[.,]\d)/gu;

const COMPANY =
  /(?<!\p{L})(?:SIA|AS|IK|ZS|KS|PS|VSIA|VAS|biedrība|biedrības|biedrībai|biedrību|biedrībā|nodibinājums|nodibinājuma)\s*[“"„«][^”"“»\n]{1,80}[”"“»]/gu;

const STATUTE_AFTER = /^\s(?:likum|kodeks)\p{L}*/u;

function stem(word: string): string {
  const w = word.toLowerCase();
  // Remove any one ending of up to three letters, keeping at least four letters of stem.
  const m = /^(.{4,}?)(?:iem|ām|ēm|am|em|im|um|ai|ei|as|es|is|us|[aeiuāēīūsš])?$/u.exec(w);
  let s = m ? (m[1] as string) : w;
  // The 2nd-declension genitive changes the last consonant (Jāņa, Eglīša): compare before it.
  if (s.length > 4) s = s.slice(0, -1);
  return s;
}

// The stem may be followed by one (alternated) consonant and any case ending — nothing else, so that
// Liepa does not match Liepājā.
const ENDING = '(?:iem|ām|ēm|am|em|im|um|ai|ei|as|es|is|us|[aeiuāēīūsšo])?';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function residualPiiGate(text: string, opts: { parties?: Party[] } = {}): GateResult {
  const reasons: GateReason[] = [];
  for (const m of text.matchAll(CODE)) {
    const hyphen = /[-‐‑–—]/.test(m[2] as string);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (!hyphen && !CODE_WORD_BEFORE.test(before)) {
      if (PROCEEDING_BEFORE.test(before)) continue;
      if (!couldBeCode(`${m[1]}${m[3]}`)) continue;
    }
    reasons.push({ kind: 'personal_code', offset: m.index, detail: 'a number shaped like a personal code' });
  }
  // A known party's own code, however the text spaces or breaks it (up to three spaces, line breaks,
  // hyphens, dashes or dots between any two digits).
  for (const p of opts.parties ?? []) {
    const digits = (p.personal_code ?? '').replace(/\D/g, '');
    if (digits.length !== 11) continue;
    const re = new RegExp(`(?<!\\d)${digits.split('').join('[\\s\\-‐‑–—.]{0,3}')}(?!\\d)`, 'g');
    for (const m of text.matchAll(re))
      reasons.push({ kind: 'personal_code', offset: m.index, detail: "a known party's personal code" });
  }
  for (const m of text.matchAll(IBAN)) {
    if (/^LV\s?-?\d{4}$/.test(m[0])) continue;
    if (!/^[A-Z]{2}\s?\d{2}(?:\s?[A-Z0-9])+$/.test(m[0]) && (m[0].match(/\d/g) ?? []).length < 10) continue;
    reasons.push({ kind: 'iban', offset: m.index, detail: 'an account number (IBAN shape)' });
  }
  for (const m of text.matchAll(EMAIL))
    reasons.push({ kind: 'email', offset: m.index, detail: 'an e-mail address' });
  for (const m of text.matchAll(PHONE_PREFIX))
    reasons.push({ kind: 'phone', offset: m.index, detail: 'a number with the +371 prefix' });
  for (const m of text.matchAll(PHONE)) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(m[0])) continue;
    reasons.push({ kind: 'phone', offset: m.index, detail: 'an eight-digit number starting 2 or 6' });
  }
  // A company's quoted name may contain a surname (SIA “Bērziņu nams”): not a person's mention.
  const companies: Array<[number, number]> = [];
  for (const m of text.matchAll(COMPANY)) companies.push([m.index, m.index + m[0].length]);
  const inCompany = (at: number): boolean => companies.some(([s, e]) => at >= s && at < e);
  for (const p of opts.parties ?? []) {
    for (const word of [p.surname, p.name && p.surname ? p.name : null]) {
      if (!word) continue;
      for (const part of word.split(/[-\s]+/)) {
        if (part.length < 4) continue;
        const s = stem(part);
        // A capitalised (or all-capitals) word starting with the stem: every case form of the name.
        const re = new RegExp(`(?<!\\p{L})${escape(s)}\\p{L}?${ENDING}(?!\\p{L})`, 'giu');
        for (const m of text.matchAll(re)) {
          const first = m[0].charAt(0);
          if (first === first.toLowerCase() || inCompany(m.index)) continue;
          // A statute's title ("Meža likuma", "Jūras kodeksa") is not a person's mention.
          if (STATUTE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
          if (word === p.name) {
            // A given name alone is too common to hold a ruling for; only next to the surname.
            const around = text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).toLowerCase();
            if (!p.surname || !around.includes(stem(p.surname.split(/[-\s]+/)[0] as string))) continue;
          }
          reasons.push({
            kind: 'party_name',
            offset: m.index,
            detail: `a known party's ${word === p.name ? 'given name' : 'surname'}`,
          });
        }
      }
    }
  }
  reasons.sort((a, b) => a.offset - b.offset);
  return { pass: reasons.length === 0, reasons };
}
