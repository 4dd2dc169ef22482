// The acknowledge and resolve links end to end on the shared stand-ins: the router writes them
// into the agent's email, the local gateway serves them with the Lambda's handler, and the
// tickets table shows what each click did.
import { Logger } from '@aws-lambda-powertools/logger';
import { afterEach, describe, expect, it } from 'vitest';
import { createRouterHandler } from '../../../functions/router/router-handler';
import { ticketLinkSigner } from '../../../functions/shared/ticket-link-signer';
import { DynamoDbTicketActionStore } from '../../../functions/adapters/dynamodb/dynamodb-ticket-action-store';
import { createTicketLinkHandler } from '../../../functions/ticket-links/ticket-link-handler';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { TICKET_LINKS } from '../../../functions/definitions/ticket-links';
import { createHttpGateway, type HttpGateway } from '../../../functions/local-stack/http-gateway';
import {
  lambdaContext,
  sqsRecord,
  startTestRouter,
  teamConfig,
  ticketBody,
  type TestRouter,
} from '../router/router-harness';

const SECRET = 'integration-test-secret';
const DAY_MS = 86_400_000;

let router: TestRouter | undefined;
let gateway: HttpGateway | undefined;
afterEach(async () => {
  await gateway?.stop();
  router?.close();
});

async function start() {
  router = await startTestRouter();
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
    routes: { [TICKET_LINKS.routes.ack]: links, [TICKET_LINKS.routes.resolve]: links },
  });
  const { url } = await gateway.start({ port: 0 });
  const route = createRouterHandler({
    ...test.deps,
    ticketLinks: ticketLinkSigner(url, async () => SECRET),
  });
  const id = `t-${test.runId}`;
  expect(await route({ Records: [sqsRecord(ticketBody(id))] }, lambdaContext())).toEqual({
    batchItemFailures: [],
  });
  const [email] = await test.sentEmails();
  const text = email!.body.text ?? '';
  const link = (label: string) => new RegExp(`^${label}: (\\S+)$`, 'm').exec(text)?.[1];
  const ticket = async () =>
    (await test.ticketItems()).find((item) => item.ticketId === id) as Record<string, unknown>;
  return {
    test,
    id,
    url,
    ack: link('Acknowledge')!,
    resolve: link('Mark as resolved')!,
    ticket,
  };
}

async function click(link: string) {
  const response = await fetch(link);
  return { status: response.status, text: await response.text() };
}

describe('acknowledge and resolve links', () => {
  it('puts both links into the assignment email, under the API URL, naming the ticket', async () => {
    const { url, id, ack, resolve } = await start();
    expect(ack.startsWith(`${url}/tickets/${id}/ack?token=`)).toBe(true);
    expect(resolve.startsWith(`${url}/tickets/${id}/resolve?token=`)).toBe(true);
  });

  it('acknowledges once: a second click changes nothing and says so', async () => {
    const { ack, ticket, test } = await start();
    const first = await click(ack);
    expect(first.status).toBe(200);
    expect(first.text).toContain('Ticket acknowledged');
    const second = await click(ack);
    expect(second.status).toBe(200);
    expect(second.text).toContain('Already acknowledged');

    const item = await ticket();
    expect(item).toMatchObject({
      status: 'assigned',
      acknowledgedAt: new Date(test.now).toISOString(),
      version: 2,
    });
    expect((item.history as { event: string }[]).map((entry) => entry.event)).toEqual([
      'assigned',
      'acknowledged',
    ]);
  });

  it('resolves once under two simultaneous clicks and gives the agent one ticket back', async () => {
    const { ack, resolve, ticket, test } = await start();
    const agent = (await ticket()).agent as string;
    expect((await test.agentLoads())[agent]).toBe(1);

    const answers = await Promise.all([click(resolve), click(resolve)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.filter((answer) => answer.text.includes('Ticket resolved'))).toHaveLength(1);
    expect(answers.filter((answer) => answer.text.includes('Already resolved'))).toHaveLength(1);

    expect((await test.agentLoads())[agent]).toBe(0);
    const item = await ticket();
    expect(item).toMatchObject({ status: 'resolved', teamStatus: 'emea#resolved', version: 2 });
    expect((item.history as { event: string }[]).map((entry) => entry.event)).toEqual([
      'assigned',
      'resolved',
    ]);
    // Acknowledging a resolved ticket changes nothing.
    expect((await click(ack)).text).toContain('Already resolved');
    expect(await ticket()).toMatchObject({ status: 'resolved', version: 2 });
  });

  it('refuses a changed token, another ticket’s token and an expired link with 403', async () => {
    const { ack, resolve, ticket, test } = await start();
    const token = new URL(ack).searchParams.get('token')!;
    const tampered = ack.replace(token, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`);
    const forged = await click(tampered);
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('This link is not valid');
    expect((await click(ack.replace(/\/tickets\/[^/]+\//, '/tickets/other/'))).status).toBe(403);

    test.now += 15 * DAY_MS;
    const expired = await click(resolve);
    expect(expired.status).toBe(403);
    expect(expired.text).toContain('This link has expired');
    expect(await ticket()).toMatchObject({ status: 'assigned', version: 1 });
  });
});
