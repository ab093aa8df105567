/**
 * The classifier API, one plugin of the one server (registered in lib/server/plugins.ts):
 *   GET /api/classifiers                          the lists
 *   GET /api/classifiers/{id}                     one list: metadata, versions, mappings (csv: every item; SKOS: the scheme)
 *   GET /api/classifiers/{id}/items               items valid on ?asOf= (default today, Riga time), ?q= (diacritic-insensitive), ?parent=, paged
 *   GET /api/classifiers/{id}/items/{code}        one item: its period on ?asOf=, history, children, mappings
 *   GET /api/classifiers/{id}/changes?since=      dated changes: added, retired, relabelled, changed, reinstated
 *   GET /api/classifiers/feed                     change feed, Atom (default) or JSON Feed
 *   GET /api/classifiers/events                   server-sent events: one event per registry revision
 *   GET /api/mappings, /api/mappings/{from}/{to}  correspondence tables (either direction)
 *   GET /id/{classifier}[/{code}]                 concept IRIs: 303 to the API document
 * Formats by ?format=json|csv|jsonld|ttl or Accept. Every body is built once per registry
 * version and request shape, then served from memory with ETag/Last-Modified and precompressed.
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../../lib/server/problem.ts';
import { isIsoDate } from '../registry/load.ts';
import { selectItems, today, type ClassifierEntry, type Registry } from '../registry/registry.ts';
import { ClassifierStore } from '../registry/store.ts';
import {
  MEDIA,
  negotiate,
  representation,
  RepresentationCache,
  sendRepresentation,
  type Format,
  type Representation,
} from './http.ts';
import {
  atomFeed,
  classifierDetail,
  classifierSummary,
  conceptPeriod,
  itemJson,
  itemsCsv,
  itemsJson,
  jsonFeed,
  mappingCsv,
  mappingQuads,
  skosQuads,
  toCsv,
  toJsonLd,
  toTurtle,
  type FeedEntry,
  type SkosInput,
} from './render.ts';

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const ALL: readonly Format[] = ['json', 'csv', 'jsonld', 'ttl'];
const TABULAR: readonly Format[] = ['json', 'csv'];
const FEED: readonly Format[] = ['atom', 'jsonfeed'];
const DEFAULT_LIMIT = 1000;
const MAX_LIMIT = 5000;

export { today };

const formatParam = (formats: readonly string[]) => ({
  type: 'string',
  enum: [...formats],
  description: 'Response format; overrides the Accept header.',
});

const problem = { $ref: 'Problem#' };
const docResponses = (formats: readonly Format[], description: string) => ({
  200: {
    description,
    content: Object.fromEntries(
      formats.map((f) => [
        MEDIA[f].split(';')[0]!,
        {
          schema:
            f === 'json' || f === 'jsonld' || f === 'jsonfeed' ? { type: 'object' } : { type: 'string' },
        },
      ]),
    ),
  },
  304: { description: 'Not modified (If-None-Match / If-Modified-Since)', type: 'null' },
  400: problem,
  404: problem,
  406: problem,
});

interface ItemsQuery {
  asOf?: string;
  q?: string;
  parent?: string;
  offset: number;
  limit: number;
  format?: Format;
}

/** Picks the format or answers 406; `null` means the reply was sent. */
function pickFormat(
  req: FastifyRequest,
  reply: FastifyReply,
  param: Format | undefined,
  offered: readonly Format[],
): Format | null {
  if (param) {
    if (!offered.includes(param)) {
      sendProblem(reply, {
        title: 'Bad request',
        status: 400,
        detail: `format=${param} is not offered here; use one of ${offered.join(', ')}`,
        instance: req.url,
      });
      return null;
    }
    return param;
  }
  const f = negotiate(req.headers.accept, offered);
  if (!f) {
    sendProblem(reply, {
      title: 'Not acceptable',
      status: 406,
      detail: `this resource is available as ${offered.map((o) => MEDIA[o].split(';')[0]).join(', ')}`,
      instance: req.url,
    });
    return null;
  }
  return f;
}

function notFoundClassifier(
  req: FastifyRequest,
  reply: FastifyReply,
  id: string,
  reg: Registry,
): FastifyReply {
  return sendProblem(reply, {
    type: 'https://data.elieta.example/problems/unknown-classifier',
    title: 'Unknown classifier',
    status: 404,
    detail: `no classifier "${id}"; known: ${[...reg.entries.keys()].join(', ')}`,
    instance: req.url,
  });
}

