/**
 * The analyst dashboard as a server plugin: the page and its ES modules from dashboards/web/
 * (static files, no build step) under /dashboards/, and the JSON it draws from under
 * /dashboards/api/. When nothing has been built, the API answers 503 problem+json (the app's error
 * handler turns SnapshotMissingError into it) and the page shows what to run.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendNoData } from '../lib/server/problem.ts';
import { caseFlow, type CaseFlowFilters, type CaseFlowResult } from './case-flow.ts';

const WEB_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'web');

/** The page loads only its own files: no inline script, no other origin. */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const code = { type: 'string', pattern: '^[A-Za-z0-9_-]{0,64}$' } as const;

const labelled = {
  type: 'object',
  required: ['code', 'lv', 'en'],
  properties: { code: { type: 'string' }, lv: { type: 'string' }, en: { type: 'string' } },
} as const;

const caseFlowSchema = {
  summary: 'Case flow by court and month (dashboard data)',
  description:
    'Incoming, resolved and pending cases with the CEPEJ clearance rate (resolved ÷ incoming × 100) and disposition time ' +
    '(365 × pending at month end ÷ resolved in the last 12 months) per court and month, from the case_flow mart of the ' +
    'current snapshot. Without a category or instance filter, counts of all categories or instances are summed and the ' +
    'indicators recomputed from the sums. `options` lists the courts, categories and instances for the filters.',
  tags: ['dashboards'],
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      court: { ...code, description: 'Court code (classifier courts); empty or absent for every court' },
      category: {
        ...code,
        description: 'Case category code (classifier case_categories); empty or absent for all',
      },
      instance: { ...code, description: 'Instance code (first, appeal, cassation); empty or absent for all' },
    },
  },
  response: {
    200: {
      type: 'object',
      required: ['snapshot', 'createdAt', 'dataAsOf', 'filters', 'options', 'rows'],
      properties: {
        snapshot: { type: 'string', description: 'Id of the snapshot the numbers come from' },
        createdAt: { type: 'string', format: 'date-time' },
        dataAsOf: { type: ['string', 'null'], description: 'The last day the data covers' },
        filters: {
          type: 'object',
          required: ['court', 'category', 'instance'],
          properties: {
            court: { type: ['string', 'null'] },
            category: { type: ['string', 'null'] },
            instance: { type: ['string', 'null'] },
          },
        },
        options: {
          type: 'object',
          required: ['courts', 'categories', 'instances'],
          properties: {
            courts: { type: 'array', items: labelled },
            categories: { type: 'array', items: labelled },
            instances: { type: 'array', items: labelled },
          },
        },
        rows: {
          type: 'array',
          items: {
            type: 'object',
            required: [
              'month',
              'court_code',
              'court_name_lv',
              'court_name_en',
              'incoming',
              'resolved',
              'pending_end',
              'resolved_12m',
              'clearance_rate',
              'disposition_time_days',
            ],
            properties: {
              month: { type: 'string', format: 'date', description: 'First day of the month' },
              court_code: { type: 'string' },
              court_name_lv: { type: 'string' },
              court_name_en: { type: 'string' },
              incoming: { type: 'integer', description: 'Cases registered in the month' },
              resolved: { type: 'integer', description: 'Cases closed in the month' },
              pending_end: { type: 'integer', description: 'Cases pending at the end of the month' },
              resolved_12m: {
                type: 'integer',
                description: 'Cases resolved in the 12 months ending with the month',
              },
              clearance_rate: {
                type: ['number', 'null'],
                description: 'resolved ÷ incoming × 100; null when nothing came in',
              },
              disposition_time_days: {
                type: ['number', 'null'],
                description: '365 × pending_end ÷ resolved_12m; null when nothing was resolved in 12 months',
              },
            },
          },
        },
      },
    },
    304: { description: 'Unchanged since the ETag sent in If-None-Match', type: 'null' },
    400: { $ref: 'Problem#' },
    503: { $ref: 'Problem#' },
  },
} as const;

/** Answers already computed for the current snapshot (a snapshot never changes once written). */
const CACHE_SIZE = 64;

const api: FastifyPluginAsync = async (fastify) => {
  let cacheFor: string | null = null;
  const cache = new Map<string, CaseFlowResult>();

  fastify.get<{ Querystring: { court?: string; category?: string; instance?: string } }>(
    '/case-flow',
    { schema: caseFlowSchema },
    async (req, reply) => {
      const manifest = await fastify.snapshot.manifest();
      if (manifest && !manifest.tables.case_flow) {
        return sendNoData(
          reply,
          'the current snapshot has no case_flow mart: run `npx elieta build` (or `npx elieta run`)',
        );
      }
      const filters: CaseFlowFilters = {
        court: req.query.court || null,
        category: req.query.category || null,
        instance: req.query.instance || null,
      };
      const key = JSON.stringify([filters.court, filters.category, filters.instance]);
      reply.header('cache-control', 'no-cache');
      if (manifest) {
        const etag = `"${createHash('sha1').update(`${manifest.id}\n${key}`).digest('base64url')}"`;
        reply.header('etag', etag);
        if (req.headers['if-none-match'] === etag) return reply.code(304).send();
        if (cacheFor !== manifest.id) {
          cache.clear();
          cacheFor = manifest.id;
        }
        const hit = cache.get(key);
        if (hit) return hit;
      }
      const result = await caseFlow(fastify.snapshot, filters);
      if (cacheFor === result.snapshot) {
        if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(key, result);
      }
      return result;
    },
  );
};

const dashboards: FastifyPluginAsync = async (fastify) => {
  await fastify.register(fastifyStatic, {
    root: WEB_ROOT,
    prefix: '/dashboards/',
    decorateReply: false,
    wildcard: false,
    index: 'index.html',
    redirect: true,
    setHeaders(res, file) {
      if (file.endsWith('.html')) res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    },
  });
  await fastify.register(api, { prefix: '/dashboards/api' });
};

export default dashboards;
