import { describe, expect, it } from 'vitest';
import {
  buildWordTable,
  RANKS_PER_LANGUAGE,
  WORD_SLOT_BITS,
} from '../../../../functions/core/language/frequent-word-encoding';
import { addFrequentWordEvidence } from '../../../../functions/core/language/frequent-words';
import {
  FREQUENT_WORD_LANGUAGES,
  FREQUENT_WORD_LISTS,
} from '../../../../functions/core/language/generated/frequent-word-lists';

const lists = FREQUENT_WORD_LISTS.split('\n').map((line) => line.split(' '));

function score(language: string, word: string): number {
  const scores = new Map([[language, 0]]);
  addFrequentWordEvidence([word], 1, scores);
  return scores.get(language)!;
}

describe('frequent-word table', () => {
  it('counts each line as one language and its words', () => {
    const table = buildWordTable('eins zwei drei\nzwei vier');
    expect(table.counts).toEqual([3, 2]);
    expect(table.slots.length).toBe((1 << WORD_SLOT_BITS) * 4);
    // One slot per (word, language): "zwei" takes two.
    let used = 0;
    for (let at = 0; at < table.slots.length; at += 4)
      if (table.slots[at] !== 0 || table.slots[at + 1] !== 0) used += 1;
    expect(used).toBe(5);
  });

  it('ships one list of 3,000 words per listed language', () => {
    expect(lists.map((words) => words.length)).toEqual(FREQUENT_WORD_LANGUAGES.map(() => 3000));
    for (const words of lists) expect(words.every((word) => /^\S+$/u.test(word))).toBe(true);
  });

  it.each(FREQUENT_WORD_LANGUAGES.map((language, index) => [language, index] as const))(
    'finds the words of the %s list at their ranks (every 61st word)',
    (language, index) => {
      const words = lists[index]!;
      const top = score(language, words[0]!);
      for (let rank = 61; rank < words.length; rank += 61) {
        expect(top - score(language, words[rank]!), `${language} "${words[rank]}"`).toBeCloseTo(
          Math.log(rank + 1),
          9,
        );
      }
    },
  );

  it('refuses a list longer than an entry can rank, and more words than the slots hold', () => {
    const long = Array.from({ length: RANKS_PER_LANGUAGE + 1 }, (_, i) => `w${i}`).join(' ');
    expect(() => buildWordTable(long)).toThrow(/language 0 lists over 4096 words/);
    const many = Array.from({ length: 14 }, (_, line) =>
      Array.from({ length: 4000 }, (_, i) => `w${line}x${i}`).join(' '),
    ).join('\n');
    expect(() => buildWordTable(many)).toThrow(/language 13 takes the table over 55705 words/);
  });
});
