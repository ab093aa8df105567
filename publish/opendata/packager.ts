/**
 * The open-data packager. Every source writes its dataset files into a temporary release folder
 * (through one in-memory, single-threaded DuckDB, so equal data gives equal bytes); the packager
 * hashes them, and if the content equals the current release's it throws the folder away and
 * reports "unchanged". Otherwise it writes each dataset's datapackage.json, the DCAT-AP
 * catalogue (Turtle and JSON-LD) and release.json, renames the folder into place and switches
 * `opendata/current.json` atomically. The previous release stays on disk for readers that were
 * still serving it; older ones are removed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Config } from '../../lib/config.ts';
import { acquireLock, hashFile } from '../../lib/files.ts';
import { log } from '../../lib/log.ts';
import { writeFileAtomic } from '../../lib/snapshot.ts';
import { catalogGraph, catalogIri, datasetIri, fileUrl, toJsonLd, toTurtle } from './catalog.ts';
import { dataPackage } from './datapackage.ts';
import { currentRelease, openDataPaths } from './release.ts';
import { openDataSources } from './sources.ts';
import { FORMATS } from './vocab.ts';
import {
  OpenDataError,
  type DatasetSource,
  type DatasetSpec,
  type PublishedDataset,
  type PublishedFile,
  type ReleaseManifest,
} from './types.ts';

/** Bump when the layout or the hashed description changes, so the next publish writes a new release. */
const FORMAT_VERSION = 1;
const FILE_NAME = /^[a-z0-9][a-z0-9_.-]*$/;
const SLUG = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export interface PublishOptions {
  /** Defaults to `openDataSources` (sources.ts). */
  sources?: DatasetSource[];
  /** The release time (tests). */
  now?: Date;
}

export interface PublishResult {
  status: 'published' | 'unchanged';
  changed: boolean;
  release: string;
  previous: string | null;
  /** The release folder on disk. */
  dir: string;
  catalog: { jsonld: string; turtle: string };
  datasets: {
    id: string;
    title: string;
    rows: number | null;
    changed: boolean;
    files: { file: string; url: string; bytes: number; sha256: string }[];
  }[];
  files: number;
  bytes: number;
  durationMs: number;
}

function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function releaseId(now: Date): string {
  return now.toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 18) + `-${process.pid}`;
}

/** Removes leftovers of killed publishes and releases other than the current and previous one. */
function prune(releasesDir: string, keep: (string | null)[]): void {
  if (!existsSync(releasesDir)) return;
  for (const d of readdirSync(releasesDir, { withFileTypes: true })) {
    if (!d.isDirectory() || keep.includes(d.name)) continue;
    if (d.name.startsWith('.') && d.name.endsWith(`-${process.pid}.partial`)) continue;
    rmSync(path.join(releasesDir, d.name), { recursive: true, force: true });
  }
}

function checkSpecs(specs: DatasetSpec[], source: string, seen: Map<string, string>): void {
  for (const s of specs) {
    if (!SLUG.test(s.id))
      throw new OpenDataError(
        `source ${source}: dataset id "${s.id}" must be lowercase letters, digits and hyphens`,
      );
    const other = seen.get(s.id);
    if (other)
      throw new OpenDataError(`source ${source}: dataset "${s.id}" is also published by source ${other}`);
    seen.set(s.id, source);
    const files = new Set<string>();
    for (const d of s.distributions) {
      if (!FILE_NAME.test(d.file) || d.file === 'datapackage.json') {
        throw new OpenDataError(`source ${source}, dataset ${s.id}: file name "${d.file}" is not allowed`);
      }
      if (files.has(d.file))
        throw new OpenDataError(`source ${source}, dataset ${s.id}: file ${d.file} listed twice`);
      files.add(d.file);
    }
  }
}

