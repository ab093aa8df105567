/**
 * A small seeded pseudo-random generator (SplitMix32 over a 32-bit state, as in Java's
 * SplittableRandom) and the draws the simulators need. Same seed, same sequence, on any machine.
 */
export class Rng {
  private state: number;
  private spare: number | null = null;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 4294967296;
  }

  int(min: number, maxInclusive: number): number {
    return min + Math.floor(this.next() * (maxInclusive - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** Draws keys by weight; weights need not sum to 1. Built once, drawn many times. */
export class WeightedChoice<T extends string> {
  private readonly keys: T[];
  private readonly cumulative: number[];

  constructor(weights: Record<T, number>) {
    this.keys = Object.keys(weights) as T[];
    let sum = 0;
    this.cumulative = this.keys.map((k) => (sum += weights[k]));
    if (!(sum > 0)) throw new Error('weights must have a positive sum');
    this.cumulative = this.cumulative.map((c) => c / sum);
  }

  draw(rng: Rng): T {
    const u = rng.next();
    for (let i = 0; i < this.cumulative.length; i++)
      if (u < (this.cumulative[i] as number)) return this.keys[i] as T;
    return this.keys[this.keys.length - 1] as T;
  }
}
