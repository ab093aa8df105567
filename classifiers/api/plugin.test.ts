/**
 * The classifier API through the real app (buildApp + inject, an empty data directory): every
 * endpoint, the four formats, conditional requests, pagination, problem details, diacritic
 * search, SKOS that parses, correspondence tables, the change feed and events, and a server
 * that keeps serving the last good registry when a file turns bad.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.ts';
import { buildApp } from '../../lib/server/app.ts';
import { CLASSIFIER_DIR } from '../registry/load.ts';
import { classifierStoreOf, createClassifierPlugin } from './plugin.ts';
import Fastify from 'fastify';
import { problemSchema } from '../../lib/server/problem.ts';
import { COLOURS, registryFixture, type FixtureDir } from '../registry/test-fixture.ts';

const BASE = 'https://data.elieta.example';
let home: string;
let app: FastifyInstance;

beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'classifiers-api-'));
  app = await buildApp(loadConfig({ ELIETA_HOME: home }, home));
});
afterAll(async () => {
  await app?.close();
  rmSync(home, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

function expectProblem(res: Awaited<ReturnType<typeof get>>, status: number, detail: RegExp) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const body = res.json();
  expect(body.status).toBe(status);
  expect(body.title).toBeTruthy();
  expect(body.detail).toMatch(detail);
}

describe('lists and items', () => {
  it('lists the classifiers with metadata and links, on an empty data directory', async () => {
    const res = await get('/api/classifiers');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = res.json();
    const courts = body.classifiers.find((c: { id: string }) => c.id === 'courts');
    expect(courts).toMatchObject({
      iri: `${BASE}/id/courts`,
      owner: 'TA',
      licence: 'CC-BY-4.0',
      verified: true,
      items_total: 15,
    });
    expect(courts.links.items).toBe(`${BASE}/api/classifiers/courts/items`);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cache-control']).toMatch(/max-age=/);
  });

  it('gives one classifier with its versions and correspondence tables', async () => {
    const body = (await get('/api/classifiers/sentence_types')).json();
    expect(body.verified).toBe(false);
    expect(body.note).toMatch(/UNVERIFIED/);
    expect(body.versions.map((v: { valid_from: string }) => v.valid_from)).toEqual([
      '1999-04-01',
      '2013-04-01',
    ]);
    expect(body.versions[1]).toMatchObject({ added: 3, retired: 3 });
    const courts = (await get('/api/classifiers/courts')).json();
    expect(courts.mappings).toEqual([
      { from: 'courts', to: 'ecli_courts', href: `${BASE}/api/mappings/courts/ecli_courts` },
    ]);
  });

  it('gives items valid on a date, with hierarchy', async () => {
    const before = (await get('/api/classifiers/sentence_types/items?asOf=2012-06-01')).json();
    const codes = before.items.map((i: { code: string }) => i.code);
    expect(codes).toContain('arrest');
    expect(codes).not.toContain('community_service');
    const now = (await get('/api/classifiers/sentence_types/items?asOf=2024-01-01')).json();
    expect(now.items.map((i: { code: string }) => i.code)).not.toContain('arrest');
    const dep = now.items.find((i: { code: string }) => i.code === 'deprivation_of_liberty');
    expect(dep.children).toEqual(['life_imprisonment']);
    const life = now.items.find((i: { code: string }) => i.code === 'life_imprisonment');
    expect(life).toMatchObject({
      parent: 'deprivation_of_liberty',
      iri: `${BASE}/id/sentence_types/life_imprisonment`,
    });
    const top = (await get('/api/classifiers/criminal_law_chapters/items?parent=special')).json();
    expect(top.total).toBe(14);
  });

  it('searches labels insensitive to Latvian diacritics and case', async () => {
    const riga = (await get('/api/classifiers/atvk/items?q=riga')).json();
    expect(riga.items.map((i: { label: { lv: string } }) => i.label.lv)).toEqual(['Rīga']);
    const kek = (await get('/api/classifiers/atvk/items?q=KEKAVAS')).json();
    expect(kek.items.map((i: { code: string }) => i.code)).toEqual(['0034000']);
    const zadz = (
      await get(`/api/classifiers/criminal_law_articles/items?q=${encodeURIComponent('zadziba')}`)
    ).json();
    expect(zadz.items.map((i: { code: string }) => i.code)).toEqual(['175', '180']);
    const twoWords = (await get('/api/classifiers/courts/items?q=rigas%20apgabal')).json();
    expect(twoWords.items.map((i: { code: string }) => i.code)).toEqual(['RAT']);
  });

  it('pages long lists with Link headers and totals', async () => {
    const p1 = await get('/api/classifiers/atvk/items?limit=20');
    const b1 = p1.json();
    expect(b1).toMatchObject({ total: 43, offset: 0, limit: 20 });
    expect(b1.items).toHaveLength(20);
    expect(p1.headers.link).toBe(`<${BASE}/api/classifiers/atvk/items?offset=20&limit=20>; rel="next"`);
    const p3 = await get('/api/classifiers/atvk/items?limit=20&offset=40');
    expect(p3.json().items).toHaveLength(3);
    expect(p3.headers.link).toBe(`<${BASE}/api/classifiers/atvk/items?offset=20&limit=20>; rel="prev"`);
    expect(p3.json().links.next).toBeNull();
  });

  it('gives one item with its history and mappings, and 404 on a date it is not valid', async () => {
    const arrest = (await get('/api/classifiers/sentence_types/items/arrest')).json();
    expect(arrest).toMatchObject({
      code: 'arrest',
      valid_on_date: false,
      valid_to: '2013-03-31',
      replaced_by: 'short_term_deprivation_of_liberty',
    });
    const theft = (await get('/api/classifiers/criminal_law_articles/items/175')).json();
    expect(theft.mappings).toEqual([
      {
        to: 'criminal_law_chapters',
        code: 'XVIII',
        relation: 'broadMatch',
        iri: `${BASE}/id/criminal_law_chapters/XVIII`,
      },
    ]);
    expectProblem(
      await get('/api/classifiers/sentence_types/items/arrest?asOf=2020-01-01'),
      404,
      /not valid on 2020-01-01; valid 1999-04-01–2013-03-31/,
    );
  });

  it('lists dated changes since a date', async () => {
    const body = (await get('/api/classifiers/sentence_types/changes?since=2013-01-01')).json();
    const retired = body.changes.filter((c: { type: string }) => c.type === 'retired');
    expect(
      retired.map((c: { code: string; replaced_by: string }) => `${c.code}>${c.replaced_by}`).sort(),
    ).toEqual([
      'arrest>short_term_deprivation_of_liberty',
      'forced_labour>community_service',
      'police_supervision>probation_supervision',
    ]);
    expect(body.changes.every((c: { date: string }) => c.date >= '2013-01-01')).toBe(true);
    const csv = await get('/api/classifiers/sentence_types/changes?since=2013-01-01&format=csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      'date,type,code,label_lv,label_en,previous_label_lv,previous_label_en,replaced_by',
    );
  });
});

describe('formats', () => {
  it('serves CSV by ?format= and by Accept', async () => {
    const a = await get('/api/classifiers/courts/items?format=csv');
    const b = await get('/api/classifiers/courts/items', { accept: 'text/csv' });
    for (const res of [a, b]) {
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      const lines = res.body.trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'code,label_lv,label_en,parent_code,valid_from,valid_to,replaced_by,iri,level,region,note',
      );
      expect(lines[1]).toBe(
        `AT,Augstākā tiesa,Supreme Court,,1990-01-01,,,${BASE}/id/courts/AT,cassation,national,`,
      );
      expect(lines).toHaveLength(16);
    }
    // A label with a comma is quoted.
    const art = await get('/api/classifiers/criminal_law_articles/items/180?format=csv');
    expect(art.body).toContain('"Zādzība, krāpšana, piesavināšanās nelielā apmērā"');
  });

  it('serves SKOS Turtle that parses, with stable concept IRIs and the hierarchy', async () => {
    const res = await get('/api/classifiers/sentence_types', { accept: 'text/turtle' });
    expect(res.headers['content-type']).toBe('text/turtle; charset=utf-8');
    const quads = new Parser().parse(res.body);
    const has = (s: string, p: string, o: string) =>
      quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
    const SKOS = 'http://www.w3.org/2004/02/skos/core#';
    const life = `${BASE}/id/sentence_types/life_imprisonment`;
    expect(
      has(
        `${BASE}/id/sentence_types`,
        'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
        `${SKOS}ConceptScheme`,
      ),
    ).toBe(true);
    expect(has(life, `${SKOS}broader`, `${BASE}/id/sentence_types/deprivation_of_liberty`)).toBe(true);
    expect(has(life, `${SKOS}inScheme`, `${BASE}/id/sentence_types`)).toBe(true);
    expect(
      has(
        `${BASE}/id/sentence_types/arrest`,
        'http://purl.org/dc/terms/isReplacedBy',
        `${BASE}/id/sentence_types/short_term_deprivation_of_liberty`,
      ),
    ).toBe(true);
    expect(
      quads.some(
        (q) =>
          q.subject.value === life &&
          q.predicate.value === `${SKOS}prefLabel` &&
          q.object.value === 'Mūža ieslodzījums',
      ),
    ).toBe(true);
    // The scheme of a list with a correspondence table carries the SKOS mapping triples.
    const courts = new Parser().parse((await get('/api/classifiers/courts?format=ttl')).body);
    expect(
      courts.some(
        (q) =>
          q.subject.value === `${BASE}/id/courts/AT` &&
          q.predicate.value === `${SKOS}exactMatch` &&
          q.object.value === `${BASE}/id/ecli_courts/AT`,
      ),
    ).toBe(true);
  });

  it('serves SKOS JSON-LD that expands to the same triples as the Turtle', async () => {
    const ld = await get('/api/classifiers/courts/items?format=jsonld');
    expect(ld.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const nquads = (await jsonld.toRDF(ld.json(), { format: 'application/n-quads' })) as unknown as string;
    const fromLd = new Parser({ format: 'N-Quads' }).parse(nquads);
    const fromTtl = new Parser().parse((await get('/api/classifiers/courts/items?format=ttl')).body);
    const key = (q: {
      subject: { value: string };
      predicate: { value: string };
      object: { value: string };
    }) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`;
    expect(new Set(fromLd.map(key))).toEqual(new Set(fromTtl.map(key)));
    expect(fromLd.length).toBeGreaterThan(100);
  });

  it('answers 406 when Accept names nothing offered, and 400 for a format not offered here', async () => {
    expectProblem(
      await get('/api/classifiers/courts/items', { accept: 'image/png' }),
      406,
      /available as application\/json, text\/csv/,
    );
    expectProblem(await get('/api/classifiers/courts/changes?format=ttl'), 400, /format/);
  });

  it('resolves concept IRIs to the item (303, format kept)', async () => {
    const res = await get('/id/courts/AT?format=ttl');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/api/classifiers/courts/items/AT?format=ttl');
    const scheme = await get('/id/atvk');
    expect(scheme.headers.location).toBe('/api/classifiers/atvk');
    expect((await get('/id/courts/NOPE')).statusCode).toBe(404);
  });
});

describe('HTTP caching and compression', () => {
  it('answers 304 to a matching If-None-Match and to a current If-Modified-Since', async () => {
    const first = await get('/api/classifiers/atvk/items');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['last-modified']).toBeTruthy();
    expect(first.headers.vary).toBe('Accept, Accept-Encoding');
    const again = await get('/api/classifiers/atvk/items', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    const weak = await get('/api/classifiers/atvk/items', { 'if-none-match': `"other", W/${etag}` });
    expect(weak.statusCode).toBe(304);
    const since = await get('/api/classifiers/atvk/items', {
      'if-modified-since': first.headers['last-modified'] as string,
    });
    expect(since.statusCode).toBe(304);
    const old = await get('/api/classifiers/atvk/items', {
      'if-modified-since': 'Thu, 01 Jan 2015 00:00:00 GMT',
    });
    expect(old.statusCode).toBe(200);
    // Another representation has another validator.
    const csv = await get('/api/classifiers/atvk/items?format=csv', { 'if-none-match': etag });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers.etag).not.toBe(etag);
  });

  it('compresses with br or gzip, and the compressed body is the same document', async () => {
    const plain = await get('/api/classifiers/atvk/items');
    const br = await get('/api/classifiers/atvk/items', { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gz = await get('/api/classifiers/atvk/items', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(gz.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    // The encoded variant has its own ETag, and revalidates.
    expect(gz.headers.etag).toBe((plain.headers.etag as string).replace(/"$/, '-gz"'));
    expect(
      (
        await get('/api/classifiers/atvk/items', {
          'accept-encoding': 'gzip',
          'if-none-match': gz.headers.etag as string,
        })
      ).statusCode,
    ).toBe(304);
  });
});

describe('problem details for bad input', () => {
  it('gives 404 for an unknown classifier, code or correspondence table', async () => {
    expectProblem(await get('/api/classifiers/nope'), 404, /no classifier "nope"/);
    expectProblem(await get('/api/classifiers/nope/items'), 404, /no classifier "nope"/);
    expectProblem(await get('/api/classifiers/courts/items/XX'), 404, /has no code "XX"/);
    expectProblem(
      await get('/api/mappings/courts/instances'),
      404,
      /no correspondence table between courts and instances/,
    );
  });

  it('gives 400 for bad parameters, never 500', async () => {
    for (const url of [
      '/api/classifiers/atvk/items?asOf=2026-02-30',
      '/api/classifiers/atvk/items?asOf=yesterday',
      '/api/classifiers/atvk/items?limit=0',
      '/api/classifiers/atvk/items?limit=abc',
      '/api/classifiers/atvk/items?offset=-1',
      '/api/classifiers/atvk/items?format=xml',
      `/api/classifiers/atvk/items?q=${'x'.repeat(200)}`,
      '/api/classifiers/atvk/changes?since=2026-13-01',
      '/api/classifiers/feed?limit=100000',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type'], url).toBe('application/problem+json; charset=utf-8');
    }
    const odd = await get('/api/classifiers/%E2%80%8B/items/%00');
    expect(odd.statusCode).toBeLessThan(500);
  });
});

describe('correspondence tables', () => {
  it('lists them and serves each in both directions and every format', async () => {
    const list = (await get('/api/mappings')).json();
    expect(list.mappings.map((m: { from: string; to: string }) => `${m.from}>${m.to}`)).toContain(
      'courts>ecli_courts',
    );
    const ecli = (await get('/api/mappings/courts/ecli_courts')).json();
    expect(ecli.verified).toBe(false);
    expect(ecli.pairs[0]).toMatchObject({
      from: 'AT',
      to: 'AT',
      relation: 'exactMatch',
      to_iri: `${BASE}/id/ecli_courts/AT`,
    });
    const cepej = (await get('/api/mappings/case_categories/cepej_case_categories')).json();
    expect(cepej.pairs.map((p: { from: string; to: string }) => `${p.from}>${p.to}`)).toEqual([
      'civil>civil_commercial',
      'criminal>criminal',
      'administrative>administrative',
      'administrative_offence>criminal_minor',
    ]);
    const chapters = (await get('/api/mappings/criminal_law_articles/criminal_law_chapters')).json();
    expect(chapters.pairs.find((p: { from: string }) => p.from === '177.1')).toMatchObject({
      to: 'XVIII',
      relation: 'broadMatch',
    });
    const inverse = (await get('/api/mappings/criminal_law_chapters/criminal_law_articles')).json();
    expect(inverse.inverted).toBe(true);
    expect(inverse.pairs.find((p: { to: string }) => p.to === '175')).toMatchObject({
      from: 'XVIII',
      relation: 'narrowMatch',
    });
    const ttl = new Parser().parse((await get('/api/mappings/courts/ecli_courts?format=ttl')).body);
    expect(ttl).toHaveLength(15);
    const csv = await get('/api/mappings/courts/ecli_courts?format=csv');
    expect(csv.body.split('\r\n')[1]).toBe(
      `courts,AT,exactMatch,ecli_courts,AT,${BASE}/id/courts/AT,${BASE}/id/ecli_courts/AT,`,
    );
  });
});

describe('change feed', () => {
  it('serves an Atom feed and a JSON Feed of dated changes', async () => {
    const atom = await get('/api/classifiers/feed');
    expect(atom.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(atom.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom.body).toContain(`${BASE}/api/classifiers/sentence_types/changes?since=2013-04-01`);
    const json = (await get('/api/classifiers/feed', { accept: 'application/feed+json' })).json();
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    const dates = json.items.map((i: { date_published: string }) => i.date_published);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('appears in the OpenAPI document', async () => {
    const doc = (await get('/openapi.json')).json();
    for (const p of [
      '/api/classifiers',
      '/api/classifiers/{id}',
      '/api/classifiers/{id}/items',
      '/api/classifiers/{id}/items/{code}',
      '/api/classifiers/{id}/changes',
      '/api/mappings/{from}/{to}',
      '/api/classifiers/feed',
    ]) {
      expect(doc.paths[p], p).toBeTruthy();
    }
  });
});

describe('reloading', () => {
  let fx: FixtureDir;
  beforeAll(() => {
    fx = registryFixture();
  });
  afterAll(async () => {
    classifierStoreOf(app).reload(CLASSIFIER_DIR);
    fx.remove();
  });

  it('keeps serving the last good version when a file turns bad, and takes the fix', async () => {
    expect(classifierStoreOf(app).reload(fx.dir).ok).toBe(true);
    const good = await get('/api/classifiers/colours/items?asOf=2024-01-01');
    expect(good.json().total).toBe(6);
    fx.write('colours.yaml', COLOURS.replace('code: red, parent: warm', 'code: red, parent: hot'));
    const bad = classifierStoreOf(app).reload();
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/colours\.yaml: item 2 \(code red\): parent "hot" is not a code/);
    expect(classifierStoreOf(app).lastError).toMatchObject({ item: 'red' });
    const still = await get('/api/classifiers/colours/items?asOf=2024-01-01');
    expect(still.statusCode).toBe(200);
    expect(still.headers.etag).toBe(good.headers.etag);
    fx.write('colours.yaml', COLOURS.replace('{ lv: Sarkanā, en: Red }', '{ lv: Sārtā, en: Crimson }'));
    const fixed = classifierStoreOf(app).reload();
    expect(fixed.ok && fixed.revision?.changed).toEqual([{ id: 'colours', revision: expect.any(String) }]);
    const now = await get('/api/classifiers/colours/items/red');
    expect(now.json().label).toEqual({ lv: 'Sārtā', en: 'Crimson' });
    expect(
      (
        await get('/api/classifiers/colours/items?asOf=2024-01-01', {
          'if-none-match': good.headers.etag as string,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('reloads by itself when a file changes, and announces it to event listeners', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const events: string[] = [];
    const req = http.get({ host: '127.0.0.1', port, path: '/api/classifiers/events' });
    const res = await new Promise<http.IncomingMessage>((resolve) => req.on('response', resolve));
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    res.setEncoding('utf8');
    const got = (pattern: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no event matching ${pattern} in ${events.join('')}`)),
          10_000,
        );
        const check = () => {
          if (pattern.test(events.join(''))) {
            clearTimeout(timer);
            resolve();
          }
        };
        res.on('data', (chunk: string) => {
          events.push(chunk);
          check();
        });
        check();
      });
    await got(/event: hello/);
    fx.write(
      'tones.yaml',
      (await import('../registry/test-fixture.ts')).TONES.replace('Warm tone', 'Warm hue'),
    );
    await got(/event: revision\ndata: .*"changed":\[\{"id":"tones"/);
    const tone = await get('/api/classifiers/tones/items/W');
    expect(tone.json().label.en).toBe('Warm hue');
    const feed = await get('/api/classifiers/feed?format=jsonfeed');
    expect(feed.json().items[0].title).toMatch(/Registry revision: tones changed/);
    req.destroy();
  });
});

describe('a registry that does not load at start', () => {
  it('leaves the server up, answers 503 naming the file and item, and recovers on reload', async () => {
    const bad = registryFixture();
    bad.write('colours.yaml', COLOURS.replace('replaced_by: orange', 'replaced_by: amber'));
    const f = Fastify();
    f.decorate('config', loadConfig({ ELIETA_HOME: home }, home));
    f.addSchema(problemSchema);
    await f.register(createClassifierPlugin({ dir: bad.dir, watch: false }));
    f.get('/health', async () => ({ status: 'ok' }));
    try {
      expect((await f.inject('/health')).statusCode).toBe(200);
      const res = await f.inject('/api/classifiers/colours/items');
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.json().detail).toMatch(
        /colours\.yaml: item 3 \(code orng\): replaced_by "amber" is not a code/,
      );
      bad.write('colours.yaml', COLOURS);
      expect(classifierStoreOf(f).reload().ok).toBe(true);
      expect((await f.inject('/api/classifiers/colours/items')).statusCode).toBe(200);
    } finally {
      await f.close();
      bad.remove();
    }
  });
});
