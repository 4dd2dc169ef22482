// The second half of `npm run demo`: a short waiting line forming and draining on the running
// local stack. A burst a few tickets beyond a team's free places fills its agents; the rest wait
// in the team's line in order (priority, reply-by, arrival); resolving an agent's ticket (as
// `sunroute resolve` does) gets that agent the first waiting ticket within moments.
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDbConfigReader } from '../../functions/adapters/dynamodb/dynamodb-config-reader';
import { DynamoDbTicketActionStore } from '../../functions/adapters/dynamodb/dynamodb-ticket-action-store';
import { lineKey } from '../../functions/adapters/dynamodb/line-items';
import { ConfigCache } from '../../functions/shared/config-cache';
import { agentLoadKey, ticketKey } from '../../functions/adapters/dynamodb/ticket-items';
import type { Decision } from '../../functions/core/routing/decision';
import { TICKET_QUEUE } from '../../functions/definitions/queues';
import { CONFIG_TABLE, TICKET_INDEXES, TICKETS_TABLE } from '../../functions/definitions/tables';
import type { LocalClients } from '../../functions/local-stack/aws-clients';
import { sendMessageBodies } from '../../functions/local-stack/send-message-bodies';
import type { LocalStackNote } from '../../functions/definitions/local-stack-note';

const EXTRA_WAITING = 3;
const RESOLVES = 3;
const bold = (text: string) => `\x1b[1m${text}\x1b[0m`;

interface Held {
  readonly ticketId: string;
  readonly status: string;
  readonly agent: string | null;
  readonly waitedMs?: number;
}

export async function waitingLineDemo(
  note: LocalStackNote,
  clients: LocalClients,
  template: Record<string, unknown>,
  decision: Decision,
  run: string,
): Promise<void> {
  const table = note.env[TICKETS_TABLE.tableNameEnv]!;
  const team = decision.team!;
  const live = await new ConfigCache({
    store: new DynamoDbConfigReader(clients.documents, note.env[CONFIG_TABLE.tableNameEnv]!),
    clock: Date.now,
    source: note.env[CONFIG_TABLE.tableNameEnv]!,
  }).current();
  const agents = live.compiled.teamsById.get(team)!.agents;
  const onShift = agents.filter((agent) => agent.calendar.isOnShift(Date.now()));
  let room = 0;
  for (const agent of onShift) {
    const { Item } = await clients.documents.send(
      new GetCommand({ TableName: table, Key: agentLoadKey(agent.id), ConsistentRead: true }),
    );
    room += Math.max(0, Math.min(agent.maxOpenTickets, 50) - Number(Item?.openTickets ?? 0));
  }
  const count = Math.min(room + EXTRA_WAITING, 80);
  const ids = Array.from(
    { length: count },
    (_, i) => `line-${String(i + 1).padStart(2, '0')}-${run}`,
  );
  const started = Date.now();
  // One of the last is urgent: it waits first in line.
  const bodies = ids.map((id, i) =>
    JSON.stringify({
      ...template,
      id,
      threadId: undefined,
      customer: { ...(template.customer as object), id: undefined },
      receivedAt: new Date(started + i).toISOString(),
      priority: i === count - 2 ? 'urgent' : 'normal',
    }),
  );
  console.log(
    `\n${bold('a waiting line')} ${count} tickets like ${String(template.id).replace(`-${run}`, '')} to ${team}, ` +
      `${room} places free among its ${onShift.length} agents on shift`,
  );
  await sendMessageBodies(clients.sqs, note.env[TICKET_QUEUE.queueUrlEnv]!, bodies);

  const read = async (id: string): Promise<Held | undefined> =>
    (
      await clients.documents.send(
        new GetCommand({ TableName: table, Key: ticketKey(id), ConsistentRead: true }),
      )
    ).Item as Held | undefined;
  const deadline = Date.now() + 60_000;
  let held: (Held | undefined)[] = [];
  while (Date.now() < deadline) {
    held = await Promise.all(ids.map(read));
    if (held.every(Boolean)) break;
    await sleep(500);
  }
  const line = async () => {
    const { Items = [] } = await clients.documents.send(
      new QueryCommand({
        TableName: table,
        IndexName: TICKET_INDEXES.byLine,
        KeyConditionExpression: 'lineKey = :key',
        ExpressionAttributeValues: { ':key': lineKey(team, 0) },
      }),
    );
    return Items.map((item) => String(item.pk).slice('TICKET#'.length));
  };
  const label = (id: string) => id.replace(`-${run}`, '');
  const waiting = await line();
  const assigned = held.filter((item) => item?.agent).length;
  console.log(
    `  ${assigned} went straight to an agent; ${team}'s line now holds ${waiting.length}, in this order:`,
  );
  for (const id of waiting) {
    const ours = ids.indexOf(id);
    const what = ours < 0 ? 'waiting from before' : ours === count - 2 ? 'urgent' : 'normal';
    console.log(`    ${label(id).padEnd(24)} ${what}`);
  }
  const actions = new DynamoDbTicketActionStore(clients.documents, table);
  // Tickets the team's agents hold, this burst's first: one is resolved per waiting ticket shown.
  const { Items: holding = [] } = await clients.documents.send(
    new QueryCommand({
      TableName: table,
      IndexName: TICKET_INDEXES.byTeamStatus,
      KeyConditionExpression: 'teamStatus = :key',
      ExpressionAttributeValues: { ':key': `${team}#assigned` },
    }),
  );
  const ours = [
    ...held.filter((item): item is Held => Boolean(item?.agent)),
    // The index carries keys and the agent, not the ticket id itself.
    ...holding
      .map((item) => ({ ...item, ticketId: String(item.pk).slice('TICKET#'.length) }) as Held)
      .filter((item) => item.agent && !ids.includes(item.ticketId)),
  ];
  for (const resolved of ours.slice(0, Math.min(RESOLVES, waiting.length))) {
    const [next] = await line();
    if (!next) break;
    const at = Date.now();
    await actions.resolveTicket({ ticketId: resolved.ticketId, at, by: 'cli', actor: 'demo' });
    let taken: Held | undefined;
    while (Date.now() - at < 15_000) {
      taken = await read(next);
      if (taken?.agent) break;
      await sleep(100);
    }
    console.log(
      taken?.agent
        ? `  resolved ${label(resolved.ticketId)} (${resolved.agent}) → the first waiting, ${label(next)}, ` +
            `went to ${taken.agent} ${((Date.now() - at) / 1000).toFixed(1)} s later, after waiting ${((taken.waitedMs ?? 0) / 1000).toFixed(1)} s`
        : `  resolved ${label(resolved.ticketId)} (${resolved.agent}) → ${label(next)} still waits ` +
            '(the agent leaves within handoffLead, or does not speak its language)',
    );
  }
  const left = (await line()).length;
  console.log(
    `  ${left} still wait; \`npx sunroute resolve <ticket>\` or \`npx sunroute assign <ticket> <agent>\` moves them (docs/waiting-line.md)`,
  );
}
