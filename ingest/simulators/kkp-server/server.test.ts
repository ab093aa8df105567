/** The KKP simulator over real HTTP: paging, modified-since, ETag/304, errors, and its index. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportIndex } from './export-index.ts';
import { startKkpSimulator, type KkpSimulator } from './server.ts';

const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace('.000Z', 'Z');
const ev = (i: number) => ({ event_id: `KE-${i}-1`, updated_at: at(i) });

let drop: string;
let dir: string;
let sim: KkpSimulator;

beforeAll(async () => {
  drop = path.join(mkdtempSync(path.join(tmpdir(), 'elieta-kkp-sim-')), 'drop');
  dir = path.join(drop, 'kkp', 'events');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'a.ndjson'),
    Array.from({ length: 25 }, (_, i) => JSON.stringify(ev(i))).join('\n') + '\n',
  );
  // The second file has no final newline and a deletion without a time of its own.
  writeFileSync(
    path.join(dir, 'b.ndjson'),
    [ev(30), ev(31), { _op: 'delete', event_id: 'KE-3-1' }].map((r) => JSON.stringify(r)).join('\n'),
  );
  sim = await startKkpSimulator({ dropDir: drop });
});
afterAll(async () => {
  await sim.close();
});

async function all(query: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await fetch(`${sim.url}/events?${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { event_id: string }[]; next_cursor: string | null };
    ids.push(...body.items.map((x) => x.event_id));
    cursor = body.next_cursor;
    pages++;
  } while (cursor);
  return { ids, pages };
}

describe('KKP simulator', () => {
  it('serves every record once, in export order, page by page across files', async () => {
    const { ids, pages } = await all('page_size=7');
    expect(ids).toHaveLength(28);
    expect(new Set(ids).size).toBe(27); // KE-3-1 twice: once as an event, once as its deletion
    expect(ids.slice(0, 3)).toEqual(['KE-0-1', 'KE-1-1', 'KE-2-1']);
    expect(ids.slice(-3)).toEqual(['KE-30-1', 'KE-31-1', 'KE-3-1']);
    expect(pages).toBe(4);
  });

  it("filters by modified_since inclusively; a deletion without a time gets its file's time", async () => {
    const { ids } = await all(`modified_since=${encodeURIComponent(at(24))}&page_size=100`);
    expect(ids).toEqual(['KE-24-1', 'KE-30-1', 'KE-31-1', 'KE-3-1']);
    const later = await all(`modified_since=${encodeURIComponent(at(32))}&page_size=100`);
    expect(later.ids).toEqual([]);
  });

  it('gives a stable ETag per request, 304 for If-None-Match, and a new ETag when the export changes', async () => {
    const url = `${sim.url}/events?page_size=5`;
    const a = await fetch(url);
    const tag = a.headers.get('etag') as string;
    expect((await fetch(url)).headers.get('etag')).toBe(tag);
    expect((await fetch(url, { headers: { 'if-none-match': tag } })).status).toBe(304);
    writeFileSync(path.join(dir, 'c.ndjson'), JSON.stringify(ev(40)) + '\n');
    const c = await fetch(url, { headers: { 'if-none-match': tag } });
    expect(c.status).toBe(200);
    expect(c.headers.get('etag')).not.toBe(tag);
  });

  it('answers problems for a bad request, an unknown cursor and an unknown collection', async () => {
    expect((await fetch(`${sim.url}/events?page_size=0`)).status).toBe(400);
    expect((await fetch(`${sim.url}/events?modified_since=yesterday`)).status).toBe(400);
    expect((await fetch(`${sim.url}/events?cursor=xyz`)).status).toBe(400);
    const nf = await fetch(`${sim.url}/nosuch`);
    expect(nf.status).toBe(404);
    expect(nf.headers.get('content-type')).toContain('application/problem+json');
    expect(await (await fetch(sim.url)).json()).toEqual({ entities: ['events'] });
  });
});

describe('export index', () => {
  it('skips blocks with nothing modified since, reading only what a page needs', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'elieta-kkp-index-'));
    writeFileSync(
      path.join(d, 'x.ndjson'),
      Array.from({ length: 1000 }, (_, i) => JSON.stringify(ev(i))).join('\n') + '\n',
    );
    const index = new ExportIndex(d, 'updated_at', 10);
    await index.refresh();
    const page = await index.page({ since: Date.parse(at(995)), cursor: null, pageSize: 3 });
    expect(page.lines.map((l) => (JSON.parse(l) as { event_id: string }).event_id)).toEqual([
      'KE-995-1',
      'KE-996-1',
      'KE-997-1',
    ]);
    const rest = await index.page({ since: Date.parse(at(995)), cursor: page.next, pageSize: 3 });
    expect(rest.lines).toHaveLength(2);
    expect(rest.next).toBeNull();
  });
});
