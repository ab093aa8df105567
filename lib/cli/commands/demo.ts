import { startKkpSimulator } from '../../../ingest/simulators/kkp-server/server.ts';
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
  usage: '[--scale N] [--rulings N] [--port N] [--host H] [--no-serve]',
  options: {
    scale: { type: 'string' },
    rulings: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'no-serve': { type: 'boolean', default: false },
  },
  async run({ config, values, progress, json }) {
    const scale = typeof values.scale === 'string' ? Number(values.scale) : config.generator.scale;
    await ensureVenv(config, { quiet: json });
    // A sample of ruling texts, so that the anonymised rulings dataset is published too.
    const rulings = typeof values.rulings === 'string' ? Number(values.rulings) : 200;
    const generated = await generate(config, { scale, rulings, progress });
    // KKP is read live over its REST API, as in a real deployment: the simulated KKP serves the
    // world's case-catalogue events, unless a real KKP source is configured.
    const kkp = config.sources.kkp
      ? null
      : await startKkpSimulator({ dropDir: paths(config).drop, port: 0, host: '127.0.0.1' });
    const runConfig = kkp
      ? { ...config, sources: { ...config.sources, kkp: { kind: 'rest' as const, url: kkp.url } } }
      : config;
    let result;
    try {
      result = await runOnce(runConfig, progress);
    } finally {
      await kkp?.close();
    }
    const summary = {
      home: paths(config).home,
      generated,
      run: result,
      kkp: kkp ? { connector: 'rest', simulator: kkp.url } : null,
      urls: null as null | Record<string, string>,
    };
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
      ...(kkp ? [`  KKP case catalogue       read over REST from the simulated KKP API (${kkp.url})`] : []),
      '',
      'Press Ctrl+C to stop.',
    ];
    process.stderr.write(lines.join('\n') + '\n');
    return summary;
  },
};

export default command;
