import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createReport, listReports, readReport } from '../../../publish/rulings/reports.ts';
import { loadConfig } from '../../config.ts';
import { createProgress } from '../../progress.ts';
import { UserError } from '../command.ts';
import command from './rulings.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const home = mkdtempSync(path.join(tmpdir(), 'rulings-review-'));
const config = loadConfig({ ...process.env, ELIETA_HOME: home }, root);
afterAll(() => rmSync(home, { recursive: true, force: true }));

function run(values: Record<string, string | boolean>, positionals = ['review']) {
  return command.run({ config, values, positionals, json: true, progress: createProgress(false) });
}

const input = { category: 'person' as const, found: 'Z. K.', where: '2. rindkopa' };

describe('elieta rulings review', () => {
  it('lists open reports, confirms, dismisses with a note and marks fixed; --all shows every report', async () => {
    const a = createReport(config, 'ECLI:LV:RRT:2025:C33.000001.25', '2026-11-20', input);
    const b = createReport(config, 'ECLI:LV:RRT:2025:C33.000002.25', '2026-11-20', {
      ...input,
      contact: 'x@example.lv',
    });
    const listed = (await run({})) as { reports: { id: string }[] };
    expect(listed.reports.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    const text = command.describe!(listed);
    expect(text).toContain(a.id);
    expect(text).toContain('ECLI:LV:RRT:2025:C33.000002.25');

    await run({ confirm: a.id, note: 'a recognisable witness' });
    expect(readReport(config, a.id).status).toBe('confirmed');
    expect(readReport(config, a.id).history.at(-1)).toMatchObject({
      action: 'confirmed',
      note: 'a recognisable witness',
    });
    const dismissed = await run({ dismiss: b.id, note: 'the letter is already a replacement' });
    expect(command.describe!(dismissed)).toMatch(/dismissed: no effect on publication/);
    expect(((await run({})) as { reports: unknown[] }).reports).toEqual([]);
    expect(command.describe!(await run({}))).toBe('No reports to review.');

    const fixed = await run({ fixed: a.id });
    expect(command.describe!(fixed)).toMatch(
      /now fixed: the next rulings release publishes the ruling again/,
    );
    expect(
      ((await run({ all: true })) as { reports: { status: string }[] }).reports.map((r) => r.status).sort(),
    ).toEqual(['dismissed', 'fixed']);
    expect(listReports(config)).toHaveLength(2);
  });

  it('refuses a wrong transition, an unknown id, two actions at once and a bad usage, each in one line', async () => {
    const c = createReport(config, 'ECLI:LV:RRT:2025:C33.000003.25', '2026-11-20', input);
    await expect(run({ fixed: c.id })).rejects.toThrow(/is open; it cannot become fixed/);
    await expect(run({ confirm: 'RR-000000000000' })).rejects.toThrow(UserError);
    await expect(run({ confirm: '../../etc/passwd' })).rejects.toThrow(/RR-<12 hex digits>/);
    await expect(run({ confirm: c.id, dismiss: c.id })).rejects.toThrow(/one of/);
    await expect(run({}, [])).rejects.toThrow(/usage/);
    await expect(run({ note: 'x' })).rejects.toThrow(/--note goes with/);
  });

  it('runs as `elieta rulings review --json` through the real CLI', () => {
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'lib/cli/bin.js'), 'rulings', 'review', '--all', '--json'],
      {
        env: { ...process.env, ELIETA_HOME: home, ELIETA_LOG_LEVEL: 'error' },
        encoding: 'utf8',
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { action: string; reports: unknown[] };
    expect(out.action).toBe('list');
    expect(out.reports.length).toBe(3);
  });
});
