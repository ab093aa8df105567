import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTypes, TYPES_FILE } from './codegen.ts';

describe('contract types', () => {
  it('ingest/contracts/types.ts is up to date with the JSON Schema contracts (run `npm run contracts`)', async () => {
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(await renderTypes());
  });
});
