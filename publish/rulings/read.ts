/**
 * Reads what the rulings release needs from the warehouse, in one short session that the caller
 * opens and closes (the DuckDB file read-only): the current version of every ruling text and its
 * parties from `restricted`, and the non-personal metadata of its decision from `raw` (court,
 * date, case category, instance, kind of ruling, outcome, Criminal Law articles). Every table is
 * append-only with load metadata; the current version of a key is its latest load
 * (`_loaded_at`, `_batch_id`, `_source_position`), dropped when that load was a deletion.
 * Party names and codes leave this module only as anonymiser input.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Config } from '../../lib/config.ts';
import { DuckDBWarehouse, openWarehouse, type Warehouse } from '../../lib/warehouse/index.ts';
import type { Party } from '../anonymiser/types.ts';

export interface RestrictedRuling {
  rulingId: string;
  ecli: string;
  language: string;
  text: string;
  parties: Party[];
  courtCode: string | null;
  decidedOn: string | null;
  caseCategory: string | null;
  instance: string | null;
  decisionType: string | null;
  outcome: string | null;
  articles: string[];
}

/** The current version of each key of a load table, as a subquery. */
function current(table: string, key: string[]): string {
  return `(SELECT * FROM (SELECT t.*, row_number() OVER (PARTITION BY ${key.join(', ')}
      ORDER BY _loaded_at DESC, _batch_id DESC, _source_position DESC) AS _rn FROM ${table} t) v
    WHERE _rn = 1 AND _op <> 'delete')`;
}

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * Opens the warehouse for reading (DuckDB read-only), runs `fn`, closes it. Returns null when
 * there is no warehouse file yet.
 */
export async function withWarehouseReadOnly<T>(
  config: Config,
  fn: (wh: Warehouse) => Promise<T>,
): Promise<T | null> {
  const w = config.warehouse;
  if (w.kind === 'duckdb' && !existsSync(w.path)) return null;
  const wh =
    w.kind === 'duckdb'
      ? await DuckDBWarehouse.open(w.path, { readOnly: true, memoryLimit: w.memoryLimit })
      : await openWarehouse(w);
  try {
    return await fn(wh);
  } finally {
    await wh.close();
  }
}

/** A ruling without its text and parties: what the release needs to know about every ruling up front. */
export type RulingHead = Omit<RestrictedRuling, 'text' | 'parties'>;

const byArticle = (a: string, b: string) => {
  const na = parseFloat(a);
  const nb = parseFloat(b);
  return na !== nb && !Number.isNaN(na) && !Number.isNaN(nb) ? na - nb : a.localeCompare(b);
};

/**
 * Every current ruling with its metadata but without its text, by ECLI (small enough to hold for
 * any number of rulings); null when there is no restricted rulings table.
 */
export async function readRulingHeads(wh: Warehouse): Promise<RulingHead[] | null> {
  if (!(await wh.tableExists('restricted', 'tis2__rulings'))) return null;
  const has = async (t: string) => wh.tableExists('raw', t);
  const withDecisions = await has('tis2__decisions');
  const withCases = withDecisions && (await has('tis2__cases'));
  const rows = await wh.query(
    `SELECT r.ruling_id, r.decision_id, r.ecli, r.language,
        ${withDecisions ? 'CAST(d.decided_on AS VARCHAR) AS decided_on, d.decision_type, d.outcome' : 'NULL AS decided_on, NULL AS decision_type, NULL AS outcome'},
        ${withCases ? 'c.court_code, c.case_category, c.instance' : 'NULL AS court_code, NULL AS case_category, NULL AS instance'}
     FROM ${current('restricted.tis2__rulings', ['ruling_id'])} r
     ${withDecisions ? `LEFT JOIN ${current('raw.tis2__decisions', ['decision_id'])} d ON d.decision_id = r.decision_id` : ''}
     ${withCases ? `LEFT JOIN ${current('raw.tis2__cases', ['case_id'])} c ON c.case_id = d.case_id` : ''}
     ORDER BY r.ecli, r.ruling_id`,
  );
  const articles = new Map<string, Set<string>>();
  if (withDecisions && (await has('tis2__sentences')) && (await has('tis2__sentence_articles'))) {
    const as = await wh.query(
      `SELECT s.decision_id, a.article_code
       FROM ${current('raw.tis2__sentences', ['sentence_id'])} s
       JOIN ${current('raw.tis2__sentence_articles', ['sentence_id', 'article_code'])} a ON a.sentence_id = s.sentence_id`,
    );
    for (const a of as) {
      const set = articles.get(String(a.decision_id)) ?? new Set<string>();
      set.add(String(a.article_code));
      articles.set(String(a.decision_id), set);
    }
  }
  return rows.map((r) => ({
    rulingId: String(r.ruling_id),
    ecli: String(r.ecli),
    language: String(r.language),
    courtCode: str(r.court_code),
    decidedOn: str(r.decided_on),
    caseCategory: str(r.case_category),
    instance: str(r.instance),
    decisionType: str(r.decision_type),
    outcome: str(r.outcome),
    articles: [...(articles.get(String(r.decision_id)) ?? [])].sort(byArticle),
  }));
}

const LATEST_FIRST = '_loaded_at DESC, _batch_id DESC, _source_position DESC';

/**
 * The texts and parties of some rulings (one page). Reads the load tables filtered by ruling id,
 * without a window over the whole table, and keeps the latest load of each key in code; a key
 * whose latest load is a deletion is dropped.
 */
