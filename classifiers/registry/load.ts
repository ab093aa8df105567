/**
 * Reads the classifiers kept as YAML in classifiers/data and checks them. A bad file is named
 * together with the item that is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { ClassifierError, type Classifier, type ClassifierItem } from './types.ts';

export const CLASSIFIER_DIR = path.join(PROJECT_ROOT, 'classifiers', 'data');

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function asDate(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

function checkItem(file: string, item: ClassifierItem, index: number): ClassifierItem {
  const where = `${file}: item ${index + 1}${item?.code ? ` (code ${item.code})` : ''}`;
  if (typeof item !== 'object' || item === null) throw new ClassifierError(`${where}: not an object`);
  if (typeof item.code !== 'string' && typeof item.code !== 'number') {
    throw new ClassifierError(`${where}: field "code" is missing`);
  }
  if (!item.label?.lv || !item.label?.en) throw new ClassifierError(`${where}: field "label" needs lv and en`);
  const validFrom = asDate(item.valid_from);
  if (!validFrom || !DATE.test(validFrom)) {
    throw new ClassifierError(`${where}: field "valid_from" must be a date YYYY-MM-DD`);
  }
  const validTo = asDate(item.valid_to);
  if (validTo && (!DATE.test(validTo) || validTo < validFrom)) {
    throw new ClassifierError(`${where}: field "valid_to" must be a date on or after valid_from`);
  }
  return {
    ...item,
    code: String(item.code),
    valid_from: validFrom,
    valid_to: validTo,
    parent: item.parent == null ? null : String(item.parent),
    replaced_by: item.replaced_by == null ? null : String(item.replaced_by),
  };
}

export function readClassifierFile(file: string): Classifier {
  const rel = path.relative(PROJECT_ROOT, file);
  let doc: Record<string, unknown>;
  try {
    doc = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new ClassifierError(`${rel}: not valid YAML: ${(err as Error).message}`);
  }
  for (const key of ['id', 'title', 'description', 'owner', 'licence', 'source', 'items']) {
    if (doc?.[key] === undefined) throw new ClassifierError(`${rel}: field "${key}" is missing`);
  }
  if (!Array.isArray(doc.items)) throw new ClassifierError(`${rel}: field "items" must be a list`);
  const items = (doc.items as ClassifierItem[]).map((it, i) => checkItem(rel, it, i));
  const source = doc.source as Classifier['source'];
  return {
    ...(doc as unknown as Classifier),
    source: { ...source, retrieved: asDate(source.retrieved) ?? '' },
    verified: doc.verified === true,
    items,
    file: rel,
  };
}

export function readClassifiers(dir: string = CLASSIFIER_DIR): Map<string, Classifier> {
  const out = new Map<string, Classifier>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const c = readClassifierFile(path.join(dir, name));
    if (out.has(c.id)) throw new ClassifierError(`${c.file}: classifier id "${c.id}" is used by another file`);
    out.set(c.id, c);
  }
  return out;
}

/** Items valid on a date (YYYY-MM-DD). */
export function itemsAsOf(c: Classifier, date: string): ClassifierItem[] {
  return c.items.filter((i) => i.valid_from <= date && (!i.valid_to || i.valid_to >= date));
}
