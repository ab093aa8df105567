/**
 * The generator's declension of names, written independently of the anonymiser's (so that a mistake
 * in one is not silently shared by the other). Irregular genitives come from the name lists
 * ("Jānis:Jāņa").
 */
export type Gender = 'm' | 'f';
/** The seven cases; instrumental (`ins`, after "ar") and vocative (`voc`) are used by the `final` split only. */
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc' | 'voc';

export interface NameWord {
  nom: string;
  gen?: string;
  /** the feminine surname when it is not derived regularly ("Dombrovskis|Dombrovska", "Andersons|Andersone") */
  fem?: string;
}

/** "Nom", "Nom:Gen", "Nom|Fem" or "Nom:Gen|Fem". */
export function parseName(entry: string): NameWord {
  const [main, fem] = entry.split('|');
  const [nom, gen] = (main as string).split(':');
  const w: NameWord = { nom: nom as string };
  if (gen) w.gen = gen;
  if (fem) w.fem = fem;
  return w;
}

const TABLE: Record<string, Record<Case, string>> = {
  // masculine
  // (the instrumental singular is the accusative form, used after "ar")
  'm:ais': { nom: 'ais', gen: 'ā', dat: 'ajam', acc: 'o', ins: 'o', loc: 'ajā', voc: 'ais' },
  'm:is': { nom: 'is', gen: 'a', dat: 'im', acc: 'i', ins: 'i', loc: 'ī', voc: 'i' },
  'm:us': { nom: 'us', gen: 'us', dat: 'um', acc: 'u', ins: 'u', loc: 'ū', voc: 'u' },
  'm:s': { nom: 's', gen: 'a', dat: 'am', acc: 'u', ins: 'u', loc: 'ā', voc: '' },
  'm:š': { nom: 'š', gen: 'a', dat: 'am', acc: 'u', ins: 'u', loc: 'ā', voc: '' },
  'm:a': { nom: 'a', gen: 'as', dat: 'am', acc: 'u', ins: 'u', loc: 'ā', voc: 'a' },
  'm:e': { nom: 'e', gen: 'es', dat: 'em', acc: 'i', ins: 'i', loc: 'ē', voc: 'e' },
  // feminine
  'f:ā': { nom: 'ā', gen: 'ās', dat: 'ajai', acc: 'o', ins: 'o', loc: 'ajā', voc: 'ā' },
  'f:a': { nom: 'a', gen: 'as', dat: 'ai', acc: 'u', ins: 'u', loc: 'ā', voc: 'a' },
  'f:e': { nom: 'e', gen: 'es', dat: 'ei', acc: 'i', ins: 'i', loc: 'ē', voc: 'e' },
};

function declineWord(w: NameWord, g: Gender, c: Case): string {
  if (c === 'gen' && w.gen) return w.gen;
  const n = w.nom;
  for (const end of ['ais', 'is', 'us', 's', 'š', 'ā', 'a', 'e']) {
    const row = TABLE[`${g}:${end}`];
    if (row && n.endsWith(end)) return n.slice(0, n.length - end.length) + row[c];
  }
  return n; // Oto, Raivo, Kovaļenko: indeclinable
}

export function decline(w: NameWord, g: Gender, c: Case): string {
  if (w.nom.includes('-')) {
    const parts = w.nom.split('-');
    return parts.map((p) => declineWord({ nom: p }, g, c)).join('-');
  }
  return declineWord(w, g, c);
}

/** Feminine surname from the masculine one; the genitive of -is surnames is then regular (-es). */
export function feminine(w: NameWord): NameWord {
  if (w.fem) return { nom: w.fem };
  const n = w.nom;
  if (n.endsWith('is')) return { nom: n.slice(0, -2) + 'e' };
  if (n.endsWith('us')) return { nom: n.slice(0, -2) + 'a' };
  if (n.endsWith('s') || n.endsWith('š')) return { nom: n.slice(0, -1) + 'a' };
  return { nom: n };
}
