/**
 * The representations the classifier API serves: JSON documents, CSV (RFC 4180, CRLF) and SKOS
 * as JSON-LD and Turtle. Concept IRIs are `{publicBaseUrl}/id/{classifier}/{code}`; the scheme
 * IRI is `{publicBaseUrl}/id/{classifier}`. Pure functions: the plugin caches what they return.
 */
import { DataFactory, Writer, type Quad } from 'n3';
import type { Classifier, ClassifierItem, MappingPair, MappingRelation } from '../registry/types.ts';
import { childrenOn, type ClassifierEntry, type ListVersion, type Registry } from '../registry/registry.ts';

const { namedNode, literal, quad } = DataFactory;

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  schema: 'https://schema.org/',
  owl: 'http://www.w3.org/2002/07/owl#',
} as const;

/** SPDX licence ids used in the files, with their canonical IRIs. */
const LICENCES: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

export function licenceIri(licence: string): string | null {
  return LICENCES[licence] ?? (/^https?:\/\//.test(licence) ? licence : null);
}

export const schemeIri = (base: string, id: string) => `${base}/id/${encodeURIComponent(id)}`;
export const conceptIri = (base: string, id: string, code: string) =>
  `${base}/id/${encodeURIComponent(id)}/${encodeURIComponent(code)}`;

// ---------- JSON ----------

export function classifierSummary(base: string, e: ClassifierEntry, today: string) {
  const c = e.classifier;
  return {
    id: c.id,
    iri: schemeIri(base, c.id),
    title: c.title,
    description: c.description,
    owner: c.owner,
    licence: c.licence,
    source: c.source,
    verified: c.verified,
    ...(c.note ? { note: c.note } : {}),
    revision: e.revision,
    last_modified: e.lastModified.toISOString(),
    items_total: c.items.length,
    items_today: c.items.filter((i) => i.valid_from <= today && (!i.valid_to || i.valid_to >= today)).length,
    links: {
      self: `${base}/api/classifiers/${c.id}`,
      items: `${base}/api/classifiers/${c.id}/items`,
      changes: `${base}/api/classifiers/${c.id}/changes`,
    },
  };
}

export function classifierDetail(base: string, reg: Registry, e: ClassifierEntry, today: string) {
  const id = e.classifier.id;
  return {
    ...classifierSummary(base, e, today),
    file: e.classifier.file,
    versions: e.versions satisfies ListVersion[],
    mappings: reg.mappings
      .filter((m) => m.from === id || m.to === id)
      .map((m) => {
        const other = m.from === id ? m.to : m.from;
        return { from: id, to: other, href: `${base}/api/mappings/${id}/${other}` };
      }),
  };
}

export function itemJson(base: string, id: string, it: ClassifierItem, children?: string[]) {
  return {
    iri: conceptIri(base, id, it.code),
    code: it.code,
    label: it.label,
    parent: it.parent ?? null,
    ...(children ? { children } : {}),
    valid_from: it.valid_from,
    valid_to: it.valid_to ?? null,
    replaced_by: it.replaced_by ?? null,
    attributes: it.attributes ?? {},
    ...(it.note ? { note: it.note } : {}),
  };
}

export function itemsJson(
  base: string,
  e: ClassifierEntry,
  asOf: string,
  page: ClassifierItem[],
  meta: Record<string, unknown>,
) {
  const children = childrenOn(e, asOf);
  return {
    classifier: e.classifier.id,
    as_of: asOf,
    ...meta,
    items: page.map((it) => itemJson(base, e.classifier.id, it, children.get(it.code) ?? [])),
  };
}

// ---------- CSV ----------

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function itemsCsv(base: string, c: Classifier, items: ClassifierItem[]): string {
  const attrKeys = [...new Set(c.items.flatMap((i) => Object.keys(i.attributes ?? {})))].sort();
  const header = [
    'code',
    'label_lv',
    'label_en',
    'parent_code',
    'valid_from',
    'valid_to',
    'replaced_by',
    'iri',
    ...attrKeys,
    'note',
  ];
  const rows = items.map((i) => [
    i.code,
    i.label.lv,
    i.label.en,
    i.parent,
    i.valid_from,
    i.valid_to,
    i.replaced_by,
    conceptIri(base, c.id, i.code),
    ...attrKeys.map((k) => i.attributes?.[k]),
    i.note,
  ]);
  return toCsv(header, rows);
}

export function mappingCsv(base: string, from: string, to: string, pairs: MappingPair[]): string {
  return toCsv(
    ['from_classifier', 'from_code', 'relation', 'to_classifier', 'to_code', 'from_iri', 'to_iri', 'note'],
    pairs.map((p) => [
      from,
      p.from,
      p.relation,
      to,
      p.to,
      conceptIri(base, from, p.from),
      conceptIri(base, to, p.to),
      p.note,
    ]),
  );
}

// ---------- SKOS ----------

/** One concept per code: the period valid on `asOf`, else the latest period. */
export function conceptPeriod(periods: ClassifierItem[], asOf: string): ClassifierItem {
  const valid = periods.find((p) => p.valid_from <= asOf && (!p.valid_to || p.valid_to >= asOf));
  return valid ?? [...periods].sort((a, b) => a.valid_from.localeCompare(b.valid_from)).at(-1)!;
}

export interface SkosInput {
  base: string;
  entry: ClassifierEntry;
  /** The codes to describe (one concept each). */
  codes: string[];
  asOf: string;
  /** Concept-to-concept mapping triples to add. */
  matches?: { from: string; fromCode: string; relation: MappingRelation; to: string; toCode: string }[];
  withScheme?: boolean;
  /** Write dct:modified (the file time); off for published files, which must depend on content only. */
  modified?: boolean;
}

/** RDF quads of a scheme and its concepts. */
export function skosQuads(input: SkosInput): Quad[] {
  const { base, entry, codes, asOf } = input;
  const c = entry.classifier;
  const q: Quad[] = [];
  const s = namedNode(schemeIri(base, c.id));
  const p = (local: string, ns: keyof typeof NS = 'skos') => namedNode(NS[ns] + local);
  const date = (d: string) => literal(d, namedNode(`${NS.xsd}date`));
  const type = p('type', 'rdf');
  if (input.withScheme !== false) {
    q.push(quad(s, type, p('ConceptScheme')));
    q.push(
      quad(s, p('prefLabel'), literal(c.title.lv, 'lv')),
      quad(s, p('prefLabel'), literal(c.title.en, 'en')),
    );
    q.push(
      quad(s, p('title', 'dct'), literal(c.title.lv, 'lv')),
      quad(s, p('title', 'dct'), literal(c.title.en, 'en')),
    );
    q.push(
      quad(s, p('description', 'dct'), literal(c.description.lv, 'lv')),
      quad(s, p('description', 'dct'), literal(c.description.en, 'en')),
    );
    q.push(quad(s, p('creator', 'dct'), literal(c.owner)));
    const lic = licenceIri(c.licence);
    q.push(quad(s, p('license', 'dct'), lic ? namedNode(lic) : literal(c.licence)));
    q.push(
      quad(
        s,
        p('source', 'dct'),
        /^https?:\/\//.test(c.source.url) ? namedNode(c.source.url) : literal(c.source.url),
      ),
    );
    if (input.modified !== false)
      q.push(quad(s, p('modified', 'dct'), date(entry.lastModified.toISOString().slice(0, 10))));
    q.push(quad(s, p('hasVersion', 'dct'), literal(entry.revision)));
    if (c.note) q.push(quad(s, p('editorialNote'), literal(c.note, 'en')));
  }
  const validCodes = new Set(codes);
  for (const code of codes) {
    const periods = entry.byCode.get(code)!;
    const it = conceptPeriod(periods, asOf);
    const n = namedNode(conceptIri(base, c.id, code));
    q.push(quad(n, type, p('Concept')), quad(n, p('inScheme'), s), quad(n, p('notation'), literal(code)));
    q.push(
      quad(n, p('prefLabel'), literal(it.label.lv, 'lv')),
      quad(n, p('prefLabel'), literal(it.label.en, 'en')),
    );
    // Earlier labels of the same code stay findable as hidden labels.
    for (const old of periods) {
      if (old === it) continue;
      if (old.label.lv !== it.label.lv) q.push(quad(n, p('hiddenLabel'), literal(old.label.lv, 'lv')));
      if (old.label.en !== it.label.en) q.push(quad(n, p('hiddenLabel'), literal(old.label.en, 'en')));
    }
    const first = periods.reduce((a, b) => (a.valid_from < b.valid_from ? a : b));
    q.push(quad(n, p('validFrom', 'schema'), date(first.valid_from)));
    const last = periods.reduce((a, b) => (a.valid_from > b.valid_from ? a : b));
    if (last.valid_to) {
      q.push(quad(n, p('validThrough', 'schema'), date(last.valid_to)));
      if (last.valid_to < asOf)
        q.push(quad(n, p('deprecated', 'owl'), literal('true', namedNode(`${NS.xsd}boolean`))));
      if (last.replaced_by)
        q.push(quad(n, p('isReplacedBy', 'dct'), namedNode(conceptIri(base, c.id, last.replaced_by))));
    }
    if (it.parent) {
      q.push(quad(n, p('broader'), namedNode(conceptIri(base, c.id, it.parent))));
      if (validCodes.has(it.parent))
        q.push(quad(namedNode(conceptIri(base, c.id, it.parent)), p('narrower'), n));
    } else {
      q.push(quad(n, p('topConceptOf'), s));
      if (input.withScheme !== false) q.push(quad(s, p('hasTopConcept'), n));
    }
    if (it.note) q.push(quad(n, p('editorialNote'), literal(it.note, 'en')));
  }
  for (const m of input.matches ?? []) {
    q.push(
      quad(
        namedNode(conceptIri(base, m.from, m.fromCode)),
        p(m.relation),
        namedNode(conceptIri(base, m.to, m.toCode)),
      ),
    );
  }
  return q;
}

export function mappingQuads(base: string, from: string, to: string, pairs: MappingPair[]): Quad[] {
  return pairs.map((pr) =>
    quad(
      namedNode(conceptIri(base, from, pr.from)),
      namedNode(NS.skos + pr.relation),
      namedNode(conceptIri(base, to, pr.to)),
    ),
  );
}

export function toTurtle(quads: Quad[]): string {
  const w = new Writer({ prefixes: { ...NS } });
  w.addQuads(quads);
  let out = '';
  w.end((err, result) => {
    if (err) throw err;
    out = result;
  });
  return out;
}

/** A compact JSON-LD document (expanded predicates grouped per subject, language maps kept simple). */
export function toJsonLd(quads: Quad[]): string {
  const subjects = new Map<string, Record<string, unknown>>();
  const compactIri = (iri: string) => {
    for (const [prefix, ns] of Object.entries(NS))
      if (iri.startsWith(ns)) return `${prefix}:${iri.slice(ns.length)}`;
    return iri;
  };
  for (const q of quads) {
    const sid = q.subject.value;
    const node = subjects.get(sid) ?? { '@id': sid };
    subjects.set(sid, node);
    if (q.predicate.value === `${NS.rdf}type`) {
      node['@type'] = [...((node['@type'] as string[] | undefined) ?? []), compactIri(q.object.value)];
      continue;
    }
    const key = compactIri(q.predicate.value);
    let value: unknown;
    if (q.object.termType === 'NamedNode') value = { '@id': q.object.value };
    else if (q.object.termType === 'Literal') {
      const lit = q.object;
      if (lit.language) value = { '@value': lit.value, '@language': lit.language };
      else if (lit.datatype.value !== `${NS.xsd}string`)
        value = { '@value': lit.value, '@type': compactIri(lit.datatype.value) };
      else value = lit.value;
    }
    node[key] = [...((node[key] as unknown[] | undefined) ?? []), value];
  }
  return JSON.stringify({ '@context': { ...NS }, '@graph': [...subjects.values()] });
}

// ---------- Feed ----------

export interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  url: string;
  summary: string;
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function atomFeed(
  base: string,
  title: string,
  updated: string,
  self: string,
  entries: FeedEntry[],
): string {
  const host = new URL(base).host;
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n` +
    `  <id>tag:${host},2026:classifiers</id>\n  <title>${xml(title)}</title>\n  <updated>${updated}</updated>\n` +
    `  <link rel="self" href="${xml(self)}"/>\n  <author><name>E-lieta classifier registry</name></author>\n` +
    entries
      .map(
        (e) =>
          `  <entry>\n    <id>${xml(e.id)}</id>\n    <title>${xml(e.title)}</title>\n    <updated>${e.updated}</updated>\n` +
          `    <link href="${xml(e.url)}"/>\n    <summary>${xml(e.summary)}</summary>\n  </entry>\n`,
      )
      .join('') +
    `</feed>\n`
  );
}

export function jsonFeed(title: string, homeUrl: string, feedUrl: string, entries: FeedEntry[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: homeUrl,
    feed_url: feedUrl,
    items: entries.map((e) => ({
      id: e.id,
      title: e.title,
      url: e.url,
      content_text: e.summary,
      date_published: e.updated,
    })),
  });
}
