/**
 * The controlled vocabularies the open-data catalogue points to: EU Publications Office
 * authority tables (file types, data themes, languages, countries, licences, frequencies,
 * planned availability), IANA media types and the ADMS publisher and licence types. Each entry
 * carries the labels the catalogue writes next to it, because DCAT-AP's range shapes expect
 * every linked node to carry its rdf:type (and a SKOS concept its prefLabel) in the same graph.
 */
import type { LangText } from './types.ts';

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatap: 'http://data.europa.eu/r5r/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  adms: 'http://www.w3.org/ns/adms#',
  locn: 'http://www.w3.org/ns/locn#',
  gsp: 'http://www.opengis.net/ont/geosparql#',
} as const;

const EU = 'http://publications.europa.eu/resource/authority';
const IANA = 'https://www.iana.org/assignments/media-types';

export type FileFormat =
  'csv' | 'parquet' | 'json' | 'jsonl' | 'html' | 'datapackage' | 'jsonld' | 'turtle' | 'rdfxml';

export interface FormatInfo {
  /** EU file-type authority IRI (dct:format). */
  fileType: string;
  /** IANA media type (dcat:mediaType IRI and the HTTP Content-Type). */
  mediaType: string;
  /** Content-Type header sent by the portal. */
  contentType: string;
  /** Frictionless `format`. */
  frictionless: string;
  label: string;
  /** A standard the file conforms to (dct:conformsTo), if any. */
  conformsTo?: { iri: string; title: string };
}

export const FORMATS: Record<FileFormat, FormatInfo> = {
  csv: {
    fileType: `${EU}/file-type/CSV`,
    mediaType: 'text/csv',
    contentType: 'text/csv; charset=utf-8',
    frictionless: 'csv',
    label: 'CSV',
  },
  parquet: {
    fileType: `${EU}/file-type/PARQUET`,
    mediaType: 'application/vnd.apache.parquet',
    contentType: 'application/vnd.apache.parquet',
    frictionless: 'parquet',
    label: 'Parquet',
  },
  json: {
    fileType: `${EU}/file-type/JSON`,
    mediaType: 'application/json',
    contentType: 'application/json; charset=utf-8',
    frictionless: 'json',
    label: 'JSON',
  },
  // JSON Lines has no EU file type of its own; application/jsonl is the media type its spec proposes.
  jsonl: {
    fileType: `${EU}/file-type/JSON`,
    mediaType: 'application/jsonl',
    contentType: 'application/jsonl; charset=utf-8',
    frictionless: 'jsonl',
    label: 'JSON Lines',
  },
  html: {
    fileType: `${EU}/file-type/HTML`,
    mediaType: 'text/html',
    contentType: 'text/html; charset=utf-8',
    frictionless: 'html',
    label: 'HTML',
  },
  datapackage: {
    fileType: `${EU}/file-type/JSON`,
    mediaType: 'application/json',
    contentType: 'application/json; charset=utf-8',
    frictionless: 'json',
    label: 'Frictionless Data Package',
    conformsTo: {
      iri: 'https://datapackage.org/standard/data-package/',
      title: 'Data Package (Frictionless Data) v2',
    },
  },
  jsonld: {
    fileType: `${EU}/file-type/JSON_LD`,
    mediaType: 'application/ld+json',
    contentType: 'application/ld+json; charset=utf-8',
    frictionless: 'jsonld',
    label: 'JSON-LD',
  },
  turtle: {
    fileType: `${EU}/file-type/RDF_TURTLE`,
    mediaType: 'text/turtle',
    contentType: 'text/turtle; charset=utf-8',
    frictionless: 'ttl',
    label: 'Turtle',
  },
  rdfxml: {
    fileType: `${EU}/file-type/RDF_XML`,
    mediaType: 'application/rdf+xml',
    contentType: 'application/rdf+xml; charset=utf-8',
    frictionless: 'rdf',
    label: 'RDF/XML',
  },
};

export function mediaTypeIri(mediaType: string): string {
  return `${IANA}/${mediaType}`;
}

