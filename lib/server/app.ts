/**
 * The one HTTP server, built as a fastify plugin: the entry point (`elieta serve`) only builds
 * it and listens; tests build it and call `app.inject`. Each area of the platform contributes a
 * plugin of its own: the open-data portal (publish/), the dashboards (dashboards/) and the
 * classifier API (classifiers/). /openapi.json is generated from the same route schemas that
 * validate requests.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import type { Config } from '../config.ts';
import { log } from '../log.ts';
import { SnapshotMissingError, SnapshotReader } from '../snapshot.ts';
import { problemSchema, sendNoData, sendProblem } from './problem.ts';
import { serverPlugins } from './plugins.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    snapshot: SnapshotReader;
  }
}

export interface AppOptions {
  config: Config;
}

export const app: FastifyPluginAsync<AppOptions> = async (fastify, opts) => {
  fastify.decorate('config', opts.config);
  const snapshot = new SnapshotReader(opts.config);
  fastify.decorate('snapshot', snapshot);
  fastify.addHook('onClose', async () => snapshot.close());

  fastify.addSchema(problemSchema);
  await fastify.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'E-lieta data platform API',
        description:
          'Open data, dashboards data and shared classifiers of the Latvian justice sector data platform.',
        version: '0.1.0',
      },
      servers: [{ url: opts.config.publicBaseUrl }],
    },
  });
  await fastify.register(compress, { threshold: 1024 });
  await fastify.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD', 'OPTIONS'],
    exposedHeaders: ['ETag', 'Last-Modified', 'Link'],
  });

  fastify.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    return payload;
  });

  fastify.setErrorHandler((err, req, reply) => {
    if (err instanceof SnapshotMissingError) return sendNoData(reply, err.message);
    const e = err as { statusCode?: number; validation?: unknown; message: string };
    if (e.validation || (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)) {
      return sendProblem(reply, {
        title: 'Bad request',
        status: e.statusCode ?? 400,
        detail: e.message,
        instance: req.url,
      });
    }
    req.log.error({ err }, 'request failed');
    return sendProblem(reply, {
      title: 'Internal error',
      status: 500,
      detail: 'the server could not answer; see its log',
      instance: req.url,
    });
  });
  fastify.setNotFoundHandler((req, reply) =>
    sendProblem(reply, {
      title: 'Not found',
      status: 404,
      detail: `no resource at ${req.url}`,
      instance: req.url,
    }),
  );

  fastify.get(
    '/health',
    {
      schema: {
        summary: 'Liveness and data status',
        response: {
          200: {
            type: 'object',
            required: ['status'],
            properties: {
              status: { type: 'string' },
              snapshot: { type: ['string', 'null'] },
              dataAsOf: { type: ['string', 'null'] },
            },
          },
        },
      },
    },
    async () => {
      const m = await snapshot.manifest().catch(() => null);
      return { status: 'ok', snapshot: m?.id ?? null, dataAsOf: m?.dataAsOf ?? null };
    },
  );

  fastify.get('/openapi.json', { schema: { hide: true } }, async () => fastify.swagger());

  fastify.get('/', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/dashboards/'));

  for (const plugin of serverPlugins) await fastify.register(plugin);
};

/** Builds the app (not listening). */
export async function buildApp(config: Config): Promise<FastifyInstance> {
  const fastify = Fastify({
    loggerInstance: log.child({ component: 'server' }) as FastifyBaseLogger,
  });
  await fastify.register(app, { config });
  await fastify.ready();
  return fastify;
}
