import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { packTexts, unpackTexts } from '../../../../functions/adapters/dynamodb/packed-text';
import { readableItem } from '../../../../functions/adapters/dynamodb/readable-item';
import { TEXT_DICTIONARY_V1 } from '../../../../functions/adapters/dynamodb/text-dictionary';

describe('packed texts', () => {
  it('give back the texts in order, empty and multi-byte ones included', () => {
    const texts = ['', 'Grüße 👋 日本語', '<p style="font-family:Arial">x</p>', ''];
    expect(unpackTexts(packTexts(texts))).toEqual(texts);
    expect(unpackTexts(packTexts([]))).toEqual([]);
  });

  it('spend few bytes on what the dictionary holds', () => {
    const html =
      '<p style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;margin:0 0 12px;">Hello Ann,</p>';
    expect(packTexts([html]).byteLength).toBeLessThan(30);
  });

  it('refuse a format or bytes they do not know', () => {
    const packed = packTexts(['hello']);
    expect(unpackTexts(new Uint8Array([2, ...packed.subarray(1)]))).toBeUndefined();
    expect(unpackTexts(new Uint8Array([1, 0xff, 0xff, 0xff]))).toBeUndefined();
    expect(unpackTexts(new Uint8Array([]))).toBeUndefined();
  });

  it('keep the dictionary of format 1 byte for byte: stored items are read with it', () => {
    // A different dictionary is a new format; this one stays to read what was written with it.
    expect(createHash('sha256').update(TEXT_DICTIONARY_V1).digest('hex')).toBe(
      '2c18d3dea9113db88474787970c6fe31c5191387e477dbdc6754f792ce707d58',
    );
  });

  it('are written out whole in an item people read', () => {
    const item = { pk: 'TICKET#T-1', sk: 'OUTBOX#001', body: packTexts(['text', '<p>html</p>']) };
    expect(readableItem(item)).toEqual({
      pk: 'TICKET#T-1',
      sk: 'OUTBOX#001',
      text: 'text',
      html: '<p>html</p>',
    });
    const other = { pk: 'TICKET#T-1', sk: 'X', body: new Uint8Array([7]) };
    expect(readableItem(other)).toBe(other);
  });
});
