import { existsSync, readFileSync } from 'node:fs';
import {
  AnonymiseInputError,
  anonymiseDirectory,
  type AnonymiseSummary,
} from '../../../publish/anonymiser/directory.ts';
import type { Party } from '../../../publish/anonymiser/types.ts';
import { UserError, type Command } from '../command.ts';

function readParties(file: string | undefined): Record<string, Party[]> {
  if (!file) return {};
  if (!existsSync(file)) throw new UserError(`--parties ${file}: no such file`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Party[]>;
  } catch (err) {
    throw new UserError(`--parties ${file}: not valid JSON (${(err as Error).message})`);
  }
}

const command: Command = {
  summary:
    'anonymise court rulings: UTF-8 .txt files in --in, the same names in --out, plus anonymise-summary.json; files the residual-PII gate holds back are not written',
  usage: '--in DIR --out DIR [--parties FILE.json]',
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    parties: { type: 'string' },
  },
  async run(ctx) {
    const inDir = ctx.values.in;
    const outDir = ctx.values.out;
    if (typeof inDir !== 'string' || typeof outDir !== 'string')
      throw new UserError('anonymise needs --in DIR and --out DIR');
    const parties = readParties(typeof ctx.values.parties === 'string' ? ctx.values.parties : undefined);
    try {
      return anonymiseDirectory(inDir, outDir, parties);
    } catch (err) {
      if (err instanceof AnonymiseInputError) throw new UserError(err.message);
      throw err;
    }
  },
  describe(result) {
    const s = result as AnonymiseSummary;
    const cats = Object.entries(s.replacements)
      .filter(([, n]) => n > 0)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    const lines = [
      `anonymised ${s.written} of ${s.files} files into ${s.out} (${cats || 'nothing replaced'}); summary: ${s.summary_file}`,
    ];
    for (const h of s.held_back)
      lines.push(`held back ${h.file}: ${[...new Set(h.reasons.map((r) => r.detail))].join('; ')}`);
    return lines.join('\n');
  },
};

export default command;
