/**
 * Runs once before the test files: creates what the tests need that is slow to make and shared
 * (the project's Python environment with dbt). Missing system packages fail here with the command
 * that installs them, never as a silent skip.
 */
import { existsSync } from 'node:fs';
import { loadConfig } from '../lib/config.ts';
import { ensureVenv } from '../lib/python.ts';
import { CHROMIUM_PATH, ChromiumMissingError } from './helpers/chromium.ts';
import { postgresBinDir } from './helpers/postgres.ts';

export default async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) throw new ChromiumMissingError();
  postgresBinDir(); // throws "postgresql is not installed: run `apt-get …`"
  const config = loadConfig({ ...process.env, ELIETA_HOME: '/tmp/elieta-test-setup' });
  await ensureVenv(config, { quiet: true });
}
