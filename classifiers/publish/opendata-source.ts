/**
 * The classifier registry as a source of the open-data release (publish/opendata): one dataset
 * per classifier (`classifier-<id>`: every item with its validity as CSV, and the SKOS concept
 * scheme as Turtle) and one per correspondence table (`mapping-<from>-<to>`: CSV and SKOS
 * mapping triples). The files depend on the registry's content and the date only, so publishing
 * an unchanged registry changes nothing.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type {
  DatasetSource,
  DatasetSpec,
  DistributionSpec,
  TableField,
} from '../../publish/opendata/types.ts';
import { LICENCES } from '../../publish/opendata/vocab.ts';
import { itemsCsv, mappingCsv, mappingQuads, skosQuads, toTurtle } from '../api/render.ts';
import { CLASSIFIER_DIR } from '../registry/load.ts';
import { Registry, today } from '../registry/registry.ts';
import type { Classifier } from '../registry/types.ts';

const slug = (id: string) => id.replace(/_/g, '-');

const UNVERIFIED = {
  lv: 'Saraksts nav pilnībā pārbaudīts pret avotu; sk. piezīmi.',
  en: 'The list is not fully verified against its source; see the note.',
};

function itemFields(attrKeys: string[]): TableField[] {
  return [
    { name: 'code', type: 'string', description: 'Code (kods)' },
    { name: 'label_lv', type: 'string', description: 'Label in Latvian' },
    { name: 'label_en', type: 'string', description: 'Label in English' },
    {
      name: 'parent_code',
      type: 'string',
      description: 'Code of the parent item (hierarchy); empty at the top',
    },
    { name: 'valid_from', type: 'date', description: 'First day the item is valid' },
    { name: 'valid_to', type: 'date', description: 'Last day the item is valid; empty while valid' },
    { name: 'replaced_by', type: 'string', description: 'Code that replaces a retired item' },
    { name: 'iri', type: 'string', description: 'Stable concept IRI' },
    ...attrKeys.map((k): TableField => ({ name: k, type: 'string', description: `Attribute ${k}` })),
    {
      name: 'note',
      type: 'string',
      description: 'What about the item is unverified or invented, if anything',
    },
  ];
}

export function classifierDatasetSource(dir: string = CLASSIFIER_DIR): DatasetSource {
  return {
    name: 'classifier-registry',
    async build(ctx) {
      const base = ctx.config.publicBaseUrl;
      const reg = Registry.load(dir);
      const asOf = today();
      const out: DatasetSpec[] = [];
      for (const e of reg.entries.values()) {
        const c = e.classifier;
        const id = `classifier-${slug(c.id)}`;
        const folder = ctx.datasetDir(id);
        writeFileSync(path.join(folder, `${c.id}.csv`), itemsCsv(base, c, c.items));
        const matches = reg.mappings
          .filter((m) => m.from === c.id || m.to === c.id)
          .flatMap((m) => {
            const other = m.from === c.id ? m.to : m.from;
            return reg.mapping(c.id, other)!.pairs.map((p) => ({
              from: c.id,
              fromCode: p.from,
              relation: p.relation,
              to: other,
              toCode: p.to,
            }));
          });
        writeFileSync(
          path.join(folder, `${c.id}.ttl`),
          toTurtle(
            skosQuads({ base, entry: e, codes: [...e.byCode.keys()], asOf, matches, modified: false }),
          ),
        );
        const attrKeys = [...new Set(c.items.flatMap((i) => Object.keys(i.attributes ?? {})))].sort();
        const distributions: DistributionSpec[] = [
          {
            file: `${c.id}.csv`,
            format: 'csv',
            title: { lv: `${c.title.lv} (CSV)`, en: `${c.title.en} (CSV)` },
            description: {
              lv: 'Visi klasifikatora elementi ar derīguma periodiem (UTF-8, komatatdalīts, ar virsraksta rindu).',
              en: 'Every item of the classifier with its validity periods (UTF-8, comma-separated, with a header row).',
            },
            schema: { fields: itemFields(attrKeys) },
            rows: c.items.length,
          },
          {
            file: `${c.id}.ttl`,
            format: 'turtle',
            title: { lv: `${c.title.lv} (SKOS, Turtle)`, en: `${c.title.en} (SKOS, Turtle)` },
            description: {
              lv: `SKOS koncepciju shēma ${base}/id/${c.id} ar pastāvīgiem koncepciju IRI.`,
              en: `SKOS concept scheme ${base}/id/${c.id} with stable concept IRIs.`,
            },
          },
        ];
        out.push({
          id,
          title: { lv: `Klasifikators: ${c.title.lv}`, en: `Classifier: ${c.title.en}` },
          description: {
            lv: c.verified ? c.description.lv : `${c.description.lv} ${UNVERIFIED.lv}`,
            en: [c.description.en, c.verified ? '' : UNVERIFIED.en, c.note ?? ''].filter(Boolean).join(' '),
          },
          keywords: { lv: ['klasifikators'], en: ['classifier', 'code list'], untagged: [c.id] },
          themes: c.id === 'atvk' ? ['REGI', 'GOVE'] : ['JUST', 'GOVE'],
          frequency: 'IRREG',
          temporal: coverage(c),
          licence: LICENCES[c.licence] ? c.licence : undefined,
          rows: c.items.length,
          source: `${c.file} (revision ${e.revision})`,
          distributions,
        });
      }
      for (const m of reg.mappings) {
        const id = `mapping-${slug(m.from)}-${slug(m.to)}`;
        const folder = ctx.datasetDir(id);
        const name = `${m.from}__${m.to}`;
        writeFileSync(path.join(folder, `${name}.csv`), mappingCsv(base, m.from, m.to, m.pairs));
        writeFileSync(path.join(folder, `${name}.ttl`), toTurtle(mappingQuads(base, m.from, m.to, m.pairs)));
        out.push({
          id,
          title: { lv: `Atbilstības tabula: ${m.title.lv}`, en: `Correspondence table: ${m.title.en}` },
          description: {
            lv: m.verified ? m.description.lv : `${m.description.lv} ${UNVERIFIED.lv}`,
            en: [m.description.en, m.verified ? '' : UNVERIFIED.en, m.note ?? ''].filter(Boolean).join(' '),
          },
          keywords: {
            lv: ['klasifikators', 'atbilstības tabula'],
            en: ['classifier', 'correspondence table'],
            untagged: [m.from, m.to],
          },
          themes: ['JUST', 'GOVE'],
          frequency: 'IRREG',
          temporal: reg.get(m.from) ? coverage(reg.get(m.from)!.classifier) : null,
          rows: m.pairs.length,
          source: m.file,
          distributions: [
            {
              file: `${name}.csv`,
              format: 'csv',
              title: { lv: `${m.title.lv} (CSV)`, en: `${m.title.en} (CSV)` },
              description: { lv: 'Kodu pāri ar SKOS attiecību.', en: 'Code pairs with their SKOS relation.' },
              schema: {
                fields: [
                  { name: 'from_classifier', type: 'string', description: 'Classifier of the source code' },
                  { name: 'from_code', type: 'string', description: 'Source code' },
                  {
                    name: 'relation',
                    type: 'string',
                    description:
                      'SKOS mapping relation (exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch)',
                  },
                  { name: 'to_classifier', type: 'string', description: 'Classifier of the target code' },
                  { name: 'to_code', type: 'string', description: 'Target code' },
                  { name: 'from_iri', type: 'string', description: 'Concept IRI of the source code' },
                  { name: 'to_iri', type: 'string', description: 'Concept IRI of the target code' },
                  { name: 'note', type: 'string', description: 'Note on the pair' },
                ],
              },
              rows: m.pairs.length,
            },
            {
              file: `${name}.ttl`,
              format: 'turtle',
              title: { lv: `${m.title.lv} (SKOS, Turtle)`, en: `${m.title.en} (SKOS, Turtle)` },
              description: { lv: 'SKOS atbilstības trijnieki.', en: 'SKOS mapping triples.' },
            },
          ],
        });
      }
      return out;
    },
  };
}

/**
 * The period a classifier covers: from its earliest item's start to its latest item's end, or to
 * the day the list was last checked against its source while items are still valid.
 */
export function coverage(c: Classifier): { start: string; end: string } | null {
  if (c.items.length === 0) return null;
  const start = c.items.reduce((m, i) => (i.valid_from < m ? i.valid_from : m), c.items[0]!.valid_from);
  const open = c.items.some((i) => !i.valid_to);
  const lastEnd = c.items.reduce((m, i) => (i.valid_to && i.valid_to > m ? i.valid_to : m), start);
  const end = open ? (c.source.retrieved > lastEnd ? c.source.retrieved : lastEnd) : lastEnd;
  return { start, end };
}

/** The registry in classifiers/data as an open-data source. */
export const classifierDatasets: DatasetSource = classifierDatasetSource();
