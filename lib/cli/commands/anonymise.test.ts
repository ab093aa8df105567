import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../ingest/simulators/rulings/generate.ts';
import type { AnonymiseSummary } from '../../../publish/anonymiser/directory.ts';
import { loadConfig } from '../../config.ts';
import { createProgress } from '../../progress.ts';
import { UserError } from '../command.ts';
import command from './anonymise.ts';

const root = path.resolve(import.meta.dirname, '../../..');

function run(values: Record<string, string>): Promise<unknown> {
  const home = mkdtempSync(path.join(tmpdir(), 'anon-home-'));
  const config = loadConfig({ ...process.env, ELIETA_HOME: home }, root);
  return command.run({ config, values, positionals: [], json: true, progress: createProgress(false) });
}

describe('elieta anonymise', () => {
  it('anonymises a folder, writes the same names and a summary, and holds back what the gate refuses', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'anon-'));
    const inDir = path.join(dir, 'in');
    const outDir = path.join(dir, 'out');
    mkdirSync(inDir);
    const rulings = generateCorpus(4, 9, 'heldout');
    rulings.forEach((r, i) => writeFileSync(path.join(inDir, `ruling-${i}.txt`), r.text));
    // A personal-code-shaped number the anonymiser does not recognise as a code: the gate must refuse it.
    writeFileSync(path.join(inDir, 'leak.txt'), 'Apsūdzētais Jānis Ozols iesniedza izziņu Nr. 12038512343.');
    writeFileSync(path.join(inDir, 'notes.md'), 'not a ruling');
    const summary = (await run({ in: inDir, out: outDir })) as AnonymiseSummary;
    expect(summary.files).toBe(5);
    expect(summary.written).toBe(4);
    expect(summary.held_back.map((h) => h.file)).toEqual(['leak.txt']);
    expect(summary.held_back[0]!.reasons[0]!.kind).toBe('personal_code');
    expect(summary.replacements.person).toBeGreaterThan(10);
    expect(readdirSync(outDir).sort()).toEqual([
      'anonymise-summary.json',
      'ruling-0.txt',
      'ruling-1.txt',
      'ruling-2.txt',
      'ruling-3.txt',
    ]);
    const out0 = readFileSync(path.join(outDir, 'ruling-0.txt'), 'utf8');
    for (const p of rulings[0]!.parties) expect(out0).not.toContain(p.personal_code);
    const onDisk = JSON.parse(readFileSync(summary.summary_file, 'utf8')) as AnonymiseSummary;
    expect(onDisk.held_back[0]!.file).toBe('leak.txt');
    expect(command.describe!(summary)).toMatch(
      /anonymised 4 of 5 files[\s\S]*held back leak\.txt: a number shaped like a personal code/,
    );
  });

  it('refuses a non-UTF-8 file naming it, before writing anything', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'anon-'));
    const inDir = path.join(dir, 'in');
    mkdirSync(inDir);
    writeFileSync(path.join(inDir, 'a.txt'), 'Apsūdzētais Jānis Ozols.');
    writeFileSync(path.join(inDir, 'b.txt'), Buffer.from('Apsūdzētais J\xe2nis', 'latin1'));
    await expect(run({ in: inDir, out: path.join(dir, 'out') })).rejects.toThrow(UserError);
    await expect(run({ in: inDir, out: path.join(dir, 'out') })).rejects.toThrow(/b\.txt: not valid UTF-8/);
    expect(existsSync(path.join(dir, 'out', 'a.txt'))).toBe(false);
  });

  it('refuses a missing folder, and the real CLI exits 1 with a one-line reason', async () => {
    await expect(run({ in: '/nonexistent/rulings', out: '/tmp/x' })).rejects.toThrow(
      '--in /nonexistent/rulings: no such directory',
    );
    const home = mkdtempSync(path.join(tmpdir(), 'anon-home-'));
    const res = spawnSync(
      process.execPath,
      [path.join(root, 'lib/cli/bin.js'), 'anonymise', '--in', '/nonexistent/rulings', '--out', '/tmp/x'],
      {
        cwd: root,
        env: { ...process.env, ELIETA_HOME: home },
        encoding: 'utf8',
      },
    );
    expect(res.status).toBe(1);
    expect(res.stderr.trim()).toBe('elieta: --in /nonexistent/rulings: no such directory');
  });
});
