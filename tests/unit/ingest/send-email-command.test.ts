import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../functions/cli/main';
import { memoryIo } from '../cli/memory-io';

afterEach(() => vi.unstubAllEnvs());

async function run(args: string[]) {
  const cli = memoryIo();
  const status = await main(['send-email', ...args], cli.io);
  return { status, err: cli.errLines() };
}

describe('sunroute send-email: bad input exits 2 with one line naming the problem', () => {
  it('refuses a URL that is not http(s)', async () => {
    expect(await run(['mail.eml', '--url', 'ftp://example.com'])).toEqual({
      status: 2,
      err: ['--url: "ftp://example.com" is not an http(s) URL'],
    });
  });

  it('asks for the secret when posting anywhere but the local stack', async () => {
    vi.stubEnv('SUNROUTE_WEBHOOK_SECRET', '');
    const { status, err } = await run(['mail.eml', '--url', 'https://api.example.com']);
    expect(status).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^SUNROUTE_WEBHOOK_SECRET: not set/);
  });

  it('refuses --verdicts it cannot read before sending anything', async () => {
    expect(
      await run(['mail.eml', '--url', 'http://127.0.0.1:9', '--verdicts', 'dmark=fail']),
    ).toEqual({ status: 2, err: ['--verdicts: "dmark" is not one of spf, dkim, dmarc, spam'] });
  });

  it('names a file it cannot read', async () => {
    vi.stubEnv('SUNROUTE_WEBHOOK_SECRET', 'whsec_test');
    const { status, err } = await run(['/nonexistent/mail.eml', '--url', 'http://127.0.0.1:9']);
    expect(status).toBe(2);
    expect(err).toEqual([expect.stringMatching(/^\/nonexistent\/mail\.eml: ENOENT/)]);
  });
});
