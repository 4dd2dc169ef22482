import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exceedsDocumentDepth } from '../../../../functions/core/config/document-depth';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';

const EXAMPLE = readFileSync(
  new URL('../../../../examples/sunroute.yaml', import.meta.url),
  'utf8',
);

describe('exceedsDocumentDepth', () => {
  it('passes the example configuration and its JSON form', () => {
    expect(exceedsDocumentDepth(EXAMPLE)).toBe(false);
    expect(exceedsDocumentDepth(JSON.stringify({ a: [[{ b: [1] }]] }, null, 2))).toBe(false);
  });

  it.each([
    ['flow sequences', '['.repeat(65)],
    ['flow maps', '{"a":'.repeat(65)],
    ['block sequences on one line', '- '.repeat(65)],
    ['indentation', `${'  '.repeat(65)}a: 1`],
  ])('refuses %s nested 65 deep', (_kind, text) => {
    expect(exceedsDocumentDepth(text)).toBe(true);
  });

  it('counts brackets that are open at once, not all brackets', () => {
    expect(exceedsDocumentDepth('[1], '.repeat(1000))).toBe(false);
  });

  // Two such documents in a row once aborted the process (V8 out of memory compiling a regular
  // expression after the parser's stack overflow); refused unread, they are plain errors.
  it('makes parseConfig refuse documents thousands of levels deep without parsing them', () => {
    for (const text of ['['.repeat(50_000), '{"a":'.repeat(50_000), '- '.repeat(50_000)]) {
      expect(parseConfig(text, { holidays: dateHolidaysCalendar })).toEqual({
        ok: false,
        errors: [{ path: '$', message: 'nests deeper than 64 levels' }],
      });
    }
  });
});
