import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerWords } from '../../../../functions/core/language/customer-words';

// The development set: the test suites of four public reply parsers, their expected visible text
// as the label (tests/fixtures/reply-devset/README.md says where each case comes from).
const DIR = join(import.meta.dirname, '../../../fixtures/reply-devset');

interface Case {
  readonly id: string;
  readonly source: string;
  readonly text: string;
  readonly expected: string;
}

const CASES: readonly Case[] = readdirSync(DIR)
  .filter((file) => file.endsWith('.jsonl'))
  .flatMap((file) =>
    readFileSync(join(DIR, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Case),
  );

/** Exact match up to line endings, trailing spaces and the blank lines around the text. */
function normalized(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/**
 * Cases whose label routing disagrees with on purpose: the suite keeps text that is not the
 * customer's own words for language detection.
 */
const DISAGREEMENTS: Readonly<Record<string, string>> = {
  'github-007':
    'the suite shows the quoted lines between inline answers; routing reads the answers',
  'talon-059': 'a ">>> … <<<" line is read as quoted',
  'talon-066': 'a forwarded message is not the customer’s words; the suite keeps it whole',
  'talon-076': 'the suite keeps "Sent from my iPhone"',
  'talon-078': 'the suite keeps the "-- " signature and the Sparrow footer',
};

/** The exact-match count reached on this set; a change that lowers it is a regression. */
const FLOOR = 146;

describe('the reply-parser development set', () => {
  const missed = CASES.filter((c) => normalized(customerWords(c.text)) !== normalized(c.expected));

  it('has all of its cases', () => {
    expect(CASES).toHaveLength(151);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  it(`matches the expected visible text exactly in at least ${FLOOR} of the cases`, () => {
    expect(CASES.length - missed.length).toBeGreaterThanOrEqual(FLOOR);
  });

  it('misses no case but those it disagrees with on purpose', () => {
    expect(missed.map((c) => c.id).filter((id) => !(id in DISAGREEMENTS))).toEqual([]);
  });
});
