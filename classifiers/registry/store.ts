/**
 * The live registry a running server holds. It reloads when a file under the classifier folder
 * changes (and on an explicit `reload()`); a reload that fails validation is logged and kept as
 * `lastError`, and the server keeps serving the last good version. Every successful reload that
 * changes a list is recorded as a revision and announced to listeners (the change feed).
 */
import { EventEmitter } from 'node:events';
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { log } from '../../lib/log.ts';
import { CLASSIFIER_DIR } from './load.ts';
import { Registry } from './registry.ts';
import { ClassifierError } from './types.ts';

export interface Revision {
  /** Sequence number within this server's life, for Last-Event-ID. */
  seq: number;
  at: string;
  registry: string;
  /** Lists whose content changed (added, changed or removed), with their new revision or null. */
  changed: { id: string; revision: string | null }[];
  mappingsChanged: boolean;
}

export interface ReloadResult {
  ok: boolean;
  revision?: Revision;
  error?: string;
}

export class ClassifierStore extends EventEmitter {
  private current: Registry;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  lastError: { at: string; message: string; file?: string; item?: string } | null = null;
  readonly revisions: Revision[] = [];
  private seq = 0;

  /** true until a good version has been read: the API answers 503 with `lastError` meanwhile. */
  unavailable = false;

  /**
   * Reads the folder. A bad registry at start does not stop the server (the rest of the app
   * keeps working): the store starts empty and unavailable until a reload succeeds.
   */
  constructor(private dir: string = CLASSIFIER_DIR) {
    super();
    try {
      this.current = Registry.load(dir);
    } catch (err) {
      const e = err as ClassifierError;
      this.current = new Registry({ dir, classifiers: new Map(), mappings: [] });
      this.unavailable = true;
      this.lastError = { at: new Date().toISOString(), message: e.message, file: e.file, item: e.item };
      log.error(
        { err: e.message, file: e.file, item: e.item },
        'classifiers: the registry does not load; the API answers 503 until it is fixed',
      );
    }
  }

  get registry(): Registry {
    return this.current;
  }

  get directory(): string {
    return this.dir;
  }

  /**
   * Reads the folder again (or another folder, when given). On a validation error the current
   * registry stays in place and the error is returned and kept in `lastError`.
   */
  reload(dir?: string): ReloadResult {
    const from = dir ?? this.dir;
    let next: Registry;
    try {
      next = Registry.load(from, this.current);
    } catch (err) {
      const e = err as ClassifierError;
      this.lastError = { at: new Date().toISOString(), message: e.message, file: e.file, item: e.item };
      log.error(
        { err: e.message, file: e.file, item: e.item },
        'classifiers: reload failed; still serving the last good version',
      );
      this.emit('error-kept', this.lastError);
      return { ok: false, error: e.message };
    }
    if (dir && dir !== this.dir) {
      this.dir = dir;
      if (this.watcher) this.watch();
    }
    this.lastError = null;
    this.unavailable = false;
    const prev = this.current;
    this.current = next;
    if (next.revision === prev.revision) return { ok: true };
    const ids = new Set([...prev.entries.keys(), ...next.entries.keys()]);
    const changed = [...ids]
      .filter((id) => prev.get(id)?.revision !== next.get(id)?.revision)
      .sort()
      .map((id) => ({ id, revision: next.get(id)?.revision ?? null }));
    const revision: Revision = {
      seq: ++this.seq,
      at: next.loadedAt.toISOString(),
      registry: next.revision,
      changed,
      mappingsChanged: JSON.stringify(prev.mappings) !== JSON.stringify(next.mappings),
    };
    this.revisions.push(revision);
    if (this.revisions.length > 200) this.revisions.shift();
    log.info({ changed: changed.map((c) => c.id), registry: next.revision }, 'classifiers: reloaded');
    this.emit('revision', revision);
    return { ok: true, revision };
  }

  /** Reloads shortly after any file in the folder (or its mappings/ folder) changes. */
  watch(debounceMs = 150): void {
    this.unwatch();
    const onChange = () => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = null;
        this.reload();
      }, debounceMs);
      this.timer.unref();
    };
    try {
      this.watcher = watch(this.dir, { recursive: true, persistent: false }, onChange);
    } catch {
      // Node 20 on some platforms has no recursive watch: watch the two folders separately.
      this.watcher = watch(this.dir, { persistent: false }, onChange);
      try {
        const sub = watch(path.join(this.dir, 'mappings'), { persistent: false }, onChange);
        this.watcher.on('close', () => sub.close());
      } catch {
        /* no mappings folder: nothing more to watch */
      }
    }
    this.watcher.on('error', (err) =>
      log.warn({ err }, 'classifiers: file watch failed; use an explicit reload'),
    );
  }

  unwatch(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
