// The acknowledge and resolve links end to end on the shared stand-ins: the router writes them
// into the agent's email, the local gateway serves them with the Lambda's handler, and the
// tickets table shows what each request did — nothing for a scanner's GET and HEAD, one change
// for the page's POST.
import { createHmac } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterEach, describe, expect, it } from 'vitest';
import { ticketLinkSigner } from '../../../functions/shared/ticket-link-signer';
import { DynamoDbTicketActionStore } from '../../../functions/adapters/dynamodb/dynamodb-ticket-action-store';
import { createTicketLinkHandler } from '../../../functions/ticket-links/ticket-link-handler';
import type { TicketEvent } from '../../../functions/core/followup/ticket-history';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { TICKET_LINK_ROUTE_KEYS } from '../../../functions/definitions/ticket-links';
import { createHttpGateway, type HttpGateway } from '../../../functions/local-stack/http-gateway';
import {
  sqsRecord,
  startTestRouter,
  teamConfig,
  ticketBody,
  type TestRouter,
} from '../router/router-harness';
import { formOf, linksIn, request, submit, textLink, type Answer } from '../link-page';

const SECRET = 'integration-test-secret';
const DAY_MS = 86_400_000;
/** What Defender Safe Links, Mimecast or Proofpoint look like to the server: a plain fetch. */
const SCANNER = { 'user-agent': 'Mozilla/5.0 (compatible; link-scanner)' };

let router: TestRouter | undefined;
let gateway: HttpGateway | undefined;
afterEach(async () => {
  await gateway?.stop();
  router?.close();
});

async function start(subject = 'Order not arrived') {
  router = await startTestRouter({ ticketLinks: (recipient, now) => sign(recipient, now) });
  const test = router;
  await test.saveConfig(teamConfig(test.runId));
  const tickets = new DynamoDbTicketActionStore(
    test.documents,
    test.env[TICKETS_TABLE.tableNameEnv]!,
  );
  const links = createTicketLinkHandler({
    tickets,
    secret: async () => SECRET,
    clock: () => test.now,
    logger: new Logger({ logLevel: 'SILENT' }),
  });
  gateway = createHttpGateway({
    routes: Object.fromEntries(TICKET_LINK_ROUTE_KEYS.map((key) => [key, links])),
  });
  const { url } = await gateway.start({ port: 0 });
  const sign = ticketLinkSigner(url, async () => SECRET);
  const id = `t-${test.runId}`;
  expect(await test.invoke([sqsRecord(ticketBody(id, { subject }))])).toEqual({
    batchItemFailures: [],
  });
  const [email] = await test.sentEmails();
  const ticket = async () =>
    (await test.ticketItems()).find((item) => item.ticketId === id) as Record<string, unknown>;
  const agent = (await ticket()).agent as string;
  return {
    test,
    id,
    url,
    email: email!,
    agent,
    ack: textLink(email!, 'Acknowledge'),
    resolve: textLink(email!, 'Mark as resolved'),
    ticket,
  };
}

/** The page's form posted as the browser does after a click on its button. */
async function press(link: string): Promise<Answer> {
  const page = await request(link);
  const form = formOf(link, page.html);
  if (!form) throw new Error(`no button on ${link}: ${page.html}`);
  return submit(form);
}

const history = (item: Record<string, unknown>) => item.history as TicketEvent[];

