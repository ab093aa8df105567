/**
 * POST /api/rulings/{ecli}/reports on the real app (app.inject) over a real rulings release:
 * generated ruling texts dropped as TIS2 files, ingested into `restricted`, released, packaged.
 * Proves 202 with an id and a 0600 file in the restricted area (nothing under opendata/),
 * schema validation (400 problem+json), 404 for an ECLI not in the current release, the
 * per-client rate limit (429 with Retry-After), and the route in /openapi.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../ingest/simulators/rulings/generate.ts';
import type { Config } from '../../lib/config.ts';
import { ingest } from '../../lib/cli/commands/ingest.ts';
import { buildApp } from '../../lib/server/app.ts';
import { publishOpenData } from '../opendata/packager.ts';
import { removeHome, tempConfig, writeFixtureSnapshot } from '../opendata/test-fixture.ts';
import { DEFAULT_RATE_LIMIT } from './plugin.ts';
import { TokenBuckets } from './rate-limit.ts';
import { publishRulings } from './release.ts';
import { readEclis, rulingsPaths } from './store.ts';

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );
}

describe('ruling reports endpoint', () => {
  let config: Config;
  let app: FastifyInstance;
  let ecli: string;
  const body = {
    category: 'person',
    found: 'Jānis B.',
    where: '3. rindkopa: "… liecinieks Jānis B. apliecināja …"',
  };
  const post = (e: string, payload: unknown, ip = '192.0.2.1', headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: `/api/rulings/${encodeURIComponent(e)}/reports`,
      payload: payload as object,
      remoteAddress: ip,
      headers,
    });

  beforeAll(async () => {
    config = tempConfig('rulings-reports-');
    process.env.ELIETA_PSEUDONYM_KEY ??= 'rulings-test-pseudonym-key-0123456789abcdef';
    const drop = path.join(config.home, 'drop', 'tis2');
    mkdirSync(path.join(drop, 'rulings'), { recursive: true });
    mkdirSync(path.join(drop, 'ruling_parties'), { recursive: true });
    const corpus = generateCorpus(6, 7, 'tune');
    const at = '2026-01-05T10:00:00Z';
    writeFileSync(
      path.join(drop, 'rulings', 'r.ndjson'),
      corpus
        .map((r, i) =>
          JSON.stringify({
            ruling_id: `TIS2R-${i + 1}`,
            decision_id: `TIS2D-${i + 1}`,
            ecli: r.ecli,
            language: 'lv',
            text: r.text,
            updated_at: at,
          }),
        )
        .join('\n') + '\n',
    );
    writeFileSync(
      path.join(drop, 'ruling_parties', 'p.ndjson'),
      corpus
        .flatMap((r, i) =>
          r.parties.map((p) =>
            JSON.stringify({
              ruling_id: `TIS2R-${i + 1}`,
              party_key: p.id,
              role: p.role,
              personal_code: p.personal_code,
              first_name: p.name,
              last_name: p.surname,
              organisation_name: null,
              updated_at: at,
            }),
          ),
        )
        .join('\n') + '\n',
    );
    await ingest(config);
    await writeFixtureSnapshot(config);
    const r = await publishRulings(config, { now: new Date('2026-11-20T10:00:00Z'), qualityCorpus: 20 });
    expect(r.published).toBeGreaterThan(0);
    await publishOpenData(config);
    ecli = readEclis(config, '2026-11-20')[0]!;
    app = await buildApp(config);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    removeHome(config);
  });

  it('202: stores the report as a 0600 file in the restricted area, nothing under opendata/', async () => {
    const res = await post(ecli, { ...body, contact: 'lasitajs@example.lv' });
    expect(res.statusCode, res.body).toBe(202);
    const out = res.json() as { id: string; ecli: string; status: string };
    expect(out).toMatchObject({ ecli, status: 'open' });
    expect(out.id).toMatch(/^RR-[0-9a-f]{12}$/);
    const dir = rulingsPaths(config).reports;
    const file = path.join(dir, `${out.id}.json`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(path.relative(path.join(config.home, 'opendata'), file).startsWith('..')).toBe(true);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    expect(stored).toMatchObject({
      id: out.id,
      ecli,
      release: '2026-11-20',
      found: body.found,
      contact: 'lasitajs@example.lv',
      status: 'open',
    });
    for (const f of walk(path.join(config.home, 'opendata')))
      expect(readFileSync(f, 'latin1')).not.toContain('lasitajs@example.lv');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('400 problem+json for a body that breaks the schema or a malformed ECLI', async () => {
    for (const [e, payload] of [
      [ecli, { category: 'person', where: 'x' }],
      [ecli, { ...body, category: 'weather' }],
      [ecli, { ...body, found: '   ' }],
      [ecli, { ...body, found: 'x'.repeat(501) }],
      ['not-an-ecli', body],
    ] as const) {
      const res = await post(e, payload, '192.0.2.2');
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ status: 400, title: 'Bad request' });
      // Four requests per client at most here, so the bucket (5) never interferes.
    }
  });

  it('404 for an ECLI that is not in the current rulings release', async () => {
    const res = await post('ECLI:LV:AT:2020:SKA.0001.20', body, '192.0.2.3');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().detail).toContain('2026-11-20');
  });

  it('429 with Retry-After once a client has used its bucket; other clients are not affected', async () => {
    const ip = '198.51.100.7';
    for (let i = 0; i < DEFAULT_RATE_LIMIT.capacity; i++)
      expect((await post(ecli, body, ip)).statusCode).toBe(202);
    const res = await post(ecli, body, ip);
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const wait = Number(res.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(DEFAULT_RATE_LIMIT.refillMs / 1000);
    expect((await post(ecli, body, '198.51.100.8')).statusCode).toBe(202);
  });

  it('is described in /openapi.json with its body schema and problem responses', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    const op = doc.paths['/api/rulings/{ecli}/reports']?.post;
    expect(op).toBeDefined();
    const schema = op.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(['category', 'found', 'where']);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['202', '400', '404', '429']));
  });
});

describe('token bucket', () => {
  it('allows the capacity at once, then one per refill period, with the exact wait', () => {
    const b = new TokenBuckets({ capacity: 2, refillMs: 10_000 });
    expect(b.take('a', 0)).toBe(0);
    expect(b.take('a', 1000)).toBe(0);
    expect(b.take('a', 2000)).toBe(8);
    expect(b.take('a', 9999)).toBe(1);
    expect(b.take('a', 10_000)).toBe(0);
    expect(b.take('a', 10_001)).toBe(10);
    expect(b.take('b', 10_001)).toBe(0);
    expect(b.take('a', 100_000)).toBe(0);
    expect(b.take('a', 100_000)).toBe(0);
    expect(b.take('a', 100_000)).toBe(10);
  });

  it('keeps at most maxClients buckets', () => {
    const b = new TokenBuckets({ capacity: 1, refillMs: 60_000, maxClients: 3 });
    for (const c of ['a', 'b', 'c', 'd']) expect(b.take(c, 0)).toBe(0);
    expect(b.take('a', 1)).toBe(0); // 'a' was evicted (oldest), so it starts with a full bucket again
  });
});
