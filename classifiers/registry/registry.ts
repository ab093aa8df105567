/**
 * The registry as the API and the CLI see it: the checked classifiers and correspondence tables,
 * with what every request needs computed once per loaded version — a content hash per list (its
 * revision), the dated change events (added, retired, relabelled…), the list's versions (the
 * dates on which it changes), and the labels folded for diacritic-insensitive search.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { CLASSIFIER_DIR, itemsAsOf, nextDay, readRegistryData, type RegistryData } from './load.ts';
import type { Classifier, ClassifierItem, Mapping, MappingPair, MappingRelation } from './types.ts';

const rigaDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Riga',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
let todayCache = { at: 0, day: '' };
/** Today in Riga (YYYY-MM-DD): the default "as of" date. Recomputed at most once a second. */
export function today(): string {
  const now = Date.now();
  if (now - todayCache.at > 1000) todayCache = { at: now, day: rigaDay.format(now) };
  return todayCache.day;
}

/** Lower case without diacritics: "Rīga" → "riga", "Ķekava" → "kekava", "Ģ" → "g". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export type ChangeType = 'added' | 'retired' | 'relabelled' | 'changed' | 'reinstated';

export interface ChangeEvent {
  /** The day the change takes effect. */
  date: string;
  type: ChangeType;
  code: string;
  label: { lv: string; en: string };
  previous_label?: { lv: string; en: string };
  replaced_by?: string | null;
}

export interface ListVersion {
  valid_from: string;
  valid_to: string | null;
  items: number;
  added: number;
  retired: number;
  relabelled: number;
  changed: number;
}

export interface ClassifierEntry {
  classifier: Classifier;
  /** Content hash of the list: changes exactly when its content changes. */
  revision: string;
  /** When this content was first seen (file time on first load). */
  lastModified: Date;
  changes: ChangeEvent[];
  versions: ListVersion[];
  /** Folded "code lv en" per item, same order as classifier.items. */
  searchText: string[];
  byCode: Map<string, ClassifierItem[]>;
}

const INVERSE: Record<MappingRelation, MappingRelation> = {
  exactMatch: 'exactMatch',
  closeMatch: 'closeMatch',
  relatedMatch: 'relatedMatch',
  broadMatch: 'narrowMatch',
  narrowMatch: 'broadMatch',
};

function sameLabel(a: ClassifierItem, b: ClassifierItem): boolean {
  return a.label.lv === b.label.lv && a.label.en === b.label.en;
}

function computeChanges(c: Classifier): ChangeEvent[] {
  const byCode = new Map<string, ClassifierItem[]>();
  for (const it of c.items) byCode.set(it.code, [...(byCode.get(it.code) ?? []), it]);
  const events: ChangeEvent[] = [];
  for (const [code, periods] of byCode) {
    periods.sort((a, b) => a.valid_from.localeCompare(b.valid_from));
    periods.forEach((p, k) => {
      const prev = k > 0 ? periods[k - 1]! : null;
      const contiguous = prev?.valid_to != null && nextDay(prev.valid_to) === p.valid_from;
      if (!prev) events.push({ date: p.valid_from, type: 'added', code, label: p.label });
      else if (!contiguous) events.push({ date: p.valid_from, type: 'reinstated', code, label: p.label });
      else if (!sameLabel(prev, p))
        events.push({
          date: p.valid_from,
          type: 'relabelled',
          code,
          label: p.label,
          previous_label: prev.label,
        });
      else events.push({ date: p.valid_from, type: 'changed', code, label: p.label });
      const next = periods[k + 1];
      if (p.valid_to && !(next && nextDay(p.valid_to) === next.valid_from)) {
        events.push({
          date: nextDay(p.valid_to),
          type: 'retired',
          code,
          label: p.label,
          replaced_by: p.replaced_by ?? null,
        });
      }
    });
  }
  return events.sort(
    (a, b) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code) || a.type.localeCompare(b.type),
  );
}

function computeVersions(c: Classifier, changes: ChangeEvent[]): ListVersion[] {
  const dates = [...new Set(changes.map((e) => e.date))].sort();
  return dates.map((d, k) => {
    const evs = changes.filter((e) => e.date === d);
    const count = (t: ChangeType) => evs.filter((e) => e.type === t).length;
    const next = dates[k + 1];
    return {
      valid_from: d,
      valid_to: next
        ? new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
        : null,
      items: itemsAsOf(c, d).length,
      added: count('added') + count('reinstated'),
      retired: count('retired'),
      relabelled: count('relabelled'),
      changed: count('changed'),
    };
  });
}

