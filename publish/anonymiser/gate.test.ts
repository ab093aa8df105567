import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise.ts';
import { residualPiiGate } from './gate.ts';

const CLEAN =
  'Apsūdzētais A, personas kods [personas kods], tālrunis [tālruņa numurs], konts [konta numurs]. Tiesnese Inga Kalniņa. Lieta Nr. K30-0123-26, 2026. gada 12. martā, 1250,00 EUR.';
const PARTIES = [{ name: 'Jānis', surname: 'Bērziņš', role: 'apsudzetais' }];

describe('residualPiiGate', () => {
  it('passes a clean anonymised text', () => {
    expect(residualPiiGate(CLEAN, { parties: PARTIES })).toEqual({ pass: true, reasons: [] });
  });

  it.each([
    ['a personal code, even with a wrong check digit', 'kods 120385-12343.', 'personal_code'],
    ['a personal code without the hyphen', 'kods 12038512343.', 'personal_code'],
    ['an IBAN, even with wrong check digits', 'konts LV81 BANK 0000 4351 9500 1.', 'iban'],
    ['a phone number', 'zvanīja uz 29 123 456.', 'phone'],
    ['a +371 number', 'zvanīja uz +371 6712 3456.', 'phone'],
    ['an e-mail address', 'rakstīja uz x.y@example.lv.', 'email'],
    ['a party surname in another case', 'Tiesa uzklausīja Bērziņam piederošo liecību.', 'party_name'],
    ['a party surname in capitals', 'atzīt BĒRZIŅU par vainīgu', 'party_name'],
    ['a party given name next to the surname', 'Jāņa Bērziņa liecība', 'party_name'],
  ])('holds back %s', (_what, leak, kind) => {
    const r = residualPiiGate(`${CLEAN} ${leak}`, { parties: PARTIES });
    expect(r.pass).toBe(false);
    expect(r.reasons.map((x) => x.kind)).toContain(kind);
    // The reason never repeats the personal datum itself.
    for (const x of r.reasons) expect(x.detail).not.toMatch(/\d{4}|@|Bērziņ/);
  });

  it('does not take court case numbers for phone numbers', () => {
    for (const n of ['C25-000369-23', 'K26-123456-24', 'A60-012345-21', 'C25-000369-23/A24']) {
      expect(residualPiiGate(`${CLEAN} Lieta Nr. ${n}.`, { parties: PARTIES }).pass, n).toBe(true);
    }
  });

  it('does not hold back words that merely start like a surname, or companies named after one', () => {
    const parties = [{ name: 'Anna', surname: 'Liepa' }];
    expect(residualPiiGate('Liepājā, 2026. gada 3. martā. SIA “Liepas nams”.', { parties }).pass).toBe(true);
  });

  it('catches independently a leak the anonymiser cannot see', () => {
    // A personal code with a wrong check digit and no hyphen, not after "personas kods": the
    // anonymiser leaves it (it is not a valid code), the gate still refuses the text.
    const text = 'Apsūdzētais Jānis Bērziņš iesniedza izziņu Nr. 12038512343 tiesai.';
    const out = anonymise(text, { parties: PARTIES });
    expect(out.text).toContain('12038512343');
    expect(residualPiiGate(out.text, { parties: PARTIES }).pass).toBe(false);
    // A party name the anonymiser did not know about (no structured data given to it).
    const leaked = anonymise('Ziņojumu parakstīja Raivo Dzirkstiņ.').text;
    expect(residualPiiGate(leaked, { parties: [{ name: 'Raivo', surname: 'Dzirkstiņš' }] }).pass).toBe(false);
  });

  it('does not take proceeding or case numbers for personal codes, wherever they stand', () => {
    for (const n of [
      'Kriminālprocess Nr. 11181081522.',
      'Lieta Nr. 12048401522, SKK-637/2023.',
      'ECLI:LV:AT:2023:0603.12048401522.1.L',
      'Kriminālprocesa numurs 11297412617',
      'kriminālprocesā Nr. 11149506523, kas uzsākts',
      'reģistrēts ar numuru 11813001522.', // no real date in it (month 13)
    ])
      expect(residualPiiGate(`${CLEAN} ${n}`, { parties: PARTIES }).pass, n).toBe(true);
  });

  it("holds back a known party's code however it is spaced or broken across lines", () => {
    const parties = [{ name: 'Ilgvars', surname: 'Smilgainis', personal_code: '230491-11857' }];
    for (const n of ['230491–\r\n11857', '230491 -\n11857', '2304 9111 857', '23.04.91 11857'])
      expect(residualPiiGate(`${CLEAN} kods ${n}.`, { parties }).pass, JSON.stringify(n)).toBe(false);
    for (const n of ['150385-\r\n10341', '150385 -\n 10341'])
      expect(residualPiiGate(`${CLEAN} kods ${n}.`, { parties: PARTIES }).pass, JSON.stringify(n)).toBe(
        false,
      );
  });

  it("does not take a statute's title for a party whose surname it starts like", () => {
    const parties = [{ name: 'Ruta', surname: 'Mežals' }];
    expect(residualPiiGate(`${CLEAN} Kvalificēts pēc Meža likuma 47. panta.`, { parties }).pass).toBe(true);
    expect(residualPiiGate(`${CLEAN} Mežala liecība.`, { parties }).pass).toBe(false);
  });

  it('still holds back anything that could be a real personal code', () => {
    for (const n of [
      'kods 120385-12342.', // hyphenated: always
      'izziņa 12038512342.', // a real date, even after any word
      'jaunais 32581234567.', // the new form
      'Kriminālprocess Nr. 1, personas kods 11052012345.', // called a code
    ])
      expect(residualPiiGate(`${CLEAN} ${n}`, { parties: PARTIES }).pass, n).toBe(false);
  });
});
