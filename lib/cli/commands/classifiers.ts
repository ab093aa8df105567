/**
 * `elieta classifiers validate|list|load`: checks the registry files, shows the lists or the
 * items of one list on a date, and loads the registry into the warehouse's `classifiers` schema.
 */
import path from 'node:path';
import { CLASSIFIER_DIR, isIsoDate } from '../../../classifiers/registry/load.ts';
import { Registry, selectItems, today } from '../../../classifiers/registry/registry.ts';
import { ClassifierError } from '../../../classifiers/registry/types.ts';
import { loadRegistryIntoWarehouse } from '../../../classifiers/registry/warehouse.ts';
import { withWarehouse } from '../../warehouse/index.ts';
import { UserError, type Command } from '../command.ts';

function load(dir: string): Registry {
  try {
    return Registry.load(dir);
  } catch (err) {
    if (err instanceof ClassifierError) throw new UserError(err.message);
    throw err;
  }
}

type Result =
  | {
      action: 'validate';
      dir: string;
      classifiers: number;
      items: number;
      mappings: number;
      unverified: string[];
    }
  | {
      action: 'list';
      classifiers: { id: string; title: string; items: number; verified: boolean; revision: string }[];
    }
  | {
      action: 'list';
      classifier: string;
      asOf: string;
      items: { code: string; lv: string; en: string; parent: string | null }[];
    }
  | { action: 'load'; lists: number; items: number; mappings: number };

const command: Command = {
  summary: 'check, list or load the shared classifiers (classifiers/data)',
  usage: 'validate | list [ID] [--as-of YYYY-MM-DD] [--q TEXT] | load',
  options: { dir: { type: 'string' }, 'as-of': { type: 'string' }, q: { type: 'string' } },
  async run({ config, values, positionals }): Promise<Result> {
    const [action, id] = positionals;
    const dir = typeof values.dir === 'string' ? path.resolve(values.dir) : CLASSIFIER_DIR;
    if (action === 'validate') {
      const reg = load(dir);
      const entries = [...reg.entries.values()];
      return {
        action,
        dir,
        classifiers: entries.length,
        items: entries.reduce((n, e) => n + e.classifier.items.length, 0),
        mappings: reg.mappings.length,
        unverified: entries.filter((e) => !e.classifier.verified).map((e) => e.classifier.id),
      };
    }
    if (action === 'list') {
      const reg = load(dir);
      if (!id) {
        return {
          action,
          classifiers: [...reg.entries.values()].map((e) => ({
            id: e.classifier.id,
            title: e.classifier.title.en,
            items: e.classifier.items.length,
            verified: e.classifier.verified,
            revision: e.revision,
          })),
        };
      }
      const e = reg.get(id);
      if (!e) throw new UserError(`no classifier "${id}"; known: ${[...reg.entries.keys()].join(', ')}`);
      const asOf = typeof values['as-of'] === 'string' ? values['as-of'] : today();
      if (!isIsoDate(asOf)) throw new UserError(`--as-of ${asOf}: expected a date YYYY-MM-DD`);
      const q = typeof values.q === 'string' ? values.q : undefined;
      return {
        action,
        classifier: id,
        asOf,
        items: selectItems(e, { asOf, q }).map((i) => ({
          code: i.code,
          lv: i.label.lv,
          en: i.label.en,
          parent: i.parent ?? null,
        })),
      };
    }
    if (action === 'load') {
      const reg = load(dir);
      const n = await withWarehouse(config.warehouse, (wh) => loadRegistryIntoWarehouse(wh, reg.data));
      return { action, ...n };
    }
    throw new UserError(`elieta classifiers: expected validate, list or load (got ${action ?? 'nothing'})`);
  },
  describe(result) {
    const r = result as Result;
    if (r.action === 'validate') {
      return (
        `ok: ${r.classifiers} classifiers, ${r.items} items, ${r.mappings} correspondence tables in ${r.dir}` +
        (r.unverified.length ? `\nnot verified against their source: ${r.unverified.join(', ')}` : '')
      );
    }
    if (r.action === 'load')
      return `loaded ${r.lists} classifiers, ${r.items} items and ${r.mappings} mapping pairs into schema classifiers`;
    if ('classifiers' in r)
      return (
        r.classifiers
          .map(
            (c) =>
              `${c.id.padEnd(24)} ${String(c.items).padStart(4)}  ${c.verified ? '   ' : '(!)'} ${c.title}`,
          )
          .join('\n') + '\n(!) = not verified against its source'
      );
    return (
      r.items.map((i) => `${i.code.padEnd(12)} ${i.lv}${i.parent ? `  [${i.parent}]` : ''}`).join('\n') +
      `\n${r.items.length} items valid on ${r.asOf}`
    );
  },
};

export default command;
