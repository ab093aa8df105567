import { describe, expect, it } from 'vitest';
import { feminineSurname, forms, paradigm, stemKey } from './declension.ts';
import { lexicon } from './index.ts';

describe('declension of names', () => {
  it('declines the seven cases of the main paradigms', () => {
    expect(paradigm('Jānis', 'm')).toEqual({
      nom: 'Jānis',
      gen: 'Jāņa',
      dat: 'Jānim',
      acc: 'Jāni',
      ins: 'Jāni',
      loc: 'Jānī',
      voc: 'Jāni',
    });
    expect(paradigm('Bērziņš', 'm')).toMatchObject({
      gen: 'Bērziņa',
      dat: 'Bērziņam',
      acc: 'Bērziņu',
      loc: 'Bērziņā',
    });
    expect(paradigm('Eglītis', 'm')).toMatchObject({ gen: 'Eglīša', dat: 'Eglītim' });
    expect(paradigm('Lācis', 'm').gen).toBe('Lāča');
    expect(paradigm('Mikus', 'm')).toMatchObject({ gen: 'Mikus', dat: 'Mikum', acc: 'Miku', loc: 'Mikū' });
    expect(paradigm('Anna', 'f')).toMatchObject({ gen: 'Annas', dat: 'Annai', acc: 'Annu', loc: 'Annā' });
    expect(paradigm('Liene', 'f')).toMatchObject({
      gen: 'Lienes',
      dat: 'Lienei',
      acc: 'Lieni',
      loc: 'Lienē',
    });
    expect(paradigm('Zīle', 'm').dat).toBe('Zīlem');
    expect(paradigm('Kovaļenko', 'm').dat).toBe('Kovaļenko');
    expect(paradigm('Kalniņa-Ozola', 'f').dat).toBe('Kalniņai-Ozolai');
    expect(paradigm('JĀNIS', 'm').gen).toBe('JĀŅA');
  });
  it('derives feminine surnames', () => {
    expect(['Bērziņš', 'Eglītis', 'Ozols', 'Zīle'].map(feminineSurname)).toEqual([
      'Bērziņa',
      'Eglīte',
      'Ozola',
      'Zīle',
    ]);
  });
  it('gives every form of a name, and of its feminine form, the same stem key', () => {
    for (const [m, g] of [
      ['Jānis', 'm'],
      ['Bērziņš', 'm'],
      ['Eglītis', 'm'],
      ['Dāvis', 'm'],
      ['Jurijs', 'm'],
      ['Anna', 'f'],
      ['Liene', 'f'],
      ['Kalniņa-Ozola', 'f'],
    ] as const) {
      const keys = new Set([...forms(m, g), ...forms(m.toUpperCase(), g)].map(stemKey));
      expect(keys.size, `${m}: ${[...keys].join(',')}`).toBe(1);
    }
    expect(stemKey('Eglīte')).toBe(stemKey('Eglīša'));
    expect(stemKey('Bērziņa')).toBe(stemKey('Bērziņš'));
    expect(stemKey('Ozoliņš')).not.toBe(stemKey('Ozols'));
  });
  it('builds a lexicon of hundreds of given names and thousands of surnames from rules', () => {
    const lex = lexicon();
    expect(lex.givenLemmas).toBeGreaterThan(400);
    expect(lex.surnameLemmas).toBeGreaterThan(2000);
    expect(lex.given.get('jāņa')).toEqual(new Set(['m']));
    expect(lex.surname.has('bērziņai')).toBe(true);
  });
});
