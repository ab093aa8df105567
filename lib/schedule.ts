/**
 * The node-cron job registry: what `elieta schedule` runs on one machine. Each job runs the CLI
 * in a child process (so a failed or memory-hungry run cannot take the server down, and memory is
 * given back after each run); a job never overlaps itself. At scale, Dagster runs the same steps
 * (dagster/).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import cron, { type ScheduledTask } from 'node-cron';
import { PROJECT_ROOT, type Config } from './config.ts';
import { log } from './log.ts';

export interface Job {
  name: string;
  cron: string;
  timezone: string;
  /** The elieta verb and arguments the job runs. */
  argv: string[];
}

export function jobs(config: Config): Job[] {
  return [
    {
      name: 'pipeline',
      cron: config.schedule.cron,
      timezone: config.schedule.timezone,
      argv: ['run', '--json'],
    },
  ];
}

/** Checks every job's definition; throws naming the job that is wrong. */
export function validateJobs(list: Job[]): void {
  for (const j of list) {
    if (!cron.validate(j.cron))
      throw new Error(`job ${j.name}: "${j.cron}" is not a valid cron expression (ELIETA_SCHEDULE)`);
    try {
      new Intl.DateTimeFormat('en', { timeZone: j.timezone });
    } catch {
      throw new Error(`job ${j.name}: "${j.timezone}" is not a time zone (ELIETA_TIMEZONE)`);
    }
  }
}

export function runJob(config: Config, job: Job): Promise<number> {
  const bin = path.join(PROJECT_ROOT, 'lib', 'cli', 'bin.js');
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...job.argv], {
      env: { ...process.env, ELIETA_HOME: config.home },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) => {
      const seconds = (Date.now() - started) / 1000;
      if (code === 0) log.info({ job: job.name, seconds }, 'scheduled job finished');
      else log.error({ job: job.name, seconds, code }, 'scheduled job failed');
      resolve(code ?? 1);
    });
  });
}

export function startJobs(config: Config, list: Job[] = jobs(config)): ScheduledTask[] {
  validateJobs(list);
  return list.map((job) =>
    cron.schedule(job.cron, async () => void (await runJob(config, job)), {
      name: job.name,
      timezone: job.timezone,
      noOverlap: true,
    }),
  );
}
