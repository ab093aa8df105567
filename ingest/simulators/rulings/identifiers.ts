/**
 * Valid-looking personal identifiers for simulated rulings: personal codes (old, with a correct check
 * digit, and new since 2017), IBANs (with correct mod-97 check digits), phones, e-mails, vehicle
 * plates, cadastral numbers, passport and ID card numbers, addresses. Formats differ between the
 * `tune` and `heldout` splits where Latvian practice allows more than one way of writing them.
 * The `final`, `blind`, `audit`, `probe`, `exam` and `verify` splits have their own functions and lists at the end of this file.
 */
import type { Rng } from '../../../lib/random.ts';
import type { Split } from './names.ts';

const W = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** An old-format personal code for a birth date, with a valid check digit. */
export function oldPersonalCode(rng: Rng, birth: Date, hyphen = true): string {
  for (;;) {
    const y = birth.getUTCFullYear();
    const century = y >= 2000 ? 2 : y >= 1900 ? 1 : 0;
    const head =
      pad(birth.getUTCDate(), 2) +
      pad(birth.getUTCMonth() + 1, 2) +
      pad(y % 100, 2) +
      String(century) +
      pad(rng.int(0, 999), 3);
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (W[i] as number) * Number(head[i]);
    const check = (1101 - sum) % 11;
    if (check === 10) continue;
    return hyphen ? `${head.slice(0, 6)}-${head.slice(6)}${check}` : head + String(check);
  }
}

/** A new-format personal code (since 2017): 32…39, no date, no check digit. */
export function newPersonalCode(rng: Rng): string {
  const head = String(rng.int(32, 39)) + pad(rng.int(0, 9999), 4);
  return `${head}-${pad(rng.int(0, 99999), 5)}`;
}

const BANKS = ['HABA', 'UNLA', 'PARX', 'RIKO', 'NDEA', 'LUMI', 'BATR', 'CITA'];

function mod97(digits: string): number {
  let rem = 0;
  for (const ch of digits) rem = (rem * 10 + Number(ch)) % 97;
  return rem;
}

export function iban(rng: Rng, grouped: boolean, banks: readonly string[] = BANKS): string {
  const bank = rng.pick(banks);
  let account = '';
  for (let i = 0; i < 13; i++) account += String(rng.int(0, 9));
  const bban = bank + account;
  const numeric = [...(bban + 'LV00')].map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c)).join('');
  const check = pad(98 - mod97(numeric), 2);
  const s = `LV${check}${bban}`;
  return grouped ? (s.match(/.{1,4}/g) as string[]).join(' ') : s;
}

export function phone(rng: Rng, split: Split): string {
  if (split === 'final') return finalPhone(rng);
  if (split === 'blind') return blindPhone(rng);
  if (split === 'audit') return auditPhone(rng);
  if (split === 'probe') return probePhone(rng);
  if (split === 'exam') return examPhone(rng);
  if (split === 'verify') return verifyPhone(rng);
  const mobile = rng.chance(0.75);
  const first = mobile ? '2' : '6';
  let rest = '';
  for (let i = 0; i < 7; i++) rest += String(rng.int(0, 9));
  const n = first + rest;
  const style = rng.int(0, 2);
  if (split === 'tune') return [`+371 ${n}`, n, `+371${n}`][style] as string;
  if (split === 'sealed')
    return [
      `${n.slice(0, 4)}-${n.slice(4)}`,
      `+371 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
      `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`,
    ][style] as string;
  return [
    `(+371) ${n.slice(0, 4)} ${n.slice(4)}`,
    `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    `00371 ${n}`,
  ][style] as string;
}

const MAIL_DOMAINS = ['inbox.lv', 'gmail.com', 'apollo.lv', 'outlook.com', 'tvnet.lv', 'mail.ru'];

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z-]/g, '')
    .toLowerCase();
}

/** An e-mail address: one of the `locals` made of the ASCII given name and surname, at one of `domains`. */
function mailbox(
  rng: Rng,
  given: string,
  surname: string,
  domains: readonly string[],
  locals: (g: string, s: string) => string[],
): string {
  const local = rng.pick(locals(ascii(given), ascii(surname)));
  return `${local}@${rng.pick(domains)}`;
}

/** A mobile (2…, with chance `mobile`) or landline (6…) number of eight digits, written in one of `formats`. */
function mobileOrLandline(rng: Rng, mobile: number, formats: (n: string) => string[]): string {
  const n =
    (rng.chance(mobile) ? '2' : '6') + Array.from({ length: 7 }, () => String(rng.int(0, 9))).join('');
  return rng.pick(formats(n));
}

export function email(rng: Rng, given: string, surname: string): string {
  const style = rng.int(0, 3);
  const g = ascii(given);
  const s = ascii(surname);
  const local = [`${g}.${s}`, `${g.charAt(0)}${s}${rng.int(1, 99)}`, `${s}_${g}`, `${g}${rng.int(70, 99)}`][
    style
  ] as string;
  return `${local}@${rng.pick(MAIL_DOMAINS)}`;
}

export function plate(rng: Rng, split: Split): string {
  if (split === 'final') return finalPlate(rng);
  if (split === 'blind') return blindPlate(rng);
  if (split === 'audit') return auditPlate(rng);
  if (split === 'probe') return probePlate(rng);
  if (split === 'exam') return examPlate(rng);
  if (split === 'verify') return verifyPlate(rng);
  const letters = 'ABCDEFGHIJKLMNOPRSTUVZ';
  const two = letters.charAt(rng.int(0, letters.length - 1)) + letters.charAt(rng.int(0, letters.length - 1));
  const num = String(rng.int(1, 9999));
  if (split === 'tune') return `${two}-${num}`;
  if (split === 'sealed') return rng.chance(0.5) ? `${two}–${num}` : `${two}-${num}`;
  return rng.chance(0.5) ? `${two} ${num}` : `${two}${num}`;
}

export function cadastral(rng: Rng, split: Split): string {
  if (split === 'final') return finalCadastral(rng);
  if (split === 'blind') return blindCadastral(rng);
  if (split === 'audit') return auditCadastral(rng);
  if (split === 'probe') return probeCadastral(rng);
  if (split === 'exam') return examCadastral(rng);
  if (split === 'verify') return verifyCadastral(rng);
  const a = pad(rng.int(100, 9999), 4);
  const b = pad(rng.int(1, 999), 3);
  const c = pad(rng.int(1, 9999), 4);
  if (split === 'tune') return `${a} ${b} ${c}`;
  if (split === 'sealed')
    return rng.chance(0.5)
      ? `${a} ${b} ${c} ${pad(rng.int(1, 9), 3)} ${pad(rng.int(1, 30), 3)}`
      : `${a} ${b} ${c}`;
  return rng.chance(0.5) ? `${a}${b}${c}` : `${a} ${b} ${c} ${pad(rng.int(1, 20), 3)}`;
}

export type DocKind =
  'pase' | 'apliecība' | 'atļauja' | 'ārvalstu pase' | 'ārvalstu apliecība' | 'vadītāja apliecība';

export function documentNumber(rng: Rng): { kind: DocKind; number: string } {
  const passport = rng.chance(0.5);
  return {
    kind: passport ? 'pase' : 'apliecība',
    number: (passport ? 'LV' : rng.pick(['PA', 'PB'])) + pad(rng.int(0, 9999999), 7),
  };
}

// ---- addresses -----------------------------------------------------------------------------------

export interface Street {
  nom: string;
  loc: string;
}

const STREETS: Record<Split, Street[]> = {
  tune: [
    { nom: 'Brīvības iela', loc: 'Brīvības ielā' },
    { nom: 'Maskavas iela', loc: 'Maskavas ielā' },
    { nom: 'Krišjāņa Barona iela', loc: 'Krišjāņa Barona ielā' },
    { nom: 'Ganību dambis', loc: 'Ganību dambī' },
    { nom: 'Ulmaņa gatve', loc: 'Ulmaņa gatvē' },
    { nom: 'Lāčplēša iela', loc: 'Lāčplēša ielā' },
    { nom: 'Dzirnavu iela', loc: 'Dzirnavu ielā' },
    { nom: 'Raiņa bulvāris', loc: 'Raiņa bulvārī' },
    { nom: 'Skolas iela', loc: 'Skolas ielā' },
    { nom: 'Lielā iela', loc: 'Lielajā ielā' },
  ],
  heldout: [
    { nom: 'Kr. Valdemāra iela', loc: 'Kr. Valdemāra ielā' },
    { nom: 'Vienības gatve', loc: 'Vienības gatvē' },
    { nom: 'Brīvības prospekts', loc: 'Brīvības prospektā' },
    { nom: '11. novembra krastmala', loc: '11. novembra krastmalā' },
    { nom: 'Stacijas iela', loc: 'Stacijas ielā' },
    { nom: 'Jelgavas šoseja', loc: 'Jelgavas šosejā' },
    { nom: 'Aspazijas bulvāris', loc: 'Aspazijas bulvārī' },
    { nom: 'Dzelzceļa iela', loc: 'Dzelzceļa ielā' },
    { nom: 'Ogres iela', loc: 'Ogres ielā' },
    { nom: 'Rūpniecības iela', loc: 'Rūpniecības ielā' },
  ],
  sealed: [
    { nom: 'Tērbatas iela', loc: 'Tērbatas ielā' },
    { nom: 'Kalnciema iela', loc: 'Kalnciema ielā' },
    { nom: 'Ropažu iela', loc: 'Ropažu ielā' },
    { nom: 'Avotu iela', loc: 'Avotu ielā' },
    { nom: 'Meža prospekts', loc: 'Meža prospektā' },
    { nom: 'Zemitāna laukums', loc: 'Zemitāna laukumā' },
    { nom: 'Čiekurkalna 1. līnija', loc: 'Čiekurkalna 1. līnijā' },
    { nom: 'Upes iela', loc: 'Upes ielā' },
    { nom: 'Dārza iela', loc: 'Dārza ielā' },
    { nom: 'Miera iela', loc: 'Miera ielā' },
    { nom: 'Rīgas šoseja', loc: 'Rīgas šosejā' },
  ],
  final: [], // see FINAL_STREETS
  blind: [], // see BLIND_STREETS
  audit: [], // see AUDIT_STREETS
  probe: [], // see PROBE_STREETS
  exam: [], // see EXAM_STREETS
  verify: [], // see VERIFY_STREETS
};

export const CITIES: Record<Split, Array<{ nom: string; loc: string; postal: [number, number] }>> = {
  tune: [
    { nom: 'Rīga', loc: 'Rīgā', postal: [1001, 1084] },
    { nom: 'Jelgava', loc: 'Jelgavā', postal: [3001, 3008] },
    { nom: 'Liepāja', loc: 'Liepājā', postal: [3401, 3416] },
    { nom: 'Valmiera', loc: 'Valmierā', postal: [4201, 4202] },
  ],
  heldout: [
    { nom: 'Daugavpils', loc: 'Daugavpilī', postal: [5401, 5422] },
    { nom: 'Ventspils', loc: 'Ventspilī', postal: [3601, 3605] },
    { nom: 'Rēzekne', loc: 'Rēzeknē', postal: [4601, 4604] },
    { nom: 'Jūrmala', loc: 'Jūrmalā', postal: [2008, 2016] },
  ],
  sealed: [
    { nom: 'Cēsis', loc: 'Cēsīs', postal: [4101, 4106] },
    { nom: 'Ogre', loc: 'Ogrē', postal: [5001, 5003] },
    { nom: 'Tukums', loc: 'Tukumā', postal: [3101, 3104] },
    { nom: 'Sigulda', loc: 'Siguldā', postal: [2150, 2151] },
    { nom: 'Kuldīga', loc: 'Kuldīgā', postal: [3301, 3302] },
    { nom: 'Salaspils', loc: 'Salaspilī', postal: [2121, 2121] },
  ],
  final: [], // see FINAL_TOWNS
  blind: [], // see BLIND_TOWNS
  audit: [], // see AUDIT_TOWNS
  probe: [], // see PROBE_TOWNS
  exam: [], // see EXAM_TOWNS
  verify: [], // see VERIFY_TOWNS
};

const HOUSES: Record<Split, string[]> = {
  tune: ['Kalniņi', 'Ozoli', 'Lejas', 'Priedes', 'Bērzi', 'Jaunzemi', 'Ābeles'],
  heldout: ['Vecsaimnieki', 'Dzērves', 'Sila Pērles', 'Ķiršu dārzs', 'Lazdas', 'Mežmalas', 'Upmaļi'],
  sealed: ['Lejasvilki', 'Ceriņi', 'Jaunķikuri', 'Zīlītes', 'Vecbirzes', 'Pīlādži', 'Ausmas', 'Mazsaulieši'],
  final: [], // see FINAL_HOUSES
  blind: [], // see BLIND_HOUSES
  audit: [], // see AUDIT_HOUSES
  probe: [], // see PROBE_HOUSES
  exam: [], // see EXAM_HOUSES
  verify: [], // see VERIFY_HOUSES
};
const PARISHES: Record<Split, Array<[string, string]>> = {
  tune: [
    ['Dzelzavas', 'Madonas'],
    ['Rūjienas', 'Valmieras'],
    ['Vecumnieku', 'Bauskas'],
    ['Kalētu', 'Dienvidkurzemes'],
  ],
  heldout: [
    ['Ērgļu', 'Madonas'],
    ['Sēlpils', 'Aizkraukles'],
    ['Zaubes', 'Ogres'],
    ['Kalupes', 'Augšdaugavas'],
  ],
  sealed: [
    ['Lielplatones', 'Jelgavas'],
    ['Lubānas', 'Madonas'],
    ['Kokneses', 'Aizkraukles'],
    ['Vircavas', 'Jelgavas'],
    ['Rugāju', 'Balvu'],
  ],
  final: [], // see FINAL_PARISHES
  blind: [], // see BLIND_PARISHES
  audit: [], // see AUDIT_PARISHES
  probe: [], // see PROBE_PARISHES
  exam: [], // see EXAM_PARISHES
  verify: [], // see VERIFY_PARISHES
};

