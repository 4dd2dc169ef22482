// Links after a handover, on the stand-ins with the example company: the router and the
// scheduler sign the links of the emails they write, the local gateway serves them with the
// Lambda's handler, and a link from before the move changes nothing and says where the ticket is.
import { createHmac } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterEach, describe, expect, it } from 'vitest';
import type { TicketEvent } from '../../../functions/core/followup/ticket-history';
import { TICKET_LINK_ROUTE_KEYS } from '../../../functions/definitions/ticket-links';
import {
  createHttpGateway,
  type HttpGateway,
  type HttpHandler,
} from '../../../functions/local-stack/http-gateway';
import { createTicketLinkHandler } from '../../../functions/ticket-links/ticket-link-handler';
import { LINK_SECRET, startFollowUpTest, type FollowUpTest } from '../scheduler/follow-up-harness';
import { formOf, linksIn, request, submit, textLink } from '../link-page';

const HOUR_MS = 3_600_000;
/** Tuesday 2026-12-15 20:00 UTC: of the French speakers only NA East is on shift. */
const START = Date.parse('2026-12-15T20:00:00Z');

/** NA East's shift ends: the ticket is handed over to Tokyo. */
const NA_EAST_LEAVES = '2026-12-16T01:00:00Z';

/**
 * Runs the scheduler every 5 minutes around the shift end `end` (from 20 minutes before, more
 * than the handover lead): nothing else is due for these low-priority tickets in between.
 */
async function runAround(followUp: FollowUpTest, end: string) {
  followUp.router.now = Date.parse(end) - 20 * 60_000;
  await followUp.runUntil(Date.parse(end) + 5 * 60_000);
}

let test: FollowUpTest | undefined;
let gateway: HttpGateway | undefined;
afterEach(async () => {
  await gateway?.stop();
  test?.close();
});

/** The example company's router and scheduler, their links served by a local gateway. */
async function start() {
  // The gateway's URL goes into the links the router signs, so it starts before the handler
  // that reads the router's table exists.
  const served: { links?: HttpHandler } = {};
  gateway = createHttpGateway({
    routes: Object.fromEntries(
      TICKET_LINK_ROUTE_KEYS.map((key): [string, HttpHandler] => [
        key,
        (event, context) => served.links!(event, context),
      ]),
    ),
  });
  const { url } = await gateway.start({ port: 0 });
  const started = await startFollowUpTest(START, { linksBaseUrl: url });
  test = started;
  served.links = createTicketLinkHandler({
    tickets: started.tickets,
    secret: async () => LINK_SECRET,
    clock: () => started.router.now,
    logger: new Logger({ logLevel: 'SILENT' }),
  });
  const id = `moved-${started.router.runId}`;
  await started.route({
    id,
    channel: 'email',
    receivedAt: new Date(START).toISOString(),
    subject: 'Colis non livré',
    body: 'Bonjour, mon colis devait arriver la semaine dernière et il n’est toujours pas là. Pouvez-vous vérifier où il se trouve ?',
    customer: { name: 'Camille Durand', country: 'JP', email: 'camille@example.jp' },
    priority: 'low',
  });
  return { test: started, url, id };
}

