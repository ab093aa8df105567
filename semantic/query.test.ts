import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../lib/config.ts';
import { SnapshotReader } from '../lib/snapshot.ts';
import {
  caseFlowFixtureRows,
  caseFlowTable,
  writeSnapshotFixture,
  type CaseFlowRow,
} from '../test/helpers/snapshot-fixture.ts';
import { loadModel } from './model.ts';
import { QueryError, compileQuery, runQuery } from './query.ts';

const model = loadModel();
const rows = caseFlowFixtureRows(8);
let home: string;
let reader: SnapshotReader;

beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'elieta-semantic-'));
  await writeSnapshotFixture(home, [caseFlowTable(rows)]);
  reader = new SnapshotReader(loadConfig({ ELIETA_HOME: home }, home));
});

afterAll(() => {
  reader?.close();
  rmSync(home, { recursive: true, force: true });
});

function quarterOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}

/** The hand computation: sums per court and quarter, then the ratios of those sums. */
function byCourtAndQuarter(input: CaseFlowRow[]) {
  const groups = new Map<
    string,
    { incoming: number; resolved: number; pendingEnd: number; resolved12: number; months: Set<string> }
  >();
  for (const r of input) {
    const key = `${r.court_code}|${quarterOf(r.month)}`;
    const g = groups.get(key) ?? {
      incoming: 0,
      resolved: 0,
      pendingEnd: 0,
      resolved12: 0,
      months: new Set<string>(),
    };
    g.incoming += r.incoming;
    g.resolved += r.resolved;
    g.pendingEnd += r.pending_end;
    g.resolved12 += r.resolved_12m;
    g.months.add(r.month);
    groups.set(key, g);
  }
  return groups;
}

describe('query compiler over a snapshot', () => {
  it('gives clearance rate and disposition time per court and quarter as ratios of sums', async () => {
    const result = await runQuery(reader, model, {
      measures: [
        'court_performance.incoming',
        'court_performance.resolved',
        'court_performance.pending_end',
        'court_performance.clearance_rate',
        'court_performance.disposition_time_days',
      ],
      dimensions: ['court_performance.court_code'],
      timeDimensions: [{ dimension: 'court_performance.month', granularity: 'quarter' }],
    });
    const expected = byCourtAndQuarter(rows);
    // 3 courts × quarters 2025Q1, Q2, Q3 (8 months: Jan–Aug).
    expect(result).toHaveLength(expected.size);
    expect(result).toHaveLength(9);
    for (const r of result) {
      const g = expected.get(
        `${String(r['court_performance.court_code'])}|${String(r['court_performance.month.quarter'])}`,
      );
      expect(g, JSON.stringify(r)).toBeDefined();
      if (!g) continue;
      expect(r['court_performance.incoming']).toBe(g.incoming);
      expect(r['court_performance.resolved']).toBe(g.resolved);
      expect(r['court_performance.clearance_rate']).toBeCloseTo((100 * g.resolved) / g.incoming, 9);
      expect(r['court_performance.disposition_time_days']).toBeCloseTo(
        (365 * g.pendingEnd) / g.resolved12,
        9,
      );
      // A stock is averaged over the quarter's months, never summed.
      expect(r['court_performance.pending_end']).toBeCloseTo(g.pendingEnd / g.months.size, 9);
    }
    // Ratios of sums differ from the average of the mart's monthly ratios (the trap this avoids).
    const rrtQ1 = rows.filter((r) => r.court_code === 'RRT' && quarterOf(r.month) === '2025-01-01');
    const meanOfRatios = rrtQ1.reduce((a, r) => a + (r.clearance_rate ?? 0), 0) / rrtQ1.length;
    const got = result.find(
      (r) =>
        r['court_performance.court_code'] === 'RRT' && r['court_performance.month.quarter'] === '2025-01-01',
    );
    expect(got?.['court_performance.clearance_rate']).not.toBeCloseTo(meanOfRatios, 6);
  });

  it('keeps a month with no incoming cases empty, not infinite, and filters by dimension and date range', async () => {
    const result = await runQuery(reader, model, {
      measures: ['court_performance.clearance_rate', 'court_performance.incoming'],
      dimensions: ['court_performance.case_category'],
      timeDimensions: [
        {
          dimension: 'court_performance.month',
          granularity: 'month',
          dateRange: ['2025-04-01', '2025-04-30'],
        },
      ],
      filters: [{ member: 'court_performance.court_code', operator: 'equals', values: ['RAT'] }],
    });
    expect(result).toEqual([
      expect.objectContaining({
        'court_performance.case_category': 'civil',
        'court_performance.month.month': '2025-04-01',
      }),
      {
        'court_performance.case_category': 'criminal',
        'court_performance.month.month': '2025-04-01',
        'court_performance.clearance_rate': null,
        'court_performance.incoming': 0,
      },
    ]);
  });

  it('answers a yearly total with a measure filter and an order', async () => {
    const result = await runQuery(reader, model, {
      measures: ['case_flow.resolved'],
      dimensions: ['case_flow.court_name_en'],
      timeDimensions: [{ dimension: 'case_flow.month', granularity: 'year' }],
      filters: [{ member: 'case_flow.resolved', operator: 'gt', values: [0] }],
      order: { 'case_flow.resolved': 'desc' },
    });
    const totals = new Map<string, number>();
    for (const r of rows) totals.set(r.court_name_en, (totals.get(r.court_name_en) ?? 0) + r.resolved);
    const expected = [...totals.entries()].sort((a, b) => b[1] - a[1]);
    expect(result.map((r) => [r['case_flow.court_name_en'], r['case_flow.resolved']])).toEqual(expected);
    expect(result[0]?.['case_flow.month.year']).toBe('2025-01-01');
  });

  it('refuses what it cannot answer, naming the member', () => {
    expect(() => compileQuery(model, { measures: ['court_performance.built_at'] })).toThrow(
      /court_performance has no member built_at/,
    );
    expect(() =>
      compileQuery(model, { measures: ['court_performance.incoming', 'court_workload.cases_assigned'] }),
    ).toThrow(QueryError);
    expect(() =>
      compileQuery(model, {
        measures: ['court_performance.incoming'],
        timeDimensions: [{ dimension: 'court_performance.month', granularity: 'decade' as never }],
      }),
    ).toThrow(/granularity "decade"/);
    expect(() =>
      compileQuery(model, { dimensions: ['judge_workload.judge_id'] }, { audience: 'public' }),
    ).toThrow(/internal/);
    expect(() => compileQuery(model, { measures: ['case_flow.incoming'] }, { audience: 'public' })).toThrow(
      /public view/,
    );
  });

  it('passes filter values as parameters, never as SQL text', () => {
    const q = compileQuery(model, {
      measures: ['court_performance.incoming'],
      filters: [
        {
          member: 'court_performance.court_name_lv',
          operator: 'equals',
          values: ["x'); DROP TABLE case_flow; --"],
        },
      ],
    });
    expect(q.sql).not.toContain('DROP');
    expect(q.params).toEqual(["x'); DROP TABLE case_flow; --"]);
  });
});
