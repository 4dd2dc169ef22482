import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../functions/cli/main';
import { LOCAL_WEBHOOK_SECRET } from '../../../functions/definitions/local-webhook-secret';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';
import { memoryIo } from '../../unit/cli/memory-io';
import {
  BERLIN_MORNING,
  chatPath,
  emailPath,
  fixtureEmail,
  fixturePath,
  startIngestStack,
  TOKYO_MORNING,
  type IngestStack,
} from './ingest-harness';
import { eventually } from '../eventually';
import { hostileInputs } from '../../fixtures/hostile/hostile-inputs';

// The router's and ingest's metrics would only print lines here.
process.env.POWERTOOLS_METRICS_DISABLED = 'true';

describe('ingest on the local stand-ins, from the HTTP request to the agent’s inbox', () => {
  let stack: IngestStack;

  beforeAll(async () => {
    stack = await startIngestStack();
  }, 60_000);
  afterAll(async () => stack?.stop(), 60_000);
  afterEach(() => vi.unstubAllEnvs());

  async function routed(ticketId: string) {
    expect(await eventually(async () => (await stack.emailsFor(ticketId)).length > 0)).toBe(true);
    return {
      decision: (await stack.decisionOf(ticketId))!,
      emails: await stack.emailsFor(ticketId),
    };
  }

  it('routes a signed chat post and emails the agent', async () => {
    stack.setNow(BERLIN_MORNING);
    const id = `chat-${stack.runId}-1`;
    const answer = await stack.postSigned(
      chatPath,
      JSON.stringify({
        id,
        subject: 'Bestellung nicht angekommen',
        body: 'Hallo, meine Bestellung ist immer noch nicht angekommen. Können Sie nachsehen?',
        customer: { name: 'Jonas Weber', email: 'jonas@example.de', country: 'DE' },
      }),
      'application/json',
    );
    // Under the namespace of the integration whose secret signed it.
    expect(answer).toEqual({ status: 202, json: { id: `chat:local:${id}` } });
    const { decision, emails } = await routed(`chat:local:${id}`);
    expect(decision).toMatchObject({ status: 'assigned', team: 'emea' });
    expect(decision.language.code).toBe('de');
    expect(emails).toHaveLength(1);
    expect(emails[0]!.destination.to).toEqual([stack.agentAddress(decision.agent!)]);
    expect(emails[0]!.subject).not.toMatch(/FOLLOW-UP|NACHFRAGE/);
  });

  it('refuses a forged chat post with 401 and takes the same body properly signed', async () => {
    stack.setNow(BERLIN_MORNING);
    const body = JSON.stringify({ id: `chat-${stack.runId}-forged`, body: 'hello' });
    const forged = await fetch(`${stack.apiUrl}${chatPath}`, {
      method: 'POST',
      headers: { 'Sunroute-Signature': `t=${BERLIN_MORNING / 1000},v1=${'0'.repeat(64)}` },
      body,
    });
    expect(forged.status).toBe(401);
    const signedThen = await stack.postSigned(chatPath, body, 'application/json');
    expect(signedThen.status).toBe(202);
  });

  it('routes the Japanese ISO-2022-JP mail sent with sunroute send-email to the Tokyo team', async () => {
    stack.setNow(TOKYO_MORNING);
    vi.stubEnv('SUNROUTE_WEBHOOK_SECRET', LOCAL_WEBHOOK_SECRET);
    const cli = memoryIo();
    // The CLI signs with the machine's clock; the stack's clock is Tuesday morning in Tokyo.
    vi.useFakeTimers({ toFake: ['Date'], now: TOKYO_MORNING });
    const status = await main(
      ['send-email', fixturePath('ja-iso-2022-jp.eml'), '--url', stack.apiUrl],
      cli.io,
    ).finally(() => vi.useRealTimers());
    expect(cli.errLines()).toEqual([]);
    expect(status).toBe(0);
    const id = 'email:20261222180512.4F2A1C@mail.example.jp';
    expect(cli.out()).toContain(`ticket ${id} queued`);
    const { decision, emails } = await routed(id);
    expect(decision).toMatchObject({ status: 'assigned', team: 'tokyo', needsTranslation: false });
    expect(decision.language.code).toBe('ja');
    expect(emails[0]!.body.text).toContain('yuki.tanaka@example.jp');
  });

  it.each([
    ['Gmail', 'de-windows-1252-qp.eml', 'gmail-reply.eml'],
    ['Outlook', 'fr-iso-8859-1-qp.eml', 'outlook-reply.eml'],
  ])(
    'gives a %s reply to the agent of its thread, and marks their email a follow-up',
    async (_client, first, reply) => {
      stack.setNow(BERLIN_MORNING);
      const original = await stack.postSigned(emailPath, fixtureEmail(first), 'message/rfc822');
      expect(original.status).toBe(202);
      const { decision } = await routed(String(original.json.id));
      expect(decision.team).toBe('emea');

      const answer = await stack.postSigned(emailPath, fixtureEmail(reply), 'message/rfc822');
      expect(answer.status).toBe(202);
      expect(answer.json.threadId).toBe(original.json.id);
      const followUp = await routed(String(answer.json.id));
      expect(followUp.decision.agent).toBe(decision.agent);
      expect(followUp.emails).toHaveLength(1);
      expect(followUp.emails[0]!.subject).toMatch(/^\[sunroute\] FOLLOW-UP · /);
      expect(followUp.emails[0]!.body.text).toContain('!! Follow-up:');
    },
  );

  it('flags a reply that fails DMARC and keeps it out of the thread and the customer it claims', async () => {
    // A second later than the reply tests, which posted the same mail: signed anew, not a replay.
    stack.setNow(BERLIN_MORNING + 1_000);
    const original = await stack.postSigned(
      emailPath,
      fixtureEmail('de-windows-1252-qp.eml'),
      'message/rfc822',
    );
    const { decision } = await routed(String(original.json.id));
    // Jonas's reply as a forger would write it: his From, his thread, a Message-ID of its own.
    const forged = Buffer.from(
      fixtureEmail('gmail-reply.eml')
        .toString('latin1')
        .replace(/^Message-ID: <[^>]+>/im, `Message-ID: <forged-${stack.runId}@attacker.example>`),
      'latin1',
    );
    const answer = await stack.postSigned(emailPath, forged, 'message/rfc822', {
      'Sunroute-Mail-Verdicts': 'spf=fail; dkim=fail; dmarc=fail',
    });
    expect(answer.status).toBe(202);
    const id = `email:forged-${stack.runId}@attacker.example`;
    const flagged = await routed(id);
    expect(flagged.decision.sender).toEqual({
      verified: false,
      failed: ['dmarc', 'spf', 'dkim'],
      spam: false,
      isolated: true,
    });
    expect(flagged.decision.reasons.join('\n')).not.toMatch(/keeps (thread|customer)/);
    expect(flagged.decision.reasons).toContain(
      'sender unverified: DMARC, SPF, DKIM failed, so the From address may be forged; kept out of the thread and the customer it claims',
    );
    // Stored outside the thread's and the customer's indexes, so it is nobody's latest ticket.
    const item = await stack.ticketItem(id);
    expect(item).not.toHaveProperty('threadKey');
    expect(item).not.toHaveProperty('customerKey');
    expect(item).toMatchObject({ ticket: { customer: { email: 'jonas@example.de' } } });
    expect(flagged.emails[0]!.subject).not.toMatch(/FOLLOW-UP|NACHFRAGE/);
    expect(flagged.emails[0]!.body.text).toMatch(/!! (Unverified sender|Absender nicht bestätigt)/);
    expect(decision.sender).toBeUndefined();
  });

  it('routes the hostile nested-blockquote mails, bounded, and tells the agent', async () => {
    stack.setNow(BERLIN_MORNING);
    for (const input of hostileInputs()) {
      if (input.kind !== 'email' || !input.name.startsWith('nested-blockquotes')) continue;
      const raw = Buffer.from(
        input.raw
          .toString('latin1')
          .replace('<hostile@attacker.example>', `<${input.name}-${stack.runId}@attacker.example>`),
        'latin1',
      );
      const answer = await stack.postSigned(emailPath, raw, 'message/rfc822');
      expect(answer.status).toBe(202);
      const { decision, emails } = await routed(String(answer.json.id));
      expect(decision.status).toBe('assigned');
      expect(emails[0]!.body.text).toContain(`${'> '.repeat(10)}x`);
    }
  });

  it('refuses a captured request posted again with 409, and queues it once', async () => {
    stack.setNow(BERLIN_MORNING);
    const id = `chat-${stack.runId}-captured`;
    const body = JSON.stringify({ id, body: 'Hello, where is my order?' });
    const headers = {
      'Content-Type': 'application/json',
      'Sunroute-Signature': signWebhook(body, LOCAL_WEBHOOK_SECRET, BERLIN_MORNING),
    };
    const send = () => fetch(`${stack.apiUrl}${chatPath}`, { method: 'POST', headers, body });
    expect((await send()).status).toBe(202);
    const replayed = await send();
    expect(replayed.status).toBe(409);
    expect(await replayed.json()).toMatchObject({ error: 'replayed' });
    const { emails } = await routed(`chat:local:${id}`);
    expect(emails).toHaveLength(1);
  });

  it.each([
    [
      'an out-of-office reply',
      'out-of-office.eml',
      'auto-submitted',
      'oof-7d1e2f3a4b5c@support.example',
    ],
    ['a bounce', 'bounce.eml', 'report', '20261222092011.5A7B21C0F3@mx.example.net'],
  ])('does not make a ticket of %s', async (_what, file, rule, messageId) => {
    stack.setNow(BERLIN_MORNING);
    const answer = await stack.postSigned(emailPath, fixtureEmail(file), 'message/rfc822');
    expect(answer).toMatchObject({ status: 202, json: { dropped: rule, messageId } });
    // A ticket posted after it is routed; had the automatic mail been queued, it would be too.
    const id = `chat-${stack.runId}-after-${rule}`;
    await stack.postSigned(
      chatPath,
      JSON.stringify({ id, body: 'Hello, a question.' }),
      'application/json',
    );
    await routed(`chat:local:${id}`);
    expect(await stack.decisionOf(`email:${messageId}`)).toBeUndefined();
  });
});
