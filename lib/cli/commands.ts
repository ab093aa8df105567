/**
 * The verbs of `elieta`, one line each. Every verb lives in its own file under lib/cli/commands/.
 */
import type { Command } from './command.ts';

export const commands: Record<string, () => Promise<Command>> = {
  setup: async () => (await import('./commands/setup.ts')).default,
  generate: async () => (await import('./commands/generate.ts')).default,
  ingest: async () => (await import('./commands/ingest.ts')).default,
  build: async () => (await import('./commands/build.ts')).default,
  publish: async () => (await import('./commands/publish.ts')).default,
  run: async () => (await import('./commands/run.ts')).default,
  serve: async () => (await import('./commands/serve.ts')).default,
  schedule: async () => (await import('./commands/schedule.ts')).default,
  demo: async () => (await import('./commands/demo.ts')).default,
  'pdis-db': async () => (await import('./commands/pdis-db.ts')).default,
  'kkp-sim': async () => (await import('./commands/kkp-sim.ts')).default,
  classifiers: async () => (await import('./commands/classifiers.ts')).default,
  anonymise: async () => (await import('./commands/anonymise.ts')).default,
  rulings: async () => (await import('./commands/rulings.ts')).default,
};
