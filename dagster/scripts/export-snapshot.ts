/**
 * The snapshot step of `elieta build`, on its own, for the Dagster `snapshot` asset: after dbt built
 * the marts (there, dagster-dbt runs dbt), export every model in schema `marts` that exists in the
 * warehouse as the current snapshot, with the model and column metadata and the project's exposures
 * from dbt's manifest. Uses the same functions as lib/cli/commands/build.ts; prints one JSON line
 * `{snapshot, tables, dataAsOf}`. Run from the repository root: `node --import tsx dagster/scripts/export-snapshot.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exposuresFromManifest, martsFromManifest } from '../../lib/cli/commands/build.ts';
import { loadConfig, paths } from '../../lib/config.ts';
import { readManifest } from '../../lib/dbt.ts';
import { log } from '../../lib/log.ts';
import { publishSnapshot, type TableToExport } from '../../lib/snapshot.ts';
import { withWarehouse } from '../../lib/warehouse/index.ts';

function invocationId(targetPath: string): string | null {
  try {
    const results = JSON.parse(readFileSync(path.join(targetPath, 'run_results.json'), 'utf8')) as {
      metadata?: { invocation_id?: string };
    };
    return results.metadata?.invocation_id ?? null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const manifest = readManifest(config);
  const target = paths(config).dbtTarget;
  if (!manifest) throw new Error(`no dbt manifest in ${target}: run dbt (the dbt assets) first`);
  const marts = martsFromManifest(manifest);
  const exposures = exposuresFromManifest(manifest);
  let tables: string[] = [];
  let dataAsOf: string | null = null;
  const snapshot = await withWarehouse(config.warehouse, async (wh) => {
    const present: TableToExport[] = [];
    for (const t of marts) {
      if (await wh.tableExists(t.schema, t.name)) present.push(t);
      else log.warn({ table: `${t.schema}.${t.name}` }, 'mart not built yet: left out of the snapshot');
    }
    if (present.length === 0) return null;
    tables = present.map((t) => t.name);
    if (await wh.tableExists('intermediate', 'int_data_as_of')) {
      const [row] = await wh.query<{ as_of: string | null }>(
        'SELECT CAST(as_of_date AS VARCHAR) AS as_of FROM intermediate.int_data_as_of',
      );
      dataAsOf = row?.as_of ?? null;
    }
    const meta = {
      exposures,
      dbt: {
        version: manifest.metadata.dbt_version,
        invocation_id: invocationId(target) ?? manifest.metadata.invocation_id,
        target: config.warehouse.kind,
      },
    };
    return publishSnapshot(config, wh, present, meta, dataAsOf);
  });
  if (!snapshot) throw new Error('no mart has been built: nothing to export');
  process.stdout.write(JSON.stringify({ snapshot, tables, dataAsOf }) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`elieta snapshot: ${(err as Error).message.split('\n')[0]}\n`);
  process.exitCode = 1;
});
