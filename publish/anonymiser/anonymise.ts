/**
 * The anonymiser: finds personal data in a Latvian court ruling and replaces each person by one
 * capital letter (the same letter for every mention; A1, B1… once the letters run out) and every
 * other datum by a bracketed Latvian category word. Officials acting in office, courts, companies,
 * statute references, case numbers, ECLI, amounts and dates other than birth dates stay readable.
 */
import { detectAddresses } from './detectors/addresses.ts';
import { detectBirthDates } from './detectors/dates.ts';
import { detectIdentifiers } from './detectors/identifiers.ts';
import { detectKeep } from './detectors/keep.ts';
import { detectNames } from './detectors/names.ts';
import {
  CATEGORY_LABEL,
  type AnonymiseOptions,
  type AnonymiseResult,
  type Category,
  type Replacement,
  type Span,
} from './types.ts';

/** Letters of the Latvian alphabet without diacritics (Q, W, X, Y are not Latvian). */
export const PERSON_LETTERS = 'ABCDEFGHIJKLMNOPRSTUVZ'.split('');

export function personLetter(index: number): string {
  const round = Math.floor(index / PERSON_LETTERS.length);
  const letter = PERSON_LETTERS[index % PERSON_LETTERS.length] as string;
  return round === 0 ? letter : `${letter}${round}`;
}

// When two detectors claim overlapping text, the earlier category in this list wins.
const PRIORITY: Category[] = [
  'email',
  'iban',
  'personal_code',
  'cadastral',
  'phone',
  'document',
  'birth_date',
  'address',
  'postal_code',
  'vehicle_plate',
  'person',
];