function badDate(req: FastifyRequest, reply: FastifyReply, name: string, value: string): FastifyReply {
  return sendProblem(reply, {
    title: 'Bad request',
    status: 400,
    detail: `${name}=${value} is not a calendar date YYYY-MM-DD`,
    instance: req.url,
  });
}

/** Last-Modified of a body that depends on a date: the file time or the last change in effect by then. */
function modifiedAsOf(e: ClassifierEntry, asOf: string): Date {
  let last = e.lastModified.getTime();
  for (const ev of e.changes) {
    if (ev.date > asOf) break;
    last = Math.max(last, Date.parse(`${ev.date}T00:00:00Z`));
  }
  return new Date(Math.min(last, Date.now() - (Date.now() % 1000)));
}

function body(
  format: Format,
  build: { json?: () => unknown; csv?: () => string; skos?: () => ReturnType<typeof skosQuads> },
): string {
  if (format === 'json') return JSON.stringify(build.json!());
  if (format === 'csv') return build.csv!();
  const quads = build.skos!();
  return format === 'ttl' ? toTurtle(quads) : toJsonLd(quads);
}

/** The store of each running server, by its HTTP server (shared by every plugin context of an app). */
const stores = new WeakMap<object, ClassifierStore>();

/** The live classifier store of an app built with buildApp (for reloads and tests). */
export function classifierStoreOf(app: FastifyInstance): ClassifierStore {
  const store = stores.get(app.server);
  if (!store) throw new Error('this app has no classifier API registered');
  return store;
}

export interface ClassifierPluginOptions {
  /** Folder to read; default classifiers/data. */
  dir?: string;
  /** Reload when a file changes (default true). */
  watch?: boolean;
}

