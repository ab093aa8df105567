/**
 * Streaming readers for dropped files. Each yields one item per record with its position
 * (line number) and either the parsed record or the reason it could not be parsed; a broken line
 * never stops the file. Files are read in chunks: memory does not grow with file size.
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { RawItem } from '../../pipeline/batch.ts';

const REPLACEMENT = '\uFFFD';

async function* chunks(file: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const buf of createReadStream(file, { highWaterMark: 1 << 20 }))
    yield decoder.write(buf as Buffer);
  const rest = decoder.end();
  if (rest) yield rest;
}

function at(line: number): Pick<RawItem, 'position' | 'sourcePosition'> {
  return { position: `line ${line}`, sourcePosition: line };
}

export async function* readNdjson(file: string): AsyncGenerator<RawItem> {
  let carry = '';
  let line = 0;
  const handle = (text: string): RawItem | null => {
    line++;
    const t = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (t.trim() === '') return null;
    if (t.includes(REPLACEMENT)) return { ...at(line), text: t, error: 'the line is not valid UTF-8' };
    try {
      const record = JSON.parse(t) as unknown;
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        return { ...at(line), text: t, error: 'the line is not a JSON object' };
      }
      return { ...at(line), text: t, record: record as Record<string, unknown> };
    } catch (err) {
      return { ...at(line), text: t, error: `the line is not valid JSON (${(err as Error).message})` };
    }
  };
  for await (const chunk of chunks(file)) {
    const parts = (carry + chunk).split('\n');
    carry = parts.pop() ?? '';
    for (const p of parts) {
      const item = handle(p);
      if (item) yield item;
    }
  }
  if (carry !== '') {
    const item = handle(carry);
    if (item) yield item;
  }
}

/**
 * RFC 4180 CSV with a header row. Quoted fields may hold commas, quotes ("") and newlines. Empty
 * unquoted fields are null; values stay strings and are typed by `coerce` against the contract.
 */
export async function* readCsv(
  file: string,
  coerce: (row: Record<string, string | null>) => Record<string, unknown>,
): AsyncGenerator<RawItem> {
  let header: string[] | null = null;
  let field = '';
  let fieldQuoted = false;
  let row: (string | null)[] = [];
  let inQuotes = false;
  let afterQuote = false;
  let line = 1;
  let startLine = 1;
  let text = '';
  let broken: string | null = null;

  const endField = () => {
    row.push(field === '' && !fieldQuoted ? null : field);
    field = '';
    fieldQuoted = false;
    afterQuote = false;
  };
  const endRow = (): RawItem | null => {
    endField();
    const r = row;
    const t = text;
    const first = startLine;
    const err = broken;
    row = [];
    text = '';
    broken = null;
    startLine = line;
    if (r.length === 1 && r[0] === null) return null;
    if (!header) {
      header = r.map((h) => (h ?? '').replace(/^\uFEFF/, '').trim());
      return null;
    }
    const where = at(first);
    if (err) return { ...where, text: t, error: err };
    if (t.includes(REPLACEMENT)) return { ...where, text: t, error: 'the line is not valid UTF-8' };
    if (r.length !== header.length) {
      return { ...where, text: t, error: `the row has ${r.length} fields, the header has ${header.length}` };
    }
    const obj: Record<string, string | null> = {};
    header.forEach((h, i) => (obj[h] = r[i] ?? null));
    try {
      return { ...where, text: t, record: coerce(obj) };
    } catch (e) {
      return { ...where, text: t, error: (e as Error).message };
    }
  };

  for await (const chunk of chunks(file)) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i] as string;
      if (inQuotes) {
        if (ch === '"') {
          if (chunk[i + 1] === '"') {
            field += '"';
            text += '""';
            i++;
            continue;
          }
          if (i + 1 === chunk.length) {
            // A quote at the end of a chunk: decide with the next chunk (rare); treat as closing.
          }
          inQuotes = false;
          afterQuote = true;
          text += ch;
          continue;
        }
        if (ch === '\n') line++;
        field += ch;
        text += ch;
        continue;
      }
      if (ch === '"') {
        if (field === '' && !afterQuote) {
          inQuotes = true;
          fieldQuoted = true;
        } else broken ??= 'a quote appears inside an unquoted field';
        text += ch;
      } else if (ch === ',') {
        endField();
        text += ch;
      } else if (ch === '\n') {
        line++;
        if (text.endsWith('\r')) {
          text = text.slice(0, -1);
          if (field.endsWith('\r')) field = field.slice(0, -1);
        }
        const item = endRow();
        if (item) yield item;
      } else {
        if (afterQuote && ch !== '\r') broken ??= 'text follows a closing quote';
        field += ch;
        text += ch;
      }
    }
  }
  if (inQuotes) broken ??= 'a quoted field is not closed before the end of the file';
  if (text !== '' || row.length > 0 || field !== '') {
    const item = endRow();
    if (item) yield item;
  }
}