/** Villages (ciemi) of the sealed split's parishes, for "house name, village, parish" and "street, village". */
const VILLAGES: Record<string, string> = {
  Lielplatones: 'Lielplatone',
  Lubānas: 'Meirāni',
  Kokneses: 'Koknese',
  Vircavas: 'Vircava',
  Rugāju: 'Rugāji',
};

export interface AddressParts {
  /** the personal part (street + house + flat, or house name + parish + municipality) */
  address: string;
  /** the same in the locative, for "dzīvo …" sentences (rural addresses do not change) */
  addressLoc: string;
  city: { nom: string; loc: string } | null;
  postal: string;
  rural: boolean;
  /** audit split: the town and postal code are written before the street ("Rīga, LV-1004, Ilūkstes iela 8-12") */
  townFirst?: boolean;
}

export function address(rng: Rng, split: Split): AddressParts {
  if (split === 'sealed') return sealedAddress(rng);
  if (split === 'final') return finalAddress(rng);
  if (split === 'blind') return blindAddress(rng);
  if (split === 'audit') return auditAddress(rng);
  if (split === 'probe') return probeAddress(rng);
  if (split === 'exam') return examAddress(rng);
  if (split === 'verify') return verifyAddress(rng);
  if (rng.chance(split === 'tune' ? 0.25 : 0.35)) {
    const house = rng.pick(HOUSES[split]);
    const [parish, muni] = rng.pick(PARISHES[split]);
    const text =
      split === 'tune'
        ? `“${house}”, ${parish} pagasts, ${muni} novads`
        : rng.chance(0.5)
          ? `“${house}”, ${parish} pag., ${muni} nov.`
          : `"${house}", ${parish} pagasts, ${muni} novads`;
    return { address: text, addressLoc: text, city: null, postal: `LV-${rng.int(3000, 5799)}`, rural: true };
  }
  const street = rng.pick(STREETS[split]);
  const city = rng.pick(CITIES[split]);
  const house = String(rng.int(1, 180)) + (rng.chance(0.15) ? rng.pick(['A', 'B', 'k']) : '');
  const flat = rng.int(1, 140);
  let tail: string;
  if (split === 'tune') tail = rng.chance(0.8) ? `${house}-${flat}` : house;
  else
    tail = rng.pick([
      `${house} dz. ${flat}`,
      `${house} k-${rng.int(1, 4)} - ${flat}`,
      `${house}, dzīvoklis ${flat}`,
      `${house} - ${flat}`,
      house,
    ]);
  if (house.endsWith('k')) tail = tail.replace(/^(\d+)k/, '$1');
  return {
    address: `${street.nom} ${tail}`,
    addressLoc: `${street.loc} ${tail}`,
    city,
    postal: `LV-${rng.int(city.postal[0], city.postal[1])}`,
    rural: false,
  };
}

/**
 * Addresses of the sealed split: urban with a slash-numbered or lettered house, "k." buildings,
 * "dz." / en-dash flats; rural with a village ("“Ceriņi”, Lielplatone, Lielplatones pag., Jelgavas
 * nov."), or a village street ("Dārza iela 4, Koknese, Kokneses pag." — the street and house are the
 * personal part, the village and parish are written plain like a town).
 */
function sealedAddress(rng: Rng): AddressParts {
  const kind = rng.int(0, 9);
  if (kind < 3) {
    const house = rng.pick(HOUSES.sealed);
    const [parish, muni] = rng.pick(PARISHES.sealed);
    const village = VILLAGES[parish] as string;
    const text = rng.pick([
      `“${house}”, ${village}, ${parish} pag., ${muni} nov.`,
      `„${house}”, ${parish} pagasts, ${muni} novads`,
      `${parish} pagasta ${village}, “${house}”`,
    ]);
    return { address: text, addressLoc: text, city: null, postal: `LV-${rng.int(3000, 5799)}`, rural: true };
  }
  if (kind < 4) {
    const street = rng.pick(STREETS.sealed);
    const [parish, muni] = rng.pick(PARISHES.sealed);
    const village = VILLAGES[parish] as string;
    const n = String(rng.int(1, 40));
    return {
      address: `${street.nom} ${n}`,
      addressLoc: `${street.loc} ${n}`,
      city: {
        nom: `${village}, ${parish} pag., ${muni} nov.`,
        loc: `${village}, ${parish} pag., ${muni} nov.`,
      },
      postal: `LV-${rng.int(3000, 5799)}`,
      rural: true,
    };
  }
  const street = rng.pick(STREETS.sealed);
  const city = rng.pick(CITIES.sealed);
  const num = rng.int(1, 120);
  const house = rng.pick([
    String(num),
    `${num}/${num + 2}`,
    `${num}${rng.pick(['A', 'B', 'C'])}`,
    String(num),
  ]);
  const flat = rng.int(1, 96);
  const tail = rng.pick([
    `${house}–${flat}`,
    `${house}, dz. ${flat}`,
    `${house} k. ${rng.int(1, 5)}, dz. ${flat}`,
    `${house}-${flat}`,
    `${house}`,
  ]);
  return {
    address: `${street.nom} ${tail}`,
    addressLoc: `${street.loc} ${tail}`,
    city,
    postal: `LV-${rng.int(city.postal[0], city.postal[1])}`,
    rural: false,
  };
}

// ---- the `final` split ---------------------------------------------------------------------------

/** Personal codes of the final split: old (hyphen, none, or a space), new (since 2017: 32…). */
export function finalPersonalCode(rng: Rng, birth: Date): string {
  // A person born after the new codes were introduced (1 July 2017) has a new code.
  if (birth.getTime() >= Date.UTC(2017, 6, 1) || rng.chance(0.35))
    return `32${pad(rng.int(0, 9999), 4)}-${pad(rng.int(0, 99999), 5)}`;
  const r = rng.next();
  const c = oldPersonalCode(rng, birth, true);
  if (r < 0.7) return c;
  if (r < 0.9) return c.replace('-', '');
  return c.replace('-', ' ');
}

function finalPhone(rng: Rng): string {
  return mobileOrLandline(rng, 0.8, (n) => [
    `+371 ${n.slice(0, 4)} ${n.slice(4)}`,
    `+371-${n}`,
    `${n.slice(0, 4)} ${n.slice(4)}`,
    n,
    `+371 ${n}`,
  ]);
}

const FINAL_MAIL_DOMAINS = ['one.lv', 'icloud.com', 'yahoo.com', 'hotmail.com', 'inbox.lv', 'balticom.lv'];

export function finalEmail(rng: Rng, given: string, surname: string, birthYear: number): string {
  return mailbox(rng, given, surname, FINAL_MAIL_DOMAINS, (g, s) => [
    `${g}.${s}${String(birthYear).slice(2)}`,
    `${s}.${g.charAt(0)}`,
    `${g}-${s}`,
    `${g.charAt(0)}.${s}`,
    `${s}${birthYear}`,
  ]);
}

export const FINAL_BANKS = ['HABA', 'UNLA', 'PARX', 'RIKO', 'RTMB', 'BATR'];

function finalPlate(rng: Rng): string {
  const letters = 'ABCDEFGHIJKLMNOPRSTUVZ';
  const L = () => letters.charAt(rng.int(0, letters.length - 1));
  const kind = rng.next();
  if (kind < 0.55) return `${L()}${L()}-${rng.int(1, 9999)}`;
  if (kind < 0.8) return `${L()}${L()} ${rng.int(100, 9999)}`;
  if (kind < 0.9) return rng.pick(['ZIBENS', 'LAIVA7', 'BOSS1', 'TURBO', 'PUPA22', 'KAIJA']); // individual plates
  return `${L()}${L()}${L()} ${pad(rng.int(1, 999), 3)}`; // a Lithuanian registration
}

function finalCadastral(rng: Rng): string {
  const a = pad(rng.int(100, 9899), 4);
  const b = pad(rng.int(1, 999), 3);
  const c = pad(rng.int(1, 9999), 4);
  const kind = rng.next();
  if (kind < 0.45) return `${a} ${b} ${c}`;
  if (kind < 0.65) return `${a}${b}${c}`;
  if (kind < 0.85) return `${a} ${b} ${c} ${pad(rng.int(1, 12), 3)}`;
  return `${a} ${b} ${c} ${pad(rng.int(1, 9), 3)} ${pad(rng.int(1, 60), 3)}`;
}

export function finalDocumentNumber(rng: Rng): { kind: DocKind; number: string } {
  const passport = rng.chance(0.45);
  const prefix = passport ? 'LV' : rng.pick(['PA', 'PB', 'PC']);
  const digits = pad(rng.int(0, 9999999), 7);
  return {
    kind: passport ? 'pase' : 'apliecība',
    number: rng.chance(0.2) ? `${prefix} ${digits}` : prefix + digits,
  };
}

interface Town {
  nom: string;
  loc: string;
  /** the municipality, written after a town outside the republican cities ("Talsi, Talsu nov.") */
  muni: string | null;
  postal: [number, number];
}

/** A town as the city of an address: outside the republican cities with its municipality ("Talsi, Talsu nov."). */
function townCity(town: Town): { nom: string; loc: string } {
  if (!town.muni) return { nom: town.nom, loc: town.loc };
  return { nom: `${town.nom}, ${town.muni} nov.`, loc: `${town.loc}, ${town.muni} nov.` };
}

const FINAL_TOWNS: Town[] = [
  { nom: 'Rīga', loc: 'Rīgā', muni: null, postal: [1002, 1082] },
  { nom: 'Rīga', loc: 'Rīgā', muni: null, postal: [1002, 1082] },
  { nom: 'Talsi', loc: 'Talsos', muni: 'Talsu', postal: [3201, 3201] },
  { nom: 'Saldus', loc: 'Saldū', muni: 'Saldus', postal: [3801, 3801] },
  { nom: 'Limbaži', loc: 'Limbažos', muni: 'Limbažu', postal: [4001, 4001] },
  { nom: 'Gulbene', loc: 'Gulbenē', muni: 'Gulbenes', postal: [4401, 4401] },
  { nom: 'Alūksne', loc: 'Alūksnē', muni: 'Alūksnes', postal: [4301, 4301] },
  { nom: 'Preiļi', loc: 'Preiļos', muni: 'Preiļu', postal: [5301, 5301] },
  { nom: 'Ludza', loc: 'Ludzā', muni: 'Ludzas', postal: [5701, 5701] },
  { nom: 'Krāslava', loc: 'Krāslavā', muni: 'Krāslavas', postal: [5601, 5601] },
  { nom: 'Dobele', loc: 'Dobelē', muni: 'Dobeles', postal: [3701, 3701] },
  { nom: 'Smiltene', loc: 'Smiltenē', muni: 'Smiltenes', postal: [4729, 4729] },
  { nom: 'Jēkabpils', loc: 'Jēkabpilī', muni: null, postal: [5201, 5202] },
  { nom: 'Olaine', loc: 'Olainē', muni: 'Olaines', postal: [2114, 2114] },
];

/** City streets (Rīga, Jēkabpils) and small-town streets. */
const FINAL_STREETS: Street[] = [
  { nom: 'Tallinas iela', loc: 'Tallinas ielā' },
  { nom: 'Ieriķu iela', loc: 'Ieriķu ielā' },
  { nom: 'Gogoļa iela', loc: 'Gogoļa ielā' },
  { nom: 'Bruņinieku iela', loc: 'Bruņinieku ielā' },
  { nom: 'Ģertrūdes iela', loc: 'Ģertrūdes ielā' },
  { nom: 'Zolitūdes iela', loc: 'Zolitūdes ielā' },
  { nom: 'Imantas 8. līnija', loc: 'Imantas 8. līnijā' },
  { nom: 'Anniņmuižas bulvāris', loc: 'Anniņmuižas bulvārī' },
  { nom: 'Aleksandra Čaka iela', loc: 'Aleksandra Čaka ielā' },
  { nom: 'Kronvalda bulvāris', loc: 'Kronvalda bulvārī' },
  { nom: 'Mūkusalas iela', loc: 'Mūkusalas ielā' },
  { nom: 'Pērnavas iela', loc: 'Pērnavas ielā' },
  { nom: 'Biķernieku iela', loc: 'Biķernieku ielā' },
];
const FINAL_TOWN_STREETS: Street[] = [
  { nom: 'Pils iela', loc: 'Pils ielā' },
  { nom: 'Baznīcas iela', loc: 'Baznīcas ielā' },
  { nom: 'Liepu iela', loc: 'Liepu ielā' },
  { nom: 'Ezera iela', loc: 'Ezera ielā' },
  { nom: 'Saules iela', loc: 'Saules ielā' },
  { nom: 'Celtnieku iela', loc: 'Celtnieku ielā' },
  { nom: 'Jaunatnes iela', loc: 'Jaunatnes ielā' },
  { nom: 'Smilšu iela', loc: 'Smilšu ielā' },
  { nom: 'Pļavu iela', loc: 'Pļavu ielā' },
  { nom: 'Parka aleja', loc: 'Parka alejā' },
];

