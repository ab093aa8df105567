/**
 * The DCAT-AP 3 catalogue of the open-data release, built once as an RDF graph and written as
 * Turtle (n3) and JSON-LD (jsonld, compacted with an inline context) so both files hold the
 * same triples. Every IRI and download URL starts with config.publicBaseUrl. Every node the
 * catalogue links to carries its rdf:type (and SKOS concepts their prefLabel) in the same graph,
 * as the DCAT-AP range shapes require; dcat.test.ts validates both files against the shapes.
 *
 * A dataset from any source enters the catalogue the same way: as a `PublishedDataset` with its
 * own files (see `addDataset`).
 */
import { DataFactory, Writer, type Quad, type Quad_Object } from 'n3';
import jsonld from 'jsonld';
import type { Config } from '../../lib/config.ts';
import {
  AVAILABILITY_STABLE,
  DATA_THEMES,
  DATA_THEME_SCHEME,
  DEFAULT_LICENCE,
  FORMATS,
  FREQUENCIES,
  LANGUAGES,
  LATVIA,
  LICENCES,
  NS,
  PUBLISHER_TYPE,
  frequencyIri,
  mediaTypeIri,
  themeIri,
} from './vocab.ts';
import type { LangText, PublishedDataset, PublishedFile } from './types.ts';

const { namedNode, literal, quad } = DataFactory;

const p = (prefix: keyof typeof NS, local: string) => namedNode(NS[prefix] + local);
const A = p('rdf', 'type');

export interface CatalogInput {
  config: Config;
  issued: string;
  modified: string;
  datasets: PublishedDataset[];
}

export const catalogIri = (config: Config) => `${config.publicBaseUrl}/opendata/catalog`;
export const datasetIri = (config: Config, id: string) => `${config.publicBaseUrl}/opendata/datasets/${id}`;
export const fileUrl = (config: Config, id: string, file: string) =>
  `${config.publicBaseUrl}/opendata/datasets/${id}/${file}`;
export const landingPage = (config: Config, id: string) => `${config.publicBaseUrl}/opendata/#${id}`;

/** An RDF graph that ignores repeated triples (shared vocabulary nodes are described once). */
export class Graph {
  readonly quads: Quad[] = [];
  private readonly keys = new Set<string>();

