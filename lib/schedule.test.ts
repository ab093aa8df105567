import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { jobs, runJob, validateJobs } from './schedule.ts';

describe('node-cron job registry', () => {
  it('loads every job with placeholder settings and each definition is valid', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'elieta-sched-'));
    const list = jobs(loadConfig({ ELIETA_HOME: home }, home));
    expect(list.map((j) => j.name)).toEqual(['pipeline']);
    expect(() => validateJobs(list)).not.toThrow();
  });

  it('names the job and setting that is wrong', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'elieta-sched-'));
    const bad = jobs(loadConfig({ ELIETA_HOME: home, ELIETA_SCHEDULE: '99 * * * *' }, home));
    expect(() => validateJobs(bad)).toThrow(/job pipeline: "99 \* \* \* \*" is not a valid cron expression/);
    const tz = jobs(loadConfig({ ELIETA_HOME: home, ELIETA_TIMEZONE: 'Mars/Olympus' }, home));
    expect(() => validateJobs(tz)).toThrow(/not a time zone/);
  });

  it('a job runs the CLI in a child process and reports its exit code', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'elieta-sched-'));
    const config = loadConfig({ ELIETA_HOME: home }, home);
    // Nothing generated: `run` fails with a reason, and the scheduler reports the failure.
    expect(
      await runJob(config, {
        name: 'pipeline',
        cron: '* * * * *',
        timezone: 'Europe/Riga',
        argv: ['run', '--json'],
      }),
    ).toBe(1);
    expect(
      await runJob(config, { name: 'help', cron: '* * * * *', timezone: 'Europe/Riga', argv: ['--help'] }),
    ).toBe(0);
  });
});
