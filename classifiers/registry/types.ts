export interface Labels {
  lv: string;
  en: string;
}

export interface ClassifierItem {
  code: string;
  label: Labels;
  parent?: string | null;
  valid_from: string;
  valid_to?: string | null;
  replaced_by?: string | null;
  attributes?: Record<string, string | number | boolean>;
}

export interface Classifier {
  id: string;
  title: Labels;
  description: Labels;
  owner: string;
  licence: string;
  source: { title: string; url: string; retrieved: string };
  verified: boolean;
  note?: string;
  items: ClassifierItem[];
  /** The file it was read from, relative to the project root. */
  file: string;
}

export class ClassifierError extends Error {
  override name = 'ClassifierError';
}
