/**
 * The pseudonym key. It comes from ELIETA_PSEUDONYM_KEY (at least 32 characters). Only the demo
 * environment creates one when it is missing, and keeps it in the data directory with mode 0600;
 * every other environment refuses to ingest without it, so pseudonyms never silently change.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, type Config } from '../../lib/config.ts';

export function pseudonymKeyFile(config: Config): string {
  return path.join(config.home, 'pseudonym.key');
}

export function resolvePseudonymKey(config: Config, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.ELIETA_PSEUDONYM_KEY;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < 32) throw new ConfigError('ELIETA_PSEUDONYM_KEY must be at least 32 characters');
    return Buffer.from(fromEnv, 'utf8');
  }
  if (config.env !== 'demo') {
    throw new ConfigError(
      `ELIETA_PSEUDONYM_KEY is required when ELIETA_ENV=${config.env} (only the demo creates a key of its own)`,
    );
  }
  const file = pseudonymKeyFile(config);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600 });
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}
