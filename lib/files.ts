/**
 * File helpers shared by the steps that write what others read: streaming content hashes, and a
 * lock per data directory that a dead process's leftover does not block.
 */
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { paths, type Config } from './config.ts';

/** SHA-256 and size of a file, read in chunks. */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const h = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    h.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: h.digest('hex'), bytes };
}

/**
 * Takes `$ELIETA_HOME/locks/<name>.lock` for this process and returns its release. A lock held by
 * a live process makes `busy(pid, file)` throw; one left by a dead process is taken over.
 */
export function acquireLock(
  config: Config,
  name: string,
  busy: (pid: number, file: string) => Error,
): () => void {
  const dir = paths(config).locks;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8'));
      let alive = false;
      try {
        if (pid > 0 && pid !== process.pid) {
          process.kill(pid, 0);
          alive = true;
        }
      } catch {
        alive = false;
      }
      if (alive) throw busy(pid, file);
      rmSync(file, { force: true });
    }
  }
  throw busy(0, file);
}
