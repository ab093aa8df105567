import { log } from '../../log.ts';
import { startJobs, jobs } from '../../schedule.ts';
import type { Command } from '../command.ts';
import { startServer } from './serve.ts';

/**
 * One machine, one process: the server, and the pipeline on its schedule (node-cron). The server
 * reads snapshots only, so it keeps answering while a scheduled run rebuilds.
 */
const command: Command = {
  summary:
    'serve the platform and run the pipeline on its schedule (ELIETA_SCHEDULE, default 02:15 Europe/Riga)',
  usage: '[--no-serve] [--now]',
  options: { 'no-serve': { type: 'boolean', default: false }, now: { type: 'boolean', default: false } },
  async run({ config, values }) {
    const list = jobs(config);
    const tasks = startJobs(config, list);
    if (values.now) for (const t of tasks) void t.execute();
    for (const j of list) log.info({ job: j.name, cron: j.cron, timezone: j.timezone }, 'job scheduled');
    const server = values['no-serve'] ? null : await startServer(config);
    process.stderr.write(
      `Scheduled: ${list.map((j) => `${j.name} at "${j.cron}" (${j.timezone})`).join(', ')}${server ? `; serving ${server.url}` : ''}. Ctrl+C stops.\n`,
    );
    return { jobs: list, url: server?.url ?? null };
  },
};

export default command;
