/**
 * The name lexicon, built once: every inflected form of every given name and surname in the lists,
 * lowercased, mapped to what it can be.
 */
import { forms, feminineSurname, type Gender } from './declension.ts';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './given-names.ts';
import { generateSurnames, wordLikeSurnames } from './surnames.ts';

export interface Lexicon {
  /** lowercased inflected form → genders of the given names it can be a form of */
  given: Map<string, Set<Gender>>;
  /** lowercased inflected forms of surnames (masculine and feminine) */
  surname: Set<string>;
  /** lowercased forms of surnames that are also ordinary words (ceļu, kalna, labas) */
  wordLike: Set<string>;
  givenLemmas: number;
  surnameLemmas: number;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const given = new Map<string, Set<Gender>>();
  const addGiven = (name: string, g: Gender): void => {
    for (const f of forms(name, g)) {
      const k = f.toLowerCase();
      if (k.length < 2) continue;
      let s = given.get(k);
      if (!s) given.set(k, (s = new Set()));
      s.add(g);
    }
  };
  for (const n of MALE_GIVEN_NAMES) addGiven(n, 'm');
  for (const n of FEMALE_GIVEN_NAMES) addGiven(n, 'f');
  const surname = new Set<string>();
  const lemmas = generateSurnames();
  for (const m of lemmas) {
    for (const f of forms(m, 'm')) if (f.length > 2) surname.add(f.toLowerCase());
    for (const f of forms(feminineSurname(m), 'f')) if (f.length > 2) surname.add(f.toLowerCase());
  }
  const wordLike = new Set<string>();
  for (const m of wordLikeSurnames()) {
    for (const f of forms(m, 'm')) wordLike.add(f.toLowerCase());
    for (const f of forms(feminineSurname(m), 'f')) wordLike.add(f.toLowerCase());
  }
  cached = {
    given,
    surname,
    wordLike,
    givenLemmas: new Set([...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES]).size,
    surnameLemmas: lemmas.length,
  };
  return cached;
}
