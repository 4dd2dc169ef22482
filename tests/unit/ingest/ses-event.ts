import type { SESEvent } from 'aws-lambda';

/** The event SES receiving's Lambda action sends, for one mail it stored as `sesMessageId`. */
export function sesEvent(sesMessageId: string, virus: 'PASS' | 'FAIL' = 'PASS'): SESEvent {
  const pass = { status: 'PASS' as const };
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
            spamVerdict: pass,
            virusVerdict: { status: virus },
            spfVerdict: pass,
            dkimVerdict: pass,
            dmarcVerdict: pass,
            action: { type: 'Lambda', functionArn: 'arn:fn', invocationType: 'Event' },
          },
        },
      },
    ],
  };
}
