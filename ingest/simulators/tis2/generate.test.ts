import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readClassifiers } from '../../../classifiers/registry/load.ts';
import type { Tis2Case } from '../../contracts/types.ts';
import { generateTis2 } from './generate.ts';

async function world(seed: number, scale = 3000, partRows?: number) {
  const dropDir = mkdtempSync(path.join(tmpdir(), 'elieta-gen-'));
  const r = await generateTis2({ scale, seed, asOf: '2026-06-30', dropDir, partRows });
  const lines = r.files.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n'));
  return { r, lines, cases: lines.map((l) => JSON.parse(l) as Tis2Case) };
}

describe('TIS2 simulator', () => {
  it('is reproducible: the same seed gives the same world, another seed another', async () => {
    const a = await world(7);
    const b = await world(7);
    const c = await world(8);
    const digest = (lines: string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');
    expect(digest(a.lines)).toBe(digest(b.lines));
    expect(digest(a.lines)).not.toBe(digest(c.lines));
  });

  it('emits only codes from the classifier registry and consistent dates', async () => {
    const { cases, r } = await world(1, 5000);
    const reg = readClassifiers();
    const codes = (id: string) => new Set(reg.get(id)?.items.map((i) => i.code));
    const courts = codes('courts');
    const cats = codes('case_categories');
    const outcomes = codes('case_outcomes');
    for (const c of cases) {
      expect(courts.has(c.court_code)).toBe(true);
      expect(cats.has(c.case_category)).toBe(true);
      if (c.outcome) expect(outcomes.has(c.outcome)).toBe(true);
      expect(c.registered_on <= '2026-06-30').toBe(true);
      if (c.closed_on) {
        expect(c.closed_on >= c.registered_on).toBe(true);
        expect(c.outcome).not.toBeNull();
      } else {
        expect(c.outcome).toBeNull();
      }
    }
    expect(r.byInstance.first).toBe(5000);
    expect(r.byInstance.appeal).toBeGreaterThan(200);
    expect(r.byInstance.cassation).toBeGreaterThan(10);
    expect(r.pending).toBe(cases.filter((c) => !c.closed_on).length);
    // appeals go to a regional court, after the first-instance case closed
    const byId = new Map(cases.map((c) => [c.case_id, c]));
    for (const c of cases.filter((x) => x.instance === 'appeal')) {
      const origin = byId.get(c.origin_case_id as string) as Tis2Case;
      expect(origin.instance).toBe('first');
      expect(c.registered_on > (origin.closed_on as string)).toBe(true);
    }
    expect(new Set(cases.map((c) => c.case_id)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.case_number)).size).toBe(cases.length);
  });

  it('splits output into parts of the given size', async () => {
    const { r, cases } = await world(3, 2000, 500);
    expect(r.files.length).toBe(Math.ceil(cases.length / 500));
  });
});
