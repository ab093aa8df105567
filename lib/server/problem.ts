/**
 * RFC 9457 problem details: every error the HTTP API returns has this body and the
 * content type application/problem+json.
 */
import type { FastifyReply } from 'fastify';

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

export const problemSchema = {
  $id: 'Problem',
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['title', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
  },
} as const;

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply
    .code(problem.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send(JSON.stringify({ type: 'about:blank', ...problem }));
}

/** 503 for a page or API that needs built data when there is none yet. */
export function sendNoData(reply: FastifyReply, detail: string): FastifyReply {
  return sendProblem(reply, {
    type: 'https://data.elieta.example/problems/no-data',
    title: 'No data built yet',
    status: 503,
    detail,
  });
}
