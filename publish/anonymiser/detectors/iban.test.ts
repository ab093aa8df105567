import { describe, expect, it } from 'vitest';
import { detectIdentifiers, ibanValid } from './identifiers.ts';
import { IBAN_LENGTH } from './iban-registry.ts';
import { anonymise } from '../anonymise.ts';
import { residualPiiGate } from '../gate.ts';

/** A valid IBAN of the country's registry length: a BBAN of digits (a bank code of letters where a
 * country has one) and the check digits computed by ISO 7064 mod 97-10. */
function makeIban(country: string, seed: number): string {
  const length = IBAN_LENGTH[country] as number;
  let bban = '';
  let x = seed;
  for (let i = 0; i < length - 4; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    bban +=
      i < 4 && seed % 2 === 0 && ['LV', 'GB', 'NL', 'MT', 'IE', 'BG'].includes(country)
        ? String.fromCharCode(65 + (x % 26))
        : String(x % 10);
  }
  const moved = `${bban}${country}00`;
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return `${country}${String(98 - rem).padStart(2, '0')}${bban}`;
}

const grouped = (s: string, sep = ' '): string => s.replace(/(.{4})(?=.)/g, `$1${sep}`);

const FORMS: Array<[string, (s: string) => string]> = [
  ['compact', (s) => s],
  ['grouped', (s) => grouped(s)],
  ['lower case', (s) => s.toLowerCase()],
  ['grouped lower case', (s) => grouped(s.toLowerCase())],
  ['no-break spaces', (s) => grouped(s, '\u00a0')],
];
const SENTENCES = [
  (i: string) => `Naudu pārskaitīja uz kontu ${i}.`,
  (i: string) => `konts ${i} un konts`,
  (i: string) => `IBAN: ${i}, AS “Banka”.`,
  (i: string) => `(konta Nr. ${i})`,
  (i: string) => `norēķinu konts ${i} ar atlikumu`,
];

describe('IBANs of every ISO 13616 registry country', () => {
  it('the registry lengths are between 15 and 34', () => {
    for (const [c, n] of Object.entries(IBAN_LENGTH)) {
      expect(c).toMatch(/^[A-Z]{2}$/);
      expect(n).toBeGreaterThanOrEqual(15);
      expect(n).toBeLessThanOrEqual(34);
    }
  });
  for (const country of Object.keys(IBAN_LENGTH)) {
    it(`${country}: compact, grouped, lower case, no-break spaces, before short words`, () => {
      for (const seed of [7, 8]) {
        const iban = makeIban(country, seed);
        expect(ibanValid(iban)).toBe(true);
        for (const [, form] of FORMS) {
          const written = form(iban);
          for (const sentence of SENTENCES) {
            const text = sentence(written);
            const spans = detectIdentifiers(text).filter((s) => s.category === 'iban');
            expect(
              spans.map((s) => text.slice(s.start, s.end)),
              text,
            ).toEqual([written]);
            const out = anonymise(text).text;
            expect(out).toContain('[konta numurs]');
            // The gate, independent of the detectors, would have caught it had it stayed.
            expect(
              residualPiiGate(text).reasons.some((r) => r.kind === 'iban'),
              text,
            ).toBe(true);
            expect(
              residualPiiGate(out).reasons.filter((r) => r.kind === 'iban'),
              out,
            ).toEqual([]);
          }
        }
      }
    });
  }
  it('a wrong check digit or a wrong length is no IBAN', () => {
    const de = makeIban('DE', 3);
    const broken = `${de.slice(0, 2)}${de[2] === '9' ? '0' : '9'}${de.slice(3)}`;
    expect(detectIdentifiers(`konts ${broken}`).filter((s) => s.category === 'iban')).toEqual([]);
    expect(detectIdentifiers(`konts ${de}1`).filter((s) => s.category === 'iban')).toEqual([]);
  });
});