export function createClassifierPlugin(options: ClassifierPluginOptions = {}): FastifyPluginAsync {
  const plugin: FastifyPluginAsync = async (fastify: FastifyInstance) => {
    const base = fastify.config.publicBaseUrl;
    const store = new ClassifierStore(options.dir);
    if (options.watch !== false) store.watch();
    stores.set(fastify.server, store);

    let cacheFor: Registry = store.registry;
    let cache = new RepresentationCache();
    const cached = (key: string, build: () => Representation): Representation => {
      const reg = store.registry;
      if (reg !== cacheFor) {
        cacheFor = reg;
        cache = new RepresentationCache();
      }
      return cache.get(key) ?? cache.set(key, build());
    };

    // Server-sent events: one stream per listener, closed with the server.
    const streams = new Set<FastifyReply>();
    const onRevision = (rev: unknown) => {
      const r = rev as { seq: number };
      for (const s of streams) s.raw.write(`id: ${r.seq}\nevent: revision\ndata: ${JSON.stringify(rev)}\n\n`);
    };
    store.on('revision', onRevision);
    const heartbeat = setInterval(() => {
      for (const s of streams) s.raw.write(': keep-alive\n\n');
    }, 25_000);
    heartbeat.unref();
    fastify.addHook('preClose', async () => {
      clearInterval(heartbeat);
      store.off('revision', onRevision);
      store.unwatch();
      for (const s of streams) s.raw.end();
      streams.clear();
    });

    fastify.addHook('onRequest', async (req, reply) => {
      if (!store.unavailable) return;
      return sendProblem(reply, {
        type: 'https://data.elieta.example/problems/registry-unavailable',
        title: 'Classifier registry unavailable',
        status: 503,
        detail: `the classifier files do not pass validation: ${store.lastError?.message ?? 'unknown error'}`,
        instance: req.url,
      });
    });

    const route = { compress: false } as const;

    fastify.get<{ Querystring: { format?: Format } }>(
      '/api/classifiers',
      {
        ...route,
        schema: {
          summary: 'The classifiers (code lists) of the registry',
          tags: ['classifiers'],
          querystring: { type: 'object', properties: { format: formatParam(ALL) } },
          response: docResponses(ALL, 'The lists with their metadata'),
        },
      },
      async (req, reply) => {
        const format = pickFormat(req, reply, req.query.format, ALL);
        if (!format) return reply;
        const day = today();
        const reg = store.registry;
        const r = cached(`list|${format}|${day}`, () => {
          const entries = [...reg.entries.values()];
          const text = body(format, {
            json: () => ({
              registry: reg.revision,
              classifiers: entries.map((e) => classifierSummary(base, e, day)),
              mappings: `${base}/api/mappings`,
            }),
            csv: () =>
              toCsv(
                [
                  'id',
                  'title_lv',
                  'title_en',
                  'owner',
                  'licence',
                  'verified',
                  'items_total',
                  'revision',
                  'iri',
                  'source_url',
                  'note',
                ],
                entries.map((e) => {
                  const c = e.classifier;
                  return [
                    c.id,
                    c.title.lv,
                    c.title.en,
                    c.owner,
                    c.licence,
                    c.verified,
                    c.items.length,
                    e.revision,
                    `${base}/id/${c.id}`,
                    c.source.url,
                    c.note,
                  ];
                }),
              ),
            skos: () => entries.flatMap((e) => skosQuads({ base, entry: e, codes: [], asOf: day })),
          });
          return representation(text, MEDIA[format], reg.lastModified);
        });
        return sendRepresentation(req, reply, r);
      },
    );

    fastify.get<{ Querystring: { format?: Format; limit: number } }>(
      '/api/classifiers/feed',
      {
        ...route,
        schema: {
          summary: 'Change feed of all classifiers (Atom, or JSON Feed with format=jsonfeed)',
          description:
            'One entry per classifier and day on which its items change (added, retired, relabelled), and one per registry revision this server has loaded. Poll this one feed instead of every list, or listen to /api/classifiers/events.',
          tags: ['classifiers'],
          querystring: {
            type: 'object',
            properties: {
              format: formatParam(FEED),
              limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
            },
          },
          response: docResponses(FEED, 'The feed'),
        },
      },
      async (req, reply) => {
        const format = pickFormat(req, reply, req.query.format, FEED);
        if (!format) return reply;
        const reg = store.registry;
        const day = today();
        const limit = req.query.limit;
        const r = cached(`feed|${format}|${limit}|${day}|${store.revisions.length}`, () => {
          const host = new URL(base).host;
          const entries: FeedEntry[] = [];
          for (const e of reg.entries.values()) {
            const byDate = new Map<string, typeof e.changes>();
            for (const ev of e.changes) byDate.set(ev.date, [...(byDate.get(ev.date) ?? []), ev]);
            for (const [date, evs] of byDate) {
              const counts = new Map<string, number>();
              for (const ev of evs) counts.set(ev.type, (counts.get(ev.type) ?? 0) + 1);
              const what = [...counts].map(([t, n]) => `${n} ${t}`).join(', ');
              entries.push({
                id: `tag:${host},2026:classifiers/${e.classifier.id}/${date}`,
                title: `${e.classifier.title.en}: ${what} (in effect ${date})`,
                updated: `${date}T00:00:00Z`,
                url: `${base}/api/classifiers/${e.classifier.id}/changes?since=${date}`,
                summary: evs
                  .slice(0, 20)
                  .map(
                    (ev) =>
                      `${ev.type} ${ev.code} ${ev.label.lv}${ev.replaced_by ? ` → ${ev.replaced_by}` : ''}`,
                  )
                  .join('; '),
              });
            }
          }
          for (const rev of store.revisions) {
            entries.push({
              id: `tag:${host},2026:classifiers/revision/${rev.registry}`,
              title: `Registry revision: ${rev.changed.map((c) => c.id).join(', ') || 'correspondence tables'} changed`,
              updated: rev.at,
              url: `${base}/api/classifiers`,
              summary: JSON.stringify(rev.changed),
            });
          }
          entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
          const page = entries.slice(0, limit);
          const updated = page[0]?.updated ?? reg.lastModified.toISOString();
          const self = `${base}/api/classifiers/feed`;
          const text =
            format === 'atom'
              ? atomFeed(base, 'E-lieta classifier changes', updated, self, page)
              : jsonFeed(
                  'E-lieta classifier changes',
                  `${base}/api/classifiers`,
                  `${self}?format=jsonfeed`,
                  page,
                );
          return representation(text, MEDIA[format], reg.lastModified, {
            cacheControl: 'public, max-age=60',
          });
        });
        return sendRepresentation(req, reply, r);
      },
    );

    fastify.get(
      '/api/classifiers/events',
      {
        ...route,
        schema: {
          summary: 'Server-sent events: a "revision" event whenever the registry changes',
          description:
            'text/event-stream. On connect: a "hello" event with the revision of every list. Then one "revision" event (id = sequence number) per reload that changed something. Send Last-Event-ID to replay missed revisions.',
          tags: ['classifiers'],
        },
      },
      async (req, reply) => {
        reply.hijack();
        reply.raw.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
          'access-control-allow-origin': '*',
          'x-accel-buffering': 'no',
        });
        const reg = store.registry;
        reply.raw.write(
          `retry: 10000\nevent: hello\ndata: ${JSON.stringify({ registry: reg.revision, classifiers: Object.fromEntries([...reg.entries].map(([id, e]) => [id, e.revision])) })}\n\n`,
        );
        const last = Number(req.headers['last-event-id']);
        if (Number.isInteger(last)) {
          for (const rev of store.revisions)
            if (rev.seq > last)
              reply.raw.write(`id: ${rev.seq}\nevent: revision\ndata: ${JSON.stringify(rev)}\n\n`);
        }
        streams.add(reply);
        req.raw.on('close', () => streams.delete(reply));
      },
    );

    fastify.get<{ Params: { id: string }; Querystring: { format?: Format } }>(
      '/api/classifiers/:id',
      {
        ...route,
        schema: {
          summary: 'One classifier: metadata, versions and correspondence tables',
          description:
            'format=csv gives every item with all its validity periods; jsonld and ttl give the SKOS concept scheme.',
          tags: ['classifiers'],
          params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } },
          querystring: { type: 'object', properties: { format: formatParam(ALL) } },
          response: docResponses(ALL, 'The classifier'),
        },
      },
      async (req, reply) => {
        const reg = store.registry;
        const e = reg.get(req.params.id);
        if (!e) return notFoundClassifier(req, reply, req.params.id, reg);
        const format = pickFormat(req, reply, req.query.format, ALL);
        if (!format) return reply;
        const day = today();
        const r = cached(`one|${e.classifier.id}|${format}|${day}`, () =>
          representation(
            body(format, {
              json: () => classifierDetail(base, reg, e, day),
              csv: () => itemsCsv(base, e.classifier, e.classifier.items),
              skos: () =>
                skosQuads({
                  base,
                  entry: e,
                  codes: [...e.byCode.keys()],
                  asOf: day,
                  matches: matchesOf(reg, e.classifier.id),
                }),
            }),
            MEDIA[format],
            e.lastModified,
          ),
        );
        return sendRepresentation(req, reply, r);
      },
    );

    fastify.get<{ Params: { id: string }; Querystring: ItemsQuery }>(
      '/api/classifiers/:id/items',
      {
        ...route,
        schema: {
          summary: 'Items valid on a date, with hierarchy; searchable and paged',
          tags: ['classifiers'],
          params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } },
          querystring: {
            type: 'object',
            properties: {
              asOf: {
                type: 'string',
                pattern: DATE_PATTERN,
                description: 'Date the items are valid on (default: today in Riga)',
              },
              q: {
                type: 'string',
                maxLength: 100,
                description: 'Words searched in code and labels, insensitive to case and Latvian diacritics',
              },
              parent: {
                type: 'string',
                maxLength: 64,
                description: 'Only the children of this code (empty: only top-level items)',
              },
              offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
              limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
              format: formatParam(ALL),
            },
          },
          response: docResponses(ALL, 'A page of items'),
        },
      },
      async (req, reply) => {
        const reg = store.registry;
        const e = reg.get(req.params.id);
        if (!e) return notFoundClassifier(req, reply, req.params.id, reg);
        const query = req.query;
        const format = pickFormat(req, reply, query.format, ALL);
        if (!format) return reply;
        const asOf = query.asOf ?? today();
        if (query.asOf !== undefined && !isIsoDate(asOf)) return badDate(req, reply, 'asOf', asOf);
        const key = `items|${e.classifier.id}|${asOf}|${format}|${query.q ?? ''}|${query.parent ?? '\u0000'}|${query.offset}|${query.limit}`;
        const r = cached(key, () => buildItems(reg, e, asOf, format, query));
        return sendRepresentation(req, reply, r);
      },
    );

    function buildItems(
      reg: Registry,
      e: ClassifierEntry,
      asOf: string,
      format: Format,
      query: ItemsQuery,
    ): Representation {
      const id = e.classifier.id;
      const all = selectItems(e, { asOf, q: query.q, parent: query.parent });
      const page = all.slice(query.offset, query.offset + query.limit);
      const link = (offset: number) => {
        const p = new URLSearchParams();
        if (query.asOf) p.set('asOf', query.asOf);
        if (query.q) p.set('q', query.q);
        if (query.parent !== undefined) p.set('parent', query.parent);
        if (query.format) p.set('format', query.format);
        p.set('offset', String(offset));
        p.set('limit', String(query.limit));
        return `${base}/api/classifiers/${id}/items?${p}`;
      };
      const next = query.offset + query.limit < all.length ? link(query.offset + query.limit) : null;
      const prev = query.offset > 0 ? link(Math.max(0, query.offset - query.limit)) : null;
      const links = [next && `<${next}>; rel="next"`, prev && `<${prev}>; rel="prev"`]
        .filter(Boolean)
        .join(', ');
      const text = body(format, {
        json: () =>
          itemsJson(base, e, asOf, page, {
            ...(query.q ? { q: query.q } : {}),
            total: all.length,
            offset: query.offset,
            limit: query.limit,
            links: { next, prev },
          }),
        csv: () => itemsCsv(base, e.classifier, page),
        skos: () => skosQuads({ base, entry: e, codes: page.map((i) => i.code), asOf }),
      });
      return representation(text, MEDIA[format], modifiedAsOf(e, asOf), links ? { link: links } : {});
    }

    fastify.get<{ Params: { id: string; code: string }; Querystring: { asOf?: string; format?: Format } }>(
      '/api/classifiers/:id/items/:code',
      {
        ...route,
        schema: {
          summary:
            'One item: its period on a date (default: today, else its latest), history, children and mappings',
          tags: ['classifiers'],
          params: {
            type: 'object',
            required: ['id', 'code'],
            properties: { id: { type: 'string', maxLength: 64 }, code: { type: 'string', maxLength: 64 } },
          },
          querystring: {
            type: 'object',
            properties: { asOf: { type: 'string', pattern: DATE_PATTERN }, format: formatParam(ALL) },
          },
          response: docResponses(ALL, 'The item'),
        },
      },
      async (req, reply) => {
        const reg = store.registry;
        const e = reg.get(req.params.id);
        if (!e) return notFoundClassifier(req, reply, req.params.id, reg);
        const { code } = req.params;
        const periods = e.byCode.get(code);
        if (!periods) {
          return sendProblem(reply, {
            type: 'https://data.elieta.example/problems/unknown-code',
            title: 'Unknown code',
            status: 404,
            detail: `classifier ${e.classifier.id} has no code "${code}"`,
            instance: req.url,
          });
        }
        const format = pickFormat(req, reply, req.query.format, ALL);
        if (!format) return reply;
        const explicit = req.query.asOf;
        if (explicit !== undefined && !isIsoDate(explicit)) return badDate(req, reply, 'asOf', explicit);
        const asOf = explicit ?? today();
        const valid = periods.find((p) => p.valid_from <= asOf && (!p.valid_to || p.valid_to >= asOf));
        if (explicit && !valid) {
          return sendProblem(reply, {
            type: 'https://data.elieta.example/problems/not-valid-on-date',
            title: 'Code not valid on that date',
            status: 404,
            detail: `code ${code} of ${e.classifier.id} is not valid on ${asOf}; valid ${periods.map((p) => `${p.valid_from}–${p.valid_to ?? '…'}`).join(', ')}`,
            instance: req.url,
          });
        }
        const r = cached(`item|${e.classifier.id}|${code}|${asOf}|${format}`, () => {
          const it = conceptPeriod(periods, asOf);
          const children = e.classifier.items
            .filter((c) => c.parent === code && c.valid_from <= asOf && (!c.valid_to || c.valid_to >= asOf))
            .map((c) => c.code);
          const text = body(format, {
            json: () => ({
              classifier: e.classifier.id,
              as_of: asOf,
              valid_on_date: Boolean(valid),
              ...itemJson(base, e.classifier.id, it, children),
              history: periods.map((p) => itemJson(base, e.classifier.id, p)),
              mappings: reg
                .mappingsOf(e.classifier.id, code)
                .map((m) => ({ ...m, iri: `${base}/id/${m.to}/${encodeURIComponent(m.code)}` })),
            }),
            csv: () => itemsCsv(base, e.classifier, periods),
            skos: () =>
              skosQuads({
                base,
                entry: e,
                codes: [code],
                asOf,
                withScheme: false,
                matches: matchesOf(reg, e.classifier.id).filter((m) => m.fromCode === code),
              }),
          });
          return representation(text, MEDIA[format], modifiedAsOf(e, asOf));
        });
        return sendRepresentation(req, reply, r);
      },
    );

    fastify.get<{ Params: { id: string }; Querystring: { since?: string; format?: Format } }>(
      '/api/classifiers/:id/changes',
      {
        ...route,
        schema: {
          summary:
            'Changes taking effect on or after a date: added, retired (with replaced_by), relabelled, changed, reinstated',
          tags: ['classifiers'],
          params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } },
          querystring: {
            type: 'object',
            properties: {
              since: { type: 'string', pattern: DATE_PATTERN, description: 'Default: every change' },
              format: formatParam(TABULAR),
            },
          },
          response: docResponses(TABULAR, 'The changes, oldest first'),
        },
      },
      async (req, reply) => {
        const reg = store.registry;
        const e = reg.get(req.params.id);
        if (!e) return notFoundClassifier(req, reply, req.params.id, reg);
        const format = pickFormat(req, reply, req.query.format, TABULAR);
        if (!format) return reply;
        const since = req.query.since;
        if (since !== undefined && !isIsoDate(since)) return badDate(req, reply, 'since', since);
        const r = cached(`changes|${e.classifier.id}|${since ?? ''}|${format}`, () => {
          const evs = since ? e.changes.filter((c) => c.date >= since) : e.changes;
          const text =
            format === 'json'
              ? JSON.stringify({
                  classifier: e.classifier.id,
                  since: since ?? null,
                  revision: e.revision,
                  changes: evs,
                })
              : toCsv(
                  [
                    'date',
                    'type',
                    'code',
                    'label_lv',
                    'label_en',
                    'previous_label_lv',
                    'previous_label_en',
                    'replaced_by',
                  ],
                  evs.map((c) => [
                    c.date,
                    c.type,
                    c.code,
                    c.label.lv,
                    c.label.en,
                    c.previous_label?.lv,
                    c.previous_label?.en,
                    c.replaced_by,
                  ]),
                );
          return representation(text, MEDIA[format], e.lastModified);
        });
        return sendRepresentation(req, reply, r);
      },
    );

    fastify.get<{ Querystring: { format?: Format } }>(
      '/api/mappings',
      {
        ...route,
        schema: {
          summary: 'Correspondence tables between classifiers',
          tags: ['classifiers'],
          querystring: { type: 'object', properties: { format: formatParam(TABULAR) } },
          response: docResponses(TABULAR, 'The tables'),
        },
      },
      async (req, reply) => {
        const format = pickFormat(req, reply, req.query.format, TABULAR);
        if (!format) return reply;
        const reg = store.registry;
        const r = cached(`mappings|${format}`, () => {
          const rows = reg.mappings.map((m) => ({
            from: m.from,
            to: m.to,
            title: m.title,
            description: m.description,
            source: m.source,
            verified: m.verified,
            ...(m.note ? { note: m.note } : {}),
            pairs: m.pairs.length,
            href: `${base}/api/mappings/${m.from}/${m.to}`,
          }));
          const text =
            format === 'json'
              ? JSON.stringify({ mappings: rows })
              : toCsv(
                  ['from', 'to', 'title_en', 'verified', 'pairs', 'href'],
                  rows.map((m) => [m.from, m.to, m.title.en, m.verified, m.pairs, m.href]),
                );
          return representation(text, MEDIA[format], reg.lastModified);
        });
        return sendRepresentation(req, reply, r);
      },
    );

    fastify.get<{ Params: { from: string; to: string }; Querystring: { format?: Format } }>(
      '/api/mappings/:from/:to',
      {
        ...route,
        schema: {
          summary:
            'A correspondence table (served in either direction; broadMatch and narrowMatch swap when inverted)',
          tags: ['classifiers'],
          params: {
            type: 'object',
            required: ['from', 'to'],
            properties: { from: { type: 'string', maxLength: 64 }, to: { type: 'string', maxLength: 64 } },
          },
          querystring: { type: 'object', properties: { format: formatParam(ALL) } },
          response: docResponses(ALL, 'The pairs'),
        },
      },
      async (req, reply) => {
        const reg = store.registry;
        const { from, to } = req.params;
        for (const id of [from, to]) if (!reg.get(id)) return notFoundClassifier(req, reply, id, reg);
        const m = reg.mapping(from, to);
        if (!m) {
          return sendProblem(reply, {
            type: 'https://data.elieta.example/problems/unknown-mapping',
            title: 'Unknown correspondence table',
            status: 404,
            detail: `no correspondence table between ${from} and ${to}; see ${base}/api/mappings`,
            instance: req.url,
          });
        }
        const format = pickFormat(req, reply, req.query.format, ALL);
        if (!format) return reply;
        const r = cached(`mapping|${from}|${to}|${format}`, () => {
          const text = body(format, {
            json: () => ({
              from,
              to,
              inverted: m.inverted,
              title: m.mapping.title,
              description: m.mapping.description,
              source: m.mapping.source,
              verified: m.mapping.verified,
              ...(m.mapping.note ? { note: m.mapping.note } : {}),
              pairs: m.pairs.map((p) => ({
                ...p,
                from_iri: `${base}/id/${from}/${encodeURIComponent(p.from)}`,
                to_iri: `${base}/id/${to}/${encodeURIComponent(p.to)}`,
              })),
            }),
            csv: () => mappingCsv(base, from, to, m.pairs),
            skos: () => mappingQuads(base, from, to, m.pairs),
          });
          const times = [reg.get(from)!.lastModified.getTime(), reg.get(to)!.lastModified.getTime()];
          return representation(text, MEDIA[format], new Date(Math.max(...times)));
        });
        return sendRepresentation(req, reply, r);
      },
    );

    // Concept and scheme IRIs resolve to their API documents (303 See Other, as for linked data).
    fastify.get<{ Params: { classifier: string; code: string } }>(
      '/id/:classifier/:code',
      { schema: { summary: 'Concept IRI: redirects to the item', tags: ['classifiers'] } },
      async (req, reply) => {
        const e = store.registry.get(req.params.classifier);
        if (!e) return notFoundClassifier(req, reply, req.params.classifier, store.registry);
        if (!e.byCode.has(req.params.code)) {
          return sendProblem(reply, {
            title: 'Unknown code',
            status: 404,
            detail: `classifier ${e.classifier.id} has no code "${req.params.code}"`,
            instance: req.url,
          });
        }
        const qs = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        return reply
          .header('vary', 'Accept')
          .redirect(
            `/api/classifiers/${e.classifier.id}/items/${encodeURIComponent(req.params.code)}${qs}`,
            303,
          );
      },
    );
    fastify.get<{ Params: { classifier: string } }>(
      '/id/:classifier',
      { schema: { summary: 'Concept scheme IRI: redirects to the classifier', tags: ['classifiers'] } },
      async (req, reply) => {
        const e = store.registry.get(req.params.classifier);
        if (!e) return notFoundClassifier(req, reply, req.params.classifier, store.registry);
        const qs = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        return reply.header('vary', 'Accept').redirect(`/api/classifiers/${e.classifier.id}${qs}`, 303);
      },
    );
  };
  return plugin;
}

/** SKOS mapping triples from a classifier's concepts to other classifiers. */
function matchesOf(reg: Registry, id: string): NonNullable<SkosInput['matches']> {
  const out: NonNullable<SkosInput['matches']> = [];
  for (const m of reg.mappings) {
    if (m.from !== id && m.to !== id) continue;
    const other = m.from === id ? m.to : m.from;
    const view = reg.mapping(id, other)!;
    for (const p of view.pairs)
      out.push({ from: id, fromCode: p.from, relation: p.relation, to: other, toCode: p.to });
  }
  return out;
}

/** The plugin as the server registers it: classifiers/data, reloaded on change. */
export const classifierApi: FastifyPluginAsync = createClassifierPlugin();
