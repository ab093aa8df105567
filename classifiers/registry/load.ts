/**
 * Reads the classifiers kept as YAML in classifiers/data (one file per classifier, named after
 * its id) and the correspondence tables in classifiers/data/mappings, and checks them. Every
 * error names the file and the item a reviewer must fix. Rules:
 *  - each item has a string code, labels in lv and en, a valid_from date and, if retired, a
 *    valid_to on or after it; no unknown fields (a typo such as `valid_form` is an error);
 *  - one code never has two overlapping validity periods (so codes are unique on every date);
 *  - a parent exists in the same classifier and is valid on the day the child becomes valid;
 *    the hierarchy has no cycles;
 *  - replaced_by is only given for a retired item, and names a code valid the day after it retires;
 *  - a correspondence table names existing classifiers and existing codes on both sides.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../lib/config.ts';
import {
  ClassifierError,
  MAPPING_RELATIONS,
  type Classifier,
  type ClassifierItem,
  type Labels,
  type Mapping,
  type MappingPair,
  type MappingRelation,
} from './types.ts';

export const CLASSIFIER_DIR = path.join(PROJECT_ROOT, 'classifiers', 'data');

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.\-]*$/;
const ID = /^[a-z][a-z0-9_]*$/;
const ITEM_FIELDS = new Set([
  'code',
  'label',
  'parent',
  'valid_from',
  'valid_to',
  'replaced_by',
  'attributes',
  'note',
]);
const CLASSIFIER_FIELDS = new Set([
  'id',
  'title',
  'description',
  'owner',
  'licence',
  'source',
  'verified',
  'note',
  'items',
]);
const MAPPING_FIELDS = new Set([
  'from',
  'to',
  'title',
  'description',
  'source',
  'verified',
  'note',
  'pairs',
  'pairs_from_attribute',
]);

/** The path shown in messages: relative to the project when inside it. */
export function displayPath(file: string): string {
  const rel = path.relative(PROJECT_ROOT, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

/** true for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function asDate(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

function checkLabels(v: unknown, where: string, field: string, file: string, item?: string): Labels {
  const l = v as Partial<Labels> | null;
  if (
    typeof l !== 'object' ||
    l === null ||
    typeof l.lv !== 'string' ||
    !l.lv.trim() ||
    typeof l.en !== 'string' ||
    !l.en.trim()
  ) {
    throw new ClassifierError(`${where}: field "${field}" needs non-empty "lv" and "en"`, file, item);
  }
  return { lv: l.lv, en: l.en };
}

function checkSource(v: unknown, where: string, file: string): Classifier['source'] {
  const s = v as Record<string, unknown> | null;
  if (typeof s !== 'object' || s === null || typeof s.title !== 'string' || typeof s.url !== 'string') {
    throw new ClassifierError(`${where}: field "source" needs "title", "url" and "retrieved"`, file);
  }
  const retrieved = asDate(s.retrieved);
  if (!retrieved || !isIsoDate(retrieved))
    throw new ClassifierError(`${where}: field "source.retrieved" must be a date YYYY-MM-DD`, file);
  return { title: s.title, url: s.url, retrieved };
}

function checkItem(file: string, raw: unknown, index: number): ClassifierItem {
  const it = raw as Record<string, unknown> | null;
  const codeText = typeof it?.code === 'string' || typeof it?.code === 'number' ? String(it.code) : undefined;
  const item = codeText ?? `#${index + 1}`;
  const where = `${file}: item ${index + 1}${codeText ? ` (code ${codeText})` : ''}`;
  if (typeof it !== 'object' || it === null || Array.isArray(it))
    throw new ClassifierError(`${where}: not a mapping of fields`, file, item);
  for (const k of Object.keys(it)) {
    if (!ITEM_FIELDS.has(k))
      throw new ClassifierError(
        `${where}: unknown field "${k}" (allowed: ${[...ITEM_FIELDS].join(', ')})`,
        file,
        item,
      );
  }
  if (typeof it.code === 'number') {
    throw new ClassifierError(
      `${where}: field "code" must be written in quotes (YAML reads ${it.code} as a number and drops leading zeros)`,
      file,
      item,
    );
  }
  if (typeof it.code !== 'string') throw new ClassifierError(`${where}: field "code" is missing`, file, item);
  if (!CODE.test(it.code))
    throw new ClassifierError(
      `${where}: code "${it.code}" may hold only letters, digits, "_", "." and "-"`,
      file,
      item,
    );
  const label = checkLabels(it.label, where, 'label', file, item);
  const validFrom = asDate(it.valid_from);
  if (!validFrom || !isIsoDate(validFrom))
    throw new ClassifierError(`${where}: field "valid_from" must be a date YYYY-MM-DD`, file, item);
  const validTo = asDate(it.valid_to);
  if (validTo !== null && (!isIsoDate(validTo) || validTo < validFrom)) {
    throw new ClassifierError(
      `${where}: field "valid_to" must be a date YYYY-MM-DD on or after valid_from (${validFrom})`,
      file,
      item,
    );
  }
  for (const f of ['parent', 'replaced_by'] as const) {
    if (it[f] != null && typeof it[f] !== 'string')
      throw new ClassifierError(`${where}: field "${f}" must be a code in quotes`, file, item);
  }
  if (it.replaced_by != null && validTo === null) {
    throw new ClassifierError(
      `${where}: field "replaced_by" is only allowed on a retired item (one with valid_to)`,
      file,
      item,
    );
  }
  let attributes: ClassifierItem['attributes'];
  if (it.attributes != null) {
    if (typeof it.attributes !== 'object' || Array.isArray(it.attributes))
      throw new ClassifierError(`${where}: field "attributes" must be a mapping`, file, item);
    attributes = {};
    for (const [k, v] of Object.entries(it.attributes as Record<string, unknown>)) {
      if (!['string', 'number', 'boolean'].includes(typeof v)) {
        throw new ClassifierError(
          `${where}: attribute "${k}" must be a string, number or boolean`,
          file,
          item,
        );
      }
      attributes[k] = v as string | number | boolean;
    }
  }
  if (it.note != null && typeof it.note !== 'string')
    throw new ClassifierError(`${where}: field "note" must be text`, file, item);
  return {
    code: it.code,
    label,
    parent: (it.parent as string | undefined) ?? null,
    valid_from: validFrom,
    valid_to: validTo,
    replaced_by: (it.replaced_by as string | undefined) ?? null,
    ...(attributes ? { attributes } : {}),
    ...(it.note ? { note: it.note as string } : {}),
  };
}

function covers(i: ClassifierItem, date: string): boolean {
  return i.valid_from <= date && (!i.valid_to || i.valid_to >= date);
}

/** The rules that look at several items of one classifier together. */
export function checkClassifierItems(file: string, items: ClassifierItem[]): void {
  const byCode = new Map<string, { item: ClassifierItem; index: number }[]>();
  items.forEach((item, index) => {
    const list = byCode.get(item.code) ?? [];
    list.push({ item, index });
    byCode.set(item.code, list);
  });
  const where = (index: number, code: string) => `${file}: item ${index + 1} (code ${code})`;
  for (const [code, periods] of byCode) {
    const sorted = [...periods].sort((a, b) => a.item.valid_from.localeCompare(b.item.valid_from));
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const cur = sorted[k]!;
      if (!prev.item.valid_to || prev.item.valid_to >= cur.item.valid_from) {
        throw new ClassifierError(
          `${where(cur.index, code)}: validity ${cur.item.valid_from}–${cur.item.valid_to ?? '…'} overlaps item ${prev.index + 1} ` +
            `(${prev.item.valid_from}–${prev.item.valid_to ?? '…'}) of the same code; a code must be unique on every date`,
          file,
          code,
        );
      }
    }
  }
  items.forEach((item, index) => {
    if (item.parent) {
      const parents = byCode.get(item.parent);
      if (!parents)
        throw new ClassifierError(
          `${where(index, item.code)}: parent "${item.parent}" is not a code of this classifier`,
          file,
          item.code,
        );
      if (!parents.some((p) => covers(p.item, item.valid_from))) {
        throw new ClassifierError(
          `${where(index, item.code)}: parent "${item.parent}" is not valid on ${item.valid_from}, when this item becomes valid`,
          file,
          item.code,
        );
      }
      if (item.parent === item.code)
        throw new ClassifierError(
          `${where(index, item.code)}: an item cannot be its own parent`,
          file,
          item.code,
        );
    }
    if (item.replaced_by) {
      const targets = byCode.get(item.replaced_by);
      if (!targets)
        throw new ClassifierError(
          `${where(index, item.code)}: replaced_by "${item.replaced_by}" is not a code of this classifier`,
          file,
          item.code,
        );
      const day = nextDay(item.valid_to!);
      if (!targets.some((t) => covers(t.item, day))) {
        throw new ClassifierError(
          `${where(index, item.code)}: replaced_by "${item.replaced_by}" is not valid on ${day}, the day after this item retires`,
          file,
          item.code,
        );
      }
    }
  });
  // Cycles: follow parents from each code (any period); a path longer than the number of codes loops.
  const parentOf = new Map<string, string>();
  for (const item of items) if (item.parent) parentOf.set(item.code, item.parent);
  for (const start of parentOf.keys()) {
    const seen = new Set<string>([start]);
    let cur = parentOf.get(start);
    while (cur) {
      if (seen.has(cur))
        throw new ClassifierError(
          `${file}: code ${start}: the parent chain loops back (${[...seen, cur].join(' → ')})`,
          file,
          start,
        );
      seen.add(cur);
      cur = parentOf.get(cur);
    }
  }
}

function readYaml(file: string, shown: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ClassifierError(`${shown}: not valid YAML: ${(err as Error).message.split('\n')[0]}`, shown);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new ClassifierError(`${shown}: the file must hold a mapping of fields`, shown);
  return doc as Record<string, unknown>;
}

export function readClassifierFile(file: string): Classifier {
  const rel = displayPath(file);
  const doc = readYaml(file, rel);
  for (const key of ['id', 'title', 'description', 'owner', 'licence', 'source', 'items']) {
    if (doc[key] === undefined) throw new ClassifierError(`${rel}: field "${key}" is missing`, rel);
  }
  for (const k of Object.keys(doc)) {
    if (!CLASSIFIER_FIELDS.has(k))
      throw new ClassifierError(
        `${rel}: unknown field "${k}" (allowed: ${[...CLASSIFIER_FIELDS].join(', ')})`,
        rel,
      );
  }
  if (typeof doc.id !== 'string' || !ID.test(doc.id))
    throw new ClassifierError(`${rel}: field "id" must be lower_snake_case`, rel);
  if (path.basename(file, '.yaml') !== doc.id)
    throw new ClassifierError(`${rel}: the file must be named after its id (${doc.id}.yaml)`, rel);
  if (typeof doc.owner !== 'string' || typeof doc.licence !== 'string')
    throw new ClassifierError(`${rel}: fields "owner" and "licence" must be text`, rel);
  if (doc.verified !== undefined && typeof doc.verified !== 'boolean')
    throw new ClassifierError(`${rel}: field "verified" must be true or false`, rel);
  if (!Array.isArray(doc.items)) throw new ClassifierError(`${rel}: field "items" must be a list`, rel);
  const items = doc.items.map((it, i) => checkItem(rel, it, i));
  checkClassifierItems(rel, items);
  return {
    id: doc.id,
    title: checkLabels(doc.title, rel, 'title', rel),
    description: checkLabels(doc.description, rel, 'description', rel),
    owner: doc.owner,
    licence: doc.licence,
    source: checkSource(doc.source, rel, rel),
    verified: doc.verified === true,
    ...(typeof doc.note === 'string' ? { note: doc.note } : {}),
    items,
    file: rel,
  };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

export function readClassifiers(dir: string = CLASSIFIER_DIR): Map<string, Classifier> {
  const out = new Map<string, Classifier>();
  for (const file of yamlFiles(dir)) {
    const c = readClassifierFile(file);
    if (out.has(c.id))
      throw new ClassifierError(`${c.file}: classifier id "${c.id}" is used by another file`, c.file);
    out.set(c.id, c);
  }
  return out;
}

export function readMappingFile(file: string, classifiers: Map<string, Classifier>): Mapping {
  const rel = displayPath(file);
  const doc = readYaml(file, rel);
  for (const k of Object.keys(doc)) {
    if (!MAPPING_FIELDS.has(k))
      throw new ClassifierError(
        `${rel}: unknown field "${k}" (allowed: ${[...MAPPING_FIELDS].join(', ')})`,
        rel,
      );
  }
  for (const key of ['from', 'to', 'title', 'description', 'source']) {
    if (doc[key] === undefined) throw new ClassifierError(`${rel}: field "${key}" is missing`, rel);
  }
  const fromC = classifiers.get(String(doc.from));
  const toC = classifiers.get(String(doc.to));
  if (!fromC)
    throw new ClassifierError(
      `${rel}: field "from" names classifier "${String(doc.from)}", which does not exist`,
      rel,
    );
  if (!toC)
    throw new ClassifierError(
      `${rel}: field "to" names classifier "${String(doc.to)}", which does not exist`,
      rel,
    );
  if (path.basename(file, '.yaml') !== `${fromC.id}__${toC.id}`) {
    throw new ClassifierError(`${rel}: the file must be named ${fromC.id}__${toC.id}.yaml`, rel);
  }
  const fromCodes = new Set(fromC.items.map((i) => i.code));
  const toCodes = new Set(toC.items.map((i) => i.code));
  let rawPairs: unknown[];
  if (doc.pairs_from_attribute !== undefined) {
    // The pairs are read from an attribute of the `from` items, so the fact is kept in one place.
    const spec = doc.pairs_from_attribute as { attribute?: unknown; relation?: unknown };
    if (typeof spec?.attribute !== 'string')
      throw new ClassifierError(`${rel}: field "pairs_from_attribute.attribute" must name an attribute`, rel);
    if (doc.pairs !== undefined)
      throw new ClassifierError(`${rel}: give either "pairs" or "pairs_from_attribute", not both`, rel);
    const seen = new Set<string>();
    rawPairs = [];
    for (const it of fromC.items) {
      const target = it.attributes?.[spec.attribute];
      if (target === undefined || seen.has(it.code)) continue;
      seen.add(it.code);
      rawPairs.push({ from: it.code, to: String(target), relation: spec.relation ?? 'broadMatch' });
    }
  } else {
    if (!Array.isArray(doc.pairs)) throw new ClassifierError(`${rel}: field "pairs" must be a list`, rel);
    rawPairs = doc.pairs;
  }
  const seenPairs = new Set<string>();
  const pairs: MappingPair[] = rawPairs.map((raw, i) => {
    const p = raw as Record<string, unknown> | null;
    const label = `${p?.from ?? '?'} → ${p?.to ?? '?'}`;
    const where = `${rel}: pair ${i + 1} (${label})`;
    if (typeof p !== 'object' || p === null)
      throw new ClassifierError(`${where}: not a mapping of fields`, rel, label);
    if (typeof p.from !== 'string' || typeof p.to !== 'string')
      throw new ClassifierError(`${where}: "from" and "to" must be codes in quotes`, rel, label);
    if (!fromCodes.has(p.from))
      throw new ClassifierError(`${where}: "${p.from}" is not a code of classifier ${fromC.id}`, rel, label);
    if (!toCodes.has(p.to))
      throw new ClassifierError(`${where}: "${p.to}" is not a code of classifier ${toC.id}`, rel, label);
    const relation = (p.relation ?? 'exactMatch') as MappingRelation;
    if (!MAPPING_RELATIONS.includes(relation))
      throw new ClassifierError(
        `${where}: relation must be one of ${MAPPING_RELATIONS.join(', ')}`,
        rel,
        label,
      );
    const key = `${p.from}\u0000${p.to}`;
    if (seenPairs.has(key)) throw new ClassifierError(`${where}: the same pair is listed twice`, rel, label);
    seenPairs.add(key);
    return { from: p.from, to: p.to, relation, ...(typeof p.note === 'string' ? { note: p.note } : {}) };
  });
  return {
    from: fromC.id,
    to: toC.id,
    title: checkLabels(doc.title, rel, 'title', rel),
    description: checkLabels(doc.description, rel, 'description', rel),
    source: checkSource(doc.source, rel, rel),
    verified: doc.verified === true,
    ...(typeof doc.note === 'string' ? { note: doc.note } : {}),
    pairs,
    file: rel,
  };
}

export function readMappings(dir: string, classifiers: Map<string, Classifier>): Mapping[] {
  const mdir = path.join(dir, 'mappings');
  if (!existsSync(mdir)) return [];
  return yamlFiles(mdir).map((f) => readMappingFile(f, classifiers));
}

export interface RegistryData {
  dir: string;
  classifiers: Map<string, Classifier>;
  mappings: Mapping[];
}

/** Reads and checks every classifier and correspondence table under `dir`. */
export function readRegistryData(dir: string = CLASSIFIER_DIR): RegistryData {
  const classifiers = readClassifiers(dir);
  return { dir, classifiers, mappings: readMappings(dir, classifiers) };
}

/** Items valid on a date (YYYY-MM-DD). */
export function itemsAsOf(c: Classifier, date: string): ClassifierItem[] {
  return c.items.filter((i) => covers(i, date));
}
