/** Which connector reads which source: `sources` in the config file and ELIETA_SOURCE_<NAME>. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../lib/config.ts';

const cwd = mkdtempSync(path.join(tmpdir(), 'elieta-sources-'));

describe('source configuration', () => {
  it('reads every source from the file drop by default', () => {
    expect(loadConfig({}, cwd).sources).toEqual({});
  });

  it('takes the connector kind from the URL of ELIETA_SOURCE_<NAME>', () => {
    const c = loadConfig(
      { ELIETA_SOURCE_TIS2: 'postgres://u:p@db:5432/tis2', ELIETA_SOURCE_KKP: 'http://127.0.0.1:8090/api/' },
      cwd,
    );
    expect(c.sources).toEqual({
      tis2: { kind: 'postgres', url: 'postgres://u:p@db:5432/tis2' },
      kkp: { kind: 'rest', url: 'http://127.0.0.1:8090/api' },
    });
  });

  it('refuses a value that is neither a postgres nor an http URL, naming the variable', () => {
    expect(() => loadConfig({ ELIETA_SOURCE_PROIS: 'mysql://x/y' }, cwd)).toThrow(
      /ELIETA_SOURCE_PROIS=mysql:\/\/x\/y/,
    );
  });

  it('reads `sources` from the config file; the environment wins, and `drop` restores the file drop', () => {
    const file = path.join(cwd, 'with-sources.json');
    writeFileSync(
      file,
      JSON.stringify({
        sources: {
          prois: { kind: 'postgres', url: 'postgres://db/prois' },
          kkp: { kind: 'rest', url: 'https://kkp.example/api' },
        },
      }),
    );
    const c = loadConfig({ ELIETA_CONFIG: file, ELIETA_SOURCE_KKP: 'drop' }, cwd);
    expect(c.sources).toEqual({ prois: { kind: 'postgres', url: 'postgres://db/prois' } });
  });

  it('validates file entries with the config schema', () => {
    const file = path.join(cwd, 'bad-sources.json');
    writeFileSync(file, JSON.stringify({ sources: { kkp: { kind: 'rest', url: 'ftp://kkp' } } }));
    expect(() => loadConfig({ ELIETA_CONFIG: file }, cwd)).toThrow(ConfigError);
    expect(() => loadConfig({ ELIETA_CONFIG: file }, cwd)).toThrow(/sources/);
  });
});
