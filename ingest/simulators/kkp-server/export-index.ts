/**
 * A sparse index over the KKP export files (`$ELIETA_HOME/drop/kkp/<entity>/*.ndjson`) so the
 * simulator can serve pages without holding the events in memory: for each file, one entry per
 * block of `blockLines` lines with the block's byte range and the latest modification time in it.
 * A page reads only the blocks it needs (skipping those with nothing modified since the asked
 * time) from disk. Files are served in name order, lines in file order; a cursor is a position
 * (file, byte offset), so pages stay stable while new export files are added. Changed or new files
 * are (re)indexed on the next request.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';

interface Block {
  offset: number;
  bytes: number;
  /** Latest modification time in the block (epoch ms); -Infinity when none could be read. */
  maxModified: number;
  /** Some line has no modification time (a deletion record `{"_op":"delete", key…}`). */
  untimed: boolean;
}

interface FileIndex {
  name: string;
  size: number;
  mtimeMs: number;
  blocks: Block[];
  /**
   * The time given to lines without one: the file's latest modification time (an export file
   * holds the changes up to one moment), else the file's mtime.
   */
  defaultModified: number;
}

export interface Cursor {
  file: string;
  offset: number;
}

export interface Page {
  /** The records' original JSON text, one per item. */
  lines: string[];
  next: Cursor | null;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.file, c.offset])).toString('base64url');
}

export function decodeCursor(s: string): Cursor | null {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && typeof v[0] === 'string' && Number.isSafeInteger(v[1]) && (v[1] as number) >= 0)
      return { file: v[0], offset: v[1] as number };
  } catch {
    // fall through
  }
  return null;
}

export class ExportIndex {
  private files: FileIndex[] = [];
  private versionTag = '';
  private readonly pattern: RegExp;

  constructor(
    readonly dir: string,
    readonly modifiedField = 'updated_at',
    private readonly blockLines = 1000,
  ) {
    this.pattern = new RegExp(`"${modifiedField}"\\s*:\\s*"([^"]*)"`);
  }

  /** Epoch ms of a line's modification time, or NaN. */
  modified(line: string): number {
    const m = this.pattern.exec(line);
    return m ? Date.parse(m[1] as string) : Number.NaN;
  }

  /** Re-reads the folder; indexes new or changed files. */
  async refresh(): Promise<void> {
    const names = existsSync(this.dir)
      ? readdirSync(this.dir)
          .filter((f) => !f.startsWith('.') && /\.(ndjson|jsonl)$/.test(f))
          .sort()
      : [];
    const next: FileIndex[] = [];
    for (const name of names) {
      const st = statSync(path.join(this.dir, name));
      const known = this.files.find((f) => f.name === name);
      next.push(
        known && known.size === st.size && known.mtimeMs === st.mtimeMs
          ? known
          : await this.indexFile(name, st.size, st.mtimeMs),
      );
    }
    this.files = next;
    this.versionTag = createHash('sha1')
      .update(next.map((f) => `${f.name}:${f.size}:${f.mtimeMs}`).join('|'))
      .digest('hex')
      .slice(0, 16);
  }

  /** Changes whenever an export file is added, removed or changed. */
  version(): string {
    return this.versionTag;
  }

  get fileCount(): number {
    return this.files.length;
  }

  private async indexFile(name: string, size: number, mtimeMs: number): Promise<FileIndex> {
    const blocks: Block[] = [];
    let offset = 0;
    let blockStart = 0;
    let lines = 0;
    let max = Number.NEGATIVE_INFINITY;
    let untimed = false;
    let carry: Buffer = Buffer.alloc(0);
    const close = (end: number) => {
      if (end > blockStart)
        blocks.push({ offset: blockStart, bytes: end - blockStart, maxModified: max, untimed });
      blockStart = end;
      lines = 0;
      max = Number.NEGATIVE_INFINITY;
      untimed = false;
    };
    const see = (text: string) => {
      if (text.trim() === '') return;
      const t = this.modified(text);
      if (Number.isNaN(t)) untimed = true;
      else if (t > max) max = t;
    };
    for await (const chunk of createReadStream(path.join(this.dir, name), { highWaterMark: 1 << 20 })) {
      const buf = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      let start = 0;
      for (;;) {
        const nl = buf.indexOf(10, start);
        if (nl < 0) break;
        see(buf.toString('utf8', start, nl));
        lines++;
        const end = offset + nl + 1;
        start = nl + 1;
        if (lines >= this.blockLines) close(end);
      }
      offset += start;
      carry = buf.subarray(start);
    }
    if (carry.length > 0) see(carry.toString('utf8'));
    close(size);
    const latest = blocks.reduce((m, b) => Math.max(m, b.maxModified), Number.NEGATIVE_INFINITY);
    const defaultModified = Number.isFinite(latest) ? latest : mtimeMs;
    for (const b of blocks) if (b.untimed) b.maxModified = Math.max(b.maxModified, defaultModified);
    return { name, size, mtimeMs, blocks, defaultModified };
  }

  /**
   * Up to `pageSize` lines modified at or after `since` (all lines when null), from `cursor` on.
   * `next` is null when nothing follows.
   */
  async page(opts: { since: number | null; cursor: Cursor | null; pageSize: number }): Promise<Page> {
    const lines: string[] = [];
    let fi = opts.cursor ? this.files.findIndex((f) => f.name >= (opts.cursor as Cursor).file) : 0;
    if (fi < 0) return { lines, next: null };
    for (; fi < this.files.length; fi++) {
      const file = this.files[fi] as FileIndex;
      const from = opts.cursor && file.name === opts.cursor.file ? opts.cursor.offset : 0;
      const handle = await open(path.join(this.dir, file.name), 'r');
      try {
        for (const block of file.blocks) {
          if (block.offset + block.bytes <= from) continue;
          if (opts.since !== null && !(block.maxModified >= opts.since)) continue;
          const start = Math.max(block.offset, from);
          const buf = Buffer.alloc(block.offset + block.bytes - start);
          await handle.read(buf, 0, buf.length, start);
          let pos = 0;
          while (pos < buf.length) {
            let nl = buf.indexOf(10, pos);
            if (nl < 0) nl = buf.length;
            const text = buf.toString('utf8', pos, nl).replace(/\r$/, '');
            pos = nl + 1;
            if (text.trim() === '') continue;
            if (opts.since !== null) {
              const t = this.modified(text);
              if (!((Number.isNaN(t) ? file.defaultModified : t) >= opts.since)) continue;
            }
            lines.push(text);
            if (lines.length >= opts.pageSize) {
              const offset = start + Math.min(pos, buf.length);
              const atEnd = offset >= file.size && fi === this.files.length - 1;
              return {
                lines,
                next: atEnd
                  ? null
                  : offset >= file.size
                    ? { file: (this.files[fi + 1] as FileIndex).name, offset: 0 }
                    : { file: file.name, offset },
              };
            }
          }
        }
      } finally {
        await handle.close();
      }
    }
    return { lines, next: null };
  }
}
