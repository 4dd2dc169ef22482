// `sunroute send` refuses bad input before it touches any queue: a wrong ticket is never half
// sent, and every problem gets its own line. Sending itself is tested against fauxqs in
// tests/integration/cli/send-command.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchesOf, SQS_MAX_BATCH_BYTES } from '../../../functions/cli/commands/send';
import {
  LocalStackNotRunningError,
  readLocalStackNote,
  type LocalStackNote,
} from '../../../functions/definitions/local-stack-note';
import { main } from '../../../functions/cli/main';
import { sqsClientConfig } from '../../../functions/cli/sqs-client-config';
import { ticketMessages } from '../../../functions/cli/ticket-messages';
import { memoryIo } from './memory-io';

const TICKET = {
  id: 'chat-7f3a9c',
  channel: 'chat',
  receivedAt: '2026-12-22T09:15:00Z',
  body: 'Hallo, meine Bestellung ist nicht angekommen.',
};
/** Nothing listens here: a test that reached the network would fail instead of passing. */
const UNREACHABLE_QUEUE = 'http://127.0.0.1:9/000000000000/Tickets';

// Whatever npm start may be running on this machine stays out of these tests.
vi.mock('../../../functions/definitions/local-stack-note', async (importOriginal) => {
  const actual = await importOriginal<object>();
  return { ...actual, readLocalStackNote: vi.fn() };
});
const noLocalStack = () => {
  throw new LocalStackNotRunningError();
};
vi.mocked(readLocalStackNote).mockImplementation(noLocalStack);

afterEach(() => {
  vi.unstubAllEnvs();
  vi.mocked(readLocalStackNote).mockImplementation(noLocalStack);
});

async function send(args: string[], files: Record<string, string> = {}, stdin = '') {
  const run = memoryIo(files, stdin);
  const code = await main(['send', ...args], run.io);
  return { code, out: run.out(), err: run.errLines() };
}

describe('sunroute send: refused input', () => {
  it('needs --ticket', async () => {
    const { code, err } = await send(['--queue-url', UNREACHABLE_QUEUE]);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain("required option '--ticket <file>'");
  });

  it('needs a queue URL from --queue-url, TICKET_QUEUE_URL or a running local stack', async () => {
    vi.stubEnv('TICKET_QUEUE_URL', '');
    const { code, err } = await send(['--ticket', 't.json'], { 't.json': JSON.stringify(TICKET) });
    expect(code).toBe(2);
    expect(err).toEqual([
      '--queue-url: not given, TICKET_QUEUE_URL is not set and no local stack runs (start one with npm start; a deployed stack has the URL as its TicketQueueUrl output)',
    ]);
  });

  it('takes the queue of the local stack npm start runs when nothing else names one', async () => {
    vi.stubEnv('TICKET_QUEUE_URL', '');
    vi.mocked(readLocalStackNote).mockReturnValue({
      env: { TICKET_QUEUE_URL: UNREACHABLE_QUEUE },
    } as unknown as LocalStackNote);
    const { code, err } = await send(['--ticket', 't.json'], { 't.json': JSON.stringify(TICKET) });
    expect(code).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(
        /^sunroute: could not send to http:\/\/127\.0\.0\.1:9\/000000000000\/Tickets: /,
      ),
    ]);
  });

  it('refuses a queue URL that is not an http(s) URL', async () => {
    const { code, err } = await send(['--ticket', 't.json', '--queue-url', 'Tickets'], {
      't.json': JSON.stringify(TICKET),
    });
    expect(code).toBe(2);
    expect(err).toEqual(['--queue-url: "Tickets" is not an http(s) URL']);
  });

  it('names a missing file', async () => {
    const { code, err } = await send(['--ticket', 'nope.json', '--queue-url', UNREACHABLE_QUEUE]);
    expect(code).toBe(2);
    expect(err).toEqual(['ticket nope.json: no such file']);
  });

  it('refuses the whole array with one line per problem, each naming its element', async () => {
    const tickets = [
      TICKET,
      { ...TICKET, id: '' },
      { ...TICKET, receivedAt: 'yesterday', body: undefined },
    ];
    const { code, out, err } = await send(
      ['--ticket', 't.json', '--queue-url', UNREACHABLE_QUEUE],
      {
        't.json': JSON.stringify(tickets),
      },
    );
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toHaveLength(3);
    expect(err[0]).toMatch(/^ticket t\.json\[1\]: id: /);
    expect(err[1]).toMatch(/^ticket t\.json\[2\]: receivedAt: /);
    expect(err[2]).toBe('ticket t.json[2]: body: is required');
  });

  it('names the line of a JSON-lines input that is not JSON or not a ticket', async () => {
    const lines = [JSON.stringify(TICKET), '{"id": oops}', '', JSON.stringify({ id: 'x' })].join(
      '\n',
    );
    const { code, err } = await send(
      ['--ticket', '-', '--queue-url', UNREACHABLE_QUEUE],
      {},
      lines,
    );
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^ticket stdin line 2: not valid JSON \(/);
    expect(err.slice(1)).toEqual([
      'ticket stdin line 4: receivedAt: is required',
      'ticket stdin line 4: body: is required',
    ]);
  });

  it('says so when the input holds no ticket', async () => {
    const { code, err } = await send(
      ['--ticket', '-', '--queue-url', UNREACHABLE_QUEUE],
      {},
      '\n\n',
    );
    expect(code).toBe(2);
    expect(err).toEqual(['ticket stdin: no tickets in the input']);
  });

  it('refuses unknown options', async () => {
    const { code } = await send(['--ticket', '-', '--queue', UNREACHABLE_QUEUE]);
    expect(code).toBe(2);
  });
});

