/**
 * Valid-looking personal identifiers for simulated rulings: personal codes (old, with a correct check
 * digit, and new since 2017), IBANs (with correct mod-97 check digits), phones, e-mails, vehicle
 * plates, cadastral numbers, passport and ID card numbers, addresses. Formats differ between the
 * `tune` and `heldout` splits where Latvian practice allows more than one way of writing them.
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

export function iban(rng: Rng, grouped: boolean): string {
  const bank = rng.pick(BANKS);
  let account = '';
  for (let i = 0; i < 13; i++) account += String(rng.int(0, 9));
  const bban = bank + account;
  const numeric = [...(bban + 'LV00')].map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c)).join('');
  const check = pad(98 - mod97(numeric), 2);
  const s = `LV${check}${bban}`;
  return grouped ? (s.match(/.{1,4}/g) as string[]).join(' ') : s;
}

export function phone(rng: Rng, split: Split): string {
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
  const letters = 'ABCDEFGHIJKLMNOPRSTUVZ';
  const two = letters.charAt(rng.int(0, letters.length - 1)) + letters.charAt(rng.int(0, letters.length - 1));
  const num = String(rng.int(1, 9999));
  if (split === 'tune') return `${two}-${num}`;
  if (split === 'sealed') return rng.chance(0.5) ? `${two}–${num}` : `${two}-${num}`;
  return rng.chance(0.5) ? `${two} ${num}` : `${two}${num}`;
}

export function cadastral(rng: Rng, split: Split): string {
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

export function documentNumber(rng: Rng): { kind: 'pase' | 'apliecība'; number: string } {
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
};

const HOUSES: Record<Split, string[]> = {
  tune: ['Kalniņi', 'Ozoli', 'Lejas', 'Priedes', 'Bērzi', 'Jaunzemi', 'Ābeles'],
  heldout: ['Vecsaimnieki', 'Dzērves', 'Sila Pērles', 'Ķiršu dārzs', 'Lazdas', 'Mežmalas', 'Upmaļi'],
  sealed: ['Lejasvilki', 'Ceriņi', 'Jaunķikuri', 'Zīlītes', 'Vecbirzes', 'Pīlādži', 'Ausmas', 'Mazsaulieši'],
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
}

export function address(rng: Rng, split: Split): AddressParts {
  if (split === 'sealed') return sealedAddress(rng);
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
