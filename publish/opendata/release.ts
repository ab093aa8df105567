/**
 * Where open-data releases live and how readers find the current one:
 * `$ELIETA_HOME/opendata/releases/<id>/` holds release.json, catalog.jsonld, catalog.ttl and
 * datasets/<dataset>/<file>; `$ELIETA_HOME/opendata/current.json` names the current release and
 * is switched by an atomic rename, so a reader sees the old release or the new one, never a mix.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { paths, type Config } from '../../lib/config.ts';
import type { ReleaseManifest } from './types.ts';

export function openDataPaths(config: Config) {
  const root = paths(config).opendata;
  return { root, releases: path.join(root, 'releases'), current: path.join(root, 'current.json') };
}

export interface CurrentRelease {
  id: string;
  dir: string;
  manifest: ReleaseManifest;
}

/** The current release, or null when nothing has been published. */
export function currentRelease(config: Config): CurrentRelease | null {
  const p = openDataPaths(config);
  if (!existsSync(p.current)) return null;
  const { id } = JSON.parse(readFileSync(p.current, 'utf8')) as { id: string };
  const dir = path.join(p.releases, id);
  const file = path.join(dir, 'release.json');
  if (!existsSync(file)) return null;
  return { id, dir, manifest: JSON.parse(readFileSync(file, 'utf8')) as ReleaseManifest };
}

/** For long-lived readers (the portal): re-reads current.json at most once a second. */
export class ReleaseReader {
  private cached: CurrentRelease | null = null;
  private checkedAt = 0;

  constructor(private readonly config: Config) {}

  current(): CurrentRelease | null {
    const now = Date.now();
    if (this.cached && now - this.checkedAt < 1000) return this.cached;
    this.checkedAt = now;
    const p = openDataPaths(this.config);
    if (!existsSync(p.current)) return (this.cached = null);
    const { id } = JSON.parse(readFileSync(p.current, 'utf8')) as { id: string };
    if (this.cached?.id === id) return this.cached;
    this.cached = currentRelease(this.config);
    return this.cached;
  }
}