/** House names (nominative, locative: "dzīvo “Vēveros”"). */
const FINAL_HOUSES: Array<[string, string]> = [
  ['Vēveri', 'Vēveros'],
  ['Ezerlīči', 'Ezerlīčos'],
  ['Rudzupuķes', 'Rudzupuķēs'],
  ['Priedulāji', 'Priedulājos'],
  ['Lejasmūrnieki', 'Lejasmūrniekos'],
  ['Vecdzirnavas', 'Vecdzirnavās'],
  ['Atvases', 'Atvasēs'],
  ['Saulgriezes', 'Saulgriezēs'],
  ['Kalnarāji', 'Kalnarājos'],
  ['Zemzari', 'Zemzaros'],
  ['Meža Ķīši', 'Meža Ķīšos'],
  ['Strēlnieki', 'Strēlniekos'],
];

/** [parish (genitive), municipality (genitive), village] */
const FINAL_PARISHES: Array<[string, string, string]> = [
  ['Laucienes', 'Talsu', 'Lauciene'],
  ['Zvārdes', 'Saldus', 'Pampāļi'],
  ['Vidrižu', 'Limbažu', 'Vidriži'],
  ['Stāmerienas', 'Gulbenes', 'Stāmeriena'],
  ['Jaunannas', 'Alūksnes', 'Jaunanna'],
  ['Vārkavas', 'Preiļu', 'Vārkava'],
  ['Pildas', 'Ludzas', 'Nūksi'],
  ['Indras', 'Krāslavas', 'Indra'],
  ['Naudītes', 'Dobeles', 'Naudīte'],
  ['Launkalnes', 'Smiltenes', 'Launkalne'],
];

function finalPostal(rng: Rng, range: [number, number]): string {
  const n = rng.int(range[0], range[1]);
  return rng.chance(0.85) ? `LV-${n}` : `LV ${n}`;
}

/**
 * Addresses of the final split. Urban: "Tallinas iela 12-4", "… 12 – 4", "… 12, dzīv. 4", "… 12 k-2,
 * dz. 4", "… 12A-4"; small towns with the municipality written after the town. Rural: a house name
 * with parish and municipality (abbreviated or not, with or without the village), the older genitive
 * chain ("Talsu novada Laucienes pagasta “Vēveri”"), and a flat in a rural multi-flat house
 * ("“Atvases”-5, Lauciene, Laucienes pag."). The personal part is annotated; a town (with its
 * municipality) is written plain.
 */
function finalAddress(rng: Rng): AddressParts {
  const kind = rng.next();
  if (kind < 0.3) {
    const [house, houseLoc] = rng.pick(FINAL_HOUSES);
    const [parish, muni, village] = rng.pick(FINAL_PARISHES);
    const postal = finalPostal(rng, [3000, 5799]);
    const style = rng.int(0, 4);
    const q = rng.chance(0.8) ? ['“', '”'] : ['"', '"'];
    const h = `${q[0]}${house}${q[1]}`;
    const hl = `${q[0]}${houseLoc}${q[1]}`;
    const tails = [
      `, ${parish} pag., ${muni} nov.`,
      `, ${village}, ${parish} pagasts, ${muni} novads`,
      `, ${parish} pagasts, ${muni} novads`,
    ];
    if (style <= 2) {
      const tail = tails[style] as string;
      return { address: h + tail, addressLoc: hl + tail, city: null, postal, rural: true };
    }
    if (style === 3) {
      const text = `${muni} novada ${parish} pagasta ${h}`;
      return {
        address: text,
        addressLoc: `${muni} novada ${parish} pagasta ${hl}`,
        city: null,
        postal,
        rural: true,
      };
    }
    const text = `${h}-${rng.int(1, 12)}, ${village}, ${parish} pag., ${muni} nov.`;
    return { address: text, addressLoc: text, city: null, postal, rural: true };
  }
  const town = rng.pick(FINAL_TOWNS);
  const inCity = town.muni === null;
  const street = rng.pick(inCity ? FINAL_STREETS : FINAL_TOWN_STREETS);
  const num = rng.int(1, inCity ? 140 : 60);
  const house = rng.chance(0.15) ? `${num}${rng.pick(['A', 'B', 'D'])}` : String(num);
  const flat = rng.int(1, inCity ? 180 : 40);
  const tail = rng.pick([
    `${house}-${flat}`,
    `${house}-${flat}`,
    `${house} – ${flat}`,
    `${house}, dzīv. ${flat}`,
    `${house} k-${rng.int(1, 6)}, dz. ${flat}`,
    `${house}`,
  ]);
  return {
    address: `${street.nom} ${tail}`,
    addressLoc: `${street.loc} ${tail}`,
    city: townCity(town),
    postal: finalPostal(rng, town.postal),
    rural: false,
  };
}

// ---- the `blind` split ---------------------------------------------------------------------------

/**
 * Personal codes of the blind split: old ones (valid check digit) with a hyphen or none; new ones
 * (since 1 July 2017) from 32 to 39, with a hyphen or, as some registers print them, without.
 */
export function blindPersonalCode(rng: Rng, birth: Date): string {
  if (birth.getTime() >= Date.UTC(2017, 6, 1) || rng.chance(0.3)) {
    const head = String(rng.int(32, 39)) + pad(rng.int(0, 9999), 4);
    const tail = pad(rng.int(0, 99999), 5);
    return rng.chance(0.85) ? `${head}-${tail}` : head + tail;
  }
  return oldPersonalCode(rng, birth, rng.chance(0.85));
}

function blindPhone(rng: Rng): string {
  return mobileOrLandline(rng, 0.7, (n) => [
    `+371 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
    `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
    `+371${n}`,
    `${n.slice(0, 2)}-${n.slice(2, 5)}-${n.slice(5)}`,
    `+371 ${n.slice(0, 2)}-${n.slice(2)}`,
    n,
  ]);
}

const BLIND_MAIL_DOMAINS = ['proton.me', 'latnet.lv', 'live.com', 'mail.com', 'gmx.de', 'navigator.lv'];

/** E-mail addresses of the blind split; some keep the capitals a person typed. */
export function blindEmail(rng: Rng, given: string, surname: string, birthYear: number): string {
  const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
  return mailbox(rng, given, surname, BLIND_MAIL_DOMAINS, (g, s) => [
    `${g}_${s}`,
    `${cap(g)}.${cap(s)}`,
    `${s}${g.charAt(0)}${String(birthYear).slice(2)}`,
    `${g}.${s}.${rng.int(1, 9)}`,
    `${g.charAt(0)}${s}`,
  ]);
}

export const BLIND_BANKS = ['HABA', 'UNLA', 'RIKO', 'PARX', 'NDEA', 'RTMB', 'TREL'];

function ibanCheck(country: string, bban: string): string {
  const numeric = [...(bban + country + '00')]
    .map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c))
    .join('');
  return pad(98 - mod97(numeric), 2);
}

/**
 * An IBAN with valid mod-97 check digits: `r` drawn in [0, 1) picks the first account kind whose
 * `upTo` exceeds it (the last one takes the rest), then a bank prefix and `digits` more digits; grouped
 * in fours with chance `grouped`.
 */
function mixedIban(
  rng: Rng,
  grouped: number,
  kinds: Array<{ upTo: number; country: string; prefixes: readonly string[]; digits: number }>,
): string {
  const r = rng.next();
  const kind = kinds.find((k) => r < k.upTo) ?? (kinds[kinds.length - 1] as (typeof kinds)[number]);
  const bban =
    rng.pick(kind.prefixes) + Array.from({ length: kind.digits }, () => String(rng.int(0, 9))).join('');
  const s = `${kind.country}${ibanCheck(kind.country, bban)}${bban}`;
  return rng.chance(grouped) ? (s.match(/.{1,4}/g) as string[]).join(' ') : s;
}

/**
 * IBANs of the blind split: Latvian ones, grouped or not, and some accounts in Lithuanian or Estonian
 * banks (valid mod-97 check digits).
 */
export function blindIban(rng: Rng): string {
  return mixedIban(rng, 0.45, [
    { upTo: 0.82, country: 'LV', prefixes: BLIND_BANKS, digits: 13 },
    { upTo: 0.92, country: 'LT', prefixes: ['73000', '70440', '40100', '21400'], digits: 11 },
    { upTo: 1, country: 'EE', prefixes: ['22', '10', '77'], digits: 14 },
  ]);
}

function blindPlate(rng: Rng): string {
  const letters = 'ABCDEFGHIJKLMNOPRSTUVZ';
  const L = () => letters.charAt(rng.int(0, letters.length - 1));
  const kind = rng.next();
  if (kind < 0.6) return `${L()}${L()}-${rng.int(10, 9999)}`;
  if (kind < 0.78) return `${L()}${L()}${rng.int(100, 9999)}`;
  if (kind < 0.9) return `${pad(rng.int(1, 999), 3)} ${L()}${L()}${L()}`; // an Estonian registration
  return rng.pick(['ROKS', 'ZILAIS', 'MEZS77', 'JURA1', 'OSIS', 'KOKS5']); // individual plates
}

function blindCadastral(rng: Rng): string {
  const a = pad(rng.int(3200, 9690), 4);
  const b = pad(rng.int(1, 999), 3);
  const c = pad(rng.int(1, 9999), 4);
  const kind = rng.next();
  if (kind < 0.4) return `${a} ${b} ${c}`;
  if (kind < 0.65) return `${a}${b}${c}`;
  if (kind < 0.9) return `${a} ${b} ${c} ${pad(rng.int(1, 15), 3)}`;
  return `${a}${b}${c}${pad(rng.int(1, 9), 3)}`;
}

/**
 * A land-register folio number ("zemesgrāmatas nodalījuma Nr."): with chance `computerised` the 12-digit
 * number of the computerised land register (one of `registers` and eight digits), else an older short
 * number of a town's land register in `old`.
 */
function folio(rng: Rng, computerised: number, registers: string[], old: [number, number]): string {
  if (rng.chance(computerised)) return `${rng.pick(registers)}${pad(rng.int(1, 99999999), 8)}`;
  return String(rng.int(old[0], old[1]));
}

/**
 * A land-register folio number ("zemesgrāmatas nodalījuma Nr."): the 12-digit number of the
 * computerised land register, or an older short number of a town's land register.
 */
export function blindFolio(rng: Rng): string {
  return folio(rng, 0.7, ['1000', '1001', '4000', '2400', '3300'], [120, 9800]);
}

/**
 * Identity documents of the blind split: Latvian passports and ID cards, residence permits, and
 * foreign passports (Ukrainian two letters and six digits, Lithuanian eight digits).
 */
export function blindDocumentNumber(rng: Rng): { kind: DocKind; number: string } {
  const r = rng.next();
  const digits = (k: number) => pad(rng.int(0, 10 ** k - 1), k);
  if (r < 0.35) return { kind: 'pase', number: `LV${digits(7)}` };
  if (r < 0.7) return { kind: 'apliecība', number: `${rng.pick(['PA', 'PB', 'PC'])}${digits(7)}` };
  if (r < 0.85) return { kind: 'atļauja', number: `RP${digits(7)}` };
  if (r < 0.93) return { kind: 'ārvalstu pase', number: `${rng.pick(['FA', 'FB', 'EK', 'GA'])}${digits(6)}` };
  return { kind: 'ārvalstu pase', number: `${rng.int(2, 3)}${digits(7)}` };
}

const BLIND_TOWNS: Town[] = [
  { nom: 'Rīga', loc: 'Rīgā', muni: null, postal: [1003, 1084] },
  { nom: 'Rīga', loc: 'Rīgā', muni: null, postal: [1003, 1084] },
  { nom: 'Bauska', loc: 'Bauskā', muni: 'Bauskas', postal: [3901, 3901] },
  { nom: 'Aizkraukle', loc: 'Aizkrauklē', muni: 'Aizkraukles', postal: [5101, 5101] },
  { nom: 'Madona', loc: 'Madonā', muni: 'Madonas', postal: [4801, 4801] },
  { nom: 'Balvi', loc: 'Balvos', muni: 'Balvu', postal: [4501, 4501] },
  { nom: 'Ķekava', loc: 'Ķekavā', muni: 'Ķekavas', postal: [2123, 2123] },
  { nom: 'Mārupe', loc: 'Mārupē', muni: 'Mārupes', postal: [2167, 2167] },
  { nom: 'Valka', loc: 'Valkā', muni: 'Valkas', postal: [4701, 4701] },
  { nom: 'Kandava', loc: 'Kandavā', muni: 'Tukuma', postal: [3120, 3120] },
  { nom: 'Ādaži', loc: 'Ādažos', muni: 'Ādažu', postal: [2164, 2164] },
  { nom: 'Aizpute', loc: 'Aizputē', muni: 'Dienvidkurzemes', postal: [3456, 3456] },
];

