/**
 * HTTP plumbing of the classifier API: format negotiation (?format= wins over Accept), a
 * representation cache keyed by everything that shapes a body, conditional requests (ETag and
 * Last-Modified, 304) and precompressed bodies (br, gzip), so that a repeated request does a
 * map lookup and a write. A cache lives as long as one registry version.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

export type Format = 'json' | 'csv' | 'jsonld' | 'ttl' | 'atom' | 'jsonfeed';

export const MEDIA: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  jsonld: 'application/ld+json; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  jsonfeed: 'application/feed+json; charset=utf-8',
};

const ACCEPT_TYPES: Record<string, Format> = {
  'application/json': 'json',
  'text/csv': 'csv',
  'application/ld+json': 'jsonld',
  'text/turtle': 'ttl',
  'application/x-turtle': 'ttl',
  'application/atom+xml': 'atom',
  'application/feed+json': 'jsonfeed',
};

export class NotAcceptable extends Error {}

const acceptCache = new Map<string, Format | null>();

/**
 * The format for a request: `?format=` if given (must be offered), else the best Accept match among
 * `offered` (the first offered is the default for a missing Accept or a wildcard).
 */
export function negotiate(accept: string | undefined, offered: readonly Format[]): Format | null {
  if (!accept) return offered[0]!;
  const key = `${offered.join(',')}|${accept}`;
  const hit = acceptCache.get(key);
  if (hit !== undefined) return hit;
  let best: { f: Format; q: number; order: number } | null = null;
  accept.split(',').forEach((part, order) => {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const qp = params.map((s) => s.trim()).find((s) => s.startsWith('q='));
    const q = qp ? Number(qp.slice(2)) : 1;
    if (!type || !(q > 0)) return;
    let f: Format | undefined;
    if (type === '*/*' || type === 'application/*') f = offered[0];
    else if (type === 'text/*') f = offered.find((o) => MEDIA[o].startsWith('text/'));
    else {
      const m = ACCEPT_TYPES[type];
      f = m && offered.includes(m) ? m : undefined;
    }
    if (!f) return;
    // Prefer higher q; on a tie, a specific type over a wildcard, then the earlier one.
    const specific = type.includes('*') ? 0 : 0.0001;
    if (!best || q + specific > best.q) best = { f, q: q + specific, order };
  });
  const result = (best as { f: Format } | null)?.f ?? null;
  if (acceptCache.size > 500) acceptCache.clear();
  acceptCache.set(key, result);
  return result;
}

type Encoding = 'br' | 'gzip' | 'identity';
const encodingCache = new Map<string, Encoding>();

export function chooseEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  const hit = encodingCache.get(header);
  if (hit) return hit;
  const ok = (name: string) =>
    header.split(',').some((p) => {
      const [n, ...params] = p.trim().toLowerCase().split(';');
      const q = params.map((s) => s.trim()).find((s) => s.startsWith('q='));
      return (n === name || n === '*') && (!q || Number(q.slice(2)) > 0);
    });
  const result: Encoding = ok('br') ? 'br' : ok('gzip') ? 'gzip' : 'identity';
  if (encodingCache.size > 200) encodingCache.clear();
  encodingCache.set(header, result);
  return result;
}

export interface Representation {
  body: Buffer;
  contentType: string;
  /** Opaque strong validator of the identity body (without quotes). */
  tag: string;
  lastModified: string;
  cacheControl: string;
  link?: string;
  br?: Buffer;
  gzip?: Buffer;
}

export function representation(
  body: string | Buffer,
  contentType: string,
  lastModified: Date,
  options: { cacheControl?: string; link?: string } = {},
): Representation {
  const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return {
    body: buf,
    contentType,
    tag: createHash('sha1').update(contentType).update(buf).digest('base64url').slice(0, 20),
    lastModified: lastModified.toUTCString(),
    cacheControl: options.cacheControl ?? 'public, max-age=300, stale-while-revalidate=60',
    ...(options.link ? { link: options.link } : {}),
  };
}

/** Bounded cache of representations for one registry version. */
export class RepresentationCache {
  private map = new Map<string, Representation>();
  constructor(private readonly max = 5000) {}
  get(key: string): Representation | undefined {
    return this.map.get(key);
  }
  set(key: string, r: Representation): Representation {
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, r);
    return r;
  }
  get size(): number {
    return this.map.size;
  }
}

const COMPRESS_THRESHOLD = 1024;

function etagMatches(header: string, tag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => {
    const v = t
      .trim()
      .replace(/^W\//, '')
      .replace(/^"|"$/g, '')
      .replace(/-(br|gz)$/, '');
    return v === tag;
  });
}

/** Sends a cached representation, answering 304 when the client's copy is current. */
export function sendRepresentation(
  req: FastifyRequest,
  reply: FastifyReply,
  r: Representation,
): FastifyReply {
  const enc =
    r.body.length >= COMPRESS_THRESHOLD ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
  const etag = enc === 'identity' ? `"${r.tag}"` : `"${r.tag}-${enc === 'br' ? 'br' : 'gz'}"`;
  reply.header('etag', etag);
  reply.header('last-modified', r.lastModified);
  reply.header('cache-control', r.cacheControl);
  reply.header('vary', 'Accept, Accept-Encoding');
  if (r.link) reply.header('link', r.link);
  const inm = req.headers['if-none-match'];
  const ims = req.headers['if-modified-since'];
  const fresh =
    inm !== undefined
      ? etagMatches(inm, r.tag)
      : ims !== undefined && Date.parse(ims) >= Date.parse(r.lastModified);
  if (fresh) return reply.code(304).send();
  reply.header('content-type', r.contentType);
  if (enc === 'br') {
    r.br ??= brotliCompressSync(r.body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: r.body.length },
    });
    reply.header('content-encoding', 'br');
    return reply.send(r.br);
  }
  if (enc === 'gzip') {
    r.gzip ??= gzipSync(r.body, { level: 9 });
    reply.header('content-encoding', 'gzip');
    return reply.send(r.gzip);
  }
  return reply.send(r.body);
}
