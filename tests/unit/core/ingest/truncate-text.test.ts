import { describe, expect, it } from 'vitest';
import {
  jsonStringBytes,
  truncateBody,
  truncateText,
  truncationMarker,
} from '../../../../functions/core/ingest/truncate-text';

describe('truncateBody', () => {
  it('leaves a body within the limit alone', () => {
    expect(truncateBody('kurz', 100)).toEqual({ body: 'kurz', originalBytes: 4, truncated: false });
  });

  it('measures as JSON: line breaks and quotes count twice, CJK three times', () => {
    expect(jsonStringBytes('a\n"b"')).toBe(8);
    expect(jsonStringBytes('日本')).toBe(6);
  });

  it('cuts at the last line break that fits, then adds the marker', () => {
    const limit = 400;
    const body = Array.from({ length: 40 }, (_, i) => `line ${i} of the customer's text`).join(
      '\n',
    );
    const result = truncateBody(body, limit);
    expect(result.truncated).toBe(true);
    expect(jsonStringBytes(result.body)).toBeLessThanOrEqual(limit);
    const marker = truncationMarker(jsonStringBytes(body), limit);
    expect(result.body.endsWith(marker)).toBe(true);
    const kept = result.body.slice(0, -marker.length);
    expect(body.startsWith(kept)).toBe(true);
    expect(body[kept.length]).toBe('\n');
  });

  it('never splits a character made of two UTF-16 units', () => {
    const body = '😀'.repeat(10_000);
    const result = truncateBody(body, 2_000);
    const kept = result.body.slice(0, result.body.indexOf('\n\n[sunroute'));
    expect(kept).toBe('😀'.repeat(kept.length / 2));
    expect(jsonStringBytes(result.body)).toBeLessThanOrEqual(2_000);
    expect(jsonStringBytes(result.body)).toBeGreaterThan(2_000 - 8);
  });
});

describe('truncateText', () => {
  it('cuts to the length with an ellipsis, never inside a character', () => {
    expect(truncateText('abcdef', 6)).toBe('abcdef');
    expect(truncateText('abcdefg', 6)).toBe('abcde…');
    expect(truncateText('abcd😀xyz', 6)).toBe('abcd…');
  });
});
