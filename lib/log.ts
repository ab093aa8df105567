/**
 * The one logger. Logs always go to stderr, so that stdout stays free for `--json` results:
 * JSON lines when stderr is not a terminal (or ELIETA_LOG_FORMAT=json), a human format on a TTY.
 * The fastify server uses this same instance.
 */
import { pino, destination, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

function build(): Logger {
  const level = process.env.ELIETA_LOG_LEVEL ?? (process.env.VITEST ? 'warn' : 'info');
  const human = process.env.ELIETA_LOG_FORMAT !== 'json' && process.stderr.isTTY;
  if (human) {
    return pino(
      { level },
      pretty({ destination: 2, colorize: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' }),
    );
  }
  return pino({ level, base: undefined }, destination(2));
}

export const log: Logger = build();
