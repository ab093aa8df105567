/** custody.ts: accused persons dealt round by round, and one custody at a time per person. */
import { describe, expect, it } from 'vitest';
import { ACCUSED_SLOTS, adjust, Custody, type CustodyBlock } from './custody.ts';

describe('Custody', () => {
  it('deals every offender once per round, and finds the earlier slots of a person by inverting the rounds', () => {
    const n = 997 * 3; // not prime: the permutations must still be bijections
    const custody = new Custody(5, n, () => []);
    const seen = new Map<number, number[]>();
    const slots = n * 4 + 17;
    for (let g = 0; g < slots; g++) {
      const person = custody.personOf(Math.floor(g / ACCUSED_SLOTS), g % ACCUSED_SLOTS);
      expect(person).toBeGreaterThanOrEqual(0);
      expect(person).toBeLessThan(n);
      const list = seen.get(person) ?? [];
      list.push(g);
      seen.set(person, list);
    }
    // four full rounds: everyone four or five times
    for (let k = 0; k < n; k++) expect((seen.get(k) ?? []).length).toBeGreaterThanOrEqual(4);
    for (const [person, list] of seen) {
      const last = list[list.length - 1] as number;
      expect(custody.earlierSlots(person, last)).toEqual(list.slice(0, -1));
    }
  });

  it('serves a sentence after the earlier custody, shortens or drops a pre-trial detention', () => {
    const sentence: CustodyBlock = { start: 100, end: 400, sentenced: true };
    const detention: CustodyBlock = { start: 100, end: 200, sentenced: false };
    expect(adjust(sentence, 50)).toEqual({ adjustment: { kind: 'keep' }, freeAfter: 400 });
    expect(adjust(sentence, 100)).toEqual({ adjustment: { kind: 'keep' }, freeAfter: 400 });
    expect(adjust(sentence, 150)).toEqual({ adjustment: { kind: 'shift', days: 50 }, freeAfter: 450 });
    expect(adjust(detention, 150)).toEqual({ adjustment: { kind: 'start_at', day: 150 }, freeAfter: 200 });
    expect(adjust(detention, 250)).toEqual({ adjustment: { kind: 'drop' }, freeAfter: 250 });
    expect(adjust(sentence, -Infinity).adjustment).toEqual({ kind: 'keep' });
  });

  it('frees a person after every earlier block, each adjusted in turn', () => {
    const n = 10;
    // proceeding p holds its slot-0 person from 100p to 100p + 250 (sentenced)
    const custody = new Custody(1, n, (p) => [{ start: 100 * p, end: 100 * p + 250, sentenced: true }]);
    const person = custody.personOf(30, 0);
    const earlier = custody.earlierSlots(person, 30 * ACCUSED_SLOTS).filter((g) => g % ACCUSED_SLOTS === 0);
    let free = -Infinity;
    for (const g of earlier)
      free = adjust({ start: 100 * (g / 4), end: 100 * (g / 4) + 250, sentenced: true }, free).freeAfter;
    const all = custody.earlierSlots(person, 30 * ACCUSED_SLOTS);
    expect(all.length).toBeGreaterThan(0);
    expect(custody.freeFrom(person, 30, 0)).toBe(free);
  });
});
