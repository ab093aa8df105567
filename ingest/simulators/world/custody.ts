/**
 * One person, one prison at a time, across proceedings.
 *
 * Each proceeding's story is drawn on its own (story.ts), so two proceedings of the same accused
 * person could each put them in prison on the same days. Reality does not: a person already held
 * serves the new sentence after the earlier one (consecutive sentences), and is not admitted for
 * pre-trial detention while already in prison. This module makes that so while keeping every
 * story a pure function of (seed, unit) — no pass over the whole world, no state between runs:
 *
 * - Accused persons are dealt round by round (`personOf`): accused slot g (proceeding p, slot i,
 *   g = p × 4 + i) is person π_r(g mod N) of the offender pool (N persons), where r = ⌊g / N⌋ and
 *   π_r is an affine permutation of 0…N−1 drawn from the seed. Every offender is dealt once per
 *   round, at random places, so persons reoffend as before, and the earlier proceedings of a person
 *   are found by inverting the permutations (`earlierSlots`), without an index.
 * - A person's custody block in a proceeding (every stay of one accused slot) is adjusted against
 *   the day the person is free of all their earlier blocks (`adjust`): a block starting before
 *   that day is served after it (shifted, with the conditional release that follows it), and a
 *   pre-trial detention only is shortened, or dropped when the person was held throughout.
 *   The earlier blocks come from the raw (unadjusted) stories of the earlier proceedings, and are
 *   adjusted in order by the same rule, so every proceeding sees the same history.
 */
import { hash32 } from './hash.ts';

/** Accused slots per proceeding: the most accused a proceeding has (parameters: parties.criminal.accused). */
export const ACCUSED_SLOTS = 4;

/** One accused slot's custody in a proceeding as drawn (before adjustment). */
export interface CustodyBlock {
  /** The first admission day. */
  start: number;
  /** The last release day. */
  end: number;
  /** A custodial sentence is served in the block (not pre-trial detention only). */
  sentenced: boolean;
}

/** What to do with a block: shift it by `shift` days, or start it at `startAt`, or drop it. */
export type Adjustment =
  { kind: 'keep' } | { kind: 'shift'; days: number } | { kind: 'start_at'; day: number } | { kind: 'drop' };

/**
 * The adjustment of a block given the day the person is free of their earlier custody (release
 * and admission on the same day do not overlap), and the day they are free after it.
 */
export function adjust(block: CustodyBlock, freeFrom: number): { adjustment: Adjustment; freeAfter: number } {
  if (freeFrom <= block.start) return { adjustment: { kind: 'keep' }, freeAfter: block.end };
  if (block.sentenced) {
    const days = freeFrom - block.start;
    return { adjustment: { kind: 'shift', days }, freeAfter: block.end + days };
  }
  // pre-trial detention only: the person is already held until freeFrom
  if (freeFrom >= block.end) return { adjustment: { kind: 'drop' }, freeAfter: freeFrom };
  return { adjustment: { kind: 'start_at', day: freeFrom }, freeAfter: block.end };
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** x with a·x ≡ 1 (mod n), for gcd(a, n) = 1. */
function modInverse(a: number, n: number): number {
  let [r0, r1] = [a % n, n];
  let [s0, s1] = [1, 0];
  while (r1) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % n) + n) % n;
}

/** (a·x + b) mod n without losing precision (a, x < n ≤ 2^26 keeps a·x below 2^53). */
function affine(a: number, x: number, b: number, n: number): number {
  return (a * x + b) % n;
}

export class Custody {
  private readonly rounds = new Map<number, { a: number; b: number; inverse: number }>();
  private readonly blocks = new Map<number, (CustodyBlock | null)[]>();

  constructor(
    private readonly seed: number,
    /** The offender pool: persons 0 … offenders−1. */
    private readonly offenders: number,
    /** The raw custody blocks of proceeding p, one per accused slot (null: no custody). */
    private readonly rawBlocks: (proceeding: number) => (CustodyBlock | null)[],
  ) {
    if (offenders >= 2 ** 26) throw new Error(`offender pool of ${offenders} is too large`);
  }

  private round(r: number): { a: number; b: number; inverse: number } {
    let p = this.rounds.get(r);
    if (!p) {
      const n = this.offenders;
      const h = hash32(this.seed ^ 0xc0571d, r);
      let a = n > 1 ? 1 + (h % (n - 1)) : 1;
      while (gcd(a, n) !== 1) a = a + 1 < n ? a + 1 : 1;
      p = { a, b: hash32(h, 0xb) % n, inverse: modInverse(a, n) };
      this.rounds.set(r, p);
    }
    return p;
  }

  /** The offender in accused slot `slot` of proceeding `proceeding` (its index among proceedings). */
  personOf(proceeding: number, slot: number): number {
    const g = proceeding * ACCUSED_SLOTS + slot;
    const n = this.offenders;
    const { a, b } = this.round(Math.floor(g / n));
    return affine(a, g % n, b, n);
  }

  /** The accused slots (g = proceeding × 4 + slot) that deal `person` before slot g, oldest first. */
  earlierSlots(person: number, g: number): number[] {
    const n = this.offenders;
    const out: number[] = [];
    const last = Math.floor(g / n);
    for (let r = 0; r <= last; r++) {
      const { b, inverse } = this.round(r);
      const x = affine(inverse, (person - b + n) % n, 0, n);
      const at = r * n + x;
      if (at < g) out.push(at);
    }
    return out;
  }

  private rawBlock(g: number): CustodyBlock | null {
    const p = Math.floor(g / ACCUSED_SLOTS);
    let b = this.blocks.get(p);
    if (!b) {
      if (this.blocks.size >= 200_000) this.blocks.clear();
      b = this.rawBlocks(p);
      this.blocks.set(p, b);
    }
    return b[g % ACCUSED_SLOTS] ?? null;
  }

  /** The day `person`, dealt in slot `slot` of `proceeding`, is free of every earlier custody block. */
  freeFrom(person: number, proceeding: number, slot: number): number {
    let free = -Infinity;
    for (const g of this.earlierSlots(person, proceeding * ACCUSED_SLOTS + slot)) {
      const block = this.rawBlock(g);
      if (block) free = adjust(block, free).freeAfter;
    }
    return free;
  }
}
