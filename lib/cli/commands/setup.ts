/**
 * `elieta setup`: prepares this checkout to run: the project-local Python environment with dbt
 * (from requirements.txt). Safe to run again: it does nothing when everything is in place.
 */
import { spawnSync } from 'node:child_process';
import { ensureVenv, venvBin, type VenvResult } from '../../python.ts';
import type { Command } from '../command.ts';

export interface SetupResult extends VenvResult {
  dbt: string | null;
}

const WHAT: Record<VenvResult['action'], string> = {
  created: 'created',
  updated: 'updated (requirements.txt changed)',
  reused: 'already up to date',
};

const command: Command = {
  summary: 'install the Python environment with dbt (from requirements.txt) if missing or outdated',
  usage: '[--quiet]',
  options: { quiet: { type: 'boolean', default: false } },
  async run({ config, values }): Promise<SetupResult> {
    const result = await ensureVenv(config, { quiet: values.quiet === true });
    const version = spawnSync(
      venvBin(config, 'python'),
      ['-c', 'from importlib.metadata import version; print(version("dbt-core"))'],
      {
        encoding: 'utf8',
      },
    );
    return { ...result, dbt: version.status === 0 ? version.stdout.trim() : null };
  },
  describe(r) {
    const s = r as SetupResult;
    return `Python environment ${s.venv}: ${WHAT[s.action]} in ${s.seconds.toFixed(1)}s${s.dbt ? ` (dbt-core ${s.dbt})` : ''}.`;
  },
};

export default command;