/** Publishes the open-data release (see the file comment). */
export async function publishOpenData(config: Config, opts: PublishOptions = {}): Promise<PublishResult> {
  const started = Date.now();
  const now = (opts.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const sources = opts.sources ?? openDataSources;
  const op = openDataPaths(config);
  mkdirSync(op.releases, { recursive: true });
  const release = acquireLock(
    config,
    'publish',
    (pid, file) => new OpenDataError(`another publish is running (pid ${pid}, lock ${file})`),
  );
  const id = releaseId(opts.now ?? new Date());
  const tmp = path.join(op.releases, `.${id}.partial`);
  try {
    const prev = currentRelease(config);
    prune(op.releases, [prev?.id ?? null, prev?.manifest.previous ?? null]);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });

    // 1. Every source writes its files.
    const specs: DatasetSpec[] = [];
    const inst = await DuckDBInstance.create(':memory:', { threads: '1' });
    const duck = await inst.connect();
    try {
      const seen = new Map<string, string>();
      for (const source of sources) {
        const built = await source.build({
          config,
          duck,
          datasetDir(dsId) {
            const d = path.join(tmp, 'datasets', dsId);
            mkdirSync(d, { recursive: true });
            return d;
          },
        });
        checkSpecs(built, source.name, seen);
        specs.push(...built);
      }
    } finally {
      duck.closeSync();
      inst.closeSync();
    }
    specs.sort((a, b) => a.id.localeCompare(b.id));

    // 2. Hash the files, fingerprint each dataset, write its datapackage.json.
    const datasets: PublishedDataset[] = [];
    const changedIds = new Set<string>();
    for (const spec of specs) {
      const dir = path.join(tmp, 'datasets', spec.id);
      const files: PublishedFile[] = [];
      for (const d of spec.distributions) {
        const file = path.join(dir, d.file);
        if (!existsSync(file)) throw new OpenDataError(`dataset ${spec.id}: source did not write ${d.file}`);
        const h = await hashFile(file);
        files.push({
          ...d,
          ...h,
          mediaType: FORMATS[d.format].mediaType,
          url: fileUrl(config, spec.id, d.file),
        });
      }
      // What the catalogue says about the dataset (not where it came from, not its files' list).
      const {
        id: dsId,
        title,
        description,
        keywords,
        themes,
        temporal,
        frequency,
        contact,
        licence,
        rows,
      } = spec;
      const described = {
        id: dsId,
        title,
        description,
        keywords,
        themes,
        temporal,
        frequency,
        contact,
        licence,
        rows,
      };
      const fingerprint = sha256Hex(JSON.stringify({ v: FORMAT_VERSION, described, files }));
      const before = prev?.manifest.datasets.find((x) => x.id === spec.id);
      const unchanged = before?.fingerprint === fingerprint;
      if (!unchanged) changedIds.add(spec.id);
      const ds: Omit<PublishedDataset, 'files'> = {
        ...described,
        source: spec.source,
        iri: datasetIri(config, spec.id),
        fingerprint,
        issued: before?.issued ?? now,
        modified: unchanged && before ? before.modified : now,
      };
      const pkgFile = path.join(dir, 'datapackage.json');
      writeFileSync(pkgFile, JSON.stringify(dataPackage(config, ds, files), null, 2) + '\n');
      const pkg = await hashFile(pkgFile);
      files.push({
        file: 'datapackage.json',
        format: 'datapackage',
        title: {
          lv: `${spec.title.lv} (Frictionless datu pakete)`,
          en: `${spec.title.en} (Frictionless Data Package)`,
        },
        description: {
          lv: 'Datu paketes apraksts: faili, to shēmas (lauki, tipi, apraksti), licence, izmēri un SHA-256 kontrolsummas.',
          en: 'Data Package descriptor: the files, their schemas (fields, types, descriptions), licence, sizes and SHA-256 hashes.',
        },
        ...pkg,
        mediaType: FORMATS.datapackage.mediaType,
        url: fileUrl(config, spec.id, 'datapackage.json'),
      });
      datasets.push({ ...ds, files });
    }

    const fingerprint = sha256Hex(
      JSON.stringify({
        v: FORMAT_VERSION,
        publicBaseUrl: config.publicBaseUrl,
        publisher: config.publisher,
        datasets: datasets.map((d) => [d.id, d.fingerprint]),
      }),
    );

    // 3. Same content as the current release: nothing new.
    if (prev && prev.manifest.fingerprint === fingerprint) {
      rmSync(tmp, { recursive: true, force: true });
      log.info({ release: prev.id }, 'open data unchanged');
      return result('unchanged', prev.manifest, prev.dir, new Set(), started);
    }

    // 4. Catalogue, release.json, switch.
    const issued = prev?.manifest.issued ?? now;
    const modified =
      datasets.reduce((m, d) => (d.modified > m ? d.modified : m), datasets.length ? '' : now) || now;
    const graph = catalogGraph({ config, issued, modified, datasets });
    writeFileSync(path.join(tmp, 'catalog.ttl'), await toTurtle(graph));
    writeFileSync(path.join(tmp, 'catalog.jsonld'), await toJsonLd(graph));
    const catalogFile = async (file: string, format: 'jsonld' | 'turtle'): Promise<PublishedFile> => ({
      file,
      format,
      title: { lv: `Katalogs (${FORMATS[format].label})`, en: `Catalogue (${FORMATS[format].label})` },
      description: { lv: 'DCAT-AP 3 katalogs', en: 'DCAT-AP 3 catalogue' },
      ...(await hashFile(path.join(tmp, file))),
      mediaType: FORMATS[format].mediaType,
      url: `${config.publicBaseUrl}/opendata/${file}`,
    });
    const manifest: ReleaseManifest = {
      id,
      createdAt: now,
      fingerprint,
      previous: prev?.id ?? null,
      issued,
      modified,
      publicBaseUrl: config.publicBaseUrl,
      datasets,
      catalog: {
        jsonld: await catalogFile('catalog.jsonld', 'jsonld'),
        turtle: await catalogFile('catalog.ttl', 'turtle'),
      },
    };
    writeFileSync(path.join(tmp, 'release.json'), JSON.stringify(manifest, null, 2) + '\n');
    const dir = path.join(op.releases, id);
    renameSync(tmp, dir);
    writeFileAtomic(op.current, JSON.stringify({ id }));
    prune(op.releases, [id, prev?.id ?? null]);
    if (datasets.length === 0)
      log.warn('open data: no dataset to publish (no exposure with meta.destination opendata)');
    log.info({ release: id, catalog: catalogIri(config), datasets: datasets.length }, 'open data published');
    return result('published', manifest, dir, changedIds, started);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  } finally {
    release();
  }
}

function result(
  status: PublishResult['status'],
  m: ReleaseManifest,
  dir: string,
  changed: Set<string>,
  started: number,
): PublishResult {
  const datasets = m.datasets.map((d) => ({
    id: d.id,
    title: d.title.en,
    rows: d.rows,
    changed: changed.has(d.id),
    files: d.files.map((f) => ({ file: f.file, url: f.url, bytes: f.bytes, sha256: f.sha256 })),
  }));
  const all = [...m.datasets.flatMap((d) => d.files), m.catalog.jsonld, m.catalog.turtle];
  return {
    status,
    changed: status === 'published',
    release: m.id,
    previous: m.previous,
    dir,
    catalog: { jsonld: m.catalog.jsonld.url, turtle: m.catalog.turtle.url },
    datasets,
    files: all.length,
    bytes: all.reduce((n, f) => n + f.bytes, 0),
    durationMs: Date.now() - started,
  };
}
