/**
 * The contracts of every source entity: JSON Schema files at
 * ingest/contracts/<source>/<entity>.schema.json. This module lists them, compiles validators and
 * maps their properties to warehouse columns.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ColumnSpec, ColumnType } from '../../lib/warehouse/index.ts';

export const CONTRACTS_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface JsonSchemaProperty {
  type?: string | string[];
  format?: string;
  description?: string;
  [k: string]: unknown;
}

export interface Contract {
  source: string;
  entity: string;
  file: string;
  schema: {
    title: string;
    description?: string;
    required?: string[];
    properties: Record<string, JsonSchemaProperty>;
    'x-primary-key': string[];
    [k: string]: unknown;
  };
}

export function listContracts(dir: string = CONTRACTS_DIR): Contract[] {
  const out: Contract[] = [];
  for (const source of readdirSync(dir, { withFileTypes: true })) {
    if (!source.isDirectory()) continue;
    for (const f of readdirSync(path.join(dir, source.name)).sort()) {
      if (!f.endsWith('.schema.json')) continue;
      const file = path.join(dir, source.name, f);
      out.push({
        source: source.name,
        entity: f.slice(0, -'.schema.json'.length),
        file,
        schema: JSON.parse(readFileSync(file, 'utf8')) as Contract['schema'],
      });
    }
  }
  return out.sort((a, b) => `${a.source}/${a.entity}`.localeCompare(`${b.source}/${b.entity}`));
}

export function getContract(source: string, entity: string, dir: string = CONTRACTS_DIR): Contract | null {
  const file = path.join(dir, source, `${entity}.schema.json`);
  if (!existsSync(file)) return null;
  return { source, entity, file, schema: JSON.parse(readFileSync(file, 'utf8')) as Contract['schema'] };
}

function columnType(p: JsonSchemaProperty): ColumnType {
  const types = Array.isArray(p.type) ? p.type : [p.type];
  if (types.includes('integer')) return 'bigint';
  if (types.includes('number')) return 'double';
  if (types.includes('boolean')) return 'boolean';
  if (types.includes('object') || types.includes('array')) return 'json';
  if (p.format === 'date') return 'date';
  if (p.format === 'date-time') return 'timestamp';
  return 'text';
}

/** The warehouse columns of a contract's raw table, in schema order, before the load metadata. */
export function contractColumns(contract: Contract): ColumnSpec[] {
  // Codes of a classifier are few; other text of a raw table is identifiers, numbers and names.
  // Restricted tables (ruling texts) keep the engine's own choice.
  const hinted = contract.schema['x-restricted'] !== true;
  return Object.entries(contract.schema.properties).map(([name, p]) => {
    const type = columnType(p);
    if (!hinted || type !== 'text') return { name, type };
    return { name, type, compression: p['x-classifier'] !== undefined ? 'dictionary' : 'fsst' };
  });
}
