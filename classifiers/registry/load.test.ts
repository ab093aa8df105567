/**
 * Registry validation: the real files pass, and each rule rejects a broken fixture with a
 * message that names the file and the item a reviewer must fix.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLASSIFIER_DIR, readRegistryData } from './load.ts';
import { fold, Registry, selectItems } from './registry.ts';
import { COLOURS, COLOURS_TONES, registryFixture, type FixtureDir } from './test-fixture.ts';
import { ClassifierError } from './types.ts';

let fx: FixtureDir | undefined;
afterEach(() => fx?.remove());

function expectError(
  mutate: (f: FixtureDir) => void,
  file: string,
  item: string | undefined,
  message: RegExp,
): ClassifierError {
  fx = registryFixture();
  mutate(fx);
  let caught: unknown;
  try {
    readRegistryData(fx.dir);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(ClassifierError);
  const e = caught as ClassifierError;
  expect(e.message).toMatch(message);
  expect(e.message.startsWith(path.join(fx.dir, file))).toBe(true);
  expect(e.file).toBe(path.join(fx.dir, file));
  if (item !== undefined) {
    expect(e.item).toBe(item);
    expect(e.message).toContain(item);
  }
  return e;
}

const replaceIn = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

describe('the real registry', () => {
  it('passes every rule, with the lists and tables the platform needs', () => {
    const data = readRegistryData(CLASSIFIER_DIR);
    for (const id of [
      'courts',
      'case_categories',
      'instances',
      'case_outcomes',
      'atvk',
      'criminal_law_chapters',
      'criminal_law_articles',
      'sentence_types',
      'institutions',
      'procedural_statuses',
      'document_types',
      'ecli_courts',
      'cepej_case_categories',
    ]) {
      expect(data.classifiers.has(id), id).toBe(true);
    }
    expect(data.mappings.map((m) => `${m.from}->${m.to}`).sort()).toEqual([
      'case_categories->cepej_case_categories',
      'courts->ecli_courts',
      'criminal_law_articles->criminal_law_chapters',
    ]);
    // The codes the simulator and the marts use are kept.
    expect(data.classifiers.get('courts')!.items.map((i) => i.code)).toEqual([
      'AT',
      'RAT',
      'KAT',
      'ZAT',
      'VAT',
      'LAT',
      'AAT',
      'RPT',
      'RRT',
      'KRT',
      'ZRT',
      'VRT',
      'LRT',
      'ART',
      'ELT',
    ]);
    expect(data.classifiers.get('case_categories')!.items.map((i) => i.code)).toEqual([
      'civil',
      'criminal',
      'administrative',
      'administrative_offence',
    ]);
    expect(data.classifiers.get('instances')!.items.map((i) => i.code)).toEqual([
      'first',
      'appeal',
      'cassation',
    ]);
    // 7 state city municipalities and 36 novadi, every ATVK code 7 digits.
    const atvk = data.classifiers.get('atvk')!.items;
    expect(atvk.filter((i) => i.attributes?.type === 'state_city')).toHaveLength(7);
    expect(atvk.filter((i) => i.attributes?.type === 'municipality')).toHaveLength(36);
    expect(atvk.every((i) => /^\d{7}$/.test(i.code))).toBe(true);
    // Every article maps to a chapter that exists.
    const articles = data.mappings.find((m) => m.from === 'criminal_law_articles')!;
    expect(articles.pairs).toHaveLength(data.classifiers.get('criminal_law_articles')!.items.length);
    // An unverified list says so.
    for (const c of data.classifiers.values()) if (!c.verified) expect(c.note, c.id).toBeTruthy();
  });
});

describe('validation rules', () => {
  it('rejects a code used twice on the same dates (overlapping validity), naming the item', () => {
    expectError(
      (f) =>
        f.write('colours.yaml', replaceIn(COLOURS, 'valid_from: 2023-01-01 }', 'valid_from: 2022-06-01 }')),
      'colours.yaml',
      'blue',
      /item 7 \(code blue\): validity 2022-06-01–… overlaps item 6/,
    );
  });

  it('rejects a duplicate open-ended code', () => {
    expectError(
      (f) =>
        f.write(
          'colours.yaml',
          COLOURS + '  - { code: red, label: { lv: Sarkanā, en: Red }, valid_from: 2024-01-01 }\n',
        ),
      'colours.yaml',
      'red',
      /item 9 \(code red\).*overlaps item 2/,
    );
  });

  it('rejects a parent that does not exist', () => {
    expectError(
      (f) => f.write('colours.yaml', replaceIn(COLOURS, 'code: red, parent: warm', 'code: red, parent: hot')),
      'colours.yaml',
      'red',
      /item 2 \(code red\): parent "hot" is not a code/,
    );
  });

  it('rejects a parent not valid when the child starts', () => {
    expectError(
      (f) =>
        f.write(
          'colours.yaml',
          replaceIn(
            COLOURS,
            '{ code: cold, label: { lv: Aukstās, en: Cold }, valid_from: 2020-01-01 }',
            '{ code: cold, label: { lv: Aukstās, en: Cold }, valid_from: 2021-01-01 }',
          ),
        ),
      'colours.yaml',
      'blue',
      /parent "cold" is not valid on 2020-01-01/,
    );
  });

  it('rejects a replaced_by target that does not exist', () => {
    expectError(
      (f) => f.write('colours.yaml', replaceIn(COLOURS, 'replaced_by: orange', 'replaced_by: amber')),
      'colours.yaml',
      'orng',
      /item 3 \(code orng\): replaced_by "amber" is not a code/,
    );
  });

  it('rejects a replaced_by target that is not valid the day after retirement', () => {
    expectError(
      (f) =>
        f.write(
          'colours.yaml',
          replaceIn(
            COLOURS,
            '{ code: orange, parent: warm, label: { lv: Oranžā, en: Orange }, valid_from: 2022-01-01 }',
            '{ code: orange, parent: warm, label: { lv: Oranžā, en: Orange }, valid_from: 2022-02-01 }',
          ),
        ),
      'colours.yaml',
      'orng',
      /replaced_by "orange" is not valid on 2022-01-01/,
    );
  });

  it('rejects replaced_by on an item that is not retired', () => {
    expectError(
      (f) =>
        f.write(
          'colours.yaml',
          replaceIn(COLOURS, 'code: red, parent: warm,', 'code: red, parent: warm, replaced_by: orange,'),
        ),
      'colours.yaml',
      'red',
      /only allowed on a retired item/,
    );
  });

  it('rejects valid_to before valid_from and impossible dates', () => {
    expectError(
      (f) => f.write('colours.yaml', replaceIn(COLOURS, 'valid_to: 2022-12-31', 'valid_to: 2019-12-31')),
      'colours.yaml',
      'blue',
      /"valid_to" must be a date .* on or after valid_from/,
    );
    fx?.remove();
    expectError(
      (f) =>
        f.write(
          'colours.yaml',
          replaceIn(
            COLOURS,
            'code: zala, parent: cold, label: { lv: Zaļā, en: Green }, valid_from: 2020-01-01',
            'code: zala, parent: cold, label: { lv: Zaļā, en: Green }, valid_from: "2020-02-30"',
          ),
        ),
      'colours.yaml',
      'zala',
      /"valid_from" must be a date/,
    );
  });

  it('rejects a missing label, an unknown field and an unquoted numeric code', () => {
    expectError(
      (f) => f.write('colours.yaml', replaceIn(COLOURS, '{ lv: Sarkanā, en: Red }', '{ lv: Sarkanā }')),
      'colours.yaml',
      'red',
      /field "label" needs non-empty "lv" and "en"/,
    );
    fx?.remove();
    expectError(
      (f) =>
        f.write(
          'colours.yaml',
          replaceIn(COLOURS, 'code: red, parent: warm,', 'code: red, parent: warm, valid_form: 2020-01-01,'),
        ),
      'colours.yaml',
      'red',
      /unknown field "valid_form"/,
    );
    fx?.remove();
    expectError(
      (f) => f.write('colours.yaml', replaceIn(COLOURS, 'code: red,', 'code: 0010,')),
      'colours.yaml',
      '10',
      /must be written in quotes/,
    );
  });

  it('rejects a parent cycle', () => {
    expectError(
      (f) =>
        f.write(
          'colours.yaml',
          replaceIn(COLOURS, '{ code: warm, label:', '{ code: warm, parent: red, label:'),
        ),
      'colours.yaml',
      undefined,
      /parent chain loops back/,
    );
  });

  it('rejects broken YAML and a file named differently from its id', () => {
    expectError(
      (f) => f.write('colours.yaml', COLOURS + '  - { code: x, label: [\n'),
      'colours.yaml',
      undefined,
      /not valid YAML/,
    );
    fx?.remove();
    expectError(
      (f) => f.write('colours.yaml', replaceIn(COLOURS, 'id: colours', 'id: colors')),
      'colours.yaml',
      undefined,
      /must be named after its id \(colors\.yaml\)/,
    );
  });

  it('rejects a correspondence table naming a code or classifier that does not exist', () => {
    expectError(
      (f) =>
        f.write(
          'mappings/colours__tones.yaml',
          replaceIn(COLOURS_TONES, '{ from: blue, to: C,', '{ from: blue, to: X,'),
        ),
      'mappings/colours__tones.yaml',
      'blue → X',
      /pair 3 \(blue → X\): "X" is not a code of classifier tones/,
    );
    fx?.remove();
    expectError(
      (f) => f.write('mappings/colours__tones.yaml', replaceIn(COLOURS_TONES, 'to: tones', 'to: shades')),
      'mappings/colours__tones.yaml',
      undefined,
      /names classifier "shades", which does not exist/,
    );
    fx?.remove();
    expectError(
      (f) => f.write('mappings/colours__tones.yaml', COLOURS_TONES + '  - { from: red, to: W }\n'),
      'mappings/colours__tones.yaml',
      'red → W',
      /listed twice/,
    );
  });
});

describe('the registry model', () => {
  it('computes changes, versions and diacritic-insensitive search', () => {
    fx = registryFixture();
    const reg = Registry.load(fx.dir);
    const e = reg.get('colours')!;
    expect(e.changes.filter((c) => c.date > '2020-01-01')).toEqual([
      { date: '2022-01-01', type: 'added', code: 'orange', label: { lv: 'Oranžā', en: 'Orange' } },
      {
        date: '2022-01-01',
        type: 'retired',
        code: 'orng',
        label: { lv: 'Oranžā', en: 'Orange' },
        replaced_by: 'orange',
      },
      {
        date: '2023-01-01',
        type: 'relabelled',
        code: 'blue',
        label: { lv: 'Zilā krāsa', en: 'Blue colour' },
        previous_label: { lv: 'Zilā', en: 'Blue' },
      },
    ]);
    expect(e.versions.map((v) => [v.valid_from, v.valid_to, v.items])).toEqual([
      ['2020-01-01', '2021-12-31', 6],
      ['2022-01-01', '2022-12-31', 6],
      ['2023-01-01', null, 6],
    ]);
    expect(fold('Rīga Ķekava Ģērmanis ŽŅŠ')).toBe('riga kekava germanis zns');
    expect(selectItems(e, { asOf: '2024-01-01', q: 'zala' }).map((i) => i.code)).toEqual(['zala']);
    expect(selectItems(e, { asOf: '2024-01-01', q: 'ORANZA' }).map((i) => i.code)).toEqual(['orange']);
    expect(selectItems(e, { asOf: '2021-01-01', q: 'oranza' }).map((i) => i.code)).toEqual(['orng']);
    expect(selectItems(e, { asOf: '2024-01-01', parent: '' }).map((i) => i.code)).toEqual(['warm', 'cold']);
    // A table kept one way is served the other way with the relation inverted.
    expect(reg.mapping('tones', 'colours')!.pairs[0]).toEqual({
      from: 'W',
      to: 'red',
      relation: 'narrowMatch',
    });
  });
});
