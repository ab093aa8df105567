/**
 * Dates of birth. Every date expression is found ("1985. gada 12. martā", "1985. g. 12. martā",
 * "12.03.1985.", "12/03/1985", "1985-03-12", a bare "1985. gadā" or "1985"); only those the text ties
 * to a birth ("dzimis", "dzimusi", "dzim.", "dzimšanas datums/gads", "… dzimušais", and "dz." before a
 * full date) are hidden. Other dates (of hearings, offences, rulings) stay.
 */
import type { Span } from '../types.ts';
import { loose } from './fold.ts';

// (Key words match with or without diacritics: "12. marta", "dzimusais".)
const MONTH = loose(
  '(?:janvār|februār|mart|aprīl|maij|jūnij|jūlij|august|septembr|oktobr|novembr|decembr)\\p{L}*',
);
// Also "1985. g. 12. martā", "12.03.1985", "12/03/1985", "12. 03. 1985", and a bare year after a
// birth word ("dzimis 1985.", "dzimšanas gads: 1985").
const RE_DATE = new RegExp(
  `(?<![\\p{N}])(?:\\d{4}\\. ?(?:gad(?:a|ā)|g\\.) ?\\d{1,2}\\. ?${MONTH}|\\d{1,2}\\. ?${MONTH},? \\d{4}|` +
    `\\d{1,2}\\. ?\\d{1,2}\\. ?\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}\\. ?(?:gad(?:ā|a)|g\\.)|\\d{4}(?=\\.?(?!\\d)))`,
  'gu',
);
const BIRTH_BEFORE = new RegExp(
  loose(
    '(?:dzim(?:is|usi|uš\\p{L}*|usī|\\.|šanas dat\\p{L}*|šanas dat\\.|šanas dien\\p{L}*|šanas gad\\p{L}*)(?:\\s*\\([^()]{1,12}\\))?|dz\\. ?dat\\.)[\\s:,–-]*(?:\\p{Ll}+ )?$',
  ),
  'iu',
);
// "dz." is also a flat (dzīvoklis): it means "born" only before a full date.
const BORN_ABBR = /(?:^|[\s(,;])dz\.\s*$/u;
const BIRTH_AFTER = new RegExp(
  loose('^[\\s,]*(?:\\p{Ll}+ )?dzim(?:is|usi|ušais|usī|ušā|ušo|ušajam|ušajai|ušās|uša)'),
  'iu',
);

export function detectBirthDates(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(RE_DATE)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(end, end + 30);
    const bare = /^\d{4}$/.test(m[0]);
    const full = /\d{1,2}\D+\d{4}|\d{4}\D+\d{1,2}/u.test(m[0]);
    // A bare year counts only right after a birth word, never before one ("2020 dzimušais" is no birth).
    if (
      bare
        ? BIRTH_BEFORE.test(before)
        : BIRTH_BEFORE.test(before) || BIRTH_AFTER.test(after) || (full && BORN_ABBR.test(before))
    ) {
      // "12.03.1985." — keep the sentence's full stop outside; but the year's own ordinal dot
      // belongs to the date when the sentence goes on ("dzimis 8.01.1964., dzīvo …").
      const ordinalDot = /^\.(?=[,;:]|\s+\p{Ll})/u.test(after) && !/\.$/.test(m[0]);
      out.push({ start: m.index, end: ordinalDot ? end + 1 : end, category: 'birth_date' });
    }
  }
  return out;
}
