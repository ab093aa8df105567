import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { log } from '../log.ts';
import { createProgress } from '../progress.ts';
import { UserError, type Values } from './command.ts';
import { commands } from './commands.ts';

const COMMON = {
  json: { type: 'boolean', default: false },
  home: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function usage(): string {
  return [
    'usage: elieta <verb> [options]   (--json for one JSON document on stdout; --home DIR for the data directory)',
    '',
    ...Object.keys(commands).map((v) => `  ${v}`),
    '',
    'elieta <verb> --help for the options of a verb.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h') {
    process.stdout.write(usage() + '\n');
    return verb ? 0 : 2;
  }
  const load = commands[verb];
  if (!load) {
    process.stderr.write(`elieta: unknown verb "${verb}"\n${usage()}\n`);
    return 2;
  }
  const command = await load();
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...COMMON, ...(command.options ?? {}) },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    process.stderr.write(`elieta ${verb}: ${(err as Error).message}\n`);
    return 2;
  }
  const values = parsed.values as Values;
  if (values.help) {
    const opts = Object.entries(command.options ?? {}).map(
      ([k, o]) => `  --${k}${o.type === 'string' ? ' VALUE' : ''}`,
    );
    process.stdout.write(
      `elieta ${verb}${command.usage ? ' ' + command.usage : ''}: ${command.summary}\n${opts.join('\n')}\n`,
    );
    return 0;
  }
  const json = values.json === true;
  const config = loadConfig(process.env, process.cwd(), {
    home: typeof values.home === 'string' ? values.home : undefined,
  });
  const result = await command.run({
    config,
    values,
    positionals: parsed.positionals,
    json,
    progress: createProgress(!json && process.stderr.isTTY === true),
  });
  if (json) process.stdout.write(JSON.stringify(result ?? null) + '\n');
  else if (command.describe) process.stdout.write(command.describe(result) + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const e = err as Error;
    const known = e instanceof UserError || e instanceof ConfigError || e?.name?.endsWith('Error');
    const reason = (e?.message ?? String(err)).split('\n')[0];
    process.stderr.write(`elieta: ${reason}\n`);
    // With --json the caller still gets its one JSON document: the reason, and what was done before it.
    if (process.argv.includes('--json')) {
      const partial = (e as { result?: unknown })?.result;
      process.stdout.write(JSON.stringify({ error: reason, ...(partial ? { result: partial } : {}) }) + '\n');
    }
    if (!(e instanceof UserError || e instanceof ConfigError))
      log.debug({ err: e }, known ? 'failed' : 'unexpected failure');
    process.exitCode = 1;
  },
);
