import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../config.ts';
import { log } from '../../log.ts';
import { buildApp } from '../../server/app.ts';
import { UserError, type Command } from '../command.ts';

export interface RunningServer {
  app: FastifyInstance;
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:8080 */
  url: string;
  address: AddressInfo;
  /** Resolves when the server has stopped, with the signal that stopped it (or 'close'). */
  closed: Promise<string>;
  close(): Promise<void>;
}

/** How long in-flight requests get to finish after SIGINT/SIGTERM. */
const SHUTDOWN_GRACE_MS = 10_000;

function baseUrl(address: AddressInfo): string {
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * Builds the app and listens on config.server.host:port (port 0 picks a free port). Unless
 * `handleSignals` is false, SIGINT and SIGTERM close the server gracefully: no new connections,
 * in-flight requests finish (up to 10 s), then the snapshot reader closes. A second signal exits.
 */
export async function startServer(
  config: Config,
  opts: { handleSignals?: boolean } = {},
): Promise<RunningServer> {
  const app = await buildApp(config);
  try {
    await app.listen({ host: config.server.host, port: config.server.port });
  } catch (err) {
    await app.close();
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') {
      throw new UserError(
        `port ${config.server.port} on ${config.server.host} is already in use: pass --port N or set PORT`,
      );
    }
    if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') {
      throw new UserError(`cannot listen on host ${config.server.host}: pass --host H or set HOST`);
    }
    throw err;
  }
  const address = app.server.address() as AddressInfo;
  const url = baseUrl(address);

  let resolveClosed: (how: string) => void = () => {};
  const closed = new Promise<string>((resolve) => (resolveClosed = resolve));
  let closing: Promise<void> | null = null;
  const close = (how = 'close'): Promise<void> => {
    closing ??= (async () => {
      const timer = setTimeout(() => {
        log.warn(
          { graceMs: SHUTDOWN_GRACE_MS },
          'requests still running after the grace period; closing connections',
        );
        app.server.closeAllConnections();
      }, SHUTDOWN_GRACE_MS);
      timer.unref();
      try {
        await app.close();
      } finally {
        clearTimeout(timer);
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        resolveClosed(how);
      }
    })();
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(130);
    }
    log.info({ signal }, 'stopping the server');
    close(signal).catch((err: unknown) => {
      log.error({ err }, 'the server did not close cleanly');
      process.exitCode = 1;
    });
  };
  if (opts.handleSignals !== false) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  log.info({ url, host: address.address, port: address.port }, 'server listening');
  return { app, url, address, closed, close: () => close() };
}

function parsePort(raw: string): number {
  if (!/^\d+$/.test(raw) || Number(raw) > 65535)
    throw new UserError(`--port ${raw}: expected a port number 0–65535`);
  return Number(raw);
}

/**
 * The config with --port/--host applied, resolved again through `loadConfig`'s overrides so the
 * flags are validated like every other setting and win over PORT/HOST and the config file.
 */
export function withServerFlags(
  config: Config,
  values: Record<string, string | boolean | undefined>,
): Config {
  const port = typeof values.port === 'string' ? parsePort(values.port) : undefined;
  const host = typeof values.host === 'string' && values.host !== '' ? values.host : undefined;
  if (port === undefined && host === undefined) return config;
  return loadConfig(process.env, process.cwd(), { home: config.home, port, host });
}

const command: Command = {
  summary: 'serve the dashboards, the open-data portal and the APIs over HTTP',
  usage:
    '[--port N] [--host H]   (defaults: config server.port 8080, PORT env; server.host 127.0.0.1, HOST env)',
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
  },
  async run({ config, values, json }) {
    const server = await startServer(withServerFlags(config, values));
    const lines = [
      `E-lieta data platform listening on ${server.url}/`,
      `  dashboard        ${server.url}/dashboards/`,
      `  OpenAPI          ${server.url}/openapi.json`,
      `  health           ${server.url}/health`,
      'Press Ctrl+C to stop.',
    ];
    (json ? process.stderr : process.stdout).write(lines.join('\n') + '\n');
    const stoppedBy = await server.closed;
    return { url: server.url, stoppedBy };
  },
  describe(result) {
    const r = result as { stoppedBy: string };
    return `server stopped (${r.stoppedBy})`;
  },
};

export default command;
