/**
 * Runs once before the test files: creates what the tests need that is slow to make and shared
 * (the project's Python environment with dbt). Missing system packages fail here with the command
 * that installs them, never as a silent skip.
 */
import { existsSync } from 'node:fs';
import { loadConfig } from '../lib/config.ts';

export default async function setup(): Promise<void> {
  const config = loadConfig({ ...process.env, ELIETA_HOME: '/tmp/elieta-test-setup' });
  // INTEGRATION: lib/python.ts is being written; import statically once it lands.
  if (existsSync(new URL('../lib/python.ts', import.meta.url))) {
    const { ensureVenv } = await import('../lib/python.ts');
    await ensureVenv(config, { quiet: true });
  }
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error('chromium is not installed: run `apt-get update && apt-get install -y chromium` (or `bash .ci/run`)');
  }
}
