/**
 * The portal through the real app (buildApp + inject) over a release published from the
 * hand-made snapshot: the page lists the datasets and links every file; files, catalogue and
 * datapackage come with their media type and ETag; an empty data directory answers 503.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../lib/config.ts';
import { buildApp } from '../../lib/server/app.ts';
import { publishOpenData, type PublishResult } from '../opendata/packager.ts';
import {
  CANARY,
  removeHome,
  SECRET_COLUMNS,
  tempConfig,
  writeFixtureSnapshot,
} from '../opendata/test-fixture.ts';

describe('open-data portal', () => {
  let config: Config;
  let app: FastifyInstance;
  let published: PublishResult;

  beforeAll(async () => {
    config = tempConfig('opendata-portal-');
    await writeFixtureSnapshot(config);
    published = await publishOpenData(config);
    app = await buildApp(config);
  });
  afterAll(async () => {
    await app?.close();
    removeHome(config);
  });

  it('lists the datasets with titles, descriptions, row counts and a link to each file', async () => {
    const res = await app.inject('/opendata/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body;
    expect(html).toContain('<section class="dataset" id="case-flow">');
    expect(html).toContain('Tiesu lietu plūsma');
    expect(html).toContain('Court case flow');
    expect(html).toContain('Incoming, resolved and pending cases per court, case category and month.');
    expect(html).toContain('<dd class="rows">72</dd>');
    for (const f of published.datasets[0]!.files)
      expect(html).toContain(`href="datasets/case-flow/${f.file}"`);
    expect(html).toContain('href="catalog.jsonld"');
    expect(html).toContain('href="catalog.ttl"');
    for (const s of [...SECRET_COLUMNS, CANARY]) expect(html).not.toContain(s);
    const css = await app.inject('/opendata/portal.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const bare = await app.inject('/opendata');
    expect(bare.statusCode).toBe(301);
    expect(bare.headers.location).toBe('/opendata/');
  });

  it('serves every file with its content type, length and SHA-256 ETag, and 304 on a matching If-None-Match', async () => {
    const types: Record<string, string> = {
      'case_flow.csv': 'text/csv; charset=utf-8',
      'case_flow.parquet': 'application/vnd.apache.parquet',
      'case_flow.json': 'application/json; charset=utf-8',
      'datapackage.json': 'application/json; charset=utf-8',
    };
    for (const f of published.datasets[0]!.files) {
      const res = await app.inject({
        url: `/opendata/datasets/case-flow/${f.file}`,
        headers: { 'accept-encoding': 'identity' },
      });
      expect(res.statusCode, f.file).toBe(200);
      expect(res.headers['content-type']).toBe(types[f.file]);
      expect(res.headers.etag).toBe(`"${f.sha256}"`);
      expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(f.sha256);
      expect(
        res.rawPayload.equals(readFileSync(path.join(published.dir, 'datasets/case-flow', f.file))),
      ).toBe(true);
      const again = await app.inject({
        url: `/opendata/datasets/case-flow/${f.file}`,
        headers: { 'if-none-match': `"${f.sha256}"` },
      });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    }
    const csvFile = published.datasets[0]!.files.find((f) => f.file === 'case_flow.csv')!;
    const gz = await app.inject({
      url: '/opendata/datasets/case-flow/case_flow.csv',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.etag).toBe(`"${csvFile.sha256}-gzip"`);
    const gzAgain = await app.inject({
      url: '/opendata/datasets/case-flow/case_flow.csv',
      headers: { 'accept-encoding': 'gzip', 'if-none-match': gz.headers.etag },
    });
    expect(gzAgain.statusCode).toBe(304);
    const csv = await app.inject({ url: '/opendata/datasets/case-flow/case_flow.csv' });
    expect(csv.body.split('\n')[0]).toBe(
      'month,court_code,court_name_lv,court_name_en,case_category,incoming,resolved,pending_end,clearance_rate',
    );
  });

  it('serves the catalogue as JSON-LD and Turtle', async () => {
    const jsonld = await app.inject('/opendata/catalog.jsonld');
    expect(jsonld.statusCode).toBe(200);
    expect(jsonld.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const doc = JSON.parse(jsonld.body) as { '@context': object; '@graph': { '@id': string }[] };
    expect(doc['@graph'].some((n) => n['@id'] === 'https://data.tiesas.example/opendata/catalog')).toBe(true);
    const ttl = await app.inject('/opendata/catalog.ttl');
    expect(ttl.statusCode).toBe(200);
    expect(ttl.headers['content-type']).toBe('text/turtle; charset=utf-8');
    expect(ttl.body).toContain('a dcat:Catalog');
    expect(ttl.headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
  });

  it('answers 404 problem+json for a file that is not published, 400 for a bad name', async () => {
    const missing = await app.inject('/opendata/datasets/case-flow/secret.csv');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect((await app.inject('/opendata/datasets/no-such/case_flow.csv')).statusCode).toBe(404);
    expect((await app.inject('/opendata/datasets/case-flow/..%2Frelease.json')).statusCode).toBe(400);
  });

  it('describes its routes in /openapi.json', async () => {
    const spec = (await app.inject('/openapi.json')).json() as {
      paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
    };
    for (const p of [
      '/opendata/',
      '/opendata/catalog.jsonld',
      '/opendata/catalog.ttl',
      '/opendata/datasets/{dataset}/{file}',
    ]) {
      expect(spec.paths[p]?.get, p).toBeDefined();
      expect(Object.keys(spec.paths[p]!.get!.responses)).toEqual(expect.arrayContaining(['200', '503']));
    }
  });

  it('switches to a new release while running, within a second', async () => {
    const before = await app.inject('/opendata/datasets/case-flow/case_flow.csv');
    await writeFixtureSnapshot(config, { months: 19 });
    const next = await publishOpenData(config);
    expect(next.status).toBe('published');
    await new Promise((r) => setTimeout(r, 1100));
    const after = await app.inject('/opendata/datasets/case-flow/case_flow.csv');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.trimEnd().split('\n')).toHaveLength(19 * 4 + 1);
    expect((await app.inject('/opendata/')).body).toContain('<dd class="rows">76</dd>');
  });

  it('answers 503 problem+json saying what to run when nothing is published', async () => {
    const empty = tempConfig('opendata-portal-empty-');
    const emptyApp = await buildApp(empty);
    try {
      for (const url of [
        '/opendata/',
        '/opendata/catalog.jsonld',
        '/opendata/catalog.ttl',
        '/opendata/datasets/case-flow/case_flow.csv',
      ]) {
        const res = await emptyApp.inject(url);
        expect(res.statusCode, url).toBe(503);
        expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        expect(res.json()).toMatchObject({
          status: 503,
          detail: expect.stringContaining('npx elieta publish'),
        });
      }
    } finally {
      await emptyApp.close();
      removeHome(empty);
    }
  });
});
