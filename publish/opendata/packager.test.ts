/**
 * The packager over a hand-made snapshot (test-fixture.ts) in a temporary ELIETA_HOME: only
 * public columns leave (checked in every file, the catalogue and datapackage.json included),
 * the files are what they claim (header, rows, hashes, sizes), re-publishing equal content
 * creates nothing, and a release appears all at once or not at all.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../lib/config.ts';
import { publishOpenData } from './packager.ts';
import { currentRelease, openDataPaths } from './release.ts';
import { NothingBuiltError, snapshotExposures } from './snapshot-source.ts';
import { CANARY, removeHome, SECRET_COLUMNS, tempConfig, writeFixtureSnapshot } from './test-fixture.ts';
import { OpenDataError, type DatasetSource } from './types.ts';

/** These tests are about the snapshot's datasets; the classifier lists have tests of their own. */
const SNAPSHOT_ONLY = { sources: [snapshotExposures] };

const PUBLIC = [
  'month',
  'court_code',
  'court_name_lv',
  'court_name_en',
  'case_category',
  'incoming',
  'resolved',
  'pending_end',
  'clearance_rate',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

async function readParquet(file: string): Promise<{ columns: string[]; rows: Record<string, unknown>[] }> {
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  try {
    const q = `read_parquet('${file.replace(/'/g, "''")}')`;
    const columns = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${q}`))
      .getRowObjectsJson()
      .map((r) => String(r.column_name));
    const rows = (await conn.runAndReadAll(`SELECT * FROM ${q}`)).getRowObjectsJson() as Record<
      string,
      unknown
    >[];
    return { columns, rows };
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const releaseDirs = (config: Config) => readdirSync(openDataPaths(config).releases).sort();

describe('publishOpenData', () => {
  let config: Config;
  beforeEach(() => {
    config = tempConfig('opendata-pkg-');
  });
  afterEach(() => removeHome(config));

  it('publishes only the columns marked public: no other column name or value appears in any file', async () => {
    await writeFixtureSnapshot(config);
    const r = await publishOpenData(config, SNAPSHOT_ONLY);
    expect(r.status).toBe('published');
    const files = filesUnder(r.dir);
    expect(files.map((f) => path.relative(r.dir, f)).sort()).toEqual([
      'catalog.jsonld',
      'catalog.ttl',
      'datasets/case-flow/case_flow.csv',
      'datasets/case-flow/case_flow.json',
      'datasets/case-flow/case_flow.parquet',
      'datasets/case-flow/datapackage.json',
      'release.json',
    ]);
    for (const file of [...files, openDataPaths(config).current]) {
      const bytes = readFileSync(file);
      // Raw bytes: text files, and the Parquet footer where column names are stored uncompressed.
      for (const secret of [...SECRET_COLUMNS, CANARY])
        expect(bytes.includes(secret), `${secret} in ${file}`).toBe(false);
    }
    const pq = await readParquet(path.join(r.dir, 'datasets/case-flow/case_flow.parquet'));
    expect(pq.columns).toEqual(PUBLIC);
    expect(JSON.stringify(pq.rows)).not.toContain(CANARY);
  });

  it('writes a UTF-8 CSV with a header, a JSON array of records, Parquet and a datapackage.json that match each other', async () => {
    const snap = await writeFixtureSnapshot(config);
    const r = await publishOpenData(config, SNAPSHOT_ONLY);
    const dir = path.join(r.dir, 'datasets/case-flow');
    const rows = snap.tables.case_flow!.rows;
    const csv = readFileSync(path.join(dir, 'case_flow.csv'), 'utf8').trimEnd().split('\n');
    expect(csv[0]).toBe(PUBLIC.join(','));
    expect(csv).toHaveLength(rows + 1);
    expect(csv.some((l) => l.includes('Rīgas rajona tiesa'))).toBe(true);
    const json = JSON.parse(readFileSync(path.join(dir, 'case_flow.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(json).toHaveLength(rows);
    expect(Object.keys(json[0]!)).toEqual(PUBLIC);
    expect((await readParquet(path.join(dir, 'case_flow.parquet'))).rows).toHaveLength(rows);

    const pkg = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as {
      name: string;
      licenses: { name: string }[];
      resources: {
        path: string;
        bytes: number;
        hash: string;
        format: string;
        schema?: { fields: { name: string; type: string; description: string }[] };
      }[];
    };
    expect(pkg.name).toBe('case-flow');
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(pkg.resources.map((x) => x.format)).toEqual(['csv', 'parquet', 'json']);
    for (const res of pkg.resources) {
      const file = path.join(dir, res.path);
      expect(res.bytes).toBe(readFileSync(file).length);
      expect(res.hash).toBe(`sha256:${sha256(file)}`);
      expect(res.schema!.fields.map((f) => f.name)).toEqual(PUBLIC);
      expect(Object.fromEntries(res.schema!.fields.map((f) => [f.name, f.type]))).toMatchObject({
        month: 'date',
        court_code: 'string',
        incoming: 'integer',
        clearance_rate: 'number',
      });
      expect(res.schema!.fields.every((f) => f.description.length > 0)).toBe(true);
    }
    const ds = r.datasets[0]!;
    expect(ds.rows).toBe(rows);
    expect(r.bytes).toBeGreaterThan(0);
    const release = currentRelease(config)!.manifest.datasets[0]!;
    expect(release.temporal).toEqual({ start: '2025-01-01', end: '2026-06-30' });
    expect(release.frequency).toBe('MONTHLY');
  });

  it('publishing the same content twice creates nothing new and reports unchanged', async () => {
    await writeFixtureSnapshot(config, { id: 'snap-a' });
    const first = await publishOpenData(config, SNAPSHOT_ONLY);
    const pointer = readFileSync(openDataPaths(config).current, 'utf8');
    // A rebuild with equal data (new snapshot id) is still the same content.
    await writeFixtureSnapshot(config, { id: 'snap-b' });
    const second = await publishOpenData(config, SNAPSHOT_ONLY);
    expect(second.status).toBe('unchanged');
    expect(second.changed).toBe(false);
    expect(second.release).toBe(first.release);
    expect(second.datasets[0]!.files).toEqual(first.datasets[0]!.files);
    expect(readFileSync(openDataPaths(config).current, 'utf8')).toBe(pointer);
    expect(releaseDirs(config)).toEqual([first.release]);
  });

  it('new data makes a new release; dates carry over; the previous release is kept and older ones removed', async () => {
    await writeFixtureSnapshot(config, { months: 12 });
    const a = await publishOpenData(config, { ...SNAPSHOT_ONLY, now: new Date('2026-07-01T03:00:00Z') });
    await writeFixtureSnapshot(config, { months: 13 });
    const b = await publishOpenData(config, { ...SNAPSHOT_ONLY, now: new Date('2026-08-01T03:00:00Z') });
    expect(b.status).toBe('published');
    expect(b.previous).toBe(a.release);
    expect(b.datasets[0]!.changed).toBe(true);
    const m = currentRelease(config)!.manifest;
    expect(m.datasets[0]!.issued).toBe('2026-07-01T03:00:00Z');
    expect(m.datasets[0]!.modified).toBe('2026-08-01T03:00:00Z');
    expect(m.issued).toBe('2026-07-01T03:00:00Z');
    expect(releaseDirs(config)).toEqual([a.release, b.release].sort());
    await writeFixtureSnapshot(config, { months: 14 });
    const c = await publishOpenData(config, { ...SNAPSHOT_ONLY, now: new Date('2026-09-01T03:00:00Z') });
    expect(releaseDirs(config)).toEqual([b.release, c.release].sort());
  });

  it('a failing source leaves the current release in place and no partial folder behind', async () => {
    await writeFixtureSnapshot(config);
    const good = await publishOpenData(config, SNAPSHOT_ONLY);
    await writeFixtureSnapshot(config, { months: 20 });
    let seenDuringBuild: string | null = null;
    const failing: DatasetSource = {
      name: 'failing',
      async build(ctx) {
        writeFileSync(path.join(ctx.datasetDir('half-written'), 'x.csv'), 'a\n1\n');
        seenDuringBuild = currentRelease(config)?.id ?? null;
        throw new Error('disk full');
      },
    };
    await expect(publishOpenData(config, { sources: [snapshotExposures, failing] })).rejects.toThrow(
      'disk full',
    );
    expect(seenDuringBuild).toBe(good.release);
    expect(currentRelease(config)!.id).toBe(good.release);
    expect(releaseDirs(config)).toEqual([good.release]);
    expect(existsSync(path.join(config.home, 'locks', 'publish.lock'))).toBe(false);
  });

  it('removes what a killed publish left behind', async () => {
    await writeFixtureSnapshot(config);
    const left = path.join(openDataPaths(config).releases, '.20260101-000000000-1.partial', 'datasets', 'x');
    mkdirSync(left, { recursive: true });
    const r = await publishOpenData(config, SNAPSHOT_ONLY);
    expect(releaseDirs(config)).toEqual([r.release]);
  });

  it('refuses a second publish while one runs', async () => {
    await writeFixtureSnapshot(config);
    mkdirSync(path.join(config.home, 'locks'), { recursive: true });
    writeFileSync(path.join(config.home, 'locks', 'publish.lock'), String(process.ppid));
    await expect(publishOpenData(config, SNAPSHOT_ONLY)).rejects.toThrow(/another publish is running/);
    // A lock whose process is gone is taken over.
    writeFileSync(path.join(config.home, 'locks', 'publish.lock'), '999999999');
    expect((await publishOpenData(config, SNAPSHOT_ONLY)).status).toBe('published');
  });

  it('names the exposure and model when a declaration is wrong', async () => {
    await expect(publishOpenData(config, SNAPSHOT_ONLY)).rejects.toThrow(NothingBuiltError);
    const exposure = (depends: string) => ({
      name: 'opendata_x',
      depends_on: [depends],
      meta: { destination: 'opendata', dataset: 'x', description_en: 'x', description_lv: 'x' },
    });
    await writeFixtureSnapshot(config, { exposures: [exposure('model.elieta.missing')] });
    await expect(publishOpenData(config, SNAPSHOT_ONLY)).rejects.toThrow(
      /exposure opendata_x: model missing is not in snapshot/,
    );
    const nonePublic = Object.fromEntries(PUBLIC.map((c) => [c, false]));
    await writeFixtureSnapshot(config, { exposures: [exposure('case_flow')], publicOverride: nonePublic });
    await expect(publishOpenData(config, SNAPSHOT_ONLY)).rejects.toThrow(OpenDataError);
    await expect(publishOpenData(config, SNAPSHOT_ONLY)).rejects.toThrow(
      /model case_flow has no column marked public/,
    );
    expect(existsSync(openDataPaths(config).current)).toBe(false);
  });

  it('publishes datasets from another source (as the classifier registry will) with their own files', async () => {
    await writeFixtureSnapshot(config);
    const codeLists: DatasetSource = {
      name: 'code-lists',
      async build(ctx) {
        writeFileSync(
          path.join(ctx.datasetDir('classifier-courts'), 'courts.csv'),
          'code,label_lv\nRR,Rīgas rajona tiesa\n',
        );
        return [
          {
            id: 'classifier-courts',
            title: { lv: 'Tiesu klasifikators', en: 'Courts classifier' },
            description: { lv: 'Tiesas', en: 'Courts' },
            keywords: { lv: ['klasifikators'], en: ['code list'] },
            themes: ['JUST', 'GOVE'],
            rows: 1,
            source: 'classifiers/data/courts.yaml',
            distributions: [
              {
                file: 'courts.csv',
                format: 'csv',
                title: { lv: 'Tiesas (CSV)', en: 'Courts (CSV)' },
                description: { lv: 'Kodi', en: 'Codes' },
                schema: {
                  fields: [
                    { name: 'code', type: 'string', description: 'Code' },
                    { name: 'label_lv', type: 'string', description: 'Label' },
                  ],
                },
                rows: 1,
              },
            ],
          },
        ];
      },
    };
    const r = await publishOpenData(config, { sources: [snapshotExposures, codeLists] });
    expect(r.datasets.map((d) => d.id)).toEqual(['case-flow', 'classifier-courts']);
    const ttl = readFileSync(path.join(r.dir, 'catalog.ttl'), 'utf8');
    expect(ttl).toContain('<https://data.tiesas.example/opendata/datasets/classifier-courts/courts.csv>');
    expect(existsSync(path.join(r.dir, 'datasets/classifier-courts/datapackage.json'))).toBe(true);
  });
});
