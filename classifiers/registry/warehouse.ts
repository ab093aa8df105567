/**
 * Loads every classifier into the warehouse as dimension tables in schema `classifiers`:
 * `classifiers.classifiers` (one row per list), `classifiers.items` (one row per item and
 * validity period) and `classifiers.mappings` (one row per pair of a correspondence table, in
 * the direction the table is kept). dbt reads them as the `classifiers` source. The load
 * replaces all three tables in one transaction, so readers never see half a registry.
 */
import type { Warehouse } from '../../lib/warehouse/index.ts';
import type { RegistryData } from './load.ts';
import type { Classifier, Mapping } from './types.ts';

const LISTS = {
  schema: 'classifiers',
  name: 'classifiers',
  columns: [
    { name: 'classifier_id', type: 'text' },
    { name: 'title_lv', type: 'text' },
    { name: 'title_en', type: 'text' },
    { name: 'owner', type: 'text' },
    { name: 'licence', type: 'text' },
    { name: 'verified', type: 'boolean' },
  ],
} as const;

const ITEMS = {
  schema: 'classifiers',
  name: 'items',
  columns: [
    { name: 'classifier_id', type: 'text' },
    { name: 'code', type: 'text' },
    { name: 'label_lv', type: 'text' },
    { name: 'label_en', type: 'text' },
    { name: 'parent_code', type: 'text' },
    { name: 'valid_from', type: 'date' },
    { name: 'valid_to', type: 'date' },
    { name: 'replaced_by', type: 'text' },
    { name: 'attributes', type: 'json' },
  ],
} as const;

const MAPPINGS = {
  schema: 'classifiers',
  name: 'mappings',
  columns: [
    { name: 'from_classifier_id', type: 'text' },
    { name: 'from_code', type: 'text' },
    { name: 'relation', type: 'text' },
    { name: 'to_classifier_id', type: 'text' },
    { name: 'to_code', type: 'text' },
    { name: 'verified', type: 'boolean' },
    { name: 'note', type: 'text' },
  ],
} as const;

export async function loadClassifiersIntoWarehouse(
  wh: Warehouse,
  classifiers: Iterable<Classifier>,
  mappings: readonly Mapping[] = [],
): Promise<{ lists: number; items: number; mappings: number }> {
  const lists = { ...LISTS, columns: [...LISTS.columns] };
  const items = { ...ITEMS, columns: [...ITEMS.columns] };
  const maps = { ...MAPPINGS, columns: [...MAPPINGS.columns] };
  await wh.ensureTable(lists);
  await wh.ensureTable(items);
  await wh.ensureTable(maps);
  let nLists = 0;
  let nItems = 0;
  let nPairs = 0;
  await wh.transaction(async (tx) => {
    await tx.exec('DELETE FROM classifiers.items');
    await tx.exec('DELETE FROM classifiers.classifiers');
    await tx.exec('DELETE FROM classifiers.mappings');
    const lw = await tx.writer(lists);
    const iw = await tx.writer(items);
    const mw = await tx.writer(maps);
    for (const m of mappings) {
      for (const p of m.pairs) {
        mw.append([m.from, p.from, p.relation, m.to, p.to, m.verified, p.note ?? null]);
        nPairs++;
      }
    }
    for (const c of classifiers) {
      lw.append([c.id, c.title.lv, c.title.en, c.owner, c.licence, c.verified]);
      nLists++;
      for (const it of c.items) {
        iw.append([
          c.id,
          it.code,
          it.label.lv,
          it.label.en,
          it.parent ?? null,
          it.valid_from,
          it.valid_to ?? null,
          it.replaced_by ?? null,
          JSON.stringify(it.attributes ?? {}),
        ]);
        nItems++;
      }
    }
    await lw.flush();
    await iw.flush();
    await mw.flush();
  });
  return { lists: nLists, items: nItems, mappings: nPairs };
}

/** Loads a whole registry (classifiers and correspondence tables). */
export function loadRegistryIntoWarehouse(wh: Warehouse, data: RegistryData) {
  return loadClassifiersIntoWarehouse(wh, data.classifiers.values(), data.mappings);
}
