/**
 * The generator's declension of names, written independently of the anonymiser's (so that a mistake
 * in one is not silently shared by the other). Irregular genitives come from the name lists
 * ("Jānis:Jāņa").
 */
export type Gender = 'm' | 'f';
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'loc';

export interface NameWord {
  nom: string;
  gen?: string;
}

export function parseName(entry: string): NameWord {
  const [nom, gen] = entry.split(':');
  return gen ? { nom: nom as string, gen } : { nom: nom as string };
}

const TABLE: Record<string, Record<Case, string>> = {
  // masculine
  'm:is': { nom: 'is', gen: 'a', dat: 'im', acc: 'i', loc: 'ī' },
  'm:us': { nom: 'us', gen: 'us', dat: 'um', acc: 'u', loc: 'ū' },
  'm:s': { nom: 's', gen: 'a', dat: 'am', acc: 'u', loc: 'ā' },
  'm:š': { nom: 'š', gen: 'a', dat: 'am', acc: 'u', loc: 'ā' },
  'm:a': { nom: 'a', gen: 'as', dat: 'am', acc: 'u', loc: 'ā' },
  'm:e': { nom: 'e', gen: 'es', dat: 'em', acc: 'i', loc: 'ē' },
  // feminine
  'f:a': { nom: 'a', gen: 'as', dat: 'ai', acc: 'u', loc: 'ā' },
  'f:e': { nom: 'e', gen: 'es', dat: 'ei', acc: 'i', loc: 'ē' },
};

function declineWord(w: NameWord, g: Gender, c: Case): string {
  if (c === 'gen' && w.gen) return w.gen;
  const n = w.nom;
  for (const end of ['is', 'us', 's', 'š', 'a', 'e']) {
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
  const n = w.nom;
  if (n.endsWith('is')) return { nom: n.slice(0, -2) + 'e' };
  if (n.endsWith('us')) return { nom: n.slice(0, -2) + 'a' };
  if (n.endsWith('s') || n.endsWith('š')) return { nom: n.slice(0, -1) + 'a' };
  return { nom: n };
}