describe('links after the ticket moved', () => {
  it('change nothing after a handover and say where the ticket went; the new ones work', async () => {
    const { test, url, id } = await start();
    const [first] = await test.emails(id);
    const old = {
      ack: textLink(first!, 'Acknowledge'),
      resolve: textLink(first!, 'Mark as resolved'),
    };
    expect(await test.ticket(id)).toMatchObject({ agent: 'daniel.tremblay', assignment: 1 });
    // Daniel speaks [en, fr]: his email and its pages are English.
    expect(new URL(old.ack).searchParams.get('lang')).toBe('en');
    // The page was opened before the handover and its button pressed after it.
    const oldForm = formOf(old.resolve, (await request(old.resolve)).html)!;

    await runAround(test, NA_EAST_LEAVES);
    const moved = await test.ticket(id);
    expect(moved).toMatchObject({ team: 'tokyo', assignment: 2, status: 'assigned' });
    const holder = moved.agent as string;
    const loads = await test.router.agentLoads();
    expect([loads['daniel.tremblay'], loads[holder]]).toEqual([0, 1]);

    // A scanner opening every link of every email the ticket caused changes nothing.
    const emails = await test.emails(id);
    expect(emails).toHaveLength(3); // daniel's assignment, the handover to tokyo, daniel's notice
    for (const link of emails.flatMap((email) => linksIn(email, url))) {
      await request(link, { method: 'HEAD' });
      await request(link);
    }
    expect(await test.ticket(id)).toEqual(moved);

    const page = await request(old.ack);
    expect(page.status).toBe(409);
    expect(page.html).toContain('<h1>This link no longer applies</h1>');
    expect(page.html).toContain(`This ticket has moved to agent ${holder} of team tokyo.`);
    expect(formOf(old.ack, page.html)).toBeUndefined();
    const pressed = await submit(oldForm);
    expect(pressed.status).toBe(409);
    expect(pressed.html).toContain(`This ticket has moved to agent ${holder} of team tokyo.`);
    expect(await test.ticket(id)).toEqual(moved);
    expect(await test.router.agentLoads()).toEqual(loads);

    // The new holder's email (Japanese, as Tokyo's agents read it) carries links of the new
    // assignment, and they act.
    const handover = emails.find((email) => email.destination.to![0]!.startsWith(`${holder}.`))!;
    const resolve = textLink(handover, '解決済みにする');
    expect(new URL(resolve).searchParams.get('lang')).toBe('ja');
    const form = formOf(resolve, (await request(resolve)).html)!;
    const answer = await submit(form);
    expect(answer.status).toBe(200);
    expect(answer.html).toContain('解決済みにしました');
    const resolved = await test.ticket(id);
    expect(resolved).toMatchObject({ status: 'resolved', assignment: 2 });
    expect((resolved.history as TicketEvent[]).at(-1)).toMatchObject({
      event: 'resolved',
      by: 'link',
      actor: holder,
      agent: holder,
    });
    expect((await test.router.agentLoads())[holder]).toBe(0);
    // Resolving twice is unchanged; the old link still only says where the ticket is.
    const twice = await submit(form);
    expect(twice.status).toBe(200);
    expect(twice.html).toContain('解決済みです');
    expect((await submit(oldForm)).status).toBe(409);
    expect((await test.ticket(id)).version).toBe(resolved.version);
  }, 60_000);

  it('stay dead when the ticket comes back to the same agent at a later assignment', async () => {
    const { test, id } = await start();
    const [first] = await test.emails(id);
    const oldAck = textLink(first!, 'Acknowledge');
    // NA → APAC → EU → NA: back with NA East at 18:00 the next day.
    for (const end of ['2026-12-16T01:00:00Z', '2026-12-16T09:00:00Z', '2026-12-16T18:00:00Z']) {
      await runAround(test, end);
    }
    const back = await test.ticket(id);
    expect(back).toMatchObject({ team: 'na-east', agent: 'daniel.tremblay', assignment: 4 });

    const page = await request(oldAck);
    expect(page.status).toBe(409);
    expect(page.html).toContain('This link no longer applies');
    expect(page.html).toContain('This ticket has moved to agent daniel.tremblay of team na-east.');
    expect(await test.ticket(id)).toEqual(back);
    // The email of this assignment has its own, working links.
    const latest = (await test.emails(id)).filter((email) =>
      email.destination.to![0]!.startsWith('daniel.tremblay.'),
    );
    const ack = textLink(latest.at(-1)!, 'Acknowledge');
    expect((await submit(formOf(ack, (await request(ack)).html)!)).status).toBe(200);
    expect(await test.ticket(id)).toMatchObject({
      assignment: 4,
      acknowledgedAt: expect.any(String),
    });
  }, 60_000);

  it('refuses a link from before links named their agent once the ticket changed hands', async () => {
    const { test, url, id } = await start();
    const expires = Math.floor((START + 24 * HOUR_MS) / 1000);
    const mac = createHmac('sha256', LINK_SECRET)
      .update(`${id}\nresolve\n${expires}`)
      .digest('base64url');
    const old = `${url}/tickets/${id}/resolve?token=${expires}.${mac}`;
    // Before the handover it is daniel's, the only agent its email can have gone to.
    expect(formOf(old, (await request(old)).html)).toBeDefined();

    await runAround(test, NA_EAST_LEAVES);
    const moved = await test.ticket(id);
    const page = await request(old);
    expect(page.status).toBe(409);
    expect(page.html).toContain('This link is from an older email');
    expect(page.html).toContain(
      `This ticket has moved to agent ${String(moved.agent)} of team tokyo.`,
    );
    expect(await test.ticket(id)).toEqual(moved);
  }, 60_000);
});
