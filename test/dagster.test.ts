/**
 * The Dagster code location's own tests (dagster/tests, pytest) in its own Python environment:
 * `.venv-dagster`, created from dagster/requirements.txt by lib/python.ts `ensureVenv` (reused while
 * the requirements' hash is unchanged, like the main `.venv`). pytest loads every definition with
 * placeholder settings (dbt parse into a fresh data directory) and checks the wiring: each dbt
 * source has its ingest asset, the publish asset sits downstream of the marts, and the pure
 * function that builds dbt's command line agrees with lib/dbt.ts.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../lib/config.ts';
import { ensureVenv, type VenvResult } from '../lib/python.ts';
import { runCommand } from './helpers/run.ts';

const VENV = path.join(PROJECT_ROOT, '.venv-dagster');
const REQUIREMENTS = path.join(PROJECT_ROOT, 'dagster', 'requirements.txt');

describe('dagster code location', () => {
  let venv: VenvResult;

  beforeAll(async () => {
    const config = loadConfig({ ...process.env, ELIETA_HOME: '/tmp/elieta-test-dagster' });
    venv = await ensureVenv(config, { venv: VENV, requirements: REQUIREMENTS, quiet: true });
    if (venv.action !== 'reused') {
      console.log(`.venv-dagster ${venv.action} in ${venv.seconds}s (${venv.install})`);
    }
  });

  it('passes pytest dagster/tests', async () => {
    const res = await runCommand(
      venv.python,
      ['-m', 'pytest', 'dagster/tests', '-q', '-p', 'no:cacheprovider'],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
        timeout: 300_000,
      },
    );
    const output = `${res.stdout ?? ''}${res.stderr ?? ''}`;
    if (res.status !== 0)
      throw new Error(`pytest dagster/tests failed (exit code ${res.status}):\n${output.slice(-8000)}`);
    expect(output).toMatch(/\d+ passed/);
  }, 300_000);
});
