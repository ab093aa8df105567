/**
 * The shapes the open-data packager works with. A `DatasetSource` writes the files of one or
 * more datasets and describes them as `DatasetSpec`s; the packager hashes the files, writes
 * each dataset's Frictionless datapackage.json and the DCAT-AP catalogue, and switches the
 * release in. The snapshot exposures are one source (snapshot-source.ts); the classifier
 * registry adds its code lists as another (see sources.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Config } from '../../lib/config.ts';
import type { FileFormat } from './vocab.ts';

export interface LangText {
  lv: string;
  en: string;
}

/** A Frictionless table-schema field type. */
export type FieldType =
  'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'time' | 'object' | 'array' | 'any';

export interface TableField {
  name: string;
  type: FieldType;
  description: string;
}

/** One file of a dataset, written by its source into the dataset's folder. */
export interface DistributionSpec {
  /** File name inside the dataset folder: [a-z0-9_.-], e.g. case_flow.csv. */
  file: string;
  format: FileFormat;
  title: LangText;
  description: LangText;
  /** Table schema when the file holds rows (CSV, Parquet, JSON records). */
  schema?: { fields: TableField[] };
  rows?: number;
}

export interface DatasetSpec {
  /** URL slug, unique in the catalogue: [a-z0-9-], e.g. case-flow. */
  id: string;
  title: LangText;
  description: LangText;
  /** Keywords per language; `untagged` ones are written without a language tag. */
  keywords: { lv: string[]; en: string[]; untagged?: string[] };
  /** EU data-theme codes, e.g. ['JUST']. */
  themes: string[];
  /** Inclusive period the data covers (YYYY-MM-DD). */
  temporal?: { start: string; end: string } | null;
  /** EU frequency code, e.g. MONTHLY. */
  frequency?: string | null;
  /** Defaults to the configured publisher. */
  contact?: { name: string; email: string } | null;
  /** Key of LICENCES in vocab.ts; defaults to CC-BY-4.0. */
  licence?: string;
  rows: number | null;
  /** Where the data came from (snapshot id, classifier file): shown in release.json, not hashed. */
  source: string;
  distributions: DistributionSpec[];
}

export interface SourceContext {
  config: Config;
  /** Creates and returns the folder for a dataset's files. */
  datasetDir(id: string): string;
  /** In-memory DuckDB with one thread (deterministic files), shared by all sources of a release. */
  duck: DuckDBConnection;
}

/** Something that contributes datasets to the open-data release. */
export interface DatasetSource {
  name: string;
  build(ctx: SourceContext): Promise<DatasetSpec[]>;
}

export interface PublishedFile extends DistributionSpec {
  bytes: number;
  sha256: string;
  mediaType: string;
  /** Public download URL (from config.publicBaseUrl). */
  url: string;
}

export interface PublishedDataset extends Omit<DatasetSpec, 'distributions'> {
  iri: string;
  /** Hash of the dataset's content and description (not of dates). */
  fingerprint: string;
  issued: string;
  modified: string;
  /** Data files then datapackage.json. */
  files: PublishedFile[];
}

/** release.json: what the portal serves and what the next publish compares against. */
export interface ReleaseManifest {
  id: string;
  createdAt: string;
  /** Hash over every dataset fingerprint and the catalogue settings; equal means unchanged. */
  fingerprint: string;
  previous: string | null;
  issued: string;
  modified: string;
  publicBaseUrl: string;
  datasets: PublishedDataset[];
  catalog: { jsonld: PublishedFile; turtle: PublishedFile };
}

export class OpenDataError extends Error {
  override name = 'OpenDataError';
}