function resolve(spans: Span[]): Span[] {
  const rank = (c: Category): number => PRIORITY.indexOf(c);
  const sorted = [...spans].sort(
    (a, b) => rank(a.category) - rank(b.category) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken: Span[] = [];
  const mask = new Map<number, true>();
  outer: for (const s of sorted) {
    for (const t of taken) if (s.start < t.end && t.start < s.end) continue outer;
    taken.push(s);
    mask.set(s.start, true);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The parties' own personal codes from the structured data, however the text spaces them. */
// Eleven digits, each pair perhaps split by spaces, a line break, a hyphen, a dash or a dot — up to
// three such characters ("150385 - 10341", "150385-⏎10341", "150385–\r\n10341").
const ELEVEN_DIGITS = /(?<!\d)\d(?:[\s\-‐‑–—.]{0,3}\d){10}(?!\d)/g;

function knownCodes(text: string, options: AnonymiseOptions): Span[] {
  const codes = new Set<string>();
  for (const p of options.parties ?? []) {
    const digits = (p.personal_code ?? '').replace(/\D/g, '');
    if (digits.length === 11) codes.add(digits);
  }
  const out: Span[] = [];
  if (codes.size === 0) return out;
  for (const m of text.matchAll(ELEVEN_DIGITS))
    if (codes.has(m[0].replace(/\D/g, '')))
      out.push({ start: m.index, end: m.index + m[0].length, category: 'personal_code' });
  return out;
}

// Characters word processors and PDF exports leave inside words: soft hyphens, zero-width spaces and
// joiners, and combining accents (a decomposed "ē" is "e" + U+0304); and the no-break, narrow and
// thin spaces they put in "12.\u00a0martā", "LV80\u00a0BANK…", "Brīvības ielā\u00a05".
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const SPACES = /[\u00a0\u2007\u2009\u202f]/gu;
const INVISIBLE_OR_COMBINING = /[\u00ad\u200b-\u200d\u2060\ufeff]|\p{M}/u;
const HIDDEN_OR_COMBINING = /[\u00ad\u200b-\u200d\u2060\ufeff\u00a0\u2007\u2009\u202f]|\p{M}/u;

/**
 * The text the detectors read: invisible characters dropped and accents composed (NFC), with, for
 * each of its characters, the stretch of the original it stands for. Null when nothing changes.
 */
function normalise(text: string): { text: string; from: number[]; to: number[] } | null {
  if (!HIDDEN_OR_COMBINING.test(text)) return null;
  if (!INVISIBLE_OR_COMBINING.test(text)) {
    // Only special spaces: one character for one, positions unchanged.
    const from = Array.from({ length: text.length }, (_, i) => i);
    return { text: text.replace(SPACES, ' '), from, to: from.map((i) => i + 1) };
  }
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (const m of text.matchAll(/[\s\S]\p{M}*/gu)) {
    const seg = m[0];
    const start = m.index;
    if (INVISIBLE.test(seg.charAt(0)) && seg.length === 1) continue;
    for (const ch of seg.normalize('NFC').replace(new RegExp(INVISIBLE.source, 'gu'), '')) {
      // One UTF-16 unit per position, as the detectors count.
      for (let k = 0; k < ch.length; k++) {
        out.push(ch.charAt(k));
        from.push(start);
        to.push(start + seg.length);
      }
    }
  }
  return { text: out.join('').replace(SPACES, ' '), from, to };
}

export function anonymise(text: string, options: AnonymiseOptions = {}): AnonymiseResult {
  const norm = normalise(text);
  if (!norm) return compose(text, plan(text, options));
  // Detect on the normalised text; replace in the original.
  const p = plan(norm.text, options);
  const spans = p.spans.map((s) => ({
    ...s,
    start: norm.from[s.start] as number,
    end: norm.to[s.end - 1] as number,
  }));
  const letterAt = new Map<number, string>();
  for (const [at, letter] of p.letterAt) letterAt.set(norm.from[at] as number, letter);
  return compose(text, { spans, letterAt, persons: p.persons });
}

interface Plan {
  /** what to replace, in text order, without overlaps */
  spans: Span[];
  /** a person's letter, by the start of each of their mentions */
  letterAt: Map<number, string>;
  persons: Record<string, number>;
}

function plan(text: string, options: AnonymiseOptions): Plan {
  const spans: Span[] = [...detectIdentifiers(text), ...detectBirthDates(text), ...knownCodes(text, options)];
  const keep = detectKeep(text);
  const keepMask = new Uint8Array(text.length);
  for (const k of keep) if (k.kind === 'company') keepMask.fill(1, k.start, k.end);
  for (const a of detectAddresses(text)) {
    let inKeep = false;
    for (let i = a.start; i < a.end && !inKeep; i++) if (keepMask[i]) inKeep = true;
    if (!inKeep) spans.push(a);
  }
  const fixed = resolve(spans);
  const claimed = new Uint8Array(text.length);
  for (const s of fixed) claimed.fill(1, s.start, s.end);
  for (const k of keep) claimed.fill(1, k.start, k.end);

  const names = detectNames(text, claimed, options);
  const ordered = [...names.persons].sort((a, b) => a.first - b.first);
  const letterAt = new Map<number, string>();
  const persons: Record<string, number> = {};
  ordered.forEach((p, idx) => {
    const letter = personLetter(idx);
    persons[letter] = p.mentions.length;
    for (const m of p.mentions) letterAt.set(m.start, letter);
  });
  const all = resolve([
    ...fixed,
    ...ordered.flatMap((p) =>
      p.mentions.map((m) => ({ start: m.start, end: m.end, category: 'person' as const })),
    ),
  ]);
  return { spans: all, letterAt, persons };
}

function compose(text: string, { spans: all, letterAt, persons }: Plan): AnonymiseResult {
  const parts: string[] = [];
  const replacements: Replacement[] = [];
  let at = 0;
  let outLen = 0;
  for (const s of all) {
    const before = text.slice(at, s.start);
    parts.push(before);
    outLen += before.length;
    const replacement =
      s.category === 'person' ? (letterAt.get(s.start) as string) : CATEGORY_LABEL[s.category];
    parts.push(replacement);
    replacements.push({
      category: s.category,
      start: outLen,
      end: outLen + replacement.length,
      original_start: s.start,
      original_length: s.end - s.start,
      replacement,
    });
    outLen += replacement.length;
    at = s.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), replacements, persons };
}