export async function readRulingPage(wh: Warehouse, heads: RulingHead[]): Promise<RestrictedRuling[]> {
  if (heads.length === 0) return [];
  const ids = heads.map((h) => h.rulingId);
  const inList = ids.map((_, i) => `$${i + 1}`).join(', ');
  const texts = new Map<string, string>();
  const seen = new Set<string>();
  for (const r of await wh.query(
    `SELECT ruling_id, text, _op FROM restricted.tis2__rulings WHERE ruling_id IN (${inList})
     ORDER BY ruling_id, ${LATEST_FIRST}`,
    ids,
  )) {
    const id = String(r.ruling_id);
    if (seen.has(id)) continue;
    seen.add(id);
    if (r._op !== 'delete') texts.set(id, String(r.text));
  }
  const parties = new Map<string, Party[]>();
  if (await wh.tableExists('restricted', 'tis2__ruling_parties')) {
    const seenParty = new Set<string>();
    for (const p of await wh.query(
      `SELECT ruling_id, party_key, role, personal_code, first_name, last_name, _op
       FROM restricted.tis2__ruling_parties WHERE ruling_id IN (${inList})
       ORDER BY ruling_id, party_key, ${LATEST_FIRST}`,
      ids,
    )) {
      const key = `${String(p.ruling_id)}\u0000${String(p.party_key)}`;
      if (seenParty.has(key)) continue;
      seenParty.add(key);
      if (p._op === 'delete') continue;
      const list = parties.get(String(p.ruling_id)) ?? [];
      list.push({
        name: str(p.first_name),
        surname: str(p.last_name),
        personal_code: str(p.personal_code),
        role: str(p.role),
      });
      parties.set(String(p.ruling_id), list);
    }
  }
  return heads
    .filter((h) => texts.has(h.rulingId))
    .map((h) => ({ ...h, text: texts.get(h.rulingId)!, parties: parties.get(h.rulingId) ?? [] }));
}

/** Pages of current rulings with their texts and parties, by ECLI. */
export async function* readRulingPages(
  wh: Warehouse,
  heads: RulingHead[],
  pageSize = 200,
): AsyncGenerator<RestrictedRuling[]> {
  for (let i = 0; i < heads.length; i += pageSize) yield readRulingPage(wh, heads.slice(i, i + pageSize));
}

/** Every current ruling with text and parties, by ECLI (all in memory: for tests and small sets); null without the table. */
export async function readRestrictedRulings(
  wh: Warehouse,
  opts: { pageSize?: number } = {},
): Promise<RestrictedRuling[] | null> {
  const heads = await readRulingHeads(wh);
  if (!heads) return null;
  const out: RestrictedRuling[] = [];
  for await (const page of readRulingPages(wh, heads, opts.pageSize)) out.push(...page);
  return out;
}

/**
 * A hash over the load hashes (`_record_hash`) of every current row the release reads: the ruling
 * texts and parties, and the decisions, cases, sentences and articles of those rulings. Equal
 * fingerprints mean equal input, so the step can skip anonymising everything again. Null when
 * there is no restricted rulings table.
 */
export async function readInputFingerprint(wh: Warehouse): Promise<string | null> {
  if (!(await wh.tableExists('restricted', 'tis2__rulings'))) return null;
  const h = createHash('sha256');
  const add = async (label: string, sql: string) => {
    h.update(`\n[${label}]\n`);
    for (const r of await wh.query(sql)) h.update(`${String(r.k)}\t${String(r.h)}\n`);
  };
  const rulings = current('restricted.tis2__rulings', ['ruling_id']);
  await add('rulings', `SELECT ruling_id AS k, _record_hash AS h FROM ${rulings} r ORDER BY 1`);
  if (await wh.tableExists('restricted', 'tis2__ruling_parties'))
    await add(
      'parties',
      `SELECT ruling_id || '|' || party_key AS k, _record_hash AS h
       FROM ${current('restricted.tis2__ruling_parties', ['ruling_id', 'party_key'])} p ORDER BY 1`,
    );
  const has = async (t: string) => wh.tableExists('raw', t);
  if (!(await has('tis2__decisions'))) return h.digest('hex');
  const decisions = current('raw.tis2__decisions', ['decision_id']);
  const ours = `(SELECT decision_id FROM ${rulings} r)`;
  await add(
    'decisions',
    `SELECT decision_id AS k, _record_hash AS h FROM ${decisions} d WHERE decision_id IN ${ours} ORDER BY 1`,
  );
  if (await has('tis2__cases'))
    await add(
      'cases',
      `SELECT case_id AS k, _record_hash AS h FROM ${current('raw.tis2__cases', ['case_id'])} c
       WHERE case_id IN (SELECT case_id FROM ${decisions} d WHERE decision_id IN ${ours}) ORDER BY 1`,
    );
  if ((await has('tis2__sentences')) && (await has('tis2__sentence_articles'))) {
    const sentences = current('raw.tis2__sentences', ['sentence_id']);
    await add(
      'sentences',
      `SELECT sentence_id AS k, _record_hash AS h FROM ${sentences} s WHERE decision_id IN ${ours} ORDER BY 1`,
    );
    await add(
      'articles',
      `SELECT sentence_id || '|' || article_code AS k, _record_hash AS h
       FROM ${current('raw.tis2__sentence_articles', ['sentence_id', 'article_code'])} a
       WHERE sentence_id IN (SELECT sentence_id FROM ${sentences} s WHERE decision_id IN ${ours}) ORDER BY 1`,
    );
  }
  return h.digest('hex');
}
