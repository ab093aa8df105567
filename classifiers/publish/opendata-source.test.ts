/**
 * The classifiers published through the open-data packager: one dataset per classifier (CSV and
 * SKOS Turtle) and per correspondence table, in the DCAT-AP catalogue with no SHACL violation,
 * files that parse, and an unchanged registry publishing nothing new.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rdf from '@zazuko/env-node';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../lib/config.ts';
import { publishOpenData, type PublishResult } from '../../publish/opendata/packager.ts';
import { currentRelease } from '../../publish/opendata/release.ts';
import { snapshotExposures } from '../../publish/opendata/snapshot-source.ts';
import { removeHome, tempConfig, writeFixtureSnapshot } from '../../publish/opendata/test-fixture.ts';
import { classifierDatasets } from './opendata-source.ts';

const SHAPES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../publish/opendata/shapes');
const sources = [snapshotExposures, classifierDatasets];

describe('classifiers on the open-data portal', () => {
  let config: Config;
  let published: PublishResult;
  beforeAll(async () => {
    config = tempConfig('classifiers-opendata-');
    await writeFixtureSnapshot(config);
    published = await publishOpenData(config, { sources });
  });
  afterAll(() => removeHome(config));

  it('publishes a dataset per classifier and per correspondence table, with CSV and Turtle', () => {
    const ids = published.datasets.map((d) => d.id);
    expect(ids).toContain('classifier-courts');
    expect(ids).toContain('classifier-atvk');
    expect(ids).toContain('classifier-criminal-law-articles');
    expect(ids).toContain('mapping-courts-ecli-courts');
    const courts = published.datasets.find((d) => d.id === 'classifier-courts')!;
    expect(courts.files.map((f) => f.file)).toEqual(['courts.csv', 'courts.ttl', 'datapackage.json']);
    const csv = readFileSync(path.join(published.dir, 'datasets/classifier-courts/courts.csv'), 'utf8').split(
      '\r\n',
    );
    expect(csv[0]).toBe(
      'code,label_lv,label_en,parent_code,valid_from,valid_to,replaced_by,iri,level,region,note',
    );
    expect(csv).toHaveLength(17);
    const ttl = readFileSync(path.join(published.dir, 'datasets/classifier-courts/courts.ttl'), 'utf8');
    const quads = new Parser().parse(ttl);
    expect(
      quads.some(
        (q) =>
          q.subject.value === `${config.publicBaseUrl}/id/courts/AT` && q.object.value === 'Augstākā tiesa',
      ),
    ).toBe(true);
    const unverified = currentRelease(config)!.manifest.datasets.find((d) => d.id === 'classifier-atvk')!;
    expect(unverified.description.en).toMatch(/not fully verified/);
    expect(unverified.themes).toContain('REGI');
  });

  it('is in the DCAT-AP catalogue with no violation of the mandatory and range shapes', async () => {
    const data = await rdf.dataset().import(rdf.fromFile(path.join(published.dir, 'catalog.ttl')));
    const shapes = rdf.dataset();
    for (const f of ['dcat-ap-3.0.1-shapes.ttl', 'dcat-ap-3.0.1-range.ttl'])
      shapes.addAll(await rdf.dataset().import(rdf.fromFile(path.join(SHAPES, f))));
    const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data);
    const violations = report.results
      .filter((r) => r.severity?.value.endsWith('Violation'))
      .map((r) => `${r.focusNode?.value} ${r.path?.value ?? ''} ${r.message.map((m) => m.value).join('; ')}`);
    expect(violations).toEqual([]);
    const catalog = readFileSync(path.join(published.dir, 'catalog.ttl'), 'utf8');
    expect(catalog).toContain(`${config.publicBaseUrl}/opendata/datasets/classifier-courts/courts.ttl`);
  });

  it('publishes nothing new when the registry has not changed', async () => {
    const again = await publishOpenData(config, { sources });
    expect(again.status).toBe('unchanged');
  });
});
