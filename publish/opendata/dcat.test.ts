/**
 * The published catalogue conforms to DCAT-AP 3.0.1: both catalog.ttl and catalog.jsonld are
 * parsed (offline, @zazuko/env-node) and validated with rdf-validate-shacl against the official
 * shapes (mandatory + range: no violation; recommended: no warning; the combined SHACL file:
 * no result at all). A failure lists every
 * result with its focus node, path and message.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../lib/config.ts';
import { publishOpenData, type PublishResult } from './packager.ts';
import { removeHome, tempConfig, writeFixtureSnapshot } from './test-fixture.ts';

const SHAPES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'shapes');

type Dataset = Awaited<ReturnType<typeof loadFile>>;

async function loadFile(file: string) {
  return rdf.dataset().import(rdf.fromFile(file));
}

async function shapes(...files: string[]): Promise<Dataset> {
  const all = rdf.dataset();
  for (const f of files) all.addAll(await loadFile(path.join(SHAPES, f)));
  return all;
}

/** Every SHACL result as one readable line. */
async function validate(shapeGraph: Dataset, data: Dataset): Promise<string[]> {
  const validator = new SHACLValidator(shapeGraph, { factory: rdf });
  const report = await validator.validate(data);
  return report.results.map((r) => {
    const msg = r.message.map((m) => m.value).join('; ');
    return `${r.severity?.value.split('#').pop()} ${r.focusNode?.value} ${r.path?.value ?? ''} ${msg} (${r.sourceConstraintComponent?.value.split('#').pop()})`;
  });
}

describe('DCAT-AP 3 catalogue', () => {
  let config: Config;
  let published: PublishResult;
  let ttl: Dataset;
  let jsonld: Dataset;

  beforeAll(async () => {
    config = tempConfig('opendata-dcat-');
    await writeFixtureSnapshot(config);
    published = await publishOpenData(config);
    ttl = await loadFile(path.join(published.dir, 'catalog.ttl'));
    jsonld = await loadFile(path.join(published.dir, 'catalog.jsonld'));
  });
  afterAll(() => removeHome(config));

  it('Turtle and JSON-LD hold the same graph', () => {
    expect(ttl.size).toBeGreaterThan(100);
    const lines = (d: Dataset) =>
      [...d]
        .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`)
        .sort();
    expect(lines(jsonld)).toEqual(lines(ttl));
  });

  for (const format of ['Turtle', 'JSON-LD'] as const) {
    it(`${format}: no violation of the mandatory and range shapes`, async () => {
      const results = await validate(
        await shapes('dcat-ap-3.0.1-shapes.ttl', 'dcat-ap-3.0.1-range.ttl'),
        format === 'Turtle' ? ttl : jsonld,
      );
      expect(results, results.join('\n')).toEqual([]);
    });

    it(`${format}: no result at all from the combined DCAT-AP SHACL file`, async () => {
      const results = await validate(
        await shapes('dcat-ap-3.0.1-SHACL.ttl'),
        format === 'Turtle' ? ttl : jsonld,
      );
      expect(results, results.join('\n')).toEqual([]);
    });

    it(`${format}: no warning from the recommended shapes`, async () => {
      const results = await validate(
        await shapes('dcat-ap-3.0.1-shapes-recommended.ttl'),
        format === 'Turtle' ? ttl : jsonld,
      );
      expect(results, results.join('\n')).toEqual([]);
    });
  }

  it('the validator does catch a broken catalogue (a dataset without a title, an untyped publisher)', async () => {
    const broken = rdf.dataset();
    const title = rdf.namedNode('http://purl.org/dc/terms/title');
    const type = rdf.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
    const agent = rdf.namedNode('http://xmlns.com/foaf/0.1/Agent');
    for (const q of ttl) {
      const isDatasetTitle = q.predicate.equals(title) && q.subject.value.endsWith('/datasets/case-flow');
      if (!isDatasetTitle && !(q.predicate.equals(type) && q.object.equals(agent))) broken.add(q);
    }
    const results = await validate(
      await shapes('dcat-ap-3.0.1-shapes.ttl', 'dcat-ap-3.0.1-range.ttl'),
      broken,
    );
    expect(
      results.some((r) => r.includes('/datasets/case-flow') && r.includes('http://purl.org/dc/terms/title')),
    ).toBe(true);
    expect(results.some((r) => r.includes('http://purl.org/dc/terms/publisher'))).toBe(true);
  });

  it('every IRI minted for the catalogue starts with the public base URL, never localhost', () => {
    const ours = new Set<string>();
    for (const q of ttl)
      for (const t of [q.subject, q.object])
        if (t.termType === 'NamedNode' && t.value.includes('/opendata/')) ours.add(t.value);
    expect(ours.size).toBeGreaterThan(5);
    for (const iri of ours) expect(iri.startsWith(`${config.publicBaseUrl}/opendata/`), iri).toBe(true);
    for (const q of ttl) expect(`${q.subject.value} ${q.object.value}`).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('describes every published file as a distribution with a download URL, format, media type, size and checksum', () => {
    const has = (s: string, p: string) =>
      [...ttl].filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
    const DCAT = 'http://www.w3.org/ns/dcat#';
    const ds = published.datasets[0]!;
    const dists = has(`${config.publicBaseUrl}/opendata/datasets/case-flow`, `${DCAT}distribution`);
    expect(dists).toHaveLength(ds.files.length);
    for (const f of ds.files) {
      const d = `${config.publicBaseUrl}/opendata/datasets/case-flow#${f.file}`;
      expect(has(d, `${DCAT}downloadURL`)).toEqual([f.url]);
      expect(has(d, `${DCAT}byteSize`)).toEqual([String(f.bytes)]);
      expect(has(d, 'http://purl.org/dc/terms/format')).toHaveLength(1);
      expect(has(d, `${DCAT}mediaType`)).toHaveLength(1);
      expect(has(`${d}-sha256`, 'http://spdx.org/rdf/terms#checksumValue')).toEqual([f.sha256]);
    }
  });
});
