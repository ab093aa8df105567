/**
 * Anonymises a folder of rulings: UTF-8 .txt files in, the same file names out, plus
 * `anonymise-summary.json`. Every input is decoded (strictly) before anything is written, so a
 * bad file stops the run naming the file, with nothing half-written. A file the residual-PII gate
 * holds back is not written (and a stale copy from an earlier run is removed).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../lib/snapshot.ts';
import { anonymise } from './anonymise.ts';
import { residualPiiGate, type GateReason } from './gate.ts';
import { CATEGORIES, type Category, type Party } from './types.ts';

export const SUMMARY_FILE = 'anonymise-summary.json';

export class AnonymiseInputError extends Error {
  override name = 'AnonymiseInputError';
}

export interface AnonymiseSummary {
  in: string;
  out: string;
  files: number;
  written: number;
  replacements: Record<Category, number>;
  persons: number;
  held_back: Array<{ file: string; reasons: GateReason[] }>;
  summary_file: string;
}

/** `parties`: optional structured data, file name → the ruling's parties. */
export function anonymiseDirectory(
  inDir: string,
  outDir: string,
  parties: Record<string, Party[]> = {},
): AnonymiseSummary {
  const src = path.resolve(inDir);
  const dst = path.resolve(outDir);
  if (!existsSync(src) || !statSync(src).isDirectory())
    throw new AnonymiseInputError(`--in ${inDir}: no such directory`);
  if (src === dst)
    throw new AnonymiseInputError(
      `--out ${outDir}: must differ from --in (the originals would be overwritten)`,
    );
  const names = readdirSync(src)
    .filter((f) => f.toLowerCase().endsWith('.txt') && statSync(path.join(src, f)).isFile())
    .sort();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const texts = new Map<string, string>();
  for (const name of names) {
    const bytes = readFileSync(path.join(src, name));
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new AnonymiseInputError(
        `${path.join(inDir, name)}: not valid UTF-8 (convert it, e.g. iconv -f WINDOWS-1257 -t UTF-8)`,
      );
    }
    texts.set(name, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  }
  const replacements = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const heldBack: AnonymiseSummary['held_back'] = [];
  let written = 0;
  let persons = 0;
  for (const [name, text] of texts) {
    const known = parties[name];
    const result = anonymise(text, { parties: known });
    const gate = residualPiiGate(result.text, { parties: known });
    const target = path.join(dst, name);
    if (!gate.pass) {
      heldBack.push({ file: name, reasons: gate.reasons });
      if (existsSync(target)) rmSync(target);
      continue;
    }
    for (const r of result.replacements) replacements[r.category]++;
    persons += Object.keys(result.persons).length;
    writeFileAtomic(target, result.text);
    written++;
  }
  const summary: AnonymiseSummary = {
    in: src,
    out: dst,
    files: names.length,
    written,
    replacements,
    persons,
    held_back: heldBack,
    summary_file: path.join(dst, SUMMARY_FILE),
  };
  writeFileAtomic(
    summary.summary_file,
    JSON.stringify({ generated_at: new Date().toISOString(), ...summary }, null, 2) + '\n',
  );
  return summary;
}
