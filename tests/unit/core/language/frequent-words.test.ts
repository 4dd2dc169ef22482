import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../functions/core/language/detect-language';
import {
  addFrequentWordEvidence,
  evidenceWords,
} from '../../../../functions/core/language/frequent-words';

describe('frequent-word evidence', () => {
  it.each([
    ['pt', 'Preciso de ajuda'],
    ['de', 'Passwort vergessen'],
  ])('names %s in two- and three-word text its letters share with a neighbour', (code, body) => {
    expect(detectLanguage({ body }, 'en')).toMatchObject({ code, source: 'text' });
  });

  it('scores a listed word by its rank: common words more than rare ones, unlisted ones not', () => {
    const scores = new Map([
      ['pt', 0],
      ['es', 0],
    ]);
    addFrequentWordEvidence(['arquivos'], 1, scores);
    expect(scores.get('pt')).toBeGreaterThan(0);
    expect(scores.get('es')).toBe(0);
    const common = new Map([['pt', 0]]);
    addFrequentWordEvidence(['não'], 1, common);
    expect(common.get('pt')).toBeGreaterThan(scores.get('pt')!);
  });

  it('scores a language without a list a little under the best listed one, never above', () => {
    const scores = new Map([
      ['tr', 0],
      ['uz', 0],
    ]);
    addFrequentWordEvidence(['bir'], 1, scores);
    expect(scores.get('uz')).toBeLessThan(scores.get('tr')!);
    expect(scores.get('tr')! - scores.get('uz')!).toBeCloseTo(4, 5);
  });

  it('lets Malay read the Indonesian list', () => {
    const scores = new Map([
      ['id', 0],
      ['ms', 0],
    ]);
    addFrequentWordEvidence(['terima'], 1, scores);
    expect(scores.get('ms')).toBeGreaterThan(0);
    expect(scores.get('ms')).toBe(scores.get('id'));
  });

  it('counts a repeated word once', () => {
    expect(evidenceWords('Proxy Fehler, proxy Fehler, Proxy')).toEqual(['proxy', 'fehler']);
  });

  it('drops acronyms and words with an inner capital, which every language writes alike', () => {
    expect(evidenceWords('Der HTTP Fehler im ImageProxy auf dem iPhone')).toEqual([
      'der',
      'fehler',
      'im',
      'auf',
      'dem',
    ]);
  });

  it('keeps every word of a text written all in capitals', () => {
    expect(evidenceWords('MEIN PASSWORT GEHT NICHT')).toEqual([
      'mein',
      'passwort',
      'geht',
      'nicht',
    ]);
  });
});

describe('evidenceWords on long text', () => {
  it('reads the first 40 distinct words only', () => {
    const words = Array.from(
      { length: 60 },
      (_, i) => `wort${String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26))}`,
    );
    expect(evidenceWords(words.join(' '))).toEqual(words.slice(0, 40));
  });
});
