/**
 * Simulated persons: Latvian personal codes and names.
 *
 * Person k of the world's person pool is a pure function of (seed, k), so the same person appears
 * with the same code and name in every system and every run. Codes are unique by construction:
 * - old format DDMMYY-CSSSK (C: century digit 0/1/2 for the 1800s/1900s/2000s, SSS a serial, K the
 *   check digit over the first ten digits, weights 1,6,3,7,9,10,5,8,4,2, K = (1101 − Σ) mod 11, and
 *   0 when that is 10). Birth dates follow an age distribution; each (date, serial) slot is used by
 *   one person only, because the serial is derived from the person's index (see `birthSlots`);
 * - post-2017 format 32XXXX-XXXXX for a share of persons: "32", eight digits from the person's
 *   index, and a check digit by the same rule. It carries no birth date, which is why every
 *   person entity also has `birth_year` and `sex`.
 */
import { fromDay, toDay } from '../../../lib/dates.ts';
import { hash32, unitRng } from './hash.ts';

const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export function checkDigit(tenDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (tenDigits.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  const k = (((1101 - sum) % 11) + 11) % 11;
  return k === 10 ? 0 : k;
}

/** true when a personal code (with or without the hyphen) has 11 digits and a valid check digit. */
export function isValidPersonalCode(code: string): boolean {
  const c = code.replace('-', '');
  if (!/^\d{11}$/.test(c)) return false;
  return checkDigit(c) === c.charCodeAt(10) - 48;
}

export interface NameLists {
  male: string[];
  female: string[];
  /** Surnames as [masculine, feminine]. */
  surnames: [string, string][];
}

export interface Person {
  index: number;
  personal_code: string;
  first_name: string;
  last_name: string;
  sex: 'M' | 'F';
  birth_year: number;
  birth_day: number;
}

export interface PersonPoolOptions {
  seed: number;
  /** Persons in the pool. */
  size: number;
  /** Share of persons with a post-2017 code. */
  newCodeShare: number;
  /** Persons 0 … offenders−1 are the pool accused persons are drawn from. */
  offenders: number;
  /** Share of men among offenders and among the others. */
  maleShare: { offenders: number; others: number };
  /** Birth years and their weights (relative). */
  birthYears: { from: number; to: number };
  names: NameLists;
}

/**
 * The pool of birth slots: every birth day between the years given, repeated in proportion to a
 * smooth age weight, shuffled by the seed. Person k takes slot k mod slots.length and serial
 * floor(k / slots.length) × reps + rep, so no two persons share a (date, serial) pair.
 */
export class PersonPool {
  private readonly slotDay: Int32Array;
  private readonly slotRep: Uint16Array;
  private readonly maxRep: number;

  constructor(private readonly o: PersonPoolOptions) {
    const first = toDay(`${o.birthYears.from}-01-01`);
    const last = toDay(`${o.birthYears.to}-12-31`);
    const days = last - first + 1;
    // Weight: a broad hump (adults of working age are most often parties), 1..4 repetitions a day.
    const reps: number[] = [];
    let total = 0;
    for (let d = 0; d < days; d++) {
      const x = d / days;
      const r = 1 + Math.round(3 * Math.sin(Math.PI * Math.min(1, x * 1.15)) ** 2);
      reps.push(r);
      total += r;
    }
    this.slotDay = new Int32Array(total);
    this.slotRep = new Uint16Array(total);
    let i = 0;
    let maxRep = 0;
    for (let d = 0; d < days; d++) {
      for (let r = 0; r < (reps[d] as number); r++) {
        this.slotDay[i] = first + d;
        this.slotRep[i] = r;
        i++;
      }
      maxRep = Math.max(maxRep, reps[d] as number);
    }
    this.maxRep = maxRep;
    // Fisher–Yates with the seed.
    const rng = unitRng(o.seed, 0x5eed);
    for (let j = total - 1; j > 0; j--) {
      const k = Math.floor(rng.next() * (j + 1));
      const td = this.slotDay[j] as number;
      this.slotDay[j] = this.slotDay[k] as number;
      this.slotDay[k] = td;
      const tr = this.slotRep[j] as number;
      this.slotRep[j] = this.slotRep[k] as number;
      this.slotRep[k] = tr;
    }
    if (Math.ceil(o.size / total) * this.maxRep > 999)
      throw new Error(`person pool of ${o.size} is too large for unique old-format codes`);
  }

  /** The largest pool for which old-format codes stay unique. */
  static maxSize(birthYears: { from: number; to: number }): number {
    return Math.floor(999 / 4) * Math.floor((birthYears.to - birthYears.from + 1) * 365);
  }

  get size(): number {
    return this.o.size;
  }

  person(k: number): Person {
    const o = this.o;
    const h = hash32(o.seed ^ 0x70e5, k);
    const male = k < o.offenders ? o.maleShare.offenders : o.maleShare.others;
    const sex: 'M' | 'F' = (h & 0xffff) / 65536 < male ? 'M' : 'F';
    const h2 = hash32(h, 0x1234);
    const first_name = sex === 'M' ? pickBy(o.names.male, h2) : pickBy(o.names.female, h2);
    const sur = pickBy(o.names.surnames, hash32(h2, 0x77)) as [string, string];
    const last_name = sex === 'M' ? sur[0] : sur[1];
    const slot = k % this.slotDay.length;
    const birthDay = this.slotDay[slot] as number;
    const iso = fromDay(birthDay);
    const year = Number(iso.slice(0, 4));
    let personal_code: string;
    if (((h >>> 16) & 0xffff) / 65536 < o.newCodeShare) {
      const body = `32${String(k % 100_000_000).padStart(8, '0')}`;
      const d = `${body}${checkDigit(body)}`;
      personal_code = `${d.slice(0, 6)}-${d.slice(6)}`;
    } else {
      const serial = Math.floor(k / this.slotDay.length) * this.maxRep + (this.slotRep[slot] as number);
      const century = year < 1900 ? 0 : year < 2000 ? 1 : 2;
      const body = `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(2, 4)}${century}${String(serial).padStart(3, '0')}`;
      personal_code = `${body.slice(0, 6)}-${body.slice(6)}${checkDigit(body)}`;
    }
    return { index: k, personal_code, first_name, last_name, sex, birth_year: year, birth_day: birthDay };
  }
}

function pickBy<T>(items: readonly T[], h: number): T {
  return items[(h >>> 0) % items.length] as T;
}
