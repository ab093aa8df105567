/**
 * The dbt docs (data dictionary and lineage of every source, model, test and exposure) as a server
 * plugin under /docs/data. `elieta build` writes them with `dbt docs generate --static`: one
 * self-contained page, static_index.html in dbt's target folder ($ELIETA_HOME/dbt/target), with
 * the manifest and catalog inside it. /docs/data serves that page, and /docs/data/manifest.json
 * and /docs/data/catalog.json the artifacts; before the first build they answer 503
 * problem+json saying what to run.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { paths, type Config } from '../lib/config.ts';
import { sendNoData } from '../lib/server/problem.ts';

const NOT_GENERATED =
  'the data documentation has not been generated yet: run `npx elieta build` (it writes the dbt docs after a successful build)';

/** dbt's page runs its own inline scripts and styles; nothing else is allowed. */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const FILES = {
  page: { file: 'static_index.html', type: 'text/html; charset=utf-8' },
  manifest: { file: 'manifest.json', type: 'application/json; charset=utf-8' },
  catalog: { file: 'catalog.json', type: 'application/json; charset=utf-8' },
} as const;

export function docsFile(config: Config, which: keyof typeof FILES): string {
  return path.join(paths(config).dbtTarget, FILES[which].file);
}

const responses = {
  200: { description: 'The file', content: { 'text/html': { schema: { type: 'string' } } } },
  304: { description: 'Not modified (If-None-Match matched the ETag)', type: 'null' },
  503: { $ref: 'Problem#' },
} as const;

function serve(config: Config, which: keyof typeof FILES) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const file = docsFile(config, which);
    // the page is the last thing dbt writes; without it the docs are not (fully) generated
    if (!existsSync(docsFile(config, 'page')) || !existsSync(file)) return sendNoData(reply, NOT_GENERATED);
    const st = statSync(file);
    const etag = `"${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"`;
    reply
      .header('etag', etag)
      .header('last-modified', st.mtime.toUTCString())
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CONTENT_SECURITY_POLICY);
    if (req.headers['if-none-match']?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      return reply.code(304).send();
    }
    return reply.type(FILES[which].type).send(createReadStream(file));
  };
}

const docsPlugin: FastifyPluginAsync = async (fastify) => {
  const config = fastify.config;
  const schema = (summary: string) => ({ tags: ['docs'], summary, response: responses });
  fastify.get(
    '/docs/data',
    { schema: schema('The data dictionary and lineage (dbt docs)') },
    serve(config, 'page'),
  );
  fastify.get('/docs/data/', { schema: { ...schema('The same page'), hide: true } }, serve(config, 'page'));
  fastify.get(
    '/docs/data/manifest.json',
    { schema: schema("dbt's manifest of the project") },
    serve(config, 'manifest'),
  );
  fastify.get(
    '/docs/data/catalog.json',
    { schema: schema("dbt's catalog of the built tables") },
    serve(config, 'catalog'),
  );
};

export default docsPlugin;