/** EU data themes (http://publications.europa.eu/resource/authority/data-theme). */
export const DATA_THEME_SCHEME = { iri: `${EU}/data-theme`, title: { en: 'Data theme', lv: 'Datu tēma' } };
export const DATA_THEMES: Record<string, LangText> = {
  AGRI: {
    en: 'Agriculture, fisheries, forestry and food',
    lv: 'Lauksaimniecība, zivsaimniecība, mežsaimniecība un pārtika',
  },
  ECON: { en: 'Economy and finance', lv: 'Ekonomika un finanses' },
  EDUC: { en: 'Education, culture and sport', lv: 'Izglītība, kultūra un sports' },
  ENER: { en: 'Energy', lv: 'Enerģētika' },
  ENVI: { en: 'Environment', lv: 'Vide' },
  GOVE: { en: 'Government and public sector', lv: 'Valdība un sabiedriskais sektors' },
  HEAL: { en: 'Health', lv: 'Veselība' },
  INTR: { en: 'International issues', lv: 'Starptautiski jautājumi' },
  JUST: {
    en: 'Justice, legal system and public safety',
    lv: 'Tieslietas, tiesību sistēma un sabiedrības drošība',
  },
  REGI: { en: 'Regions and cities', lv: 'Reģioni un pilsētas' },
  SOCI: { en: 'Population and society', lv: 'Iedzīvotāji un sabiedrība' },
  TECH: { en: 'Science and technology', lv: 'Zinātne un tehnoloģijas' },
  TRAN: { en: 'Transport', lv: 'Transports' },
};
export const themeIri = (code: string) => `${EU}/data-theme/${code}`;

export const LANGUAGES = {
  lv: { iri: `${EU}/language/LAV`, label: { en: 'Latvian', lv: 'latviešu valoda' } },
  en: { iri: `${EU}/language/ENG`, label: { en: 'English', lv: 'angļu valoda' } },
} as const;

/** Latvia, with its bounding box and centroid (WGS 84, lon lat) for dct:Location. */
export const LATVIA = {
  iri: `${EU}/country/LVA`,
  label: { en: 'Latvia', lv: 'Latvija' },
  bbox: 'POLYGON((20.96 55.67,28.24 55.67,28.24 58.09,20.96 58.09,20.96 55.67))',
  centroid: 'POINT(24.60 56.88)',
};

export interface LicenceInfo {
  /** EU licence authority IRI (dct:license). */
  iri: string;
  /** SPDX identifier (Frictionless `name`). */
  spdx: string;
  /** Canonical text. */
  url: string;
  title: LangText;
  /** ADMS licence type. */
  type: { iri: string; label: string };
}

export const LICENCES: Record<string, LicenceInfo> = {
  'CC-BY-4.0': {
    iri: `${EU}/licence/CC_BY_4_0`,
    spdx: 'CC-BY-4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    title: {
      en: 'Creative Commons Attribution 4.0 International',
      lv: 'Creative Commons Attiecinājums 4.0 Starptautisks',
    },
    type: { iri: 'http://purl.org/adms/licencetype/Attribution', label: 'Attribution' },
  },
  'CC0-1.0': {
    iri: `${EU}/licence/CC0`,
    spdx: 'CC0-1.0',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    title: { en: 'Creative Commons CC0 1.0 Universal', lv: 'Creative Commons CC0 1.0 Universāls' },
    type: { iri: 'http://purl.org/adms/licencetype/PublicDomain', label: 'Public domain' },
  },
};
export const DEFAULT_LICENCE = 'CC-BY-4.0';

/** EU frequency authority codes a dataset may declare (meta.frequency). */
export const FREQUENCIES: Record<string, LangText> = {
  DAILY: { en: 'daily', lv: 'katru dienu' },
  WEEKLY: { en: 'weekly', lv: 'katru nedēļu' },
  MONTHLY: { en: 'monthly', lv: 'katru mēnesi' },
  QUARTERLY: { en: 'quarterly', lv: 'katru ceturksni' },
  ANNUAL: { en: 'annual', lv: 'katru gadu' },
  IRREG: { en: 'irregular', lv: 'neregulāri' },
};
export const frequencyIri = (code: string) => `${EU}/frequency/${code}`;

export const AVAILABILITY_STABLE = {
  iri: `${EU}/planned-availability/STABLE`,
  label: { en: 'stable', lv: 'stabila' },
};

/** ADMS publisher type of the catalogue's publisher. */
export const PUBLISHER_TYPE = {
  iri: 'http://purl.org/adms/publishertype/NationalAuthority',
  label: 'National authority',
};
