// The language corpus in tests/fixtures/langid has the shape its README and `npm run bench:lang`
// rely on; regenerate it with `npm run generate:corpus` rather than editing it by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface CorpusLine {
  id: string;
  corpus: string;
  bucket: string;
  group: string;
  lang: string;
  text: string;
  src: string;
  head?: string;
}

const SUPPORT_GROUPS =
  'en es fr de it pt nl sv pl cs sl ru uk tr ar he hi th vi id ms ja ko zh-Hans zh-Hant uz'.split(
    ' ',
  );

function load(name: string): CorpusLine[] {
  const file = new URL(`../../../fixtures/langid/${name}.jsonl`, import.meta.url);
  return readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as CorpusLine);
}

const codePoints = (text: string) => [...text].length;

describe.each([
  ['udhr', { S: [15, 25], M: [40, 60], L: [130, 170] }],
  ['ui', { S: [12, 30], M: [35, 70], L: [110, 200] }],
] as const)('the %s corpus', (name, buckets) => {
  const lines = load(name);

  it('labels every line and keeps each bucket within its length', () => {
    lines.forEach((line, i) => {
      expect(line).toMatchObject({ id: `${name}-${i}`, corpus: name });
      expect(line.lang).toBe(line.group.startsWith('zh') ? 'zh' : line.group.split('-')[0]);
      expect(line.src).toMatch(/^[\w@/-]+:[\w+-]*$/);
      const [min, max] = buckets[line.bucket as keyof typeof buckets];
      expect(codePoints(line.text), line.id).toBeGreaterThanOrEqual(min);
      expect(codePoints(line.text), line.id).toBeLessThanOrEqual(max);
    });
  });

  it('has texts of every support language in every bucket', () => {
    for (const group of SUPPORT_GROUPS)
      for (const bucket of ['S', 'M', 'L'])
        expect(
          lines.filter((line) => line.group === group && line.bucket === bucket).length,
          `${group} ${bucket}`,
        ).toBeGreaterThanOrEqual(4);
  });
});

describe('the mixed corpus', () => {
  const lines = load('mixed');

  it('puts an English tail under a message of each non-English support language', () => {
    for (const line of lines) {
      expect(line.text.startsWith(`${line.head}\n\n`), line.id).toBe(true);
      const tail = line.text.slice(line.head!.length + 2);
      if (line.bucket === 'A_sig') expect(tail).not.toContain('\n');
      else expect(tail).toMatch(/^On .* wrote:\n> /);
    }
    for (const group of SUPPORT_GROUPS.filter((g) => g !== 'en'))
      for (const bucket of ['A_sig', 'B_M+quote150', 'C_S+quote150', 'D_M+quote400'])
        expect(
          lines.filter((line) => line.group === group && line.bucket === bucket).length,
          `${group} ${bucket}`,
        ).toBe(20);
  });
});
