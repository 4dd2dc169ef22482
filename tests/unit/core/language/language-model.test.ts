import { describe, expect, it } from 'vitest';
import { loadLanguageModel, ngramScores } from '../../../../functions/core/language/language-model';

function ranked(text: string): string[] {
  const { languages, scores } = ngramScores(text);
  return languages
    .map((language, index) => ({ language, score: scores[index]! }))
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.language);
}

describe('ngramScores', () => {
  it('loads synchronously behind a promise, so existing callers can still await it', async () => {
    await expect(loadLanguageModel()).resolves.toBeUndefined();
  });

  it.each([
    ['de', 'Guten Tag, wie geht es Ihnen heute? Meine Bestellung ist noch nicht da.'],
    ['nl', 'Goedemiddag, mijn bestelling is nog steeds niet aangekomen.'],
    ['pt', 'Bom dia, a minha encomenda ainda não chegou.'],
    ['ru', 'Здравствуйте, мой заказ до сих пор не пришёл.'],
  ])('ranks %s first on its own text', (code, text) => {
    expect(ranked(text)[0]).toBe(code);
  });

  it('reads case-insensitively', () => {
    expect(ngramScores('BESTELLUNG NICHT ANGEKOMMEN').scores).toEqual(
      ngramScores('bestellung nicht angekommen').scores,
    );
  });

  it('matches nothing in text without profile letters', () => {
    expect(ngramScores('12345 !!! 注文').matched).toBe(0);
  });
});
