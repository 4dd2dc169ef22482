import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { SESEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createMailReceiverHandler } from '../../../functions/ingest/mail-receiver-handler';
import type { DeadLetter } from '../../../functions/adapters/dead-letter-queue';
import type { RawMailStore } from '../../../functions/adapters/raw-mail-store';
import { INGEST } from '../../../functions/definitions/ingest';
import { createLambdaContext } from '../../../functions/local-stack/lambda-context';
import { fixtureEmail, MemoryTicketQueue } from './ingest-handler-fixtures';
import { sesEvent } from './ses-event';

const BUCKET = 'sunroute-inbound-mail';

function receiver(objects: Record<string, Buffer>) {
  const queue = new MemoryTicketQueue();
  const deadLetters: DeadLetter[] = [];
  const reads: string[] = [];
  const mail: RawMailStore = {
    read: (key) => {
      reads.push(key);
      const object = objects[key];
      return object ? Promise.resolve(object) : Promise.reject(new Error(`NoSuchKey ${key}`));
    },
  };
  const handler = createMailReceiverHandler(
    {
      queue,
      mail,
      deadLetters: { send: (letter) => Promise.resolve(void deadLetters.push(letter)) },
      clock: () => Date.parse('2026-12-22T10:00:00Z'),
      logger: new Logger({ logLevel: 'SILENT' }),
      metrics: new Metrics({ namespace: 'SunrouteTest', serviceName: 'ingest' }),
    },
    BUCKET,
  );
  const context = createLambdaContext({
    functionName: 'receiver',
    timeoutMs: 30_000,
    memoryMb: 1024,
    region: 'eu-west-1',
  });
  return {
    queue,
    deadLetters,
    reads,
    receive: (event: SESEvent) => handler(event, context),
  };
}

const key = (id: string) => `${INGEST.mailObjectPrefix}${id}`;

describe('SES receiving', () => {
  it('reads the stored mail and queues its ticket, received when SES received it', async () => {
    const r = receiver({ [key('ses-1')]: fixtureEmail('zh-gb2312-base64.eml') });
    await r.receive(sesEvent('ses-1'));
    expect(r.reads).toEqual(['inbound/ses-1']);
    expect(r.queue.tickets).toHaveLength(1);
    expect(r.queue.tickets[0]).toMatchObject({
      id: 'email:tencent_4A1B2C3D4E5F60718293A4B5@qq.example.cn',
      receivedAt: '2026-12-22T09:14:58.120Z',
      channel: 'email',
    });
    expect(r.deadLetters).toEqual([]);
  });

  it('carries SES’s SPF, DKIM, DMARC and spam verdicts into the ticket', async () => {
    const r = receiver({ [key('ses-2')]: fixtureEmail('gmail-reply.eml') });
    await r.receive(sesEvent('ses-2', 'PASS', { spf: 'FAIL', dkim: 'GRAY', dmarc: 'FAIL' }));
    expect(r.queue.tickets[0]!.verdicts).toEqual({
      spf: 'fail',
      dkim: 'gray',
      dmarc: 'fail',
      spam: 'pass',
    });
    // A scan that was switched off is no verdict.
    const off = receiver({ [key('ses-3')]: fixtureEmail('gmail-reply.eml') });
    await off.receive(sesEvent('ses-3', 'PASS', { spam: 'DISABLED' }));
    expect(off.queue.tickets[0]!.verdicts).toEqual({ spf: 'pass', dkim: 'pass', dmarc: 'pass' });
  });

  it('drops an out-of-office reply: no ticket, no dead letter', async () => {
    const r = receiver({ [key('ses-2')]: fixtureEmail('out-of-office.eml') });
    await r.receive(sesEvent('ses-2'));
    expect(r.queue.tickets).toEqual([]);
    expect(r.deadLetters).toEqual([]);
  });

  it('dead-letters mail that can never be a ticket, with the reason and where the mail is', async () => {
    const r = receiver({ [key('ses-3')]: Buffer.from('Subject: x\r\n\r\nno sender\r\n') });
    await r.receive(sesEvent('ses-3'));
    expect(r.queue.tickets).toEqual([]);
    expect(r.deadLetters).toHaveLength(1);
    const [letter] = r.deadLetters;
    expect(JSON.parse(letter!.body)).toEqual({
      bucket: BUCKET,
      key: 'inbound/ses-3',
      sesMessageId: 'ses-3',
      receivedAt: '2026-12-22T09:14:58.120Z',
    });
    expect(letter!.rule).toMatch(/^sender-address: /);
    expect(letter!.sourceMessageId).toBe('ses-3');
  });

  it('dead-letters mail SES found a virus in, without reading it', async () => {
    const r = receiver({ [key('ses-4')]: fixtureEmail('attachment.eml') });
    await r.receive(sesEvent('ses-4', 'FAIL'));
    expect(r.reads).toEqual([]);
    expect(r.deadLetters.map((letter) => letter.rule)).toEqual([
      'virus: SES found a virus in the mail',
    ]);
  });

  it('throws when the stored mail cannot be read, so Lambda retries and then dead-letters the event', async () => {
    const r = receiver({});
    await expect(r.receive(sesEvent('ses-5'))).rejects.toThrow('NoSuchKey inbound/ses-5');
    expect(r.deadLetters).toEqual([]);
  });
});
