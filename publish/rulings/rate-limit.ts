/**
 * A token bucket per client, in memory: `capacity` requests at once, then one more every
 * `refillMs`. Chosen over @fastify/rate-limit (which would work on Node 20 and fastify 5) because
 * one route needs it, the answer must be our problem+json with an exact Retry-After, and ~40
 * lines avoid a dependency; like that plugin's default store it is per process, so several server
 * processes each allow their own budget. Behind a reverse proxy, set fastify's trustProxy so the
 * client address is the real one, or every client shares one bucket.
 */
export interface RateLimitOptions {
  capacity: number;
  refillMs: number;
  /** Buckets kept at most; full (idle) buckets are dropped first, then the oldest. */
  maxClients?: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly opts: RateLimitOptions) {}

  /** Takes a token for `client`: 0 if allowed, else the seconds until the next token. */
  take(client: string, now = Date.now()): number {
    const { capacity, refillMs } = this.opts;
    let b = this.buckets.get(client);
    if (!b) {
      this.evict(now);
      b = { tokens: capacity, at: now };
    } else {
      const earned = Math.floor((now - b.at) / refillMs);
      if (earned > 0) {
        b.tokens = Math.min(capacity, b.tokens + earned);
        b.at = b.tokens === capacity ? now : b.at + earned * refillMs;
      }
      this.buckets.delete(client); // re-inserted below: the Map's order is least recently used first
    }
    this.buckets.set(client, b);
    if (b.tokens > 0) {
      if (b.tokens === capacity) b.at = now;
      b.tokens--;
      return 0;
    }
    return Math.max(1, Math.ceil((b.at + refillMs - now) / 1000));
  }

  private evict(now: number): void {
    const max = this.opts.maxClients ?? 10_000;
    if (this.buckets.size < max) return;
    for (const [k, b] of this.buckets) {
      if (b.tokens + Math.floor((now - b.at) / this.opts.refillMs) >= this.opts.capacity)
        this.buckets.delete(k);
    }
    while (this.buckets.size >= max) this.buckets.delete(this.buckets.keys().next().value as string);
  }
}