const BLIND_STREETS: Street[] = [
  { nom: 'Kuldīgas iela', loc: 'Kuldīgas ielā' },
  { nom: 'Slokas iela', loc: 'Slokas ielā' },
  { nom: 'Ezermalas iela', loc: 'Ezermalas ielā' },
  { nom: 'Lielvārdes iela', loc: 'Lielvārdes ielā' },
  { nom: 'Purvciema iela', loc: 'Purvciema ielā' },
  { nom: 'Dzērbenes iela', loc: 'Dzērbenes ielā' },
  { nom: 'Sarkandaugavas iela', loc: 'Sarkandaugavas ielā' },
  { nom: 'Mazā Nometņu iela', loc: 'Mazajā Nometņu ielā' },
  { nom: 'Kurzemes prospekts', loc: 'Kurzemes prospektā' },
  { nom: 'Hipokrāta iela', loc: 'Hipokrāta ielā' },
  { nom: 'Stabu iela', loc: 'Stabu ielā' },
  { nom: 'Ķengaraga iela', loc: 'Ķengaraga ielā' },
  { nom: 'Katlakalna iela', loc: 'Katlakalna ielā' },
  { nom: 'Juglas iela', loc: 'Juglas ielā' },
];
const BLIND_TOWN_STREETS: Street[] = [
  { nom: 'Ziedu iela', loc: 'Ziedu ielā' },
  { nom: 'Bērzu iela', loc: 'Bērzu ielā' },
  { nom: 'Kalna iela', loc: 'Kalna ielā' },
  { nom: 'Zaļā iela', loc: 'Zaļajā ielā' },
  { nom: 'Tirgus iela', loc: 'Tirgus ielā' },
  { nom: 'Ūdens iela', loc: 'Ūdens ielā' },
  { nom: 'Jaunā iela', loc: 'Jaunajā ielā' },
  { nom: 'Kastaņu iela', loc: 'Kastaņu ielā' },
  { nom: 'Sporta iela', loc: 'Sporta ielā' },
  { nom: 'Pasta iela', loc: 'Pasta ielā' },
  { nom: 'Strādnieku iela', loc: 'Strādnieku ielā' },
  { nom: 'Dzelzceļnieku iela', loc: 'Dzelzceļnieku ielā' },
];

/** House names (nominative, locative). */
const BLIND_HOUSES: Array<[string, string]> = [
  ['Pūpoli', 'Pūpolos'],
  ['Silmalas', 'Silmalās'],
  ['Ezerkrasti', 'Ezerkrastos'],
  ['Jaunsētas', 'Jaunsētās'],
  ['Rožkalni', 'Rožkalnos'],
  ['Dzilnas', 'Dzilnās'],
  ['Vecvagari', 'Vecvagaros'],
  ['Bebrīši', 'Bebrīšos'],
  ['Ceļmalas', 'Ceļmalās'],
  ['Saulstari', 'Saulstaros'],
  ['Krūmāji', 'Krūmājos'],
  ['Mežvidi', 'Mežvidos'],
];

/** [parish (genitive), municipality (genitive), village] */
const BLIND_PARISHES: Array<[string, string, string]> = [
  ['Codes', 'Bauskas', 'Code'],
  ['Kalsnavas', 'Madonas', 'Jaunkalsnava'],
  ['Bērzpils', 'Balvu', 'Bērzpils'],
  ['Babītes', 'Mārupes', 'Piņķi'],
  ['Daugmales', 'Ķekavas', 'Daugmale'],
  ['Vaives', 'Cēsu', 'Rāmuļi'],
  ['Ērģemes', 'Valkas', 'Ērģeme'],
  ['Matīšu', 'Valmieras', 'Matīši'],
  ['Sesavas', 'Jelgavas', 'Sesava'],
  ['Skrīveru', 'Aizkraukles', 'Skrīveri'],
];

function blindPostal(rng: Rng, range: [number, number]): string {
  const n = rng.int(range[0], range[1]);
  return rng.chance(0.8) ? `LV-${n}` : `LV${n}`;
}

/**
 * Addresses of the blind split. Urban: "Kuldīgas iela 23-5", "… 23 - 5" (as the address register
 * writes it), "… Nr. 23, dzīvoklis Nr. 5" (locative "… ielā Nr. 23, dzīvoklī Nr. 5"), "… 23 k-1-45",
 * "… 23A"; small towns with the municipality. Rural: a house name with or without quotes, parish and
 * municipality in full or abbreviated, with the village, in reverse order ("Bauskas novads, Codes
 * pagasts, “Pūpoli”"), or a village street ("Skolas iela 5, Code, Codes pag."). The personal part is
 * annotated; the town (with its municipality) is written plain.
 */
function blindAddress(rng: Rng): AddressParts {
  const kind = rng.next();
  if (kind < 0.32) {
    const [house, houseLoc] = rng.pick(BLIND_HOUSES);
    const [parish, muni, village] = rng.pick(BLIND_PARISHES);
    const postal = blindPostal(rng, [3000, 5799]);
    const q = rng.pick([
      ['“', '”'],
      ['"', '"'],
      ['', ''],
      ['“', '”'],
    ]);
    const h = `${q[0]}${house}${q[1]}`;
    const hl = `${q[0]}${houseLoc}${q[1]}`;
    const style = rng.int(0, 4);
    if (style === 0) {
      const tail = `, ${parish} pagasts, ${muni} novads`;
      return { address: h + tail, addressLoc: hl + tail, city: null, postal, rural: true };
    }
    if (style === 1) {
      const tail = `, ${village}, ${parish} pag., ${muni} nov.`;
      return { address: h + tail, addressLoc: hl + tail, city: null, postal, rural: true };
    }
    if (style === 2) {
      const text = `${muni} novads, ${parish} pagasts, ${h}`;
      return {
        address: text,
        addressLoc: `${muni} novada ${parish} pagastā, ${hl}`,
        city: null,
        postal,
        rural: true,
      };
    }
    if (style === 3) {
      const tail = `, ${parish} pag.`;
      return { address: h + tail, addressLoc: hl + tail, city: null, postal, rural: true };
    }
    const street = rng.pick(BLIND_TOWN_STREETS);
    const n = rng.int(1, 30);
    const flat = rng.chance(0.4) ? `-${rng.int(1, 18)}` : '';
    const tail = `${n}${flat}`;
    return {
      address: `${street.nom} ${tail}`,
      addressLoc: `${street.loc} ${tail}`,
      city: {
        nom: `${village}, ${parish} pag., ${muni} nov.`,
        loc: `${village}, ${parish} pag., ${muni} nov.`,
      },
      postal,
      rural: true,
    };
  }
  const town = rng.pick(BLIND_TOWNS);
  const inCity = town.muni === null;
  const street = rng.pick(inCity ? BLIND_STREETS : BLIND_TOWN_STREETS);
  const num = rng.int(1, inCity ? 160 : 70);
  const house = rng.chance(0.12) ? `${num}${rng.pick(['A', 'B', 'C'])}` : String(num);
  const flat = rng.int(1, inCity ? 220 : 48);
  const style = rng.int(0, 6);
  let tail: string;
  let tailLoc: string;
  if (style === 3) {
    tail = `Nr. ${house}, dzīvoklis Nr. ${flat}`;
    tailLoc = `Nr. ${house}, dzīvoklī Nr. ${flat}`;
  } else {
    tail = [
      `${house}-${flat}`,
      `${house} - ${flat}`,
      `${house}-${flat}`,
      '',
      `${house} k-${rng.int(1, 4)}-${flat}`,
      `${house}`,
      `${house}, ${flat}. dzīvoklis`,
    ][style] as string;
    tailLoc = tail.replace(/dzīvoklis$/, 'dzīvoklī');
  }
  return {
    address: `${street.nom} ${tail}`,
    addressLoc: `${street.loc} ${tailLoc}`,
    city: townCity(town),
    postal: blindPostal(rng, town.postal),
    rural: false,
  };
}

// ---- the `audit` split ---------------------------------------------------------------------------

/**
 * Personal codes of the audit split: old ones (valid check digit) with a hyphen, a few without; new
 * ones (since 1 July 2017) from 32 to 39 with a hyphen. A person born after 1 July 2017 has a new one.
 */
export function auditPersonalCode(rng: Rng, birth: Date): string {
  if (birth.getTime() >= Date.UTC(2017, 6, 1) || rng.chance(0.33))
    return `${rng.int(32, 39)}${pad(rng.int(0, 9999), 4)}-${pad(rng.int(0, 99999), 5)}`;
  return oldPersonalCode(rng, birth, rng.chance(0.9));
}

function auditPhone(rng: Rng): string {
  return mobileOrLandline(rng, 0.75, (n) => [
    `+371 ${n.slice(0, 3)} ${n.slice(3)}`,
    `${n.slice(0, 3)}-${n.slice(3)}`,
    `(371) ${n}`,
    n,
    `+371 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`,
  ]);
}

const AUDIT_MAIL_DOMAINS = ['lattelecom.lv', 'yandex.ru', 'protonmail.com', 'me.com', 'btv.lv', 'web.de'];

/** E-mail addresses of the audit split. */
export function auditEmail(rng: Rng, given: string, surname: string, birthYear: number): string {
  return mailbox(rng, given, surname, AUDIT_MAIL_DOMAINS, (g, s) => [
    `${g}${s}`,
    `${s}.${g}`,
    `${g.charAt(0)}_${s}${String(birthYear).slice(2)}`,
    `${g}.${s.charAt(0)}`,
    `${s}-${g}${rng.int(10, 99)}`,
  ]);
}

/** Latvian bank codes of the audit split (Industra, BluOr and the Treasury besides the large banks). */
export const AUDIT_BANKS = ['HABA', 'UNLA', 'PARX', 'RIKO', 'LHZB', 'BLIB', 'TREL'];

/**
 * IBANs of the audit split: Latvian ones, grouped in fours or not, and some accounts in German or
 * Polish banks (valid mod-97 check digits).
 */
export function auditIban(rng: Rng): string {
  return mixedIban(rng, 0.5, [
    { upTo: 0.84, country: 'LV', prefixes: AUDIT_BANKS, digits: 13 },
    { upTo: 0.93, country: 'DE', prefixes: ['10010010', '20050550', '37040044', '50010517'], digits: 10 },
    { upTo: 1, country: 'PL', prefixes: ['10201026', '11402004', '10501214'], digits: 16 },
  ]);
}

function auditPlate(rng: Rng): string {
  const letters = 'ABCDEFGHIJKLMNOPRSTUVZ';
  const L = () => letters.charAt(rng.int(0, letters.length - 1));
  const kind = rng.next();
  if (kind < 0.62) return `${L()}${L()}-${rng.int(100, 9999)}`;
  if (kind < 0.8) return `${L()}${L()} ${rng.int(10, 9999)}`;
  if (kind < 0.9) return `${rng.pick(['WX', 'WPR', 'GD', 'BI'])} ${rng.int(10000, 99999)}`; // a Polish registration
  return rng.pick(['PIRATS', 'MAMMA1', 'VILKS', 'ALNIS7', 'RUDIS', 'MEDUS']); // individual plates
}

function auditCadastral(rng: Rng): string {
  const a = pad(rng.int(4200, 9870), 4);
  const b = pad(rng.int(1, 999), 3);
  const c = pad(rng.int(1, 9999), 4);
  const kind = rng.next();
  if (kind < 0.5) return `${a} ${b} ${c}`;
  if (kind < 0.7) return `${a}${b}${c}`;
  if (kind < 0.9) return `${a} ${b} ${c} ${pad(rng.int(1, 20), 3)}`;
  return `${a}${b}${c}${pad(rng.int(1, 9), 3)}${pad(rng.int(1, 40), 3)}`;
}

/** A land-register folio number: the 12-digit number of the computerised land register, or a short old one. */
export function auditFolio(rng: Rng): string {
  return folio(rng, 0.75, ['1000', '4200', '4400', '3600', '8000'], [35, 4999]);
}

/**
 * Identity documents of the audit split: Latvian passports and ID cards, residence permits, and
 * foreign documents (a Ukrainian passport of two letters and six digits, a Ukrainian ID card of nine
 * digits, a Belarusian passport).
 */
export function auditDocumentNumber(rng: Rng, foreign = false): { kind: DocKind; number: string } {
  const r = foreign ? 0.7 + rng.next() * 0.3 : rng.next();
  const digits = (k: number) => pad(rng.int(0, 10 ** k - 1), k);
  if (r < 0.3) return { kind: 'pase', number: `LV${digits(7)}` };
  if (r < 0.6) return { kind: 'apliecība', number: `${rng.pick(['PA', 'PB', 'PC'])}${digits(7)}` };
  if (r < 0.7) return { kind: 'atļauja', number: `RP${digits(7)}` };
  if (r < 0.82) return { kind: 'ārvalstu pase', number: `${rng.pick(['FT', 'FU', 'FK', 'EX'])}${digits(6)}` };
  if (r < 0.92) return { kind: 'ārvalstu apliecība', number: `00${digits(7)}` };
  return { kind: 'ārvalstu pase', number: `${rng.pick(['MP', 'KH', 'HB'])}${digits(7)}` };
}

const AUDIT_TOWNS: Town[] = [
  { nom: 'Rīga', loc: 'Rīgā', muni: null, postal: [1001, 1084] },
  { nom: 'Rīga', loc: 'Rīgā', muni: null, postal: [1001, 1084] },
  { nom: 'Saulkrasti', loc: 'Saulkrastos', muni: 'Saulkrastu', postal: [2160, 2160] },
  { nom: 'Ropaži', loc: 'Ropažos', muni: 'Ropažu', postal: [2135, 2135] },
  { nom: 'Lielvārde', loc: 'Lielvārdē', muni: 'Ogres', postal: [5070, 5070] },
  { nom: 'Ikšķile', loc: 'Ikšķilē', muni: 'Ogres', postal: [5052, 5052] },
  { nom: 'Iecava', loc: 'Iecavā', muni: 'Bauskas', postal: [3913, 3913] },
  { nom: 'Brocēni', loc: 'Brocēnos', muni: 'Saldus', postal: [3851, 3851] },
  { nom: 'Sabile', loc: 'Sabilē', muni: 'Talsu', postal: [3294, 3294] },
  { nom: 'Skrunda', loc: 'Skrundā', muni: 'Kuldīgas', postal: [3326, 3326] },
  { nom: 'Rūjiena', loc: 'Rūjienā', muni: 'Valmieras', postal: [4240, 4240] },
  { nom: 'Grobiņa', loc: 'Grobiņā', muni: 'Dienvidkurzemes', postal: [3430, 3430] },
  { nom: 'Baldone', loc: 'Baldonē', muni: 'Ķekavas', postal: [2125, 2125] },
];

