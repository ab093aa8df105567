import { fold } from './fold.ts';

/**
 * Role words, matched by the start of a lowercased word so that every case and gender form counts
 * (tiesnese, tiesneses, tiesnesim; apsūdzētais, apsūdzētā, apsūdzētajam…).
 * Officials acting in office (judges, prosecutors, court staff, sworn advocates, bailiffs, notaries,
 * insolvency administrators) are kept readable; parties and every other participant — witnesses,
 * interpreters, experts, surveyors, representatives who are not advocates — are hidden.
 */
export const OFFICIAL_ROLE_PREFIXES = [
  'tiesnes',
  'tiesneš',
  'prokuror',
  'sekretār',
  'advokāt',
  'zvērināt',
  'priekšsēdētāj',
  'referent',
  'aizstāv',
  'notār',
  'izpildītāj',
  'administrator',
  'palīg',
  // "tiesneša palīdze": a judge's assistant (not "palīdzība", help).
  'palīdze',
  'virsprokuror',
  'senator',
  'senatr',
  // "sēdi protokolē X", "protokolēja X", "protokolists X": the court's minute-taker.
  'protokolē',
  'protokolist',
];

export const PARTY_ROLE_PREFIXES = [
  'apsūdzēt',
  'līdzapsūdzēt',
  'cietuš',
  'cietus',
  'liecinie',
  'prasītāj',
  'atbildētāj',
  'pieteicēj',
  'notiesāt',
  'aizdomās',
  'pilsoņ',
  'pilson',
  'sodītā',
  'sodītais',
  'sodītajam',
  'sodītajai',
  'sodīto',
  'persona',
  'personai',
  'vīr',
  'siev',
  'māt',
  'tēv',
  'dēl',
  'meit',
  'brāl',
  'māsa',
  'māsas',
  'māsai',
  'māsu',
  'bērn',
  'mazdēl',
  'mazmeit',
  'mantinie',
  'mantiniec',
  'parādniek',
  'parādniec',
  'kreditor',
  'īrniek',
  'īrniec',
  'izīrētāj',
  'pircēj',
  'pārdevēj',
  'darbinie',
  'kaimiņ',
  'paziņ',
  'draug',
  'draudzen',
  'pārstāv',
  'aizbildn',
  'audžu',
  'vadītāj',
  'valdes',
  'īpašniek',
  'īpašniec',
  'iesniedzēj',
  'sūdzētāj',
  'aizturēt',
  'lietotāj',
  'apelant',
  'nepilngadīg',
  'mazgadīg',
  'inspektor',
  'policist',
  'darba devēj',
  'aizdevēj',
  'aizņēmēj',
  'galvinie',
  'atraitn',
  'laulāt',
  'kolēģis',
  'kolēģe',
  'kolēģa',
  'kolēģim',
  'kolēģei',
  'vedekl',
  'znot',
  'krustmāt',
  'krusttēv',
  'onk',
  'tant',
  'vectēv',
  'vecmām',
  'līgavain',
  'dzīvesbiedr',
  'partner',
  'apsargs',
  'apsardz',
  'klient',
  'pacient',
  'skolniek',
  'skolniec',
  'students',
  'studente',
  'pasažier',
  'gājēj',
  'braucēj',
  'kurjer',
  'pārdevēj',
  'šofer',
  'strādniek',
  'ārst',
  'medmās',
  'biedr',
  // Participants who are not officials acting in office: their names are hidden.
  'aculiecinie',
  'radinie',
  'vecāk',
  'dalībniek',
  'dalībniec',
  'tulk',
  'ekspert',
  'mērniek',
  'speciālist',
  'juriskonsult',
  'pilnvarn',
  'pieaicināt',
  'kungs',
  'kunga',
  'kungam',
  'kungu',
  'kundz',
];

/**
 * Words that may stand between a role word and the name it introduces ("tiesas sēdes sekretāre",
 * "valsts apsūdzības uzturētāja prokurore", "zvērināta advokāte"). Any other word between them
 * ("tulks, jo X norādīja") means the role word is not about the name.
 */
export const ROLE_FILLERS = new Set(
  `tiesas tiesu sēdes sēžu valsts apsūdzības uzturētājs uzturētāja uzturētājam uzturētājai uzturētāju
   lietas lietā pilnvarotais pilnvarotā pilnvarotajam pilnvarotajai pilnvaroto procesa virzītājs virzītāja
   virzītājam virzītājai bijušais bijusī bijušā bijušajam bijušajai bijušo personiskais personīgais
   paraksts paraksta elektroniski parakstīts`
    .trim()
    .split(/\s+/)
    .flatMap((w) => [w, fold(w)]),
);