describe('acknowledge and resolve links', () => {
  it('puts both links into the assignment email, signed for its agent and assignment', async () => {
    const { url, id, ack, resolve, agent } = await start();
    expect(ack.startsWith(`${url}/tickets/${id}/ack?token=2.1.`)).toBe(true);
    expect(resolve.startsWith(`${url}/tickets/${id}/resolve?token=2.1.`)).toBe(true);
    const token = new URL(ack).searchParams.get('token')!;
    expect(Buffer.from(token.split('.')[3]!, 'base64url').toString()).toBe(agent);
    // The agents speak [en, de]: their email and the link's page are English.
    expect(new URL(ack).searchParams.get('lang')).toBe('en');
  });

  it('changes nothing when a scanner GETs and HEADs every link in the email', async () => {
    const { email, url, ticket, test, agent } = await start();
    const links = linksIn(email, url);
    // Each button appears in the text part and the HTML part.
    expect(links).toHaveLength(2);
    const before = await ticket();
    const loads = await test.agentLoads();
    for (const link of links) {
      for (let round = 0; round < 3; round++) {
        const head = await request(link, { method: 'HEAD', headers: SCANNER });
        expect(head.status).toBe(200);
        expect(head.html).toBe('');
        expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
        const get = await request(link, { headers: SCANNER });
        expect(get.status).toBe(200);
        expect(get.html).toContain('<form method="post"');
      }
    }
    expect(await ticket()).toEqual(before);
    expect(before).toMatchObject({ version: 1, assignment: 1, status: 'assigned' });
    expect(before.acknowledgedAt).toBeUndefined();
    expect(await test.agentLoads()).toEqual(loads);
    expect(loads[agent]).toBe(1);
  });

  it('shows the ticket and one button on GET, with headers that keep it private', async () => {
    const { ack, id, agent } = await start('<b>Bestellung</b> & "Paket"');
    const page = await request(ack);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>Acknowledge this ticket?</h1>');
    expect(page.html).toContain(`<dd>${id}</dd>`);
    expect(page.html).toContain('<dd>&lt;b&gt;Bestellung&lt;/b&gt; &amp; &quot;Paket&quot;</dd>');
    expect(page.html).toContain(`<dd>agent ${agent} of team emea</dd>`);
    // The customer's address, name and words stay in the email.
    expect(page.html).not.toContain('jonas@example.de');
    expect(page.html).not.toContain('Jonas Weber');
    expect(page.html).not.toContain('my order has not arrived');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
  });

  it('acknowledges on the button’s POST, once, and records the agent who acted', async () => {
    const { ack, resolve, ticket, test, agent } = await start();
    const first = await press(ack);
    expect(first.status).toBe(200);
    expect(first.html).toContain('Ticket acknowledged');

    const item = await ticket();
    expect(item).toMatchObject({
      status: 'assigned',
      acknowledgedAt: new Date(test.now).toISOString(),
      version: 2,
      assignment: 1,
    });
    expect(history(item).at(-1)).toEqual({
      event: 'acknowledged',
      at: new Date(test.now).toISOString(),
      by: 'link',
      actor: agent,
      team: 'emea',
      agent,
    });

    // Opened again: nothing left to do, no button; the form posted again changes nothing.
    const again = await request(ack);
    expect(again.status).toBe(200);
    expect(again.html).toContain('Already acknowledged');
    expect(formOf(ack, again.html)).toBeUndefined();
    // The other button's token does not open this action.
    expect((await request(resolve.replace('/resolve?', '/ack?'))).status).toBe(403);
    expect((await ticket()).version).toBe(2);
    // An acknowledged ticket can still be resolved.
    expect((await submit(formOf(ack, (await request(resolve)).html)!)).status).toBe(200);
    expect((await request(ack)).html).toContain('Already resolved');
  });

  it('resolves once under two simultaneous POSTs; resolving again is unchanged', async () => {
    const { ack, resolve, ticket, test, agent } = await start();
    expect((await test.agentLoads())[agent]).toBe(1);
    const form = formOf(resolve, (await request(resolve)).html)!;

    const answers = await Promise.all([submit(form), submit(form)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.filter((answer) => answer.html.includes('Ticket resolved'))).toHaveLength(1);
    expect(answers.filter((answer) => answer.html.includes('Already resolved'))).toHaveLength(1);

    expect((await test.agentLoads())[agent]).toBe(0);
    const item = await ticket();
    expect(item).toMatchObject({ status: 'resolved', teamStatus: 'emea#resolved', version: 2 });
    expect(history(item).map((entry) => [entry.event, entry.by, entry.actor])).toEqual([
      ['assigned', undefined, undefined],
      ['resolved', 'link', agent],
    ]);

    const third = await submit(form);
    expect(third.status).toBe(200);
    expect(third.html).toContain('Already resolved');
    // Acknowledging a resolved ticket changes nothing; its page offers no button.
    const ackPage = await request(ack);
    expect(ackPage.html).toContain('Already resolved');
    expect(formOf(ack, ackPage.html)).toBeUndefined();
    expect(await ticket()).toMatchObject({ status: 'resolved', version: 2 });
    expect((await test.agentLoads())[agent]).toBe(0);
  });

  it('refuses a changed token, another ticket’s, an expired one, and a POST without its form', async () => {
    const { ack, resolve, ticket, test } = await start();
    const token = new URL(ack).searchParams.get('token')!;
    const tampered = ack.replace(token, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`);
    const forged = await request(tampered);
    expect(forged.status).toBe(403);
    expect(forged.html).toContain('This link is not valid');
    expect((await request(ack.replace(/\/tickets\/[^/]+\//, '/tickets/other/'))).status).toBe(403);

    const form = formOf(ack, (await request(ack)).html)!;
    // The token in the query of a POST is no credential: only the form's body is.
    const queryOnly = await request(ack, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(queryOnly.status).toBe(403);
    const json = await request(form.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(form.fields),
    });
    expect(json.status).toBe(400);
    const oversized = await submit({ ...form, fields: { ...form.fields, pad: 'x'.repeat(4096) } });
    expect(oversized.status).toBe(413);

    test.now += 15 * DAY_MS;
    const expired = await request(resolve);
    expect(expired.status).toBe(403);
    expect(expired.html).toContain('This link has expired');
    expect((await submit(form)).status).toBe(403);
    expect(await ticket()).toMatchObject({ status: 'assigned', version: 1 });
  });

  it('refuses the form when another site’s page sent it, though the token is valid', async () => {
    const { ack, ticket } = await start();
    const form = formOf(ack, (await request(ack)).html)!;
    const crossSite = await submit(form, {
      origin: 'https://attacker.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.html).toContain('Sent from another site');
    expect(await ticket()).toMatchObject({ version: 1 });
    expect((await ticket()).acknowledgedAt).toBeUndefined();
  });

  it('lets a link from an email sent before links named their agent act for its agent', async () => {
    const { id, url, ticket, test, agent } = await start();
    // The first format: HMAC of ticket id, action and expiry, with the same key.
    const expires = Math.floor((test.now + DAY_MS) / 1000);
    const mac = createHmac('sha256', SECRET).update(`${id}\nack\n${expires}`).digest('base64url');
    const old = `${url}/tickets/${id}/ack?token=${expires}.${mac}`;

    expect((await request(old, { method: 'HEAD' })).status).toBe(200);
    expect(await ticket()).toMatchObject({ version: 1 });
    const answer = await press(old);
    expect(answer.status).toBe(200);
    expect(answer.html).toContain('Ticket acknowledged');
    expect(history(await ticket()).at(-1)).toMatchObject({
      event: 'acknowledged',
      by: 'link',
      actor: agent,
    });
  });
});