describe('ticketMessages', () => {
  it('sends each ticket as the integration wrote it, labelled by its id', () => {
    const messages = ticketMessages(JSON.stringify([TICKET, { ...TICKET, id: 'b' }]), 't.json');
    expect(messages).toEqual([
      { label: 'chat-7f3a9c', body: JSON.stringify(TICKET) },
      { label: 'b', body: JSON.stringify({ ...TICKET, id: 'b' }) },
    ]);
    const pretty = JSON.stringify(TICKET, null, 2);
    expect(ticketMessages(`${pretty}\n`, 't.json')).toEqual([
      { label: 'chat-7f3a9c', body: pretty },
    ]);
  });

  it('with raw, passes anything through, naming what has no id by its place', () => {
    expect(
      ticketMessages('not json at all\n{"id":"no-body"}\n\n{"id":7}', 'stdin', { raw: true }),
    ).toEqual([
      { label: '#1', body: 'not json at all' },
      { label: 'no-body', body: '{"id":"no-body"}' },
      { label: '#3', body: '{"id":7}' },
    ]);
  });
});

describe('batchesOf', () => {
  const message = (body: string) => ({ label: 'x', body });

  it('puts at most ten messages in a batch, in order', () => {
    const messages = Array.from({ length: 25 }, (_, index) => message(String(index)));
    const batches = batchesOf(messages);
    expect(batches.map((batch) => batch.length)).toEqual([10, 10, 5]);
    expect(batches.flat()).toEqual(messages);
  });

  it('starts a new batch before the bodies pass 256 KiB', () => {
    const big = message('x'.repeat(100 * 1024));
    expect(batchesOf([big, big, big, message('small')]).map((batch) => batch.length)).toEqual([
      2, 2,
    ]);
    const tooBig = message('x'.repeat(SQS_MAX_BATCH_BYTES + 1));
    expect(batchesOf([tooBig, big]).map((batch) => batch.length)).toEqual([1, 1]);
  });
});

describe('sqsClientConfig', () => {
  const fauxqsUrl = 'http://sqs.us-east-1.localhost:4566/000000000000/sunroute-Tickets';

  it('leaves a deployed queue to the AWS environment, taking the region from the URL if unset', () => {
    const deployed = 'https://sqs.eu-west-1.amazonaws.com/123456789012/Sunroute-Tickets';
    expect(sqsClientConfig(deployed, {})).toEqual({ region: 'eu-west-1' });
    expect(sqsClientConfig(deployed, { AWS_REGION: 'eu-west-1' })).toEqual({});
  });

  it('reaches a fauxqs queue over loopback, with dummy keys when the environment has none', () => {
    expect(sqsClientConfig(fauxqsUrl, {})).toEqual({
      endpoint: 'http://127.0.0.1:4566',
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    expect(
      sqsClientConfig(fauxqsUrl, {
        AWS_ENDPOINT_URL_SQS: 'http://sqs.us-east-1.localhost:4566',
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'mine',
      }),
    ).toEqual({ endpoint: 'http://127.0.0.1:4566' });
  });

  it('uses AWS_ENDPOINT_URL_SQS as given when it names a real host', () => {
    expect(
      sqsClientConfig(fauxqsUrl, {
        AWS_ENDPOINT_URL_SQS: 'http://sqs.internal:9324',
        AWS_REGION: 'x',
      }),
    ).toEqual({ endpoint: 'http://sqs.internal:9324' });
  });
});
