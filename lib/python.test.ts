import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { ensureVenv, PythonError, requirementsHash } from './python.ts';

describe('ensureVenv', () => {
  const saved = process.env.ELIETA_PYTHON;
  afterEach(() => {
    if (saved === undefined) delete process.env.ELIETA_PYTHON;
    else process.env.ELIETA_PYTHON = saved;
  });

  it('reuses the project venv at once when requirements.txt has not changed', async () => {
    const config = loadConfig({ ELIETA_HOME: '/tmp/elieta-python-test' });
    await ensureVenv(config, { quiet: true }); // built by the global setup; a no-op here
    const started = Date.now();
    const again = await ensureVenv(config, { quiet: true });
    expect(again.action).toBe('reused');
    expect(Date.now() - started).toBeLessThan(500);
    expect(requirementsHash()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the package to install when Python is missing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'elieta-venv-test-'));
    try {
      process.env.ELIETA_PYTHON = path.join(dir, 'no-such-python3');
      const config = loadConfig({ ELIETA_HOME: dir, ELIETA_VENV: path.join(dir, 'venv') });
      const err = await ensureVenv(config, { quiet: true }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PythonError);
      expect((err as Error).message).toMatch(/not found: .*apt-get install python3 python3-venv/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
