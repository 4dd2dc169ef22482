import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../functions/cli/main';
import { verifyWebhookSignature } from '../../../functions/core/ingest/webhook-signature';
import { LOCAL_WEBHOOK_SECRET } from '../../../functions/definitions/local-webhook-secret';
import { memoryIo } from './memory-io';

// Whether `npm start` runs must not depend on this machine: each test says.
const localStack = vi.hoisted(() => ({ running: false }));
vi.mock('../../../functions/cli/running-local-stack', () => ({
  runningLocalStack: () => (localStack.running ? { api: 'http://127.0.0.1:3000' } : undefined),
}));

afterEach(() => {
  vi.unstubAllEnvs();
  localStack.running = false;
});

const AT = '2026-12-22T09:15:00Z';
const dir = mkdtempSync(join(tmpdir(), 'sunroute-sign-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bodyFile(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function sign(args: string[]) {
  const cli = memoryIo();
  const status = await main(['sign', ...args], cli.io);
  return { status, out: cli.out(), err: cli.errLines() };
}

/** The header value of a printed `Sunroute-Signature: …` line. */
function headerValue(out: string): string {
  const match = /^Sunroute-Signature: (t=\d+,v1=[0-9a-f]{64})\n$/.exec(out);
  if (!match) throw new Error(`not a signature header line: ${JSON.stringify(out)}`);
  return match[1]!;
}

describe('sunroute sign', () => {
  it('prints a header line the webhook accepts for the file’s exact bytes at --at', async () => {
    vi.stubEnv('SUNROUTE_WEBHOOK_SECRET', 'whsec_integration');
    // A line break at the end and a CRLF inside: signed as they are, as curl --data-binary sends.
    const bytes = Buffer.from('{"body":"Hallo,\r\nmeine Bestellung"}\n');
    const { status, out, err } = await sign([bodyFile('chat.json', bytes), '--at', AT]);
    expect({ status, err }).toEqual({ status: 0, err: [] });
    const verify = (body: Buffer, secret: string) =>
      verifyWebhookSignature({
        header: headerValue(out),
        body,
        secrets: [secret],
        now: Date.parse(AT),
      });
    expect(verify(bytes, 'whsec_integration')).toEqual({
      ok: true,
      timestamp: Date.parse(AT) / 1000,
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(verify(bytes.subarray(0, -1), 'whsec_integration')).toMatchObject({
      ok: false,
      reason: 'no-matching-signature',
    });
    expect(verify(bytes, LOCAL_WEBHOOK_SECRET)).toMatchObject({ ok: false });
  });

  it('signs with the local stack’s secret while npm start runs and no secret is set', async () => {
    vi.stubEnv('SUNROUTE_WEBHOOK_SECRET', '');
    localStack.running = true;
    const bytes = Buffer.from('{"body":"Hi"}');
    const { status, out } = await sign([bodyFile('local.json', bytes), '--at', AT]);
    expect(status).toBe(0);
    expect(
      verifyWebhookSignature({
        header: headerValue(out),
        body: bytes,
        secrets: [LOCAL_WEBHOOK_SECRET],
        now: Date.parse(AT),
      }).ok,
    ).toBe(true);
  });

  it('signs as of now without --at', async () => {
    vi.stubEnv('SUNROUTE_WEBHOOK_SECRET', 'whsec_integration');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse(AT) });
    const { out } = await sign([bodyFile('now.json', Buffer.from('{}'))]).finally(() =>
      vi.useRealTimers(),
    );
    expect(headerValue(out)).toMatch(`t=${Date.parse(AT) / 1000},`);
  });

  it.each([
    [
      'no secret and no local stack',
      ['chat.json'],
      /^SUNROUTE_WEBHOOK_SECRET: not set; a deployed API needs an integration's secret/,
    ],
    ['an instant that is not ISO-8601', ['chat.json', '--at', 'soon'], /^--at: "soon" is not/],
    ['a file it cannot read', ['missing.json'], /missing\.json: ENOENT/],
  ])('exits 2 with one line for %s', async (_case, args, message) => {
    vi.stubEnv('SUNROUTE_WEBHOOK_SECRET', '');
    bodyFile('chat.json', Buffer.from('{}'));
    const [file, ...rest] = args;
    const { status, out, err } = await sign([join(dir, file!), ...rest]);
    expect({ status, out }).toEqual({ status: 2, out: '' });
    expect(err).toEqual([expect.stringMatching(message)]);
  });
});
