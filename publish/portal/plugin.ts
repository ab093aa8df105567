/**
 * The open-data portal as a server plugin, under /opendata: the page listing every dataset, the
 * dataset files, and the DCAT-AP catalogue in JSON-LD and Turtle, all from the current release
 * (publish/opendata). Only files listed in release.json are served, with their media type and
 * their SHA-256 as a strong ETag (If-None-Match answers 304). Before the first publish every
 * route answers 503 problem+json saying what to run.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest, onSendHookHandler } from 'fastify';
import { sendNoData, sendProblem } from '../../lib/server/problem.ts';
import { ReleaseReader, type CurrentRelease } from '../opendata/release.ts';
import type { PublishedFile } from '../opendata/types.ts';
import { FORMATS } from '../opendata/vocab.ts';
import { PORTAL_CSS, portalPage } from './page.ts';

const NOTHING_PUBLISHED =
  'no open data has been published yet: run `npx elieta publish` (or `npx elieta run`)';

const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const problems = {
  304: { description: 'Not modified (If-None-Match matched the ETag)', type: 'null' },
  404: { $ref: 'Problem#' },
  503: { $ref: 'Problem#' },
} as const;

const body = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: { type: 'string' } } },
});

const etagOf = (f: PublishedFile) => `"${f.sha256}"`;

function notModified(req: FastifyRequest, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((t) => {
    // A tag we sent for a compressed body ("<sha>-gzip") names the same file.
    const v = t
      .trim()
      .replace(/^W\//, '')
      .replace(/-(gzip|br|deflate)"$/, '"');
    return v === '*' || v === etag;
  });
}

function sendFile(
  req: FastifyRequest,
  reply: FastifyReply,
  file: string,
  f: PublishedFile,
  modified: string,
) {
  const etag = etagOf(f);
  reply.header('etag', etag).header('cache-control', 'public, max-age=60, must-revalidate');
  if (notModified(req, etag)) return reply.code(304).send();
  return reply
    .type(FORMATS[f.format].contentType)
    .header('content-length', f.bytes)
    .header('last-modified', new Date(modified).toUTCString())
    .send(createReadStream(file));
}

const portal: FastifyPluginAsync = async (fastify) => {
  const reader = new ReleaseReader(fastify.config);

  // @fastify/compress (registered by the app) appends its onSend hook to every route and may
  // encode the body; a strong ETag must then differ from the identity one (RFC 9110 §8.8.3).
  // This onRoute hook runs after the app's, so this onSend runs after compression.
  const etagPerEncoding: onSendHookHandler = async (_req, reply, payload) => {
    const encoding = reply.getHeader('content-encoding');
    const etag = reply.getHeader('etag');
    if (typeof encoding === 'string' && typeof etag === 'string' && etag.endsWith('"')) {
      reply.header('etag', `${etag.slice(0, -1)}-${encoding}"`);
    }
    return payload;
  };
  fastify.addHook('onRoute', (route) => {
    const existing = route.onSend ? (Array.isArray(route.onSend) ? route.onSend : [route.onSend]) : [];
    route.onSend = [...existing, etagPerEncoding];
  });

  /** The current release, or a 503 already sent. */
  function current(reply: FastifyReply): CurrentRelease | null {
    const r = reader.current();
    if (!r) sendNoData(reply, NOTHING_PUBLISHED);
    return r;
  }

  fastify.get('/opendata', { schema: { hide: true } }, async (_req, reply) =>
    reply.redirect('/opendata/', 301),
  );

  fastify.get(
    '/opendata/',
    {
      schema: {
        summary: 'Open-data portal page (HTML): every published dataset with its files',
        tags: ['opendata'],
        response: { 200: body('text/html', 'The portal page, in Latvian with English labels'), ...problems },
      },
    },
    async (req, reply) => {
      const r = current(reply);
      if (!r) return reply;
      const etag = `"${r.manifest.fingerprint}-${r.id}"`;
      reply
        .header('etag', etag)
        .header('cache-control', 'no-cache')
        .header('content-security-policy', CONTENT_SECURITY_POLICY);
      if (notModified(req, etag)) return reply.code(304).send();
      return reply.type('text/html; charset=utf-8').send(portalPage(r, fastify.config.publisher));
    },
  );

  fastify.get('/opendata/portal.css', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PORTAL_CSS),
  );

  for (const [route, key, mediaType] of [
    ['/opendata/catalog.jsonld', 'jsonld', 'application/ld+json'],
    ['/opendata/catalog.ttl', 'turtle', 'text/turtle'],
  ] as const) {
    fastify.get(
      route,
      {
        schema: {
          summary: `DCAT-AP 3 catalogue of the open data (${FORMATS[key].label})`,
          tags: ['opendata'],
          response: { 200: body(mediaType, 'The catalogue, its datasets and distributions'), ...problems },
        },
      },
      async (req, reply) => {
        const r = current(reply);
        if (!r) return reply;
        const f = r.manifest.catalog[key];
        return sendFile(req, reply, path.join(r.dir, f.file), f, r.manifest.modified);
      },
    );
  }

  fastify.get<{ Params: { dataset: string; file: string } }>(
    '/opendata/datasets/:dataset/:file',
    {
      schema: {
        summary: 'A file of a published dataset (CSV, Parquet, JSON, datapackage.json)',
        description:
          'Files are listed in the catalogue and on the portal page. Only columns marked public in the dbt model are in them. ' +
          'The ETag is the SHA-256 of the file, as in datapackage.json and the catalogue.',
        tags: ['opendata'],
        params: {
          type: 'object',
          required: ['dataset', 'file'],
          properties: {
            dataset: {
              type: 'string',
              pattern: '^[a-z0-9][a-z0-9-]*$',
              description: 'Dataset id, e.g. case-flow',
            },
            file: {
              type: 'string',
              pattern: '^[a-z0-9][a-z0-9_.-]*$',
              description: 'File name, e.g. case_flow.csv or datapackage.json',
            },
          },
        },
        response: {
          200: {
            description: 'The file',
            content: Object.fromEntries(
              [...new Set(['csv', 'parquet', 'json'].map((k) => FORMATS[k as 'csv'].mediaType))].map((m) => [
                m,
                { schema: { type: 'string' } },
              ]),
            ),
          },
          ...problems,
        },
      },
    },
    async (req, reply) => {
      const r = current(reply);
      if (!r) return reply;
      const ds = r.manifest.datasets.find((d) => d.id === req.params.dataset);
      const f = ds?.files.find((x) => x.file === req.params.file);
      if (!ds || !f) {
        return sendProblem(reply, {
          title: 'Not found',
          status: 404,
          detail: `no published file ${req.params.dataset}/${req.params.file}`,
          instance: req.url,
        });
      }
      return sendFile(req, reply, path.join(r.dir, 'datasets', ds.id, f.file), f, ds.modified);
    },
  );
};

export default portal;