const AUDIT_STREETS: Street[] = [
  { nom: 'Lielirbes iela', loc: 'Lielirbes ielā' },
  { nom: 'Ilūkstes iela', loc: 'Ilūkstes ielā' },
  { nom: 'Prūšu iela', loc: 'Prūšu ielā' },
  { nom: 'Rēznas iela', loc: 'Rēznas ielā' },
  { nom: 'Bauskas iela', loc: 'Bauskas ielā' },
  { nom: 'Dammes iela', loc: 'Dammes ielā' },
  { nom: 'Kandavas iela', loc: 'Kandavas ielā' },
  { nom: 'Valdeķu iela', loc: 'Valdeķu ielā' },
  { nom: 'Lubānas iela', loc: 'Lubānas ielā' },
  { nom: 'Pulkveža Brieža iela', loc: 'Pulkveža Brieža ielā' },
  { nom: 'Ozolciema iela', loc: 'Ozolciema ielā' },
  { nom: 'Vecmīlgrāvja 5. līnija', loc: 'Vecmīlgrāvja 5. līnijā' },
  { nom: 'Augusta Deglava iela', loc: 'Augusta Deglava ielā' },
];
const AUDIT_TOWN_STREETS: Street[] = [
  { nom: 'Rīgas iela', loc: 'Rīgas ielā' },
  { nom: 'Lauku iela', loc: 'Lauku ielā' },
  { nom: 'Priežu iela', loc: 'Priežu ielā' },
  { nom: 'Ozolu iela', loc: 'Ozolu ielā' },
  { nom: 'Meža iela', loc: 'Meža ielā' },
  { nom: 'Lazdu iela', loc: 'Lazdu ielā' },
  { nom: 'Krasta iela', loc: 'Krasta ielā' },
  { nom: 'Torņa iela', loc: 'Torņa ielā' },
  { nom: 'Vītolu iela', loc: 'Vītolu ielā' },
  { nom: 'Jūras iela', loc: 'Jūras ielā' },
];

/** House names (nominative, locative). */
const AUDIT_HOUSES: Array<[string, string]> = [
  ['Lāčplēši', 'Lāčplēšos'],
  ['Dzeņi', 'Dzeņos'],
  ['Vecbrieži', 'Vecbriežos'],
  ['Kaķīši', 'Kaķīšos'],
  ['Sprīdīši', 'Sprīdīšos'],
  ['Mežrozes', 'Mežrozēs'],
  ['Upeslejas', 'Upeslejās'],
  ['Graudiņi', 'Graudiņos'],
  ['Jaunlīdumi', 'Jaunlīdumos'],
  ['Silavnieki', 'Silavniekos'],
  ['Akmeņkalni', 'Akmeņkalnos'],
  ['Rubeņi', 'Rubeņos'],
];

/** [parish (genitive), municipality (genitive), village] */
const AUDIT_PARISHES: Array<[string, string, string]> = [
  ['Mārsnēnu', 'Cēsu', 'Mārsnēni'],
  ['Drustu', 'Cēsu', 'Drusti'],
  ['Raunas', 'Cēsu', 'Rauna'],
  ['Vecpiebalgas', 'Cēsu', 'Vecpiebalga'],
  ['Krimuldas', 'Siguldas', 'Krimulda'],
  ['Allažu', 'Siguldas', 'Allaži'],
  ['Liepupes', 'Limbažu', 'Liepupe'],
  ['Rencēnu', 'Valmieras', 'Rencēni'],
  ['Zaļenieku', 'Jelgavas', 'Zaļenieki'],
  ['Svitenes', 'Bauskas', 'Svitene'],
  ['Nīcas', 'Dienvidkurzemes', 'Nīca'],
  ['Tumes', 'Tukuma', 'Tume'],
];

function auditPostal(rng: Rng, range: [number, number]): string {
  return `LV-${rng.int(range[0], range[1])}`;
}

/**
 * Addresses of the audit split. Urban: "Ilūkstes iela 8-12", "… 8 dz. 12", "… 8, dz.12", "… 8
 * korpuss 2, dzīvoklis 12", "… 8/10-3", "… 8"; some written town first ("Rīga, Ilūkstes iela 8-12",
 * see `townFirst`); small towns with the municipality. Rural: "mājas “Dzeņi”, Mārsnēnu pagasts, Cēsu
 * novads" (locative "mājās “Dzeņos”"), a house name with the village and the parish, the parish and
 * municipality before the house ("Cēsu nov., Mārsnēnu pag., “Dzeņi”"), a house name with a flat
 * number in a rural block ("“Dzeņi” 4, Mārsnēni, …"). The personal part is annotated; the town (with
 * its municipality) is written plain. `rural`: always a rural address (farmland).
 */
export function auditAddress(rng: Rng, opts: { rural?: boolean } = {}): AddressParts {
  const kind = rng.next();
  if (opts.rural || kind < 0.3) {
    const [house, houseLoc] = rng.pick(AUDIT_HOUSES);
    const [parish, muni, village] = rng.pick(AUDIT_PARISHES);
    const postal = auditPostal(rng, [2100, 5799]);
    const style = rng.int(0, 3);
    if (style === 0) {
      const tail = `, ${parish} pagasts, ${muni} novads`;
      return {
        address: `mājas “${house}”${tail}`,
        addressLoc: `mājās “${houseLoc}”${tail}`,
        city: null,
        postal,
        rural: true,
      };
    }
    if (style === 1) {
      const tail = `, ${village}, ${parish} pag., ${muni} nov.`;
      return {
        address: `“${house}”${tail}`,
        addressLoc: `“${houseLoc}”${tail}`,
        city: null,
        postal,
        rural: true,
      };
    }
    if (style === 2) {
      const head = `${muni} nov., ${parish} pag., `;
      return {
        address: `${head}“${house}”`,
        addressLoc: `${head}“${houseLoc}”`,
        city: null,
        postal,
        rural: true,
      };
    }
    const text = `“${house}” ${rng.int(1, 16)}, ${village}, ${parish} pagasts, ${muni} novads`;
    return { address: text, addressLoc: text, city: null, postal, rural: true };
  }
  const town = rng.pick(AUDIT_TOWNS);
  const inCity = town.muni === null;
  const street = rng.pick(inCity ? AUDIT_STREETS : AUDIT_TOWN_STREETS);
  const num = rng.int(1, inCity ? 150 : 80);
  const house = rng.chance(0.1) ? `${num}/${num + 2}` : String(num);
  const flat = rng.int(1, inCity ? 160 : 36);
  const style = rng.int(0, 5);
  const tail = [
    `${house}-${flat}`,
    `${house} dz. ${flat}`,
    `${house}, dz.${flat}`,
    `${house} korpuss ${rng.int(1, 3)}, dzīvoklis ${flat}`,
    `${house}-${flat}`,
    house,
  ][style] as string;
  const tailLoc = tail.replace(/dzīvoklis (\d+)$/, 'dzīvoklī $1');
  return {
    address: `${street.nom} ${tail}`,
    addressLoc: `${street.loc} ${tailLoc}`,
    city: townCity(town),
    postal: auditPostal(rng, town.postal),
    rural: false,
    ...(rng.chance(0.3) ? { townFirst: true } : {}),
  };
}

// ---- the `probe` split ---------------------------------------------------------------------------

/**
 * Personal codes of the probe split: old ones (valid check digit) with a hyphen, some without; new ones
 * (since 1 July 2017, 32–39) with a hyphen, a few without. A person born after 1 July 2017 has a new one.
 */
export function probePersonalCode(rng: Rng, birth: Date): string {
  if (birth.getTime() >= Date.UTC(2017, 6, 1) || rng.chance(0.3)) {
    const c = newPersonalCode(rng);
    return rng.chance(0.15) ? c.replace('-', '') : c;
  }
  return oldPersonalCode(rng, birth, rng.chance(0.85));
}

/** Phones of the probe split: "29 123 456", "+37129123456", "00371 29123456", "291 23 456", "29123456". */
function probePhone(rng: Rng): string {
  return mobileOrLandline(rng, 0.8, (n) => [
    `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    `+371${n}`,
    `00371 ${n}`,
    `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
    n,
  ]);
}

const PROBE_MAIL_DOMAINS = [
  'inbox.lv',
  'apollo.lv',
  'outlook.com',
  'icloud.com',
  'mail.ee',
  'tvnet.lv',
  'gmx.de',
];

/** E-mail addresses of the probe split. */
export function probeEmail(rng: Rng, given: string, surname: string, birthYear: number): string {
  return mailbox(rng, given, surname, PROBE_MAIL_DOMAINS, (g, s) => [
    `${g}.${s}${String(birthYear).slice(2)}`,
    `${g.charAt(0)}${s}`,
    `${s}_${g}`,
    `${g}${rng.int(1, 999)}`,
    `${s}.${g.charAt(0)}`,
  ]);
}

/** Latvian bank codes of the probe split. */
export const PROBE_BANKS = ['HABA', 'UNLA', 'RIKO', 'NDEA', 'LATB', 'PARX'];

/**
 * IBANs of the probe split: Latvian ones, grouped in fours or not, and some accounts in Lithuanian or
 * Estonian banks (valid mod-97 check digits).
 */
export function probeIban(rng: Rng): string {
  return mixedIban(rng, 0.45, [
    { upTo: 0.82, country: 'LV', prefixes: PROBE_BANKS, digits: 13 },
    { upTo: 0.92, country: 'LT', prefixes: ['73000', '70440', '40100', '21400'], digits: 11 },
    { upTo: 1, country: 'EE', prefixes: ['22', '10', '77', '17'], digits: 14 },
  ]);
}

/** Plates of the probe split: "AB-1234", "AB1234", a Lithuanian "ABC 123", an Estonian "123 ABC", individual ones. */
function probePlate(rng: Rng): string {
  const letters = 'ABCDEFGHIJKLMNOPRSTUVZ';
  const L = () => letters.charAt(rng.int(0, letters.length - 1));
  const kind = rng.next();
  if (kind < 0.55) return `${L()}${L()}-${rng.int(1, 9999)}`;
  if (kind < 0.75) return `${L()}${L()}${rng.int(100, 9999)}`;
  if (kind < 0.85) return `${L()}${L()}${L()} ${pad(rng.int(1, 999), 3)}`;
  if (kind < 0.93) return `${pad(rng.int(1, 999), 3)} ${L()}${L()}${L()}`;
  return rng.pick(['TURBO1', 'SAULE', 'KAPTEINIS', 'RALLIJS', 'BITE77']);
}

/** Cadastral numbers and designations of the probe split: 11 digits (grouped 4-3-4 or not), buildings (14), premises groups (17). */
function probeCadastral(rng: Rng): string {
  const a = pad(rng.int(3800, 7899), 4);
  const b = pad(rng.int(1, 999), 3);
  const c = pad(rng.int(1, 9999), 4);
  const kind = rng.next();
  if (kind < 0.45) return `${a} ${b} ${c}`;
  if (kind < 0.7) return `${a}${b}${c}`;
  if (kind < 0.85) return `${a}${b}${c}${pad(rng.int(1, 12), 3)}`;
  return `${a} ${b} ${c} ${pad(rng.int(1, 9), 3)} ${pad(rng.int(1, 60), 3)}`;
}

/** A land-register folio number: the 12-digit number of the computerised land register, or a short old one. */
export function probeFolio(rng: Rng): string {
  return folio(rng, 0.7, ['1000', '7000', '3800', '5600'], [12, 2999]);
}

/**
 * Identity documents of the probe split: Latvian passports and ID cards, driving licences, and foreign
 * documents (a Lithuanian passport of eight digits, a Lithuanian ID card, an Estonian ID card).
 */
export function probeDocumentNumber(rng: Rng, foreign = false): { kind: DocKind; number: string } {
  const r = foreign ? 0.78 + rng.next() * 0.22 : rng.next();
  const digits = (k: number) => pad(rng.int(0, 10 ** k - 1), k);
  if (r < 0.28) return { kind: 'pase', number: `LV${digits(7)}` };
  if (r < 0.56) return { kind: 'apliecība', number: `${rng.pick(['PA', 'PE', 'PF'])}${digits(7)}` };
  if (r < 0.78) return { kind: 'vadītāja apliecība', number: `${rng.pick(['AA', 'AB', 'AT'])}${digits(6)}` };
  if (r < 0.9) return { kind: 'ārvalstu pase', number: digits(8) };
  if (r < 0.96) return { kind: 'ārvalstu apliecība', number: `${rng.pick(['1', '2'])}${digits(7)}` };
  return { kind: 'ārvalstu apliecība', number: `A${digits(7)}` };
}