export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);
}

function fileTime(dir: string, file: string): Date {
  try {
    const abs = path.isAbsolute(file) ? file : path.join(PROJECT_ROOT, file);
    return statSync(abs).mtime;
  } catch {
    return statSync(dir).mtime;
  }
}

export class Registry {
  readonly entries: Map<string, ClassifierEntry>;
  readonly mappings: Mapping[];
  /** Hash of the whole registry: changes when any list or table changes. */
  readonly revision: string;
  readonly lastModified: Date;
  readonly loadedAt = new Date();

  constructor(
    readonly data: RegistryData,
    previous?: Registry,
  ) {
    this.entries = new Map();
    for (const c of data.classifiers.values()) {
      const { file: _file, ...content } = c;
      const revision = contentHash(content);
      const prev = previous?.entries.get(c.id);
      const lastModified =
        prev && prev.revision === revision ? prev.lastModified : fileTime(data.dir, c.file);
      const changes = computeChanges(c);
      const byCode = new Map<string, ClassifierItem[]>();
      for (const it of c.items) byCode.set(it.code, [...(byCode.get(it.code) ?? []), it]);
      this.entries.set(c.id, {
        classifier: c,
        revision,
        lastModified: new Date(Math.floor(lastModified.getTime() / 1000) * 1000),
        changes,
        versions: computeVersions(c, changes),
        searchText: c.items.map((i) => fold(`${i.code} ${i.label.lv} ${i.label.en}`)),
        byCode,
      });
    }
    this.mappings = data.mappings;
    this.revision = contentHash(
      [...this.entries.values()]
        .map((e) => e.revision)
        .concat(this.mappings.map((m) => contentHash(m.pairs))),
    );
    const times = [...this.entries.values()].map((e) => e.lastModified.getTime());
    this.lastModified = new Date(times.length ? Math.max(...times) : 0);
  }

  static load(dir: string = CLASSIFIER_DIR, previous?: Registry): Registry {
    return new Registry(readRegistryData(dir), previous);
  }

  get(id: string): ClassifierEntry | undefined {
    return this.entries.get(id);
  }

  /**
   * A correspondence table from one classifier to another; a table kept in the other direction
   * is served inverted (broadMatch ↔ narrowMatch).
   */
  mapping(
    from: string,
    to: string,
  ): { mapping: Mapping; pairs: MappingPair[]; inverted: boolean } | undefined {
    const direct = this.mappings.find((m) => m.from === from && m.to === to);
    if (direct) return { mapping: direct, pairs: direct.pairs, inverted: false };
    const reverse = this.mappings.find((m) => m.from === to && m.to === from);
    if (!reverse) return undefined;
    const pairs = reverse.pairs.map((p) => ({ ...p, from: p.to, to: p.from, relation: INVERSE[p.relation] }));
    return { mapping: reverse, pairs, inverted: true };
  }

  /** The pairs of every table that mention a concept, from its side. */
  mappingsOf(id: string, code: string): { to: string; code: string; relation: MappingRelation }[] {
    const out: { to: string; code: string; relation: MappingRelation }[] = [];
    for (const m of this.mappings) {
      if (m.from === id)
        for (const p of m.pairs)
          if (p.from === code) out.push({ to: m.to, code: p.to, relation: p.relation });
      if (m.to === id)
        for (const p of m.pairs)
          if (p.to === code) out.push({ to: m.from, code: p.from, relation: INVERSE[p.relation] });
    }
    return out;
  }
}

export interface ItemQuery {
  asOf: string;
  q?: string;
  parent?: string;
}

/** Items valid on a date, optionally filtered by a folded search and a parent, in file order. */
export function selectItems(entry: ClassifierEntry, query: ItemQuery): ClassifierItem[] {
  const terms = query.q ? fold(query.q).split(/\s+/).filter(Boolean) : [];
  const out: ClassifierItem[] = [];
  entry.classifier.items.forEach((it, k) => {
    if (it.valid_from > query.asOf || (it.valid_to && it.valid_to < query.asOf)) return;
    if (query.parent !== undefined && (it.parent ?? '') !== query.parent) return;
    if (terms.length && !terms.every((t) => entry.searchText[k]!.includes(t))) return;
    out.push(it);
  });
  return out;
}

/** Children of each code among the items valid on a date. */
export function childrenOn(entry: ClassifierEntry, asOf: string): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const it of itemsAsOf(entry.classifier, asOf)) {
    if (it.parent) children.set(it.parent, [...(children.get(it.parent) ?? []), it.code]);
  }
  return children;
}
