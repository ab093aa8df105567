/**
 * One streaming pass over a dropped file before it is loaded: its content hash (the file ledger
 * recognises files by it) and what the SQL load path needs to know about its lines. The SQL path
 * numbers records by their order, so it takes a file only when every line holds a record: no
 * blank line, no byte-order mark, each line starting as a record does (`{` for NDJSON). Memory does
 * not grow with the file: it is read in 4 MiB chunks into one buffer per scan, so reading 10 GB
 * allocates nothing for Node's garbage collector to chase.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

export interface FileScan {
  sha256: string;
  bytes: number;
  /** Lines holding a record (a last line without a newline counts). */
  lines: number;
  /** Every line starts with `first` (no blank line, no BOM, no leading space). */
  plain: boolean;
  /** The file has a carriage return (CSV: CRLF line ends are checked by the SQL path). */
  hasCr: boolean;
  /** The file has a double quote. */
  hasQuote: boolean;
  /** A double quote stands next to a space or tab (CSV: DuckDB trims where the record-by-record reader refuses). */
  quoteBesideSpace: boolean;
  /** The first line (up to 64 KiB), for a CSV header. */
  firstLine: string;
}

const LF = 0x0a;
const CHUNK = 4 << 20;

/** `first`: the byte every line must start with (`{` for NDJSON), or null for any non-blank start. */
export async function scanFile(file: string, first: number | null): Promise<FileScan> {
  const h = createHash('sha256');
  let bytes = 0;
  let lines = 0;
  let plain = true;
  let hasCr = false;
  let hasQuote = false;
  let quoteBesideSpace = false;
  let prevLast = -1;
  const SPACED = ['" ', ' "', '"\t', '\t"'].map((p) => Buffer.from(p));
  let head: Buffer | null = null;
  let atLineStart = true;
  const startsWell = (b: number) => (first === null ? b !== LF && b !== 0x0d && b !== 0xef : b === first);
  const chunk = Buffer.allocUnsafe(CHUNK);
  const fh = await open(file);
  try {
    for (;;) {
      const { bytesRead } = await fh.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      const buf = chunk.subarray(0, bytesRead);
      h.update(buf);
      if (head === null) head = Buffer.from(buf.subarray(0, Math.min(buf.length, 1 << 16)));
      bytes += buf.length;
      if (!hasCr && buf.indexOf(0x0d) !== -1) hasCr = true;
      if (buf.indexOf(0x22) !== -1) {
        hasQuote = true;
        if (first === null && !quoteBesideSpace && SPACED.some((p) => buf.indexOf(p) !== -1))
          quoteBesideSpace = true;
      }
      const b0 = buf[0] as number;
      if (
        (prevLast === 0x22 && (b0 === 0x20 || b0 === 0x09)) ||
        ((prevLast === 0x20 || prevLast === 0x09) && b0 === 0x22)
      )
        quoteBesideSpace = true;
      prevLast = buf[buf.length - 1] as number;
      if (atLineStart && buf.length > 0) {
        if (!startsWell(buf[0] as number)) plain = false;
        lines++;
      }
      let i = buf.indexOf(LF);
      while (i !== -1) {
        if (i + 1 < buf.length) {
          if (!startsWell(buf[i + 1] as number)) plain = false;
          lines++;
        }
        i = buf.indexOf(LF, i + 1);
      }
      atLineStart = buf[buf.length - 1] === LF;
    }
  } finally {
    await fh.close();
  }
  const headText = head ? head.toString('utf8') : '';
  const nl = headText.indexOf('\n');
  return {
    sha256: h.digest('hex'),
    bytes,
    lines,
    plain: plain && bytes > 0,
    hasCr,
    hasQuote,
    quoteBesideSpace,
    firstLine: (nl === -1 ? headText : headText.slice(0, nl)).replace(/\r$/, ''),
  };
}
