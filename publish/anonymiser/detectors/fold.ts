/**
 * Latvian text without its diacritics (ā→a, č→c, ē→e, ģ→g, ī→i, ķ→k, ļ→l, ņ→n, š→s, ū→u, ž→z), as
 * old systems, scans and some typists write it ("Berzins", "Rigas iela", "dzimusi 12. marta"). The
 * detectors' key words match both spellings.
 */
const PLAIN: Record<string, string> = {
  ā: 'a',
  č: 'c',
  ē: 'e',
  ģ: 'g',
  ī: 'i',
  ķ: 'k',
  ļ: 'l',
  ņ: 'n',
  š: 's',
  ū: 'u',
  ž: 'z',
  ō: 'o',
  ŗ: 'r',
  Ā: 'A',
  Č: 'C',
  Ē: 'E',
  Ģ: 'G',
  Ī: 'I',
  Ķ: 'K',
  Ļ: 'L',
  Ņ: 'N',
  Š: 'S',
  Ū: 'U',
  Ž: 'Z',
  Ō: 'O',
  Ŗ: 'R',
};
const MARKED = /[āčēģīķļņšūžōŗĀČĒĢĪĶĻŅŠŪŽŌŖ]/gu;

export function fold(s: string): string {
  return s.replace(MARKED, (c) => PLAIN[c] ?? c);
}

/**
 * A regular-expression source in which every Latvian letter with a diacritic, outside character
 * classes, also matches its plain letter: "iel(?:a|ā)" → "iel(?:a|[āa])". Letters inside [...] get the
 * plain letter added to the class.
 */
export function loose(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      out += c + source.charAt(i + 1);
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    const plain = PLAIN[c];
    out += plain === undefined ? c : inClass ? c + plain : `[${c}${plain}]`;
  }
  return out;
}
