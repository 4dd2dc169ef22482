import { describe, expect, it } from 'vitest';
import { parseTicketJson } from '../../../functions/core/ticket/ticket-schema';
import { deadLetterFor } from '../../../functions/router/dead-letter-reason';
import {
  attributeText,
  MAX_ATTRIBUTE_CHARS,
} from '../../../functions/adapters/sqs/sqs-dead-letter-queue';

describe('deadLetterFor', () => {
  it('keeps the body and names every problem, the first one by field and rule', () => {
    const body = JSON.stringify({ id: '', body: 'x', receivedAt: 'yesterday' });
    const parsed = parseTicketJson(body);
    if (parsed.ok) throw new Error('expected errors');
    const letter = deadLetterFor(body, parsed.errors, 'm-1');
    expect(letter).toEqual({
      body,
      field: 'id',
      rule: 'must not be empty',
      reason: expect.stringMatching(/^id: must not be empty; receivedAt: .+/),
      sourceMessageId: 'm-1',
    });
  });

  it('points at `$` for a body that is not JSON', () => {
    const parsed = parseTicketJson('{oops');
    if (parsed.ok) throw new Error('expected errors');
    expect(deadLetterFor('{oops', parsed.errors, 'm-2')).toMatchObject({
      field: '$',
      rule: expect.stringMatching(/^is not valid JSON/),
    });
  });
});

describe('attributeText', () => {
  it('replaces characters SQS refuses in attributes and keeps the rest', () => {
    expect(attributeText('a\u0000b\u0007c\td\ne ü 日本 😀')).toBe(
      'a\uFFFDb\uFFFDc\td\ne ü 日本 😀',
    );
  });

  it('cuts long reasons, by characters, with an ellipsis', () => {
    const cut = attributeText('😀'.repeat(2 * MAX_ATTRIBUTE_CHARS));
    expect([...cut]).toHaveLength(MAX_ATTRIBUTE_CHARS);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never sends an empty value, which SQS refuses', () => {
    expect(attributeText('')).toBe('(empty)');
  });
});
