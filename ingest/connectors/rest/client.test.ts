/**
 * The REST client against the real KKP simulator over HTTP, with its failure injection:
 * retries on 5xx and timeouts, Retry-After honoured (the wait is measured), a clear error after
 * the last attempt, no retry on a 4xx, and 304 as an answer.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startKkpSimulator, type KkpSimulator } from '../../simulators/kkp-server/server.ts';
import {
  backoff,
  DEFAULT_RETRY,
  getJson,
  parseRetryAfter,
  RestSourceError,
  type RetryEvent,
} from './client.ts';

let sim: KkpSimulator;
const fast = { baseDelayMs: 20, maxDelayMs: 200, timeoutMs: 2_000 };

beforeAll(async () => {
  const drop = path.join(mkdtempSync(path.join(tmpdir(), 'elieta-kkp-client-')), 'drop');
  mkdirSync(path.join(drop, 'kkp', 'events'), { recursive: true });
  writeFileSync(
    path.join(drop, 'kkp', 'events', 'a.ndjson'),
    '{"event_id":"KE-1-1","updated_at":"2026-01-01T00:00:00Z"}\n',
  );
  sim = await startKkpSimulator({ dropDir: drop });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.setFailures({}));

describe('REST client', () => {
  it('retries 500 and 503 with growing, jittered waits and then succeeds', async () => {
    sim.setFailures({ script: [{ status: 500 }, { status: 503 }, { status: 502 }] });
    const retries: RetryEvent[] = [];
    const res = await getJson<{ items: unknown[] }>(`${sim.url}/events`, {
      policy: fast,
      onRetry: (e) => retries.push(e),
    });
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(4);
    expect(res.body?.items).toHaveLength(1);
    expect(retries.map((r) => r.status)).toEqual([500, 503, 502]);
    expect(retries[0]?.delayMs).toBeGreaterThanOrEqual(10);
    expect(retries[0]?.delayMs).toBeLessThanOrEqual(20);
    expect(retries[2]?.delayMs).toBeGreaterThanOrEqual(40);
    expect(retries[2]?.delayMs).toBeLessThanOrEqual(80);
  });

  it('honours Retry-After in seconds on 429: the next request comes no sooner', async () => {
    sim.setFailures({ script: [{ status: 429, retryAfter: '1' }] });
    const t0 = Date.now();
    const res = await getJson(`${sim.url}/events`, { policy: fast });
    expect(res.status).toBe(200);
    const [first, second] = sim.requests.slice(-2);
    expect(first?.status).toBe(429);
    expect(second?.status).toBe(200);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const when = new Date(Date.now() + 2_000).toUTCString(); // second precision: waits 1–2 s
    sim.setFailures({ script: [{ status: 429, retryAfter: when }] });
    const retries: RetryEvent[] = [];
    const t0 = Date.now();
    await getJson(`${sim.url}/events`, { policy: fast, onRetry: (e) => retries.push(e) });
    expect(retries[0]?.delayMs).toBeGreaterThan(900);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('2015-10-21T07:27:30Z'))).toBe(30_000);
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter('soon')).toBeNull();
  });

  it('gives up on a Retry-After longer than allowed, saying so', async () => {
    sim.setFailures({ script: [{ status: 429, retryAfter: '3600' }] });
    await expect(getJson(`${sim.url}/events`, { policy: fast })).rejects.toThrow(
      /HTTP 429 asks to retry after 3600s/,
    );
  });

  it('times out a slow answer and retries it', async () => {
    sim.setFailures({ script: [{ delayMs: 1_500 }] });
    const retries: RetryEvent[] = [];
    const res = await getJson(`${sim.url}/events`, {
      policy: { ...fast, timeoutMs: 400 },
      onRetry: (e) => retries.push(e),
    });
    expect(res.status).toBe(200);
    expect(retries).toHaveLength(1);
    expect(retries[0]?.reason).toBe('no answer within 400 ms');
  });

  it('fails after the last attempt with the URL, the status and the number of attempts', async () => {
    sim.setFailures({ rate: 1 });
    const url = `${sim.url}/events?page_size=10`;
    const err = await getJson(url, { policy: { ...fast, maxAttempts: 3 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RestSourceError);
    const e = err as RestSourceError;
    expect(e.message).toMatch(
      new RegExp(`^${url.replace(/[?.]/g, '\\$&')}: gave up after 3 attempts; last: HTTP 50[03]`),
    );
    expect(e.attempts).toBe(3);
    expect([500, 503]).toContain(e.status);
  });

  it('retries a refused connection, then fails naming the network error', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const err = (await getJson(`http://127.0.0.1:${port}/api/events`, {
      policy: { ...fast, maxAttempts: 2 },
    }).catch((e: unknown) => e)) as RestSourceError;
    expect(err.message).toMatch(/gave up after 2 attempts; last: network error: ECONNREFUSED/);
  });

  it('does not retry a 404, and reports it at once', async () => {
    const retries: RetryEvent[] = [];
    const err = (await getJson(`${sim.url}/nosuch`, { policy: fast, onRetry: (e) => retries.push(e) }).catch(
      (e: unknown) => e,
    )) as RestSourceError;
    expect(err.status).toBe(404);
    expect(err.attempts).toBe(1);
    expect(retries).toEqual([]);
    expect(err.message).toContain('No such collection');
  });

  it('sends If-None-Match and takes 304 as "not modified"', async () => {
    const first = await getJson(`${sim.url}/events`, { policy: fast });
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^".+"$/);
    const again = await getJson(`${sim.url}/events`, {
      policy: fast,
      headers: { 'if-none-match': tag as string },
    });
    expect(again).toMatchObject({ status: 304, body: null });
  });

  it('backs off exponentially with jitter between half and the whole step', () => {
    expect(backoff(1, DEFAULT_RETRY, () => 0)).toBe(125);
    expect(backoff(1, DEFAULT_RETRY, () => 1)).toBe(250);
    expect(backoff(3, DEFAULT_RETRY, () => 1)).toBe(1000);
    expect(backoff(20, DEFAULT_RETRY, () => 1)).toBe(DEFAULT_RETRY.maxDelayMs);
  });
});
