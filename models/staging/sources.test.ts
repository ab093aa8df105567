/**
 * The dbt sources follow the contracts: every source entity that is not restricted is a dbt
 * source table `raw.<source>__<entity>` whose documented columns are exactly the raw table's
 * columns (the contract's properties after pseudonymisation, plus the load bookkeeping), with a
 * staging model beside it; a restricted entity (ruling texts, their parties) is never a source.
 * Fails when a contract changes and the staging layer was not brought along.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rawSourceTables } from '../../lib/cli/commands/build.ts';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { listContracts } from '../../ingest/contracts/index.ts';

interface SourceYaml {
  sources: {
    name: string;
    schema: string;
    tables: { name: string; identifier?: string; columns?: { name: string }[] }[];
  }[];
}

const STAGING = path.join(PROJECT_ROOT, 'models/staging');

function sourceTables(): Map<string, { source: string; columns: string[] }> {
  const out = new Map<string, { source: string; columns: string[] }>();
  for (const dir of readdirSync(STAGING, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const file = path.join(STAGING, dir.name, `_${dir.name}__sources.yml`);
    if (!existsSync(file)) continue;
    const doc = parse(readFileSync(file, 'utf8')) as SourceYaml;
    for (const s of doc.sources) {
      if (s.schema !== 'raw') continue;
      for (const t of s.tables) {
        out.set(t.identifier ?? t.name, { source: s.name, columns: (t.columns ?? []).map((c) => c.name) });
      }
    }
  }
  return out;
}

describe('dbt sources and the contracts', () => {
  const sources = sourceTables();

  it('has a source and a staging model for every entity that is not restricted, with the raw columns', () => {
    const tables = rawSourceTables();
    expect(tables.length).toBeGreaterThanOrEqual(20);
    for (const t of tables) {
      const s = sources.get(t.name);
      expect(s, `raw.${t.name} has no dbt source`).toBeTruthy();
      expect(s!.columns, `raw.${t.name}`).toEqual(t.columns.map((c) => c.name));
      const [system, entity] = t.name.split('__');
      expect(existsSync(path.join(STAGING, system!, `stg_${system}__${entity}.sql`)), `stg_${t.name}`).toBe(
        true,
      );
    }
  });

  it('never makes a restricted entity a source', () => {
    const restricted = listContracts().filter((c) => c.schema['x-restricted'] === true);
    expect(restricted.length).toBeGreaterThan(0);
    for (const c of restricted)
      expect(sources.has(`${c.source}__${c.entity}`), `${c.source}/${c.entity}`).toBe(false);
    for (const dir of readdirSync(STAGING, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const f of readdirSync(path.join(STAGING, dir.name))) {
        if (f.endsWith('.sql'))
          expect(readFileSync(path.join(STAGING, dir.name, f), 'utf8')).not.toMatch(/restricted/);
      }
    }
  });
});
