import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../config.ts';
import type { Progress } from '../progress.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

export interface CommandContext {
  config: Config;
  values: Values;
  positionals: string[];
  json: boolean;
  progress: Progress;
}

export interface Command {
  summary: string;
  usage?: string;
  options?: Options;
  /** Returns the command's result: printed as the one JSON document with --json, else summarised. */
  run(ctx: CommandContext): Promise<unknown>;
  /** A human summary of the result, printed to stdout when not --json. */
  describe?(result: unknown): string;
}

/** A failure the user can fix: printed as one line, exit code 1. */
export class UserError extends Error {
  override name = 'UserError';
}