const PROBE_TOWNS: Town[] = [
  { nom: 'Rīga', loc: 'Rīgā', muni: null, postal: [1003, 1083] },
  { nom: 'Rīga', loc: 'Rīgā', muni: null, postal: [1003, 1083] },
  { nom: 'Viļaka', loc: 'Viļakā', muni: 'Balvu', postal: [4583, 4583] },
  { nom: 'Līvāni', loc: 'Līvānos', muni: 'Preiļu', postal: [5316, 5316] },
  { nom: 'Jaunjelgava', loc: 'Jaunjelgavā', muni: 'Aizkraukles', postal: [5134, 5134] },
  { nom: 'Pļaviņas', loc: 'Pļaviņās', muni: 'Aizkraukles', postal: [5120, 5120] },
  { nom: 'Ķegums', loc: 'Ķegumā', muni: 'Ogres', postal: [5020, 5020] },
  { nom: 'Auce', loc: 'Aucē', muni: 'Dobeles', postal: [3708, 3708] },
  { nom: 'Pāvilosta', loc: 'Pāvilostā', muni: 'Dienvidkurzemes', postal: [3466, 3466] },
  { nom: 'Zilupe', loc: 'Zilupē', muni: 'Ludzas', postal: [5751, 5751] },
  { nom: 'Dagda', loc: 'Dagdā', muni: 'Krāslavas', postal: [5674, 5674] },
  { nom: 'Mazsalaca', loc: 'Mazsalacā', muni: 'Valmieras', postal: [4215, 4215] },
];

const PROBE_STREETS: Street[] = [
  { nom: 'Salnas iela', loc: 'Salnas ielā' },
  { nom: 'Zentenes iela', loc: 'Zentenes ielā' },
  { nom: 'Stūrmaņu iela', loc: 'Stūrmaņu ielā' },
  { nom: 'Brīvības gatve', loc: 'Brīvības gatvē' },
  { nom: 'Nīcgales iela', loc: 'Nīcgales ielā' },
  { nom: 'Rušonu iela', loc: 'Rušonu ielā' },
  { nom: 'Silciema iela', loc: 'Silciema ielā' },
  { nom: 'Vaidavas iela', loc: 'Vaidavas ielā' },
  { nom: 'Plieņciema iela', loc: 'Plieņciema ielā' },
  { nom: 'Kaivas iela', loc: 'Kaivas ielā' },
  { nom: 'Andreja Saharova iela', loc: 'Andreja Saharova ielā' },
  { nom: 'Mežciema iela', loc: 'Mežciema ielā' },
];
const PROBE_TOWN_STREETS: Street[] = [
  { nom: 'Ābeļu iela', loc: 'Ābeļu ielā' },
  { nom: 'Pļavas iela', loc: 'Pļavas ielā' },
  { nom: 'Ceriņu iela', loc: 'Ceriņu ielā' },
  { nom: 'Kastaņu iela', loc: 'Kastaņu ielā' },
  { nom: 'Muižas iela', loc: 'Muižas ielā' },
  { nom: 'Atmodas iela', loc: 'Atmodas ielā' },
  { nom: 'Dzelzceļa iela', loc: 'Dzelzceļa ielā' },
  { nom: 'Alejas iela', loc: 'Alejas ielā' },
  { nom: 'Kļavu iela', loc: 'Kļavu ielā' },
];

/** House names (nominative, locative). */
const PROBE_HOUSES: Array<[string, string]> = [
  ['Kalnsētas', 'Kalnsētās'],
  ['Vēžkalni', 'Vēžkalnos'],
  ['Liepkalni', 'Liepkalnos'],
  ['Dzērvenāji', 'Dzērvenājos'],
  ['Ūdrupes', 'Ūdrupēs'],
  ['Purvmalas', 'Purvmalās'],
  ['Sīļi', 'Sīļos'],
  ['Ošlejas', 'Ošlejās'],
  ['Vecvāveri', 'Vecvāveros'],
  ['Rūķīši', 'Rūķīšos'],
  ['Pauguri', 'Pauguros'],
  ['Lazdukalni', 'Lazdukalnos'],
];

/** [parish (genitive), municipality (genitive), village] */
const PROBE_PARISHES: Array<[string, string, string]> = [
  ['Lazdonas', 'Madonas', 'Lazdona'],
  ['Vestienas', 'Madonas', 'Vestiena'],
  ['Bērzaunes', 'Madonas', 'Bērzaune'],
  ['Praulienas', 'Madonas', 'Prauliena'],
  ['Lizuma', 'Gulbenes', 'Lizums'],
  ['Tirzas', 'Gulbenes', 'Tirza'],
  ['Lejasciema', 'Gulbenes', 'Lejasciems'],
  ['Baltinavas', 'Balvu', 'Baltinava'],
  ['Aglonas', 'Preiļu', 'Aglona'],
  ['Ilzeskalna', 'Rēzeknes', 'Ilzeskalns'],
  ['Naukšēnu', 'Valmieras', 'Naukšēni'],
  ['Trikātas', 'Valmieras', 'Trikāta'],
];

/**
 * Addresses of the probe split. Urban: "Salnas iela 12A-34", "… 12 k-2-34", "… 12–34" (en dash),
 * "… 12 - 34", "… 12 k.1 dz.34", "… 12"; small towns with the municipality. Rural: "“Kalnsētas”,
 * Lazdonas pag., Madonas nov." (no house word), the parish before the house ("Lazdonas pagasts,
 * “Kalnsētas”"), a house name with a flat after a hyphen ("“Kalnsētas”-2, Lazdona, Lazdonas pag."),
 * a village street with its parish and municipality ("Ābeļu iela 4-1, Lazdona, Lazdonas pag., Madonas
 * nov."). The personal part is annotated; the town (with its municipality) is written plain.
 * `rural`: always a rural address (farmland or forest).
 */
export function probeAddress(rng: Rng, opts: { rural?: boolean } = {}): AddressParts {
  const kind = rng.next();
  if (opts.rural || kind < 0.32) {
    const [house, houseLoc] = rng.pick(PROBE_HOUSES);
    const [parish, muni, village] = rng.pick(PROBE_PARISHES);
    const postal = `LV-${rng.int(4100, 5799)}`;
    const style = rng.int(0, opts.rural ? 2 : 3);
    if (style === 0) {
      const tail = `, ${parish} pag., ${muni} nov.`;
      return {
        address: `“${house}”${tail}`,
        addressLoc: `“${houseLoc}”${tail}`,
        city: null,
        postal,
        rural: true,
      };
    }
    if (style === 1) {
      const head = `${parish} pagasts, `;
      return {
        address: `${head}“${house}”`,
        addressLoc: `${parish} pagastā, “${houseLoc}”`,
        city: null,
        postal,
        rural: true,
      };
    }
    if (style === 2) {
      const text = `“${house}”-${rng.int(1, 12)}, ${village}, ${parish} pag., ${muni} nov.`;
      return { address: text, addressLoc: text, city: null, postal, rural: true };
    }
    const street = rng.pick(PROBE_TOWN_STREETS);
    const tail = ` ${rng.int(1, 30)}-${rng.int(1, 18)}, ${village}, ${parish} pag., ${muni} nov.`;
    return {
      address: `${street.nom}${tail}`,
      addressLoc: `${street.loc}${tail}`,
      city: null,
      postal,
      rural: true,
    };
  }
  const town = rng.pick(PROBE_TOWNS);
  const inCity = town.muni === null;
  const street = rng.pick(inCity ? PROBE_STREETS : PROBE_TOWN_STREETS);
  const num = rng.int(1, inCity ? 140 : 70);
  const house = rng.chance(0.15) ? `${num}${rng.pick(['A', 'B', 'C'])}` : String(num);
  const flat = rng.int(1, inCity ? 150 : 30);
  const style = rng.int(0, 5);
  const tail = [
    `${house}-${flat}`,
    `${house} k-${rng.int(1, 4)}-${flat}`,
    `${house}–${flat}`,
    `${house} - ${flat}`,
    `${house} k.${rng.int(1, 3)} dz.${flat}`,
    house,
  ][style] as string;
  return {
    address: `${street.nom} ${tail}`,
    addressLoc: `${street.loc} ${tail}`,
    city: townCity(town),
    postal: `LV-${rng.int(town.postal[0], town.postal[1])}`,
    rural: false,
  };
}

// ---- the `exam` split ----------------------------------------------------------------------------

/**
 * Personal codes of the exam split: old ones (valid check digit), mostly with a hyphen; new ones (since
 * 1 July 2017, 32–39) with a hyphen. A person born after 1 July 2017 has a new one.
 */
export function examPersonalCode(rng: Rng, birth: Date): string {
  if (birth.getTime() >= Date.UTC(2017, 6, 1) || rng.chance(0.28)) return newPersonalCode(rng);
  return oldPersonalCode(rng, birth, rng.chance(0.8));
}

/** Phones of the exam split: "2612 3456", "+371 2612 3456", "(+371) 26123456", "26123456", a landline "67 123 456". */
function examPhone(rng: Rng): string {
  return mobileOrLandline(rng, 0.82, (n) => [
    `${n.slice(0, 4)} ${n.slice(4)}`,
    `+371 ${n.slice(0, 4)} ${n.slice(4)}`,
    `(+371) ${n}`,
    n,
    n.startsWith('6') ? `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}` : `+371${n}`,
  ]);
}

const EXAM_MAIL_DOMAINS = [
  'gmail.com',
  'inbox.lv',
  'yahoo.co.uk',
  'hotmail.com',
  'apollo.lv',
  'online.no',
  'web.de',
];

/** E-mail addresses of the exam split. */
export function examEmail(rng: Rng, given: string, surname: string, birthYear: number): string {
  return mailbox(rng, given, surname, EXAM_MAIL_DOMAINS, (g, s) => [
    `${g}.${s}`,
    `${s}.${g}${String(birthYear).slice(2)}`,
    `${g}${s.charAt(0)}${rng.int(1, 99)}`,
    `${g.charAt(0)}.${s}`,
    `${s}${g.charAt(0)}`,
  ]);
}

/** Latvian bank codes of the exam split. */
export const EXAM_BANKS = ['HABA', 'UNLA', 'RIKO', 'NDEA', 'PARX', 'BLIB'];

/**
 * IBANs of the exam split (valid mod-97 check digits): Latvian ones, grouped in fours or not, and accounts
 * of Latvians working abroad in German, Irish, Norwegian and Lithuanian banks.
 */
export function examIban(rng: Rng): string {
  return mixedIban(rng, 0.5, [
    { upTo: 0.78, country: 'LV', prefixes: EXAM_BANKS, digits: 13 },
    { upTo: 0.85, country: 'DE', prefixes: ['37040044', '10010010', '50010517', '20041133'], digits: 10 },
    { upTo: 0.91, country: 'IE', prefixes: ['AIBK931152', 'BOFI900017', 'IPBS990602'], digits: 8 },
    { upTo: 0.96, country: 'NO', prefixes: ['8601', '1503', '6025'], digits: 7 },
    { upTo: 1, country: 'LT', prefixes: ['73000', '70440', '40100'], digits: 11 },
  ]);
}

/** Plates of the exam split: "GR-4512", "GR4512", a Lithuanian "ABC 123", a Norwegian "EL 12345", individual ones. */
function examPlate(rng: Rng): string {
  const letters = 'ABCDEFGHIJKLMNOPRSTUVZ';
  const L = () => letters.charAt(rng.int(0, letters.length - 1));
  const kind = rng.next();
  if (kind < 0.6) return `${L()}${L()}-${rng.int(1, 9999)}`;
  if (kind < 0.75) return `${L()}${L()}${rng.int(10, 9999)}`;
  if (kind < 0.85) return `${L()}${L()}${L()} ${pad(rng.int(1, 999), 3)}`;
  if (kind < 0.93) return `${rng.pick(['EL', 'EK', 'EV', 'DR', 'KH'])} ${rng.int(10000, 99999)}`;
  return rng.pick(['RUDENS', 'ZIBENS1', 'SPARNI', 'MAZAIS7', 'LAIVA']);
}

/** Cadastral numbers and designations of the exam split: 11 digits (grouped 4-3-4 or not), buildings (14), premises groups (17). */
function examCadastral(rng: Rng): string {
  const a = pad(rng.int(2400, 9870), 4);
  const b = pad(rng.int(1, 999), 3);
  const c = pad(rng.int(1, 9999), 4);
  const kind = rng.next();
  if (kind < 0.42) return `${a} ${b} ${c}`;
  if (kind < 0.67) return `${a}${b}${c}`;
  if (kind < 0.87) return `${a} ${b} ${c} ${pad(rng.int(1, 9), 3)}`;
  return `${a}${b}${c}${pad(rng.int(1, 9), 3)}${pad(rng.int(1, 40), 3)}`;
}

/** A land-register folio number of the exam split: 12 digits of the computerised land register, or a short old one. */
export function examFolio(rng: Rng): string {
  return folio(rng, 0.75, ['1000', '6200', '4000', '8000'], [30, 4999]);
}

/**
 * Identity documents of the exam split: Latvian passports and ID cards, residence permits, and foreign
 * documents (a Ukrainian passport, two letters and six digits; a Lithuanian ID card, eight digits).
 */
