/** The categories of personal data the anonymiser hides, and the word that replaces each. */
export const CATEGORY_LABEL = {
  person: '', // replaced by the person's letter
  personal_code: '[personas kods]',
  birth_date: '[dzimšanas datums]',
  address: '[adrese]',
  postal_code: '[pasta indekss]',
  phone: '[tālruņa numurs]',
  email: '[e-pasts]',
  iban: '[konta numurs]',
  vehicle_plate: '[transportlīdzekļa numurs]',
  cadastral: '[kadastra numurs]',
  document: '[dokumenta numurs]',
} as const;

export type Category = keyof typeof CATEGORY_LABEL;
export const CATEGORIES = Object.keys(CATEGORY_LABEL) as Category[];

/** A stretch of the original text a detector claims. */
export interface Span {
  start: number;
  end: number;
  category: Category;
}

/** One replacement: `start`/`end` in the anonymised text, `original_start`/`original_length` in the input. */
export interface Replacement {
  category: Category;
  start: number;
  end: number;
  original_start: number;
  original_length: number;
  replacement: string;
}

export interface Party {
  name?: string | null;
  surname?: string | null;
  personal_code?: string | null;
  role?: string | null;
}

export interface AnonymiseOptions {
  /** The ruling's parties from the structured case data, when known. */
  parties?: Party[];
  /** Officials acting in office (judges, prosecutors, court staff, sworn advocates): kept readable. */
  officials?: Party[];
}

export interface AnonymiseResult {
  text: string;
  replacements: Replacement[];
  /** letter → number of mentions replaced by it */
  persons: Record<string, number>;
}
