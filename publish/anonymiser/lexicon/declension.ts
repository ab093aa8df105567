/**
 * Latvian declension of personal names (singular: nominative, genitive, dative, accusative,
 * instrumental, locative, vocative) and the stem key that links every inflected form of a name to
 * one person.
 *
 * Masculine: -s/-š (1st declension: Ozols, Ozola, Ozolam, Ozolu, Ozolā), -is (2nd: Jānis, Jāņa,
 * Jānim, Jāni, Jānī — with the consonant alternation of the genitive), -us (3rd: Mikus, Mikum, Miku,
 * Mikū), -a and -e (Nikita, Zīle: Nikitam, Zīlem). Feminine: -a (4th: Anna, Annas, Annai, Annu, Annā),
 * -e (5th: Liene, Lienes, Lienei, Lieni, Lienē). Names ending otherwise (Oto, Hugo, Kovaļenko) do not
 * decline.
 */
export type Gender = 'm' | 'f';
export const CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'voc'] as const;
export type GrammaticalCase = (typeof CASES)[number];
export type Paradigm = Record<GrammaticalCase, string>;

/** The genitive consonant alternation of the 2nd declension (Jānis → Jāņa, Lācis → Lāča). */
const ALTERNATIONS: ReadonlyArray<[string, string]> = [
  ['ln', 'ļņ'],
  ['sn', 'šn'],
  ['zn', 'žn'],
  ['sl', 'šl'],
  ['zl', 'žl'],
  ['dz', 'dž'],
  ['t', 'š'],
  ['d', 'ž'],
  ['s', 'š'],
  ['z', 'ž'],
  ['c', 'č'],
  ['n', 'ņ'],
  ['l', 'ļ'],
  ['p', 'pj'],
  ['b', 'bj'],
  ['m', 'mj'],
  ['v', 'vj'],
];

export function alternate(stem: string): string {
  for (const [from, to] of ALTERNATIONS) if (stem.endsWith(from)) return stem.slice(0, -from.length) + to;
  return stem;
}

/** The paradigm of a name. For -is names the genitive is the alternated one; `forms` adds the other. */
export function paradigm(nom: string, gender: Gender): Paradigm {
  if (nom.includes('-')) {
    // Both parts of a double surname decline: Kalniņa-Ozola, Kalniņas-Ozolas.
    const parts = nom.split('-').map((part) => paradigm(part, gender));
    const joined = {} as Paradigm;
    for (const c of CASES) joined[c] = parts.map((p) => p[c]).join('-');
    return joined;
  }
  const upper = nom === nom.toUpperCase() && nom !== nom.toLowerCase();
  const n = upper ? nom.toLowerCase() : nom;
  const mk = (stem: string, gen: string, dat: string, acc: string, loc: string, voc: string): Paradigm => {
    const p: Paradigm = {
      nom: n,
      gen: stem + gen,
      dat: stem + dat,
      acc: stem + acc,
      ins: stem + acc,
      loc: stem + loc,
      voc: stem + voc,
    };
    if (upper) for (const c of CASES) p[c] = p[c].toUpperCase();
    return p;
  };
  if (gender === 'm') {
    if (n.endsWith('is')) {
      const stem = n.slice(0, -2);
      const p = mk(stem, 'a', 'im', 'i', 'ī', 'i');
      p.gen = (upper ? alternate(stem).toUpperCase() : alternate(stem)) + (upper ? 'A' : 'a');
      return p;
    }
    if (n.endsWith('us')) return mk(n.slice(0, -2), 'us', 'um', 'u', 'ū', 'u');
    if (n.endsWith('s') || n.endsWith('š')) return mk(n.slice(0, -1), 'a', 'am', 'u', 'ā', '');
    if (n.endsWith('a')) return mk(n.slice(0, -1), 'as', 'am', 'u', 'ā', 'a');
    if (n.endsWith('e')) return mk(n.slice(0, -1), 'es', 'em', 'i', 'ē', 'e');
  } else {
    if (n.endsWith('a')) return mk(n.slice(0, -1), 'as', 'ai', 'u', 'ā', 'a');
    if (n.endsWith('e')) return mk(n.slice(0, -1), 'es', 'ei', 'i', 'ē', 'e');
    if (n.endsWith('s')) return mk(n.slice(0, -1), 's', 'ij', 'i', 'ī', 's');
  }
  return { nom: nom, gen: nom, dat: nom, acc: nom, ins: nom, loc: nom, voc: nom };
}

/** Every written form of a name: the paradigm plus the unalternated genitive of -is names. */
export function forms(nom: string, gender: Gender): string[] {
  const p = paradigm(nom, gender);
  const out = new Set<string>(Object.values(p).filter((f) => f.length > 0));
  if (gender === 'm' && nom.toLowerCase().endsWith('is'))
    out.add(nom.slice(0, -2) + (nom === nom.toUpperCase() ? 'A' : 'a'));
  return [...out];
}

/** The feminine form of a masculine surname (Bērziņš → Bērziņa, Eglītis → Eglīte, Ozols → Ozola). */
export function feminineSurname(masc: string): string {
  if (masc.endsWith('is')) return masc.slice(0, -2) + 'e';
  if (masc.endsWith('us')) return masc.slice(0, -2) + 'a';
  if (masc.endsWith('s') || masc.endsWith('š')) return masc.slice(0, -1) + 'a';
  return masc;
}

// Longest first: the key strips one inflectional ending.
const ENDINGS = [
  'iem',
  'ām',
  'ēm',
  'ai',
  'ei',
  'am',
  'em',
  'im',
  'um',
  'as',
  'es',
  'is',
  'us',
  'š',
  's',
  'a',
  'e',
  'i',
  'u',
  'ā',
  'ē',
  'ī',
  'ū',
];
const FINAL_NORMAL: Record<string, string> = {
  ņ: 'n',
  ļ: 'l',
  š: 's',
  t: 's',
  ž: 'z',
  č: 'c',
  d: 'z',
  ķ: 'k',
  ģ: 'g',
};

function keyOfPart(word: string): string {
  let w = word.toLowerCase();
  for (const e of ENDINGS) {
    if (w.length - e.length >= 2 && w.endsWith(e)) {
      w = w.slice(0, -e.length);
      break;
    }
  }
  // Undo the 2nd-declension alternation so that Jānis/Jāņa, Eglītis/Eglīša, Dāvis/Dāvja meet.
  if (/[pbmv]j$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('šn') || w.endsWith('žn') || w.endsWith('šl') || w.endsWith('žl') || w.endsWith('ļņ')) {
    w =
      w.slice(0, -2) +
      (FINAL_NORMAL[w.at(-2) as string] ?? w.at(-2)) +
      (FINAL_NORMAL[w.at(-1) as string] ?? w.at(-1));
  } else if (w.endsWith('dž')) w = w.slice(0, -1) + 'z';
  const last = w.at(-1) as string;
  if (FINAL_NORMAL[last]) w = w.slice(0, -1) + FINAL_NORMAL[last];
  return w;
}

/**
 * The key shared by every inflected form of a name, and by the masculine and feminine forms of a
 * surname: Bērziņš, Bērziņa, Bērziņam → "bērzin"; Jānis, Jāņa, Jānī → "jān"; Eglītis, Eglīša,
 * Eglīte → "eglīs". Hyphenated names key each part. Case-insensitive (JĀŅA = Jāņa).
 */
export function stemKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = word.split('-').map(keyOfPart).join('-');
    if (keys.size >= 100_000) keys.clear(); // a bound, not an eviction policy: the cache refills
    keys.set(word, key);
  }
  return key;
}
const keys = new Map<string, string>();