/** Heads of private bodies: "valdes priekšsēdētājs X" is a private person, not a court official. */
const PRIVATE_HEAD_BEFORE =
  /^(?:valdes|padomes|biedribas|kooperativa|sabiedribas|apvienibas|majas|dzivoklu)$/u; // folded

/**
 * The kind of role a lowercased word gives the name after it, given the word before it and the
 * text right after it: 'official', 'party' or null (not a role word).
 */
export function roleOfWord(
  lower: string,
  prevLower: string | undefined,
  after: string,
): 'official' | 'party' | null {
  // Compared without diacritics, so that "sedes vaditajs" counts as "sēdes vadītājs".
  const l = fold(lower);
  const prev = prevLower === undefined ? undefined : fold(prevLower);
  // The signature that closes a ruling, "Paraksts: ANNA OZOLA", is the judge's; not "(paraksts)".
  if (l === 'paraksts' && /^\s*:/.test(after)) return 'official';
  if (l.startsWith('vaditaj')) return prev === 'sedes' ? 'official' : 'party';
  if (l.startsWith('priekssedetaj'))
    return prev !== undefined && PRIVATE_HEAD_BEFORE.test(prev) ? 'party' : 'official';
  // "Apelācijas instances tiesas sastāvs: X, Y, Z" — but not "noziedzīga nodarījuma sastāvs".
  if (l.startsWith('sastav'))
    return prev === 'tiesas' || prev === 'sada' || /^\s*:/.test(after) ? 'official' : null;
  // "Apgabaltiesas kolēģija (A, B, C)", "tiesnešu kolēģija: A, B, C" — not "Kolēģija Bērziņa sūdzību…".
  if (l.startsWith('kolegij')) return prev === 'tiesnesu' || /^\s*[(:]/.test(after) ? 'official' : null;
  if (startsWithAny(lower, OFFICIAL_ROLE_PREFIXES)) return 'official';
  if (startsWithAny(lower, PARTY_ROLE_PREFIXES)) return 'party';
  return null;
}

/** Lowercase words after a name that show the name belongs to a place or an institution. */
export const PLACE_NOUN_PREFIXES = [
  'iel',
  'bulvār',
  'prospekt',
  'gatv',
  'šosej',
  'laukum',
  'krastmal',
  'alej',
  'dambi',
  'dambj',
  'apgabaltiesa',
  'pārvald',
  'policij',
  'dienest',
  'prokuratūr',
  'ministrij',
  'pašvaldīb',
  'dome',
  'domes',
  'novad',
  'pagast',
  'pilsēt',
  'slimnīc',
  'skol',
  'universitāt',
  'iecirkn',
  'birojs',
  'biroja',
  'bank',
  'nodaļ',
  'centr',
  'aģentūr',
  'inspekcij',
  'komisij',
  'fond',
  'muzej',
  'teātr',
  'baznīc',
  'draudz',
  'ciem',
  'rajon',
  'reģion',
  'ezer',
  'upe',
  'upes',
  'koledž',
  'kapsēt',
  'stacij',
  'tirg',
  'park',
  'klīnik',
  'institūt',
  'akadēmij',
  'vidusskol',
  'pamatskol',
  'ģimnāzij',
  'cietum',
  'nams',
  'nama',
  'prēmij',
];

/** Does the word start with one of the prefixes — with or without its diacritics ("apsudzetais")? */
export function startsWithAny(lower: string, prefixes: readonly string[]): boolean {
  let memo = MEMO.get(prefixes);
  if (!memo) MEMO.set(prefixes, (memo = new Map()));
  let hit = memo.get(lower);
  if (hit === undefined) {
    hit = prefixes.some((p) => lower.startsWith(p));
    // A word written without diacritics is compared with the prefixes without theirs.
    if (!hit && fold(lower) === lower) hit = prefixes.some((p) => lower.startsWith(fold(p)));
    if (memo.size >= 50_000) memo.clear(); // a bound, not an eviction policy
    memo.set(lower, hit);
  }
  return hit;
}
const MEMO = new WeakMap<readonly string[], Map<string, boolean>>();
