import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../test/helpers/run.ts';

const BIN = path.resolve('lib/cli/bin.js');

describe('elieta CLI', () => {
  it('fails with a one-line reason on stderr, exit 1, and with --json one JSON document on stdout', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'elieta-cli-'));
    const r = await runCommand(process.execPath, [BIN, 'ingest', '--home', home, '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^elieta: nothing to ingest: .* \(run `npx elieta generate` first\)$/),
    ]);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toEqual({ error: expect.stringContaining('nothing to ingest') });
  });

  it('names a bad option value and an unknown verb', async () => {
    const bad = await runCommand(process.execPath, [BIN, 'generate', '--scale', 'many']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--scale many: expected a positive whole number');
    const unknown = await runCommand(process.execPath, [BIN, 'frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown verb "frobnicate"');
  });
});
