import { describe, expect, it } from 'vitest';
import {
  formatMailVerdicts,
  parseMailVerdicts,
} from '../../../functions/core/ingest/mail-verdicts';

describe('Sunroute-Mail-Verdicts', () => {
  it('reads checks in any case and order, with ; or , between them', () => {
    expect(parseMailVerdicts('DMARC=Fail, spf=pass;dkim = gray ; spam=PROCESSING_FAILED')).toEqual({
      ok: true,
      verdicts: { dmarc: 'fail', spf: 'pass', dkim: 'gray', spam: 'processing-failed' },
    });
    expect(parseMailVerdicts('')).toEqual({ ok: true, verdicts: {} });
  });

  it.each([
    ['dmark=fail', '"dmark" is not one of spf, dkim, dmarc, spam'],
    ['dmarc=softfail', 'dmarc: "softfail" is not one of pass, fail, gray, processing-failed'],
    ['dmarc', '"dmarc" is not <check>=<verdict>'],
    ['dmarc=fail=pass', '"dmarc=fail=pass" is not <check>=<verdict>'],
    ['spf=pass; spf=fail', 'spf is given twice'],
  ])('refuses %j: %s', (value, message) => {
    expect(parseMailVerdicts(value)).toEqual({ ok: false, message });
  });

  it('writes what it reads', () => {
    const verdicts = { dmarc: 'fail', spf: 'fail' } as const;
    expect(formatMailVerdicts(verdicts)).toBe('spf=fail; dmarc=fail');
    expect(parseMailVerdicts(formatMailVerdicts(verdicts))).toEqual({ ok: true, verdicts });
  });
});
