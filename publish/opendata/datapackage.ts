/**
 * The Frictionless Data Package (v2) descriptor of one dataset: every data file is a resource
 * with its path (relative to datapackage.json), format, media type, byte size, SHA-256 hash
 * and, for tabular files, the table schema of the public columns.
 */
import type { Config } from '../../lib/config.ts';
import { DEFAULT_LICENCE, FORMATS, LICENCES } from './vocab.ts';
import type { PublishedDataset, PublishedFile } from './types.ts';

function resourceName(file: string): string {
  return file.toLowerCase().replace(/[^a-z0-9._-]/g, '-');
}

export function dataPackage(
  config: Config,
  dataset: Omit<PublishedDataset, 'files'>,
  files: PublishedFile[],
): Record<string, unknown> {
  const licence = LICENCES[dataset.licence ?? DEFAULT_LICENCE] ?? LICENCES[DEFAULT_LICENCE]!;
  const contact = dataset.contact ?? { name: config.publisher.name, email: config.publisher.email };
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: dataset.id,
    id: dataset.iri,
    title: dataset.title.en,
    description: `${dataset.description.en}\n\n${dataset.description.lv}`,
    homepage: `${config.publicBaseUrl}/opendata/#${dataset.id}`,
    created: dataset.issued,
    keywords: [...dataset.keywords.lv, ...dataset.keywords.en, ...(dataset.keywords.untagged ?? [])],
    licenses: [{ name: licence.spdx, path: licence.url, title: licence.title.en }],
    contributors: [
      {
        title: config.publisher.name,
        email: config.publisher.email,
        path: config.publisher.homepage,
        roles: ['publisher'],
      },
      ...(contact.email !== config.publisher.email
        ? [{ title: contact.name, email: contact.email, roles: ['contact'] }]
        : []),
    ],
    ...(dataset.temporal ? { temporalCoverage: dataset.temporal } : {}),
    resources: files.map((f) => ({
      $schema: 'https://datapackage.org/profiles/2.0/dataresource.json',
      name: resourceName(f.file),
      path: f.file,
      ...(f.schema ? { type: 'table' } : {}),
      title: f.title.en,
      description: f.description.en,
      format: FORMATS[f.format].frictionless,
      mediatype: f.mediaType,
      encoding: f.format === 'parquet' ? undefined : 'utf-8',
      bytes: f.bytes,
      hash: `sha256:${f.sha256}`,
      ...(f.format === 'csv' ? { dialect: { header: true, delimiter: ',', quoteChar: '"' } } : {}),
      ...(f.schema
        ? {
            schema: {
              $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
              fields: f.schema.fields.map((c) => ({
                name: c.name,
                type: c.type,
                description: c.description,
              })),
              missingValues: [''],
            },
          }
        : {}),
    })),
  };
}
