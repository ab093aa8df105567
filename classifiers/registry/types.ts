export interface Labels {
  lv: string;
  en: string;
}

export type AttributeValue = string | number | boolean;

export interface ClassifierItem {
  code: string;
  label: Labels;
  parent?: string | null;
  valid_from: string;
  valid_to?: string | null;
  replaced_by?: string | null;
  attributes?: Record<string, AttributeValue>;
  /** Says what about this item is unverified or invented, when something is. */
  note?: string;
}

export interface Classifier {
  id: string;
  title: Labels;
  description: Labels;
  owner: string;
  licence: string;
  source: { title: string; url: string; retrieved: string };
  /** true only when every item was checked against the named source. */
  verified: boolean;
  note?: string;
  items: ClassifierItem[];
  /** The file it was read from, relative to the project root. */
  file: string;
}

/** SKOS mapping relations, read as "from <relation> to". */
export const MAPPING_RELATIONS = [
  'exactMatch',
  'closeMatch',
  'broadMatch',
  'narrowMatch',
  'relatedMatch',
] as const;
export type MappingRelation = (typeof MAPPING_RELATIONS)[number];

export interface MappingPair {
  from: string;
  to: string;
  relation: MappingRelation;
  note?: string;
}

/** A correspondence table between two classifiers. */
export interface Mapping {
  from: string;
  to: string;
  title: Labels;
  description: Labels;
  source: { title: string; url: string; retrieved: string };
  verified: boolean;
  note?: string;
  pairs: MappingPair[];
  file: string;
}

export class ClassifierError extends Error {
  override name = 'ClassifierError';
  /** The file (relative to the project root) and, when known, the item the error is about. */
  constructor(
    message: string,
    readonly file?: string,
    readonly item?: string,
  ) {
    super(message);
  }
}
