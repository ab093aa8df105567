/**
 * Loads every classifier into the warehouse as dimension tables in schema `classifiers`:
 * `classifiers.classifiers` (one row per list) and `classifiers.items` (one row per item and
 * validity period). dbt reads them as the `classifiers` source. The load replaces both tables in
 * one transaction, so readers never see half a registry.
 */
import type { Warehouse } from '../../lib/warehouse/index.ts';
import type { Classifier } from './types.ts';

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

export async function loadClassifiersIntoWarehouse(
  wh: Warehouse,
  classifiers: Iterable<Classifier>,
): Promise<{ lists: number; items: number }> {
  const lists = { ...LISTS, columns: [...LISTS.columns] };
  const items = { ...ITEMS, columns: [...ITEMS.columns] };
  await wh.ensureTable(lists);
  await wh.ensureTable(items);
  let nLists = 0;
  let nItems = 0;
  await wh.transaction(async (tx) => {
    await tx.exec('DELETE FROM classifiers.items');
    await tx.exec('DELETE FROM classifiers.classifiers');
    const lw = await tx.writer(lists);
    const iw = await tx.writer(items);
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
  });
  return { lists: nLists, items: nItems };
}