export function examDocumentNumber(rng: Rng, foreign = false): { kind: DocKind; number: string } {
  const r = foreign ? 0.8 + rng.next() * 0.2 : rng.next();
  const digits = (k: number) => pad(rng.int(0, 10 ** k - 1), k);
  if (r < 0.3) return { kind: 'pase', number: `LV${digits(7)}` };
  if (r < 0.65) return { kind: 'apliecība', number: `${rng.pick(['PA', 'PB', 'PC'])}${digits(7)}` };
  if (r < 0.8) return { kind: 'atļauja', number: `RP${digits(7)}` };
  if (r < 0.92) return { kind: 'ārvalstu pase', number: `${rng.pick(['FE', 'FK', 'GC', 'FT'])}${digits(6)}` };
  return { kind: 'ārvalstu apliecība', number: `${rng.int(1, 3)}${digits(7)}` };
}

const EXAM_TOWNS: Town[] = [
  { nom: 'Rīga', loc: 'Rīgā', muni: null, postal: [1001, 1084] },
  { nom: 'Rīga', loc: 'Rīgā', muni: null, postal: [1001, 1084] },
  { nom: 'Ape', loc: 'Apē', muni: 'Smiltenes', postal: [4337, 4337] },
  { nom: 'Staicele', loc: 'Staicelē', muni: 'Limbažu', postal: [4043, 4043] },
  { nom: 'Aloja', loc: 'Alojā', muni: 'Limbažu', postal: [4064, 4064] },
  { nom: 'Ainaži', loc: 'Ainažos', muni: 'Limbažu', postal: [4035, 4035] },
  { nom: 'Vangaži', loc: 'Vangažos', muni: 'Ropažu', postal: [2136, 2136] },
  { nom: 'Kārsava', loc: 'Kārsavā', muni: 'Ludzas', postal: [5717, 5717] },
  { nom: 'Viesīte', loc: 'Viesītē', muni: 'Jēkabpils', postal: [5237, 5237] },
  { nom: 'Subate', loc: 'Subatē', muni: 'Augšdaugavas', postal: [5471, 5471] },
  { nom: 'Seda', loc: 'Sedā', muni: 'Valmieras', postal: [4728, 4728] },
  { nom: 'Strenči', loc: 'Strenčos', muni: 'Valmieras', postal: [4730, 4730] },
  { nom: 'Durbe', loc: 'Durbē', muni: 'Dienvidkurzemes', postal: [3440, 3440] },
  { nom: 'Priekule', loc: 'Priekulē', muni: 'Dienvidkurzemes', postal: [3434, 3434] },
  { nom: 'Piltene', loc: 'Piltenē', muni: 'Ventspils', postal: [3620, 3620] },
];

const EXAM_STREETS: Street[] = [
  { nom: 'Lomonosova iela', loc: 'Lomonosova ielā' },
  { nom: 'Kristapa iela', loc: 'Kristapa ielā' },
  { nom: 'Daugavgrīvas iela', loc: 'Daugavgrīvas ielā' },
  { nom: 'Burtnieku iela', loc: 'Burtnieku ielā' },
  { nom: 'Vesetas iela', loc: 'Vesetas ielā' },
  { nom: 'Rundāles iela', loc: 'Rundāles ielā' },
  { nom: 'Dzirciema iela', loc: 'Dzirciema ielā' },
  { nom: 'Krustpils iela', loc: 'Krustpils ielā' },
  { nom: 'Ķīšezera iela', loc: 'Ķīšezera ielā' },
  { nom: 'Viestura prospekts', loc: 'Viestura prospektā' },
  { nom: 'Artilērijas iela', loc: 'Artilērijas ielā' },
  { nom: 'Ernesta Birznieka-Upīša iela', loc: 'Ernesta Birznieka-Upīša ielā' },
  { nom: 'Kapseļu iela', loc: 'Kapseļu ielā' },
  { nom: 'Zeļļu iela', loc: 'Zeļļu ielā' },
];
const EXAM_TOWN_STREETS: Street[] = [
  { nom: 'Zvejnieku iela', loc: 'Zvejnieku ielā' },
  { nom: 'Ostas iela', loc: 'Ostas ielā' },
  { nom: 'Robežu iela', loc: 'Robežu ielā' },
  { nom: 'Rožu iela', loc: 'Rožu ielā' },
  { nom: 'Egļu iela', loc: 'Egļu ielā' },
  { nom: 'Lejas iela', loc: 'Lejas ielā' },
  { nom: 'Kalēju iela', loc: 'Kalēju ielā' },
  { nom: 'Sila iela', loc: 'Sila ielā' },
  { nom: 'Dīķa iela', loc: 'Dīķa ielā' },
];

/** House names (nominative, locative). */
const EXAM_HOUSES: Array<[string, string]> = [
  ['Kurmīši', 'Kurmīšos'],
  ['Lielmeži', 'Lielmežos'],
  ['Dzelmes', 'Dzelmēs'],
  ['Ābelnieki', 'Ābelniekos'],
  ['Grantiņi', 'Grantiņos'],
  ['Stirnas', 'Stirnās'],
  ['Jaunbirzes', 'Jaunbirzēs'],
  ['Saulrieti', 'Saulrietos'],
  ['Kārkli', 'Kārklos'],
  ['Vārnukalni', 'Vārnukalnos'],
  ['Pūriņi', 'Pūriņos'],
  ['Dumbrāji', 'Dumbrājos'],
];

/** [parish (genitive), municipality (genitive), village, postal code] */
const EXAM_PARISHES: Array<[string, string, string, string]> = [
  ['Nīkrāces', 'Kuldīgas', 'Nīkrāce', 'LV-3327'],
  ['Rudbāržu', 'Kuldīgas', 'Rudbārži', 'LV-3324'],
  ['Vecpils', 'Dienvidkurzemes', 'Vecpils', 'LV-3455'],
  ['Embūtes', 'Dienvidkurzemes', 'Embūte', 'LV-3457'],
  ['Zūru', 'Ventspils', 'Zūras', 'LV-3611'],
  ['Puzes', 'Ventspils', 'Puze', 'LV-3613'],
  ['Ugāles', 'Ventspils', 'Ugāle', 'LV-3615'],
  ['Kalncempju', 'Alūksnes', 'Kalncempji', 'LV-4335'],
  ['Mālupes', 'Alūksnes', 'Mālupe', 'LV-4359'],
  ['Blomes', 'Smiltenes', 'Blome', 'LV-4710'],
  ['Ceraukstes', 'Bauskas', 'Ceraukste', 'LV-3917'],
  ['Lēdmanes', 'Ogres', 'Lēdmane', 'LV-5042'],
];

/**
 * Addresses of the exam split. Urban, in the State Address Register's form and the ways rulings write it:
 * "Vesetas iela 12 - 34", "… 12-34", "… 12 k-2 - 34", "… 12A, dz. 34", "… 12/3-4" (a slash for the
 * building), "… 12"; small towns with their municipality. Rural: "“Kurmīši”, Nīkrāces pag., Kuldīgas
 * nov." (as the register writes it), with the words in full ("… Nīkrāces pagasts, Kuldīgas novads"), a
 * village before the parish ("“Kurmīši”, Nīkrāce, Nīkrāces pag., Kuldīgas nov."), a village street
 * ("Sila iela 4, Ugāle, Ugāles pag., Ventspils nov."). The personal part is annotated; the town (with
 * its municipality) is written plain. `rural`: always a rural address.
 */
export function examAddress(rng: Rng, opts: { rural?: boolean } = {}): AddressParts {
  return registerAddress(rng, EXAM_ADDRESS, opts);
}

const EXAM_ADDRESS: RegisterAddressSpec = {
  ruralShare: 0.3,
  houses: EXAM_HOUSES,
  parishes: EXAM_PARISHES,
  villageNumber: (rng) => `${rng.int(1, 40)}${rng.chance(0.5) ? ` - ${rng.int(1, 12)}` : ''}`,
  towns: EXAM_TOWNS,
  streets: EXAM_STREETS,
  townStreets: EXAM_TOWN_STREETS,
  numberMax: [160, 60],
  letter: [0.12, ['A', 'B']],
  flatMax: [180, 36],
  tails: (rng, house, num, flat) => [
    `${house} - ${flat}`,
    `${house}-${flat}`,
    `${house} k-${rng.int(1, 5)} - ${flat}`,
    `${house}, dz. ${flat}`,
    `${num}/${rng.int(1, 4)}-${flat}`,
    house,
  ],
};

/**
 * What one split's register-style addresses draw from (exam, verify). Rural: a house name with the
 * parish and municipality abbreviated, in full, with the village before the parish, or (unless
 * `rural` is asked for) a village street with `villageNumber`. Urban: a town, a street (the city's
 * own or a small town's), a number up to `numberMax` [city, small town], a letter with the chance
 * `letter[0]`, a flat up to `flatMax`, written in one of the six forms `tails` gives (the draws in
 * `tails` all happen, whichever form is chosen).
 */
interface RegisterAddressSpec {
  ruralShare: number;
  houses: Array<[string, string]>;
  /** [parish (genitive), municipality (genitive), village, postal code] */
  parishes: Array<[string, string, string, string]>;
  villageNumber: (rng: Rng) => string;
  towns: Town[];
  streets: Street[];
  townStreets: Street[];
  numberMax: [number, number];
  letter: [number, string[]];
  flatMax: [number, number];
  tails: (rng: Rng, house: string, num: number, flat: number) => string[];
}

/** An address in the State Address Register's forms from one split's `spec`. */
function registerAddress(rng: Rng, spec: RegisterAddressSpec, opts: { rural?: boolean }): AddressParts {
  const kind = rng.next();
  if (opts.rural || kind < spec.ruralShare) {
    const [house, houseLoc] = rng.pick(spec.houses);
    const [parish, muni, village, postal] = rng.pick(spec.parishes);
    const style = rng.int(0, opts.rural ? 2 : 3);
    const rural = (tail: string): AddressParts => ({
      address: `“${house}”${tail}`,
      addressLoc: `“${houseLoc}”${tail}`,
      city: null,
      postal,
      rural: true,
    });
    if (style === 0) return rural(`, ${parish} pag., ${muni} nov.`);
    if (style === 1) return rural(`, ${parish} pagasts, ${muni} novads`);
    if (style === 2) return rural(`, ${village}, ${parish} pag., ${muni} nov.`);
    const street = rng.pick(spec.townStreets);
    const tail = ` ${spec.villageNumber(rng)}, ${village}, ${parish} pag., ${muni} nov.`;
    return {
      address: `${street.nom}${tail}`,
      addressLoc: `${street.loc}${tail}`,
      city: null,
      postal,
      rural: true,
    };
  }
  const town = rng.pick(spec.towns);
  const inCity = town.muni === null;
  const street = rng.pick(inCity ? spec.streets : spec.townStreets);
  const num = rng.int(1, spec.numberMax[inCity ? 0 : 1]);
  const house = rng.chance(spec.letter[0]) ? `${num}${rng.pick(spec.letter[1])}` : String(num);
  const flat = rng.int(1, spec.flatMax[inCity ? 0 : 1]);
  const style = rng.int(0, 5);
  const tail = spec.tails(rng, house, num, flat)[style] as string;
  return {
    address: `${street.nom} ${tail}`,
    addressLoc: `${street.loc} ${tail}`,
    city: townCity(town),
    postal: `LV-${rng.int(town.postal[0], town.postal[1])}`,
    rural: false,
  };
}

/** An address abroad of a Latvian working there: the street, house, postal code and town (annotated), and the country (plain). */
export interface AbroadAddress {
  address: string;
  country: { nom: string; loc: string };
}

/** Addresses abroad of the exam split: Norway, Germany, Ireland, the United Kingdom, Sweden. */
export function examAbroadAddress(rng: Rng): AbroadAddress {
  const n = rng.int(1, 89);
  const kind = rng.int(0, 4);
  if (kind === 0)
    return {
      address: `${rng.pick(['Storgata', 'Kirkegata', 'Bragernes torg', 'Tollbugata'])} ${n}, ${rng.pick(['3015 Drammen', '4006 Stavanger', '5003 Bergen', '7010 Trondheim'])}`,
      country: { nom: 'Norvēģija', loc: 'Norvēģijā' },
    };
  if (kind === 1)
    return {
      address: `${rng.pick(['Bahnhofstraße', 'Lindenweg', 'Schulstraße', 'Am Markt'])} ${n}, ${rng.pick(['49716 Meppen', '26603 Aurich', '18055 Rostock', '31134 Hildesheim'])}`,
      country: { nom: 'Vācija', loc: 'Vācijā' },
    };
  if (kind === 2)
    return {
      address: `${n} ${rng.pick(['Oakfield Road', 'Church Street', 'Willow Park', 'Main Street'])}, ${rng.pick(['Dundalk', 'Athlone', 'Ennis', 'Cavan'])}`,
      country: { nom: 'Īrija', loc: 'Īrijā' },
    };
  if (kind === 3)
    return {
      address: `${n} ${rng.pick(['Ashby Road', 'Victoria Street', 'Lincoln Road'])}, ${rng.pick(['Peterborough PE1 2RT', 'Boston PE21 8QX', 'Spalding PE11 1AB'])}`,
      country: { nom: 'Apvienotā Karaliste', loc: 'Apvienotajā Karalistē' },
    };
  return {
    address: `${rng.pick(['Storgatan', 'Kungsgatan', 'Järnvägsgatan'])} ${n}, ${rng.pick(['521 43 Falköping', '702 11 Örebro', '891 33 Örnsköldsvik'])}`,
    country: { nom: 'Zviedrija', loc: 'Zviedrijā' },
  };
}

// ---- the `verify` split --------------------------------------------------------------------------

