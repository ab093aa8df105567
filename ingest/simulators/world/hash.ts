/**
 * Stateless hashing for the simulated world: every unit (a case or proceeding and all it leads
 * to) draws from its own generator seeded by (world seed, unit index), so a unit's story does not
 * depend on any other unit, on the as-of date or on how the work is split between workers.
 */
import { Rng } from '../../../lib/random.ts';

/** A 32-bit mix of two integers (murmur3 finaliser over a combined state). */
export function hash32(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Uniform in [0, 1) from two integers. */
export function hashUnit(a: number, b: number): number {
  return hash32(a, b) / 4294967296;
}

export function unitRng(seed: number, index: number): Rng {
  return new Rng(hash32(hash32(seed, 0xa11ce), index) || 1);
}
