import type { Config } from '../../config.ts';
import { log } from '../../log.ts';
import type { Progress } from '../../progress.ts';
import type { Command } from '../command.ts';
import { build } from './build.ts';
import { ingest } from './ingest.ts';
import { publish } from './publish.ts';

/** The main job: ingest, build and publish, once. Each step runs only if the one before succeeded. */
export async function runOnce(config: Config, progress?: Progress) {
  const started = Date.now();
  const ingested = await ingest(config, { progress });
  const built = await build(config, { progress });
  const published = await publish(config);
  const seconds = (Date.now() - started) / 1000;
  log.info({ seconds }, 'run finished');
  return { ingest: ingested, build: built, publish: published, seconds };
}

const command: Command = {
  summary: 'ingest, build and publish once',
  async run({ config, progress }) {
    return runOnce(config, progress);
  },
  describe(r) {
    const s = r as Awaited<ReturnType<typeof runOnce>>;
    const loaded = s.ingest.entities.reduce((n, e) => n + e.loaded, 0);
    return `Run finished in ${s.seconds.toFixed(1)}s: ${loaded.toLocaleString('en')} new rows ingested, marts built, open data published.`;
  },
};

export default command;
