/**
 * Dates of birth. Every date expression is found ("1985. gada 12. martā", "12.03.1985.", "1985-03-12",
 * a bare "1985. gadā"); only those the text ties to a birth ("dzimis", "dzimusi", "dzim.",
 * "dzimšanas datums", "… dzimušais") are hidden; a bare year ("dzimis 1985. gadā") too. Other dates (of hearings, offences, rulings) stay.
 */
import type { Span } from '../types.ts';

const MONTH = '(?:janvār|februār|mart|aprīl|maij|jūnij|jūlij|august|septembr|oktobr|novembr|decembr)\\p{L}*';
const RE_DATE = new RegExp(
  `(?<![\\p{N}])(?:\\d{4}\\. ?gad(?:a|ā) \\d{1,2}\\. ${MONTH}|\\d{1,2}\\. ?${MONTH} \\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}\\. ?gad(?:ā|a))`,
  'gu',
);
const BIRTH_BEFORE =
  /(?:dzim(?:is|usi|ušais|usī|ušā|ušo|\.|šanas datums|šanas dat\.|šanas diena)|dz\. ?dat\.)[\s:,]*(?:\p{Ll}+ )?$/iu;
const BIRTH_AFTER = /^[\s,]*(?:\p{Ll}+ )?dzim(?:is|usi|ušais|usī|ušā|ušo|ušajam|ušajai|ušās|uša)/iu;

export function detectBirthDates(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(RE_DATE)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(end, end + 30);
    if (BIRTH_BEFORE.test(before) || BIRTH_AFTER.test(after)) {
      // "12.03.1985." — keep the sentence's full stop outside.
      out.push({ start: m.index, end, category: 'birth_date' });
    }
  }
  return out;
}
