import { describe, expect, it } from 'vitest';
import { parseInboundEmail } from '../../../../functions/core/ingest/parse-inbound-email';
import { detectLanguage } from '../../../../functions/core/language/detect-language';
import { emlFixture } from './email-fixtures';

// The point of decoding every charset right: routing reads the language from the customer's
// words (docs/routing.md), and mojibake would read as no language at all.
describe('an ingested mail is detected in its language', () => {
  it('detects the ISO-2022-JP mail as Japanese from its text', async () => {
    const email = await parseInboundEmail(emlFixture('ja-iso-2022-jp.eml'));
    const language = detectLanguage({ subject: email.subject, body: email.body }, 'en');
    expect(language.code).toBe('ja');
    expect(language.source).toBe('text');
  });

  it('detects the Shift_JIS mail as Japanese from its text', async () => {
    const email = await parseInboundEmail(emlFixture('ja-shift-jis.eml'));
    expect(detectLanguage({ subject: email.subject, body: email.body }, 'en')).toMatchObject({
      code: 'ja',
      source: 'text',
    });
  });
});
