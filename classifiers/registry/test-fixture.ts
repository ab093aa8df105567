/**
 * A small, valid registry folder for tests, written to a temporary directory; tests break one
 * file at a time to see each validation rule name the file and the item.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const COLOURS = `id: colours
title: { lv: Krāsas, en: Colours }
description: { lv: Testa krāsas, en: Test colours }
owner: TA
licence: CC-BY-4.0
source: { title: test, url: https://example.org, retrieved: 2026-01-01 }
verified: false
items:
  - { code: warm, label: { lv: Siltās, en: Warm }, valid_from: 2020-01-01 }
  - { code: red, parent: warm, label: { lv: Sarkanā, en: Red }, valid_from: 2020-01-01 }
  - { code: orng, parent: warm, label: { lv: Oranžā, en: Orange }, valid_from: 2020-01-01, valid_to: 2021-12-31, replaced_by: orange }
  - { code: orange, parent: warm, label: { lv: Oranžā, en: Orange }, valid_from: 2022-01-01 }
  - { code: cold, label: { lv: Aukstās, en: Cold }, valid_from: 2020-01-01 }
  - { code: blue, parent: cold, label: { lv: Zilā, en: Blue }, valid_from: 2020-01-01, valid_to: 2022-12-31 }
  - { code: blue, parent: cold, label: { lv: Zilā krāsa, en: Blue colour }, valid_from: 2023-01-01 }
  - { code: zala, parent: cold, label: { lv: Zaļā, en: Green }, valid_from: 2020-01-01, attributes: { rgb: "00ff00" } }
`;

export const TONES = `id: tones
title: { lv: Toņi, en: Tones }
description: { lv: Testa toņi, en: Test tones }
owner: TA
licence: CC-BY-4.0
source: { title: test, url: https://example.org, retrieved: 2026-01-01 }
verified: true
items:
  - { code: W, label: { lv: Silts, en: Warm tone }, valid_from: 2020-01-01 }
  - { code: C, label: { lv: Auksts, en: Cold tone }, valid_from: 2020-01-01 }
`;

export const COLOURS_TONES = `from: colours
to: tones
title: { lv: Krāsa → tonis, en: Colour → tone }
description: { lv: Tests, en: Test }
source: { title: test, url: https://example.org, retrieved: 2026-01-01 }
pairs:
  - { from: red, to: W, relation: broadMatch }
  - { from: orange, to: W, relation: broadMatch }
  - { from: blue, to: C, relation: broadMatch }
`;

export interface FixtureDir {
  dir: string;
  write(name: string, text: string): string;
  remove(): void;
}

/** Writes the valid fixture (or `files` instead) into a new temporary folder. */
export function registryFixture(
  files: Record<string, string> = {
    'colours.yaml': COLOURS,
    'tones.yaml': TONES,
    'mappings/colours__tones.yaml': COLOURS_TONES,
  },
): FixtureDir {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'classifiers-fixture-'));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  for (const [name, text] of Object.entries(files)) write(name, text);
  return { dir, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
