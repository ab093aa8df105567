/**
 * The registry in a real DuckDB warehouse file: the dimension tables the dbt models join to
 * (classifiers.classifiers, classifiers.items) and the correspondence tables
 * (classifiers.mappings); a second load replaces rather than duplicates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withWarehouse } from '../../lib/warehouse/index.ts';
import { readRegistryData } from './load.ts';
import { loadRegistryIntoWarehouse } from './warehouse.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'classifiers-wh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('classifiers in the warehouse', () => {
  it('loads lists, items and mappings, joinable by code, idempotently', async () => {
    const data = readRegistryData();
    const expectedItems = [...data.classifiers.values()].reduce((n, c) => n + c.items.length, 0);
    await withWarehouse({ kind: 'duckdb', path: path.join(dir, 'wh.duckdb') }, async (wh) => {
      const first = await loadRegistryIntoWarehouse(wh, data);
      const second = await loadRegistryIntoWarehouse(wh, data);
      expect(second).toEqual(first);
      expect(first.items).toBe(expectedItems);
      const [counts] = await wh.query<{ lists: bigint; items: bigint; pairs: bigint }>(
        `select (select count(*) from classifiers.classifiers) as lists,
                (select count(*) from classifiers.items) as items,
                (select count(*) from classifiers.mappings) as pairs`,
      );
      expect(Number(counts!.lists)).toBe(data.classifiers.size);
      expect(Number(counts!.items)).toBe(expectedItems);
      expect(Number(counts!.pairs)).toBe(data.mappings.reduce((n, m) => n + m.pairs.length, 0));
      // Article → chapter label through the mapping table, as a mart would join it.
      const rows = await wh.query<{ chapter: string; label_lv: string }>(
        `select m.to_code as chapter, c.label_lv
           from classifiers.mappings m
           join classifiers.items c on c.classifier_id = m.to_classifier_id and c.code = m.to_code
          where m.from_classifier_id = 'criminal_law_articles' and m.from_code = '175'`,
      );
      expect(rows).toEqual([{ chapter: 'XVIII', label_lv: 'Noziedzīgi nodarījumi pret īpašumu' }]);
      const [court] = await wh.query<{ level: string }>(
        `select json_extract_string(attributes, '$.level') as level from classifiers.items where classifier_id = 'courts' and code = 'AT'`,
      );
      expect(court!.level).toBe('cassation');
    });
  });
});
