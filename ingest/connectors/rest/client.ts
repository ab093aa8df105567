/**
 * An HTTP client for paged JSON source APIs (the KKP API), on Node's global fetch:
 * - every attempt has a timeout (AbortSignal.timeout) covering the response body too;
 * - 5xx answers, network errors and timeouts are retried with exponential backoff and jitter;
 * - 429 (and a 503 that says when) waits as long as Retry-After asks, in seconds or as an HTTP date
 *   (capped by `maxRetryAfterMs`);
 * - after `maxAttempts` the request fails with a RestSourceError naming the URL, the last status
 *   and the attempts made; any other 4xx fails at once (retrying cannot fix it).
 * A 304 Not Modified is an answer, not an error.
 */

export interface RetryPolicy {
  maxAttempts: number;
  /** First backoff step; doubled each attempt, capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Per attempt, headers and body. */
  timeoutMs: number;
  /** The longest Retry-After honoured; a longer one fails the request at once. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 250,
  maxDelayMs: 15_000,
  timeoutMs: 30_000,
  maxRetryAfterMs: 120_000,
};

export interface RetryEvent {
  url: string;
  attempt: number;
  status: number | null;
  reason: string;
  delayMs: number;
}

export interface JsonResponse<T> {
  status: number;
  headers: Headers;
  /** null for 304. */
  body: T | null;
  attempts: number;
}

export class RestSourceError extends Error {
  override name = 'RestSourceError';
  constructor(
    message: string,
    readonly url: string,
    readonly status: number | null,
    readonly attempts: number,
  ) {
    super(message);
  }
}

/** Milliseconds to wait from a Retry-After value (delta-seconds or an HTTP date); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/** Exponential backoff with jitter: between half and all of min(max, base × 2^(attempt−1)). */
export function backoff(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function retryable(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/** GETs `url` and parses JSON, retrying as the policy says. */
export async function getJson<T>(
  url: string,
  opts: {
    headers?: Record<string, string>;
    policy?: Partial<RetryPolicy>;
    onRetry?: (e: RetryEvent) => void;
  } = {},
): Promise<JsonResponse<T>> {
  const policy = { ...DEFAULT_RETRY, ...opts.policy };
  let last: { status: number | null; reason: string } = { status: null, reason: 'not tried' };
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    let wait: number | null = null;
    try {
      const res = await fetch(url, {
        headers: { accept: 'application/json', ...opts.headers },
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
      if (res.status === 304) {
        await res.body?.cancel();
        return { status: 304, headers: res.headers, body: null, attempts: attempt };
      }
      if (res.ok) {
        const text = await res.text();
        try {
          return { status: res.status, headers: res.headers, body: JSON.parse(text) as T, attempts: attempt };
        } catch (err) {
          throw new RestSourceError(
            `${url}: the answer is not valid JSON (${(err as Error).message})`,
            url,
            res.status,
            attempt,
          );
        }
      }
      const detail = (await res.text().catch(() => '')).slice(0, 200).replace(/\s+/g, ' ');
      last = { status: res.status, reason: `HTTP ${res.status}${detail ? ` ${detail}` : ''}` };
      if (!retryable(res.status)) {
        throw new RestSourceError(
          `${url}: HTTP ${res.status}${detail ? ` (${detail})` : ''}`,
          url,
          res.status,
          attempt,
        );
      }
      if (res.status === 429 || res.status === 503) {
        const asked = parseRetryAfter(res.headers.get('retry-after'));
        if (asked !== null && asked > policy.maxRetryAfterMs) {
          throw new RestSourceError(
            `${url}: HTTP ${res.status} asks to retry after ${Math.round(asked / 1000)}s, longer than the ${policy.maxRetryAfterMs / 1000}s allowed`,
            url,
            res.status,
            attempt,
          );
        }
        wait = asked;
      }
    } catch (err) {
      if (err instanceof RestSourceError) throw err;
      const e = err as Error & { cause?: { code?: string; message?: string } };
      const reason =
        e.name === 'TimeoutError' || e.name === 'AbortError'
          ? `no answer within ${policy.timeoutMs} ms`
          : `network error: ${e.cause?.code ?? e.cause?.message ?? e.message}`;
      last = { status: null, reason };
    }
    if (attempt === policy.maxAttempts) break;
    const delayMs = wait ?? backoff(attempt, policy);
    opts.onRetry?.({ url, attempt, status: last.status, reason: last.reason, delayMs });
    await sleep(delayMs);
  }
  throw new RestSourceError(
    `${url}: gave up after ${policy.maxAttempts} attempts; last: ${last.reason}`,
    url,
    last.status,
    policy.maxAttempts,
  );
}