  add(s: string, pred: ReturnType<typeof namedNode>, o: Quad_Object): void {
    const q = quad(namedNode(s), pred, o);
    const key = `${q.subject.id} ${q.predicate.id} ${q.object.id}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.quads.push(q);
  }

  type(s: string, ...classes: ReturnType<typeof namedNode>[]): void {
    for (const c of classes) this.add(s, A, c);
  }

  text(s: string, pred: ReturnType<typeof namedNode>, t: LangText): void {
    this.add(s, pred, literal(t.lv, 'lv'));
    this.add(s, pred, literal(t.en, 'en'));
  }

  iri(s: string, pred: ReturnType<typeof namedNode>, o: string): void {
    this.add(s, pred, namedNode(o));
  }

  typed(
    s: string,
    pred: ReturnType<typeof namedNode>,
    value: string,
    datatype: ReturnType<typeof namedNode>,
  ): void {
    this.add(s, pred, literal(value, datatype));
  }

  /** A SKOS concept with its labels (the shapes require skos:prefLabel on every skos:Concept). */
  concept(iri: string, label: LangText | string, scheme?: string): void {
    this.type(iri, p('skos', 'Concept'));
    if (typeof label === 'string') this.add(iri, p('skos', 'prefLabel'), literal(label, 'en'));
    else this.text(iri, p('skos', 'prefLabel'), label);
    if (scheme) this.iri(iri, p('skos', 'inScheme'), scheme);
  }
}

const XSD_DATE = p('xsd', 'date');
const XSD_DATETIME = p('xsd', 'dateTime');

function licenceNode(g: Graph, key: string | undefined): string {
  const l = LICENCES[key ?? DEFAULT_LICENCE] ?? LICENCES[DEFAULT_LICENCE]!;
  g.type(l.iri, p('dct', 'LicenseDocument'));
  g.text(l.iri, p('dct', 'title'), l.title);
  g.iri(l.iri, p('rdfs', 'seeAlso'), l.url);
  g.iri(l.iri, p('dct', 'type'), l.type.iri);
  g.concept(l.type.iri, l.type.label);
  return l.iri;
}

function spatial(g: Graph): string {
  g.type(LATVIA.iri, p('dct', 'Location'));
  g.text(LATVIA.iri, p('skos', 'prefLabel'), LATVIA.label);
  g.typed(LATVIA.iri, p('dcat', 'bbox'), LATVIA.bbox, p('gsp', 'wktLiteral'));
  g.typed(LATVIA.iri, p('dcat', 'centroid'), LATVIA.centroid, p('gsp', 'wktLiteral'));
  return LATVIA.iri;
}

function languages(g: Graph, s: string): void {
  for (const l of Object.values(LANGUAGES)) {
    g.type(l.iri, p('dct', 'LinguisticSystem'));
    g.text(l.iri, p('rdfs', 'label'), l.label);
    g.iri(s, p('dct', 'language'), l.iri);
  }
}

function contactPoint(g: Graph, config: Config, contact: { name: string; email: string }): string {
  const slug = contact.email.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const iri = `${catalogIri(config)}#contact-${slug}`;
  g.type(iri, p('vcard', 'Kind'), p('vcard', 'Organization'));
  g.add(iri, p('vcard', 'fn'), literal(contact.name));
  g.iri(iri, p('vcard', 'hasEmail'), `mailto:${contact.email}`);
  return iri;
}

function publisher(g: Graph, config: Config): string {
  const iri = `${catalogIri(config)}#publisher`;
  g.type(iri, p('foaf', 'Agent'), p('foaf', 'Organization'));
  g.add(iri, p('foaf', 'name'), literal(config.publisher.name, 'lv'));
  g.iri(iri, p('foaf', 'mbox'), `mailto:${config.publisher.email}`);
  g.iri(iri, p('foaf', 'homepage'), config.publisher.homepage);
  g.type(config.publisher.homepage, p('foaf', 'Document'));
  g.iri(iri, p('dct', 'type'), PUBLISHER_TYPE.iri);
  g.concept(PUBLISHER_TYPE.iri, PUBLISHER_TYPE.label);
  return iri;
}

function distribution(
  g: Graph,
  config: Config,
  ds: PublishedDataset,
  f: PublishedFile,
  licence: string,
): string {
  const iri = `${ds.iri}#${f.file}`;
  const fmt = FORMATS[f.format];
  g.type(iri, p('dcat', 'Distribution'));
  g.text(iri, p('dct', 'title'), f.title);
  g.text(iri, p('dct', 'description'), f.description);
  g.iri(iri, p('dcat', 'accessURL'), landingPage(config, ds.id));
  g.iri(iri, p('dcat', 'downloadURL'), f.url);
  g.iri(iri, p('dct', 'format'), fmt.fileType);
  g.type(fmt.fileType, p('dct', 'MediaTypeOrExtent'));
  g.add(fmt.fileType, p('rdfs', 'label'), literal(fmt.fileType.split('/').pop() ?? fmt.label));
  const mt = mediaTypeIri(f.mediaType);
  g.iri(iri, p('dcat', 'mediaType'), mt);
  g.type(mt, p('dct', 'MediaType'));
  g.typed(iri, p('dcat', 'byteSize'), String(f.bytes), p('xsd', 'nonNegativeInteger'));
  const checksum = `${iri}-sha256`;
  g.iri(iri, p('spdx', 'checksum'), checksum);
  g.type(checksum, p('spdx', 'Checksum'));
  g.iri(checksum, p('spdx', 'algorithm'), NS.spdx + 'checksumAlgorithm_sha256');
  g.type(NS.spdx + 'checksumAlgorithm_sha256', p('spdx', 'ChecksumAlgorithm'));
  g.typed(checksum, p('spdx', 'checksumValue'), f.sha256, p('xsd', 'hexBinary'));
  g.iri(iri, p('dct', 'license'), licence);
  g.iri(iri, p('dcatap', 'availability'), AVAILABILITY_STABLE.iri);
  g.concept(AVAILABILITY_STABLE.iri, AVAILABILITY_STABLE.label);
  g.typed(iri, p('dct', 'issued'), ds.issued, XSD_DATETIME);
  g.typed(iri, p('dct', 'modified'), ds.modified, XSD_DATETIME);
  g.iri(iri, p('dct', 'language'), LANGUAGES.lv.iri);
  g.iri(iri, p('dct', 'language'), LANGUAGES.en.iri);
  if (fmt.conformsTo) {
    g.iri(iri, p('dct', 'conformsTo'), fmt.conformsTo.iri);
    g.type(fmt.conformsTo.iri, p('dct', 'Standard'));
    g.add(fmt.conformsTo.iri, p('dct', 'title'), literal(fmt.conformsTo.title, 'en'));
  }
  return iri;
}

/** Adds one dataset, with all its files as distributions, to the graph. Returns its IRI. */
export function addDataset(g: Graph, config: Config, ds: PublishedDataset): string {
  const s = ds.iri;
  g.type(s, p('dcat', 'Dataset'));
  g.text(s, p('dct', 'title'), ds.title);
  g.text(s, p('dct', 'description'), ds.description);
  g.add(s, p('dct', 'identifier'), literal(ds.iri));
  for (const k of ds.keywords.lv) g.add(s, p('dcat', 'keyword'), literal(k, 'lv'));
  for (const k of ds.keywords.en) g.add(s, p('dcat', 'keyword'), literal(k, 'en'));
  for (const k of ds.keywords.untagged ?? []) g.add(s, p('dcat', 'keyword'), literal(k));
  g.add(s, p('dcat', 'keyword'), literal(ds.id));
  for (const t of ds.themes) {
    g.iri(s, p('dcat', 'theme'), themeIri(t));
    g.concept(themeIri(t), DATA_THEMES[t] ?? t, DATA_THEME_SCHEME.iri);
  }
  g.iri(s, p('dct', 'publisher'), publisher(g, config));
  g.iri(s, p('dcat', 'contactPoint'), contactPoint(g, config, ds.contact ?? config.publisher));
  g.iri(s, p('dct', 'spatial'), spatial(g));
  languages(g, s);
  if (ds.temporal) {
    const period = `${s}#period`;
    g.iri(s, p('dct', 'temporal'), period);
    g.type(period, p('dct', 'PeriodOfTime'));
    g.typed(period, p('dcat', 'startDate'), ds.temporal.start, XSD_DATE);
    g.typed(period, p('dcat', 'endDate'), ds.temporal.end, XSD_DATE);
  }
  if (ds.frequency && FREQUENCIES[ds.frequency]) {
    const f = frequencyIri(ds.frequency);
    g.iri(s, p('dct', 'accrualPeriodicity'), f);
    g.type(f, p('dct', 'Frequency'));
    g.text(f, p('skos', 'prefLabel'), FREQUENCIES[ds.frequency]!);
  }
  g.typed(s, p('dct', 'issued'), ds.issued, XSD_DATETIME);
  g.typed(s, p('dct', 'modified'), ds.modified, XSD_DATETIME);
  const landing = landingPage(config, ds.id);
  g.iri(s, p('dcat', 'landingPage'), landing);
  g.type(landing, p('foaf', 'Document'));
  const licence = licenceNode(g, ds.licence);
  for (const f of ds.files) g.iri(s, p('dcat', 'distribution'), distribution(g, config, ds, f, licence));
  return s;
}

export function catalogGraph(input: CatalogInput): Graph {
  const { config } = input;
  const g = new Graph();
  const c = catalogIri(config);
  g.type(c, p('dcat', 'Catalog'));
  g.text(c, p('dct', 'title'), { lv: 'E-lietas atvērtie dati', en: 'E-lieta open data' });
  g.text(c, p('dct', 'description'), {
    lv: 'Latvijas tieslietu nozares atvērto datu katalogs: tiesu lietu plūsmas un citas publiskas datu kopas, kas veidotas tikai no publiskām kolonnām.',
    en: "Open-data catalogue of Latvia's justice sector: court case flow and other public datasets, built only from columns marked public.",
  });
  g.iri(c, p('dct', 'publisher'), publisher(g, config));
  const home = `${config.publicBaseUrl}/opendata/`;
  g.iri(c, p('foaf', 'homepage'), home);
  g.type(home, p('foaf', 'Document'));
  languages(g, c);
  g.iri(c, p('dct', 'license'), licenceNode(g, DEFAULT_LICENCE));
  g.iri(c, p('dct', 'spatial'), spatial(g));
  g.typed(c, p('dct', 'issued'), input.issued, XSD_DATETIME);
  g.typed(c, p('dct', 'modified'), input.modified, XSD_DATETIME);
  g.iri(c, p('dcat', 'themeTaxonomy'), DATA_THEME_SCHEME.iri);
  g.type(DATA_THEME_SCHEME.iri, p('skos', 'ConceptScheme'));
  g.text(DATA_THEME_SCHEME.iri, p('dct', 'title'), DATA_THEME_SCHEME.title);
  for (const ds of input.datasets) g.iri(c, p('dcat', 'dataset'), addDataset(g, config, ds));
  return g;
}

const PREFIXES: Record<string, string> = { ...NS };

export function toTurtle(g: Graph): Promise<string> {
  const sorted = [...g.quads].sort((a, b) =>
    a.subject.value < b.subject.value ? -1 : a.subject.value > b.subject.value ? 1 : 0,
  );
  const writer = new Writer({ prefixes: PREFIXES });
  writer.addQuads(sorted);
  return new Promise((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}

function toNQuads(g: Graph): Promise<string> {
  const writer = new Writer({ format: 'N-Quads' });
  writer.addQuads(g.quads);
  return new Promise((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}

/** The JSON-LD context written into catalog.jsonld: prefixes only, so nothing is fetched. */
export const JSONLD_CONTEXT: Record<string, string> = { ...PREFIXES };

export async function toJsonLd(g: Graph): Promise<string> {
  const noRemote = async (url: string): Promise<never> => {
    throw new Error(`refusing to fetch remote JSON-LD context ${url}`);
  };
  const expanded = await jsonld.fromRDF(await toNQuads(g), { format: 'application/n-quads' });
  // jsonld's option types do not know documentLoader's exact signature; the loader is never called.
  const compacted = await jsonld.compact(expanded, JSONLD_CONTEXT, { documentLoader: noRemote as never });
  return JSON.stringify(compacted, null, 2) + '\n';
}
