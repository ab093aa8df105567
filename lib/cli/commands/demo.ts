import { paths } from '../../config.ts';
import { ensureVenv } from '../../python.ts';
import type { Command } from '../command.ts';
import { generate } from './generate.ts';
import { runOnce } from './run.ts';
import { startServer } from './serve.ts';

/**
 * What `npm start` runs: installs the Python environment if needed, generates the demo data set
 * (once), ingests, builds, publishes, and serves the platform, then says where to look.
 */
const command: Command = {
  summary: 'set up, generate demo data, run the whole pipeline and serve the platform',
  usage: '[--scale N] [--port N] [--host H] [--no-serve]',
  options: {
    scale: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'no-serve': { type: 'boolean', default: false },
  },
  async run({ config, values, progress, json }) {
    const scale = typeof values.scale === 'string' ? Number(values.scale) : config.generator.scale;
    await ensureVenv(config, { quiet: json });
    const generated = await generate(config, { scale, progress });
    const result = await runOnce(config, progress);
    const summary = { home: paths(config).home, generated, run: result, urls: null as null | Record<string, string> };
    if (values['no-serve']) return summary;
    const port = typeof values.port === 'string' ? Number(values.port) : config.server.port;
    const host = typeof values.host === 'string' ? values.host : config.server.host;
    const { url } = await startServer({ ...config, server: { host, port } });
    summary.urls = {
      dashboard: `${url}/dashboards/`,
      openData: `${url}/opendata/`,
      catalogue: `${url}/opendata/catalog.ttl`,
      classifiers: `${url}/api/classifiers`,
      openapi: `${url}/openapi.json`,
    };
    const lines = [
      '',
      'The E-lieta data platform is running:',
      `  dashboard (case flow)    ${summary.urls.dashboard}`,
      `  open-data portal         ${summary.urls.openData}`,
      `  DCAT-AP catalogue        ${summary.urls.catalogue}`,
      `  classifier API           ${summary.urls.classifiers}`,
      `  OpenAPI description      ${summary.urls.openapi}`,
      `  data directory           ${summary.home}`,
      '',
      'Press Ctrl+C to stop.',
    ];
    process.stderr.write(lines.join('\n') + '\n');
    return summary;
  },
};

export default command;
