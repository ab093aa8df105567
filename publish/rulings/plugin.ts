/**
 * POST /api/rulings/{ecli}/reports: anyone may report a personal datum the anonymiser missed in a
 * published ruling. The body is validated by its JSON schema (the same one /openapi.json shows);
 * the ECLI must be in the current rulings release (else 404); each client has a token bucket
 * (else 429 with Retry-After). The report is stored in the restricted area as its own file (0600,
 * atomic; see reports.ts) — never under opendata/, and the server never opens the warehouse — and
 * the answer is 202 with the report's id. Staff handle reports with `elieta rulings review`.
 */
import type { FastifyPluginAsync } from 'fastify';
import { sendProblem } from '../../lib/server/problem.ts';
import { ReleaseReader } from '../opendata/release.ts';
import { TokenBuckets, type RateLimitOptions } from './rate-limit.ts';
import { createReport, REPORT_CATEGORIES, type ReportInput } from './reports.ts';
import { DATASET_ID, readEclis } from './store.ts';

export interface RulingReportsOptions {
  rateLimit?: RateLimitOptions;
}

/** Five reports at once per client, then one every ten minutes. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { capacity: 5, refillMs: 10 * 60 * 1000 };

const ECLI = '^ECLI:LV:[A-Z]+:[0-9]{4}:[A-Za-z0-9.]+$';

const bodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['category', 'found', 'where'],
  properties: {
    category: {
      type: 'string',
      enum: [...REPORT_CATEGORIES],
      description:
        "What kind of personal datum: a person's name (person), personal_code, address, phone, email, iban, … or other",
    },
    found: {
      type: 'string',
      minLength: 1,
      maxLength: 500,
      pattern: '\\S',
      description: 'What was found, as it stands in the published text',
    },
    where: {
      type: 'string',
      minLength: 1,
      maxLength: 1000,
      pattern: '\\S',
      description: 'Where in the ruling: the paragraph, or the words just before and after',
    },
    contact: {
      type: ['string', 'null'],
      maxLength: 320,
      description:
        'Optional: an e-mail address or phone number for questions (kept in the restricted area only)',
    },
  },
} as const;

const accepted = {
  type: 'object',
  required: ['id', 'ecli', 'status', 'receivedAt'],
  properties: {
    id: { type: 'string', description: 'Report id (quote it in any correspondence)' },
    ecli: { type: 'string' },
    status: { type: 'string', enum: ['open'] },
    receivedAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const rulingReports: FastifyPluginAsync<RulingReportsOptions> = async (fastify, opts) => {
  const config = fastify.config;
  const releases = new ReleaseReader(config);
  const buckets = new TokenBuckets(opts.rateLimit ?? DEFAULT_RATE_LIMIT);
  let cache: { date: string; eclis: Set<string> } | null = null;

  /** The date and ECLIs of the rulings release the current open-data release serves. */
  function currentRulings(): { date: string; eclis: Set<string> } | null {
    const ds = releases.current()?.manifest.datasets.find((d) => d.id === DATASET_ID);
    const dates = (ds?.files ?? [])
      .map((f) => /^rulings-(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(f.file)?.[1])
      .filter((d): d is string => !!d);
    if (dates.length === 0) return null;
    const date = dates.sort()[dates.length - 1]!;
    if (cache?.date !== date) cache = { date, eclis: new Set(readEclis(config, date)) };
    return cache;
  }

  fastify.post<{ Params: { ecli: string }; Body: ReportInput }>(
    '/api/rulings/:ecli/reports',
    {
      bodyLimit: 16 * 1024,
      schema: {
        summary: 'Report a personal datum the anonymiser missed in a published ruling',
        description:
          "Stores the report for the court administration's staff, who confirm or dismiss it; a confirmed report keeps the ruling out of later releases until it is fixed. " +
          'Rate-limited per client (429 with Retry-After). The report is never published.',
        tags: ['rulings'],
        params: {
          type: 'object',
          required: ['ecli'],
          properties: {
            ecli: {
              type: 'string',
              pattern: ECLI,
              description: 'ECLI of a ruling in the current rulings release',
            },
          },
        },
        body: bodySchema,
        response: {
          202: accepted,
          400: { $ref: 'Problem#' },
          404: { $ref: 'Problem#' },
          413: { $ref: 'Problem#' },
          415: { $ref: 'Problem#' },
          429: { $ref: 'Problem#' },
        },
      },
      onRequest: async (req, reply) => {
        const wait = buckets.take(req.ip);
        if (wait > 0) {
          reply.header('retry-after', String(wait));
          return sendProblem(reply, {
            type: 'https://data.elieta.example/problems/rate-limited',
            title: 'Too many reports',
            status: 429,
            detail: `too many reports from this client; try again in ${wait} s`,
            instance: req.url,
          });
        }
      },
    },
    async (req, reply) => {
      const ecli = req.params.ecli;
      const current = currentRulings();
      if (!current || !current.eclis.has(ecli)) {
        return sendProblem(reply, {
          title: 'Not found',
          status: 404,
          detail: current
            ? `no ruling ${ecli} in the current rulings release (${current.date})`
            : 'no rulings release has been published yet',
          instance: req.url,
        });
      }
      const r = createReport(config, ecli, current.date, req.body);
      req.log.info({ report: r.id, ecli, category: r.category }, 'ruling report received');
      return reply.code(202).send({ id: r.id, ecli: r.ecli, status: 'open', receivedAt: r.receivedAt });
    },
  );
};

export default rulingReports;
