/**
 * The KKP simulator: a small HTTP server of its own (it stands for the outside KKP system, not for
 * our platform's server) that serves the KKP/ELK export the world simulator wrote
 * (`$ELIETA_HOME/drop/kkp/<entity>/*.ndjson`) as a paged JSON API:
 *
 *   GET /api/<entity>?modified_since=<ISO 8601>&page_size=<1..10000>&cursor=<opaque>
 *   200 {"items": [...], "next_cursor": "…" | null}   ETag on every page
 *   304 when If-None-Match names the current ETag of the same request (nothing changed)
 *
 * `modified_since` is inclusive (records modified at or after it), so a client that resumes from
 * the latest time it saw misses nothing; records with `"_op": "delete"` in the export are served
 * as they are (deletions in the change feed). For tests, failures can be injected: a scripted
 * sequence (a status such as 500/503, 429 with Retry-After, a slow answer, or 'ok') consumed one
 * per request, then a random share of 500/503 and of slow answers.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { Rng } from '../../../lib/random.ts';
import { decodeCursor, encodeCursor, ExportIndex } from './export-index.ts';

export type FailureStep = 'ok' | { status: number; retryAfter?: string } | { delayMs: number };

export interface FailureOptions {
  /** Consumed one per API request, before any random failure. */
  script?: FailureStep[];
  /** Share of requests answered 500 or 503. */
  rate?: number;
  /** Share of requests answered only after `slowMs`. */
  slowRate?: number;
  slowMs?: number;
  seed?: number;
}

export interface KkpSimulatorOptions {
  /** The drop folder root; the export is read from `<dropDir>/kkp/<entity>/`. */
  dropDir: string;
  port?: number;
  host?: string;
  /** The field holding each record's modification time. */
  modifiedField?: string;
  failures?: FailureOptions;
}

export interface RequestRecord {
  at: number;
  url: string;
  status: number;
}

export interface KkpSimulator {
  /** Base URL of the API, e.g. http://127.0.0.1:8090/api. */
  url: string;
  port: number;
  app: FastifyInstance;
  /** The last 10 000 API requests, oldest first. */
  requests: RequestRecord[];
  setFailures(f: FailureOptions): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function problem(status: number, title: string, detail: string) {
  return { type: 'about:blank', title, status, detail };
}

export async function startKkpSimulator(opts: KkpSimulatorOptions): Promise<KkpSimulator> {
  const root = path.join(opts.dropDir, 'kkp');
  const indexes = new Map<string, ExportIndex>();
  let failures: FailureOptions = opts.failures ?? {};
  let script = [...(failures.script ?? [])];
  let rng = new Rng(failures.seed ?? 1);
  const requests: RequestRecord[] = [];
  const app = Fastify({ logger: false });

  function nextFailure(): FailureStep {
    const step = script.shift();
    if (step) return step;
    if (failures.rate && rng.next() < failures.rate) return { status: rng.next() < 0.5 ? 500 : 503 };
    if (failures.slowRate && rng.next() < failures.slowRate) return { delayMs: failures.slowMs ?? 60_000 };
    return 'ok';
  }

  app.addHook('onResponse', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    requests.push({ at: Date.now(), url: req.url, status: reply.statusCode });
    if (requests.length > 10_000) requests.shift();
  });

  app.get('/api', async () => ({
    entities: existsSync(root)
      ? readdirSync(root, { withFileTypes: true })
          .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
          .map((d) => d.name)
          .sort()
      : [],
  }));

  app.get<{
    Params: { entity: string };
    Querystring: { modified_since?: string; page_size?: number; cursor?: string };
  }>(
    '/api/:entity',
    {
      schema: {
        params: { type: 'object', properties: { entity: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' } } },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            modified_since: { type: 'string', minLength: 10 },
            page_size: { type: 'integer', minimum: 1, maximum: 10_000, default: 1000 },
            cursor: { type: 'string' },
          },
        },
      },
    },
    async (req, reply) => {
      const failure = nextFailure();
      if (failure !== 'ok' && 'status' in failure) {
        if (failure.retryAfter !== undefined) reply.header('retry-after', failure.retryAfter);
        return reply
          .code(failure.status)
          .type('application/problem+json')
          .send(
            problem(failure.status, 'Injected failure', 'the KKP simulator was told to fail this request'),
          );
      }
      if (failure !== 'ok') await sleep(failure.delayMs);
      const { entity } = req.params;
      const dir = path.join(root, entity);
      if (!existsSync(dir))
        return reply
          .code(404)
          .type('application/problem+json')
          .send(problem(404, 'No such collection', `KKP has no "${entity}" collection`));
      let index = indexes.get(entity);
      if (!index) {
        index = new ExportIndex(dir, opts.modifiedField ?? 'updated_at');
        indexes.set(entity, index);
      }
      await index.refresh();
      const since = req.query.modified_since === undefined ? null : Date.parse(req.query.modified_since);
      if (since !== null && Number.isNaN(since))
        return reply
          .code(400)
          .type('application/problem+json')
          .send(problem(400, 'Bad modified_since', `${req.query.modified_since} is not an ISO 8601 time`));
      const cursor = req.query.cursor === undefined ? null : decodeCursor(req.query.cursor);
      if (req.query.cursor !== undefined && !cursor)
        return reply
          .code(400)
          .type('application/problem+json')
          .send(problem(400, 'Bad cursor', 'the cursor is not one this server gave out'));
      const pageSize = req.query.page_size ?? 1000;
      const etag = `"${createHash('sha1')
        .update(`${index.version()}|${req.query.modified_since ?? ''}|${req.query.cursor ?? ''}|${pageSize}`)
        .digest('hex')
        .slice(0, 20)}"`;
      reply.header('etag', etag).header('cache-control', 'no-cache');
      const inm = req.headers['if-none-match'];
      if (inm && inm.split(',').some((t) => t.trim() === etag)) return reply.code(304).send();
      const page = await index.page({ since, cursor, pageSize });
      const next = page.next ? JSON.stringify(encodeCursor(page.next)) : 'null';
      return reply.type('application/json').send(`{"items":[${page.lines.join(',')}],"next_cursor":${next}}`);
    },
  );

  await app.listen({ port: opts.port ?? 0, host: opts.host ?? '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
  const host = opts.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/api`,
    port,
    app,
    requests,
    setFailures(f) {
      failures = f;
      script = [...(f.script ?? [])];
      rng = new Rng(f.seed ?? 1);
    },
    close: () => app.close(),
  };
}
