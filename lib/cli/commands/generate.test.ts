import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, paths } from '../../config.ts';
import { createProgress } from '../../progress.ts';
import { UserError } from '../command.ts';
import command, { generate, NEXT_CHANGE_FILE, readWorldState } from './generate.ts';

const root = path.resolve(import.meta.dirname, '../../..');

const homes: string[] = [];
afterAll(() => {
  for (const h of homes) rmSync(h, { recursive: true, force: true });
});

function setup() {
  const home = mkdtempSync(path.join(tmpdir(), 'elieta-generate-'));
  homes.push(home);
  return loadConfig({ ...process.env, ELIETA_HOME: home }, root);
}

describe('elieta generate', () => {
  it('generates the world once, reuses it, and --advance moves its clock with new parts', async () => {
    const config = setup();
    const first = await generate(config, { scale: 1500, seed: 5, asOf: '2026-06-30', rulings: 3 });
    expect(first.reused).toBe(false);
    expect(first.rows).toBeGreaterThan(20_000);
    expect(existsSync(path.join(paths(config).drop, NEXT_CHANGE_FILE))).toBe(true);
    const again = await generate(config, { scale: 1500, seed: 5, asOf: '2026-06-30', rulings: 3 });
    expect(again.reused).toBe(true);
    expect(again.files).toEqual(first.files);

    const progress = createProgress(false);
    const adv = (await command.run({
      config,
      values: { advance: '10' },
      positionals: [],
      json: true,
      progress,
    })) as Awaited<ReturnType<typeof generate>>;
    expect(adv.mode).toBe('delta');
    expect(adv.from).toBe('2026-06-30');
    expect(adv.asOf).toBe('2026-07-10');
    expect((adv.files ?? []).every((f) => /-t2026-07-10-delta-from2026-06-30-/.test(path.basename(f)))).toBe(
      true,
    );
    expect(command.describe?.(adv)).toMatch(/inserts/);
    const state = readWorldState(config);
    expect(state).toMatchObject({ seed: 5, scale: 1500, calibrateTo: '2026-06-30', asOf: '2026-07-10' });
    expect(state?.files.length).toBe(first.files!.length + adv.files!.length);
    // A different world replaces the files of the earlier one.
    const other = await generate(config, { scale: 1000, seed: 6, asOf: '2026-06-30' });
    expect(first.files!.some((f) => existsSync(f))).toBe(false);
    expect(other.files!.every((f) => existsSync(f))).toBe(true);
    expect(readFileSync(other.files![0] as string, 'utf8').length).toBeGreaterThan(0);
  }, 60_000);

  it('refuses --advance without a world, or combined with world parameters', async () => {
    const config = setup();
    await expect(generate(config, { advance: 1 })).rejects.toThrow(UserError);
    const progress = createProgress(false);
    await expect(
      command.run({ config, values: { advance: '1', scale: '10' }, positionals: [], json: true, progress }),
    ).rejects.toThrow(/--scale cannot be combined/);
    await expect(
      command.run({ config, values: { 'as-of': '2026-02-30' }, positionals: [], json: true, progress }),
    ).rejects.toThrow(/expected a date/);
  });
});
