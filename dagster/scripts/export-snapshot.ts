/**
 * The snapshot step of `elieta build`, on its own, for the Dagster `snapshot` asset: after dbt built
 * the marts (there, dagster-dbt runs dbt), export every model in schema `marts` as the current
 * snapshot — `exportSnapshot()` of lib/cli/commands/build.ts, the same code `elieta build` runs.
 * Prints one JSON line `{snapshot, tables, dataAsOf}`. Run from the repository root:
 * `node --import tsx dagster/scripts/export-snapshot.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exportSnapshot } from '../../lib/cli/commands/build.ts';
import { loadConfig, paths } from '../../lib/config.ts';

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
  const targetPath = paths(config).dbtTarget;
  const { snapshot, tables, dataAsOf } = await exportSnapshot(config, {
    invocationId: invocationId(targetPath),
    target: config.warehouse.kind,
    targetPath,
  });
  if (!snapshot) throw new Error('no mart has been built: nothing to export');
  process.stdout.write(JSON.stringify({ snapshot, tables, dataAsOf }) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`elieta snapshot: ${(err as Error).message.split('\n')[0]}\n`);
  process.exitCode = 1;
});
