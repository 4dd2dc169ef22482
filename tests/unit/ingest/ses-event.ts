import type { SESEvent, SESReceiptStatus } from 'aws-lambda';

/** The event SES receiving's Lambda action sends, for one mail it stored as `sesMessageId`. */
export function sesEvent(
  sesMessageId: string,
  virus: 'PASS' | 'FAIL' = 'PASS',
  verdicts: Partial<Record<'spf' | 'dkim' | 'dmarc' | 'spam', SESReceiptStatus['status']>> = {},
): SESEvent {
  const status = (check: keyof typeof verdicts) => ({ status: verdicts[check] ?? 'PASS' });
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp: '2026-12-22T09:14:58.120Z',
            source: 'customer@example.com',
            messageId: sesMessageId,
            destination: ['support@sunroute.example'],
            headersTruncated: false,
            headers: [],
            commonHeaders: { returnPath: '', date: '', messageId: '' },
          },
          receipt: {
            timestamp: '2026-12-22T09:14:58.120Z',
            processingTimeMillis: 300,
            recipients: ['support@sunroute.example'],
            spamVerdict: status('spam'),
            virusVerdict: { status: virus },
            spfVerdict: status('spf'),
            dkimVerdict: status('dkim'),
            dmarcVerdict: status('dmarc'),
            action: { type: 'Lambda', functionArn: 'arn:fn', invocationType: 'Event' },
          },
        },
      },
    ],
  };
}
