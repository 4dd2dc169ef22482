import { describe, expect, it } from 'vitest';
import { codePointBoundary, cutAt, kibibytes } from '../../../../functions/core/text/text-cut';

describe('text cuts', () => {
  it('never split a character made of two UTF-16 units', () => {
    const text = `ab😀cd`;
    expect(codePointBoundary(text, 3)).toBe(2);
    expect(codePointBoundary(text, 4)).toBe(4);
    expect(cutAt(text, 3)).toBe('ab');
  });

  it('move back to a line break when one is near, and only then', () => {
    const near = `${'a'.repeat(50)}\n${'b'.repeat(50)}`;
    expect(cutAt(near, 80)).toBe('a'.repeat(50));
    const far = `${'a'.repeat(10)}\n${'b'.repeat(5000)}`;
    expect(cutAt(far, 4000)).toBe(`${'a'.repeat(10)}\n${'b'.repeat(3989)}`);
  });

  it('count sizes in whole KiB, rounded up', () => {
    expect([kibibytes(1), kibibytes(1024), kibibytes(1025)]).toEqual(['1 KiB', '1 KiB', '2 KiB']);
  });
});
