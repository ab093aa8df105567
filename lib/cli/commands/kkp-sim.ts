import { paths } from '../../config.ts';
import { startKkpSimulator, type KkpSimulator } from '../../../ingest/simulators/kkp-server/server.ts';
import { UserError, type Command } from '../command.ts';

function share(name: string, raw: string | boolean | undefined): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const n = Number(raw);
  if (!(n >= 0 && n <= 1)) throw new UserError(`--${name} ${raw}: expected a share between 0 and 1`);
  return n;
}

/**
 * `elieta kkp-sim --port 8090`: serves the generated KKP export as the KKP REST API until stopped
 * (read it with ELIETA_SOURCE_KKP=http://127.0.0.1:8090/api elieta ingest). Failure injection:
 * --fail-rate (share of 500/503), --slow-rate and --slow-ms.
 */
const command: Command = {
  summary: 'serve the simulated KKP REST API from the generated KKP export (until stopped)',
  usage: '[--port N] [--host H] [--fail-rate 0..1] [--slow-rate 0..1] [--slow-ms N]',
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'fail-rate': { type: 'string' },
    'slow-rate': { type: 'string' },
    'slow-ms': { type: 'string' },
  },
  async run({ config, values }) {
    const port = typeof values.port === 'string' ? Number(values.port) : 8090;
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UserError(`--port ${String(values.port)}: expected a port number`);
    let sim: KkpSimulator;
    try {
      sim = await startKkpSimulator({
        dropDir: paths(config).drop,
        port,
        host: typeof values.host === 'string' ? values.host : '127.0.0.1',
        failures: {
          rate: share('fail-rate', values['fail-rate']),
          slowRate: share('slow-rate', values['slow-rate']),
          slowMs: typeof values['slow-ms'] === 'string' ? Number(values['slow-ms']) : undefined,
        },
      });
    } catch (err) {
      throw new UserError(`cannot start the KKP simulator on port ${port}: ${(err as Error).message}`);
    }
    process.stderr.write(`KKP simulator serving ${paths(config).drop}/kkp at ${sim.url} (Ctrl+C to stop)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => void sim.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return { url: sim.url, requests: sim.requests.length };
  },
  describe(r) {
    const s = r as { url: string; requests: number };
    return `KKP simulator at ${s.url} stopped after ${s.requests} request(s).`;
  },
};

export default command;
