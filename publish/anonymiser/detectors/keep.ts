/**
 * What must stay readable even when it looks like a name: companies and organisations with a quoted
 * name (SIA “Kalniņi”, AS “Latvijas Gāze”, biedrība “Ozoli”), ECLI identifiers and case numbers.
 * Officials acting in office are recognised in ./names.ts, from their role words.
 */
export interface KeepSpan {
  start: number;
  end: number;
  kind: 'company' | 'ecli' | 'case_number';
}

const RE_COMPANY = new RegExp(
  '(?<![\\p{L}])(?:SIA|AS|IK|ZS|KS|PS|SabS|VSIA|VAS|biedrīb(?:a|as|ai|u|ā)|nodibinājum(?:s|a|am|u|ā)|' +
    '[Ss]abiedrīb(?:a|as|ai|u|ā) ar ierobežotu atbildību|[Aa]kciju sabiedrīb(?:a|as|ai|u|ā)|[Ii]ndividuāl(?:ais|ā|ajam|o) komersant(?:s|a|am|u))' +
    '\\s*[“"„«][^”"“»\\n]{1,80}[”"“»]',
  'gu',
);
const RE_ECLI = /ECLI:[A-Z]{2}:[A-Z0-9]+:\d{4}:[A-Z0-9.]+/g;
const RE_CASE =
  /(?<![\p{L}\p{N}])(?:[A-Z]{1,3}\d{2,4}-\d{2,6}-\d{2}(?:\/[A-Z]\d{2})?|[A-Z]{1,4}-?\d{6,10}(?:\/\d{2})?|\d{11,14}\/\d{2})(?![\p{N}])/gu;

export function detectKeep(text: string): KeepSpan[] {
  const out: KeepSpan[] = [];
  for (const m of text.matchAll(RE_COMPANY))
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'company' });
  for (const m of text.matchAll(RE_ECLI))
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'ecli' });
  for (const m of text.matchAll(RE_CASE))
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'case_number' });
  return out;
}