/**
 * Personal codes of the verify split: old ones (valid check digit) with a hyphen or none; new ones (since
 * 1 July 2017, 32–39) with a hyphen or none. A person born after 1 July 2017 has a new one.
 */
export function verifyPersonalCode(rng: Rng, birth: Date): string {
  if (birth.getTime() >= Date.UTC(2017, 6, 1) || rng.chance(0.33)) {
    const code = newPersonalCode(rng);
    return rng.chance(0.8) ? code : code.replace('-', '');
  }
  return oldPersonalCode(rng, birth, rng.chance(0.75));
}

/** Phones of the verify split: "29 123 456", "+371 29123456", "29123456", "+371 2912 3456", a landline "65 412 345". */
function verifyPhone(rng: Rng): string {
  return mobileOrLandline(rng, 0.78, (n) => [
    `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    `+371 ${n}`,
    n,
    `+371 ${n.slice(0, 4)} ${n.slice(4)}`,
  ]);
}

const VERIFY_MAIL_DOMAINS = ['gmail.com', 'inbox.lv', 'outlook.com', 'mail.ru', 'icloud.com', 'tvnet.lv'];

/** E-mail addresses of the verify split. */
export function verifyEmail(rng: Rng, given: string, surname: string, birthYear: number): string {
  return mailbox(rng, given, surname, VERIFY_MAIL_DOMAINS, (g, s) => [
    `${g}.${s}`,
    `${g}_${s}`,
    `${s}${String(birthYear).slice(2)}`,
    `${g.charAt(0)}${s}`,
    `${g}.${s}.${rng.int(1, 9)}`,
  ]);
}

/**
 * IBANs of the verify split (valid mod-97 check digits): Latvian ones, grouped in fours or not, and
 * accounts in Estonian, Finnish and Dutch banks.
 */
export function verifyIban(rng: Rng): string {
  return mixedIban(rng, 0.55, [
    { upTo: 0.8, country: 'LV', prefixes: ['HABA', 'UNLA', 'RIKO', 'NDEA', 'PARX', 'RTMB'], digits: 13 },
    { upTo: 0.88, country: 'EE', prefixes: ['22', '10', '17'], digits: 14 },
    { upTo: 0.94, country: 'FI', prefixes: ['123456', '800014', '405500'], digits: 8 },
    { upTo: 1, country: 'NL', prefixes: ['INGB', 'RABO', 'ABNA'], digits: 10 },
  ]);
}

/** Plates of the verify split: "KL-812", "KL812", a trailer "T-1234"-style "TA-123", an Estonian "123 ABC". */
function verifyPlate(rng: Rng): string {
  const letters = 'ABCDEFGHJKLMNOPRSTUVZ';
  const L = () => letters.charAt(rng.int(0, letters.length - 1));
  const kind = rng.next();
  if (kind < 0.62) return `${L()}${L()}-${rng.int(100, 9999)}`;
  if (kind < 0.8) return `${L()}${L()}${rng.int(100, 9999)}`;
  if (kind < 0.9) return `${pad(rng.int(1, 999), 3)} ${L()}${L()}${L()}`;
  return `${L()}${L()}-${pad(rng.int(1, 99), 2)}`;
}

/** Cadastral numbers and designations of the verify split: 11 digits (4-3-4 or not), land units and buildings (14). */
function verifyCadastral(rng: Rng): string {
  const a = pad(rng.int(3600, 9690), 4);
  const b = pad(rng.int(1, 999), 3);
  const c = pad(rng.int(1, 9999), 4);
  const kind = rng.next();
  if (kind < 0.45) return `${a} ${b} ${c}`;
  if (kind < 0.72) return `${a}${b}${c}`;
  return `${a} ${b} ${c} ${pad(rng.int(1, 12), 3)}`;
}

/** A land-register folio number of the verify split. */
export function verifyFolio(rng: Rng): string {
  return folio(rng, 0.8, ['1000', '1001', '5900', '2700'], [12, 3999]);
}

/** Identity documents of the verify split: Latvian passports and ID cards, residence permits, foreign passports. */
export function verifyDocumentNumber(rng: Rng, foreign = false): { kind: DocKind; number: string } {
  const r = foreign ? 0.82 + rng.next() * 0.18 : rng.next();
  const digits = (k: number) => pad(rng.int(0, 10 ** k - 1), k);
  if (r < 0.38) return { kind: 'pase', number: `LV${digits(7)}` };
  if (r < 0.7) return { kind: 'apliecība', number: `${rng.pick(['PA', 'PB', 'PC'])}${digits(7)}` };
  if (r < 0.82) return { kind: 'atļauja', number: `RP${digits(7)}` };
  if (r < 0.93) return { kind: 'ārvalstu pase', number: `${rng.pick(['KC', 'KE', 'FB'])}${digits(6)}` };
  return { kind: 'ārvalstu apliecība', number: `${rng.pick(['AB', 'AC'])}${digits(7)}` };
}

const VERIFY_TOWNS: Town[] = [
  { nom: 'Rīga', loc: 'Rīgā', muni: null, postal: [1001, 1084] },
  { nom: 'Rīga', loc: 'Rīgā', muni: null, postal: [1001, 1084] },
  { nom: 'Daugavpils', loc: 'Daugavpilī', muni: null, postal: [5401, 5422] },
  { nom: 'Rēzekne', loc: 'Rēzeknē', muni: null, postal: [4601, 4604] },
  { nom: 'Līvāni', loc: 'Līvānos', muni: 'Augšdaugavas', postal: [5316, 5316] },
  { nom: 'Preiļi', loc: 'Preiļos', muni: 'Preiļu', postal: [5301, 5301] },
  { nom: 'Varakļāni', loc: 'Varakļānos', muni: 'Madonas', postal: [4838, 4838] },
  { nom: 'Lubāna', loc: 'Lubānā', muni: 'Madonas', postal: [4830, 4830] },
  { nom: 'Cesvaine', loc: 'Cesvainē', muni: 'Madonas', postal: [4871, 4871] },
  { nom: 'Skrunda', loc: 'Skrundā', muni: 'Kuldīgas', postal: [3326, 3326] },
  { nom: 'Kandava', loc: 'Kandavā', muni: 'Tukuma', postal: [3120, 3120] },
  { nom: 'Jaunjelgava', loc: 'Jaunjelgavā', muni: 'Aizkraukles', postal: [5134, 5134] },
  { nom: 'Baldone', loc: 'Baldonē', muni: 'Ķekavas', postal: [2125, 2125] },
];

const VERIFY_STREETS: Street[] = [
  { nom: 'Ganību dambis', loc: 'Ganību dambī' },
  { nom: 'Maskavas iela', loc: 'Maskavas ielā' },
  { nom: 'Slokas iela', loc: 'Slokas ielā' },
  { nom: 'Ūnijas iela', loc: 'Ūnijas ielā' },
  { nom: 'Sarkandaugavas iela', loc: 'Sarkandaugavas ielā' },
  { nom: 'Ulbrokas iela', loc: 'Ulbrokas ielā' },
  { nom: 'Bauskas iela', loc: 'Bauskas ielā' },
  { nom: 'Augusta Deglava iela', loc: 'Augusta Deglava ielā' },
  { nom: 'Stūrmaņu iela', loc: 'Stūrmaņu ielā' },
  { nom: 'Juglas iela', loc: 'Juglas ielā' },
  { nom: 'Pārslas iela', loc: 'Pārslas ielā' },
  { nom: 'Cietokšņa iela', loc: 'Cietokšņa ielā' },
  { nom: 'Vienības iela', loc: 'Vienības ielā' },
  { nom: 'Jātnieku iela', loc: 'Jātnieku ielā' },
];
const VERIFY_TOWN_STREETS: Street[] = [
  { nom: 'Baznīcas iela', loc: 'Baznīcas ielā' },
  { nom: 'Dzirnavu iela', loc: 'Dzirnavu ielā' },
  { nom: 'Stacijas iela', loc: 'Stacijas ielā' },
  { nom: 'Pils iela', loc: 'Pils ielā' },
  { nom: 'Ezera iela', loc: 'Ezera ielā' },
  { nom: 'Tirgus laukums', loc: 'Tirgus laukumā' },
  { nom: 'Avotu iela', loc: 'Avotu ielā' },
  { nom: 'Mazā Dārza iela', loc: 'Mazajā Dārza ielā' },
  { nom: 'Skolas iela', loc: 'Skolas ielā' },
];

/** House names (nominative, locative). */
const VERIFY_HOUSES: Array<[string, string]> = [
  ['Rūķīši', 'Rūķīšos'],
  ['Ozolkrasti', 'Ozolkrastos'],
  ['Veclejas', 'Veclejās'],
  ['Pīlādži', 'Pīlādžos'],
  ['Zvanītāji', 'Zvanītājos'],
  ['Mazsalieši', 'Mazsaliešos'],
  ['Lejasbrieži', 'Lejasbriežos'],
  ['Bitītes', 'Bitītēs'],
  ['Kalnarāji', 'Kalnarājos'],
  ['Vecdzirnavas', 'Vecdzirnavās'],
  ['Silmalas', 'Silmalās'],
  ['Strautiņi', 'Strautiņos'],
];

/** [parish (genitive), municipality (genitive), village, postal code] */
const VERIFY_PARISHES: Array<[string, string, string, string]> = [
  ['Rudzātu', 'Augšdaugavas', 'Rudzāti', 'LV-5328'],
  ['Sutru', 'Augšdaugavas', 'Sutri', 'LV-5327'],
  ['Aglonas', 'Preiļu', 'Aglona', 'LV-5304'],
  ['Riebiņu', 'Preiļu', 'Riebiņi', 'LV-5326'],
  ['Ērgļu', 'Madonas', 'Ērgļi', 'LV-4840'],
  ['Praulienas', 'Madonas', 'Prauliena', 'LV-4841'],
  ['Zantes', 'Tukuma', 'Zante', 'LV-3137'],
  ['Matkules', 'Tukuma', 'Matkule', 'LV-3135'],
  ['Vārmes', 'Kuldīgas', 'Vārme', 'LV-3323'],
  ['Sērenes', 'Aizkraukles', 'Sērene', 'LV-5123'],
  ['Baltinavas', 'Balvu', 'Baltinava', 'LV-4594'],
  ['Mārsnēnu', 'Cēsu', 'Mārsnēni', 'LV-4128'],
];

/**
 * Addresses of the verify split. Urban: "Slokas iela 41 - 7", "… 41-7", "… 41 k-3 - 7", "… 41, dzīvoklis
 * 7", "… 41A - 7", "… 41"; small towns with their municipality. Rural: "“Rūķīši”, Rudzātu pag., Augšdaugavas
 * nov." (as the register writes it), "Rudzātu pagasts, … novads" in full, a village before the parish,
 * a house name with "mājas", a village street. The personal part is annotated; the town (with its
 * municipality) is written plain. `rural`: always a rural address.
 */
export function verifyAddress(rng: Rng, opts: { rural?: boolean } = {}): AddressParts {
  return registerAddress(rng, VERIFY_ADDRESS, opts);
}

const VERIFY_ADDRESS: RegisterAddressSpec = {
  ruralShare: 0.32,
  houses: VERIFY_HOUSES,
  parishes: VERIFY_PARISHES,
  villageNumber: (rng) => `${rng.int(1, 30)}${rng.chance(0.4) ? `-${rng.int(1, 18)}` : ''}`,
  towns: VERIFY_TOWNS,
  streets: VERIFY_STREETS,
  townStreets: VERIFY_TOWN_STREETS,
  numberMax: [140, 48],
  letter: [0.14, ['A', 'B', 'C']],
  flatMax: [160, 30],
  tails: (rng, house, _num, flat) => [
    `${house} - ${flat}`,
    `${house}-${flat}`,
    `${house} k-${rng.int(1, 4)} - ${flat}`,
    `${house}, dzīvoklis ${flat}`,
    `${house}-${flat}`,
    house,
  ],
};

/** Addresses abroad of the verify split: Finland, the Netherlands, Denmark, Belgium. */
export function verifyAbroadAddress(rng: Rng): AbroadAddress {
  const n = rng.int(1, 120);
  const kind = rng.int(0, 3);
  if (kind === 0)
    return {
      address: `${rng.pick(['Hämeenkatu', 'Kauppakatu', 'Puistokatu'])} ${n} B ${rng.int(1, 40)}, ${rng.pick(['33100 Tampere', '40100 Jyväskylä', '15110 Lahti'])}`,
      country: { nom: 'Somija', loc: 'Somijā' },
    };
  if (kind === 1)
    return {
      address: `${rng.pick(['Kerkstraat', 'Dorpsstraat', 'Stationsweg'])} ${n}, ${rng.pick(['5611 GH Eindhoven', '2611 HN Delft', '7511 JE Enschede'])}`,
      country: { nom: 'Nīderlande', loc: 'Nīderlandē' },
    };
  if (kind === 2)
    return {
      address: `${rng.pick(['Vestergade', 'Nørregade', 'Jernbanegade'])} ${n}, ${rng.pick(['8000 Aarhus C', '5000 Odense C', '6700 Esbjerg'])}`,
      country: { nom: 'Dānija', loc: 'Dānijā' },
    };
  return {
    address: `${rng.pick(['Rue de la Station', 'Kerkstraat', 'Rue Haute'])} ${n}, ${rng.pick(['1000 Brussel', '9000 Gent', '4000 Liège'])}`,
    country: { nom: 'Beļģija', loc: 'Beļģijā' },
  };
}
