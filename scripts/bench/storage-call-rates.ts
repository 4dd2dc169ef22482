// What DynamoDB Local alone allows the router: the sustained rate of each call the router makes
// per ticket, made through the router's own store on the same DynamoDB Local, and of the whole
// per-ticket sequence ("ticket mix": the routing state read, assignTicket's transaction, the
// email marked sent) without SQS, SES or the handler. Each phase also reports the CPU the Node
// process and the DynamoDB Local JVM spent per call, so it can be told which of the two limits.
// `node --import tsx scripts/bench/storage-call-rates.ts [--jvm-default]` (the flag runs the JVM
// with its default C2 compiler instead of the fast-start flags); BENCH_CONCURRENCY (default 40: the
// e2e bench's 4 pollers with 10 records each in flight), BENCH_CALLS per phase (default 3,000).
import { performance } from 'node:perf_hooks';
import { PutItemCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { decideRoute, planRoute } from '../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../functions/core/routing/routing-state';
import { newClaim } from '../../functions/shared/email-delivery';
import { outboxEmailFor } from '../../functions/shared/outbox-email';
import { DynamoDbTicketStore } from '../../functions/adapters/dynamodb/dynamodb-ticket-store';
import { ticketItem } from '../../functions/adapters/dynamodb/ticket-items';
import type { OutboxEmail } from '../../functions/adapters/ticket-store';
import { TICKETS_TABLE } from '../../functions/definitions/tables';
import { createLocalClients } from '../../functions/local-stack/aws-clients';
import { createTables } from '../../functions/local-stack/create-tables';
import { startStandIns } from '../../functions/local-stack/stand-ins';
import { exampleLiveConfig } from './example-live-config';
import { jvmCpuMs } from './jvm-cpu';
import { createTicketMix } from './ticket-mix-rate';
import { sampleTicket } from './sample-messages';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 40);
const CALLS = Number(process.env.BENCH_CALLS ?? 3_000);
const WARM_UP = 1_000;
const jvmDefault = process.argv.includes('--jvm-default');
/** The e2e bench's instant: teams on shift in Europe and North America. */
const AT = Date.parse('2026-12-22T15:00:00Z');

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const live = exampleLiveConfig();

const standIns = await startStandIns({
  ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
  ...(jvmDefault ? { jvmFlags: [] } : {}),
});
const clients = createLocalClients(standIns.endpoints);
const dynamoPort = Number(new URL(standIns.endpoints.dynamodb).port);

interface PhaseResult {
  readonly perSecond: number;
  readonly nodeCpuMsPerCall: number;
  readonly jvmCpuMsPerCall: number;
  /** CPU time over wall time: 1 is a whole core. */
  readonly nodeCores: number;
  readonly jvmCores: number;
}

/** Runs `call(i)` for `count` consecutive i at CONCURRENCY, the first `WARM_UP` unmeasured. */
async function phase(call: (i: number) => Promise<unknown>, count = CALLS): Promise<PhaseResult> {
  const run = async (from: number, to: number) => {
    let next = from;
    const worker = async () => {
      while (next < to) await call(next++);
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  };
  await run(0, WARM_UP);
  const jvmBefore = jvmCpuMs(dynamoPort);
  const nodeBefore = process.cpuUsage();
  const began = performance.now();
  await run(WARM_UP, WARM_UP + count);
  const wallMs = performance.now() - began;
  const node = process.cpuUsage(nodeBefore);
  const nodeMs = (node.user + node.system) / 1000;
  const jvmMs = jvmCpuMs(dynamoPort) - jvmBefore;
  return {
    perSecond: Math.round(count / (wallMs / 1000)),
    nodeCpuMsPerCall: +(nodeMs / count).toFixed(3),
    jvmCpuMsPerCall: +(jvmMs / count).toFixed(3),
    nodeCores: +(nodeMs / wallMs).toFixed(2),
    jvmCores: +(jvmMs / wallMs).toFixed(2),
  };
}

try {
  const tableName = (await createTables(clients.dynamodb, 'calls'))[TICKETS_TABLE.tableNameEnv]!;
  const store = new DynamoDbTicketStore(clients.documents, tableName);
  const total = WARM_UP + CALLS;
  // Tickets as the e2e bench sends them, each decided as if every agent were free.
  const assignments = Array.from({ length: total }, (_, i) => {
    const ticket = sampleTicket(i, `calls-${i}`, new Date(AT).toISOString());
    const plan = planRoute(live.compiled, ticket, AT);
    const decision = decideRoute(plan, EMPTY_ROUTING_STATE);
    const email = outboxEmailFor({
      ticket,
      decision,
      config: live.config,
      now: AT,
      followUp: false,
    });
    const team = plan.choice?.status === 'assigned' ? plan.choice.team : undefined;
    return {
      ticket,
      decision,
      email,
      agentIds: team ? team.agents.map((agent) => agent.id) : [],
    };
  });
  const results: Record<string, PhaseResult> = {};

  let raw = 0;
  results['PutItem, conditional (the raw rate)'] = await phase(() =>
    clients.dynamodb.send(
      new PutItemCommand({
        TableName: tableName,
        Item: { pk: { S: `RAW#${raw++}` }, sk: { S: 'TICKET' }, status: { S: 'ASSIGNED' } },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );
  // What the transaction below is made of: the ticket item alone (its size and its index entries),
  // and a transaction of three items as small as the raw rate's.
  results['PutItem, conditional, the ticket item'] = await phase((i) => {
    const { ticket, decision } = assignments[i]!;
    return clients.documents.send(
      new PutCommand({
        TableName: tableName,
        Item: ticketItem({ ...ticket, id: `put-${ticket.id}` }, decision, AT),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  });
  let small = 0;
  results['TransactWriteItems, 3 small items, conditional'] = await phase(() => {
    const n = small++;
    return clients.dynamodb.send(
      new TransactWriteItemsCommand({
        TransactItems: ['A', 'B', 'C'].map((part) => ({
          Put: {
            TableName: tableName,
            Item: {
              pk: { S: `SMALL#${n}#${part}` },
              sk: { S: 'TICKET' },
              status: { S: 'ASSIGNED' },
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        })),
      }),
    );
  });
  results['BatchGetItem, the team’s agent loads'] = await phase((i) =>
    store.loadRoutingState({ agentIds: assignments[i]!.agentIds }),
  );
  // Before any ticket is written: the e2e bench's customers are all new, so the query finds none.
  results['Query byCustomer'] = await phase((i) =>
    store.loadRoutingState({ agentIds: [], customerId: assignments[i]!.ticket.customer.id! }),
  );
  const emails: OutboxEmail[] = [];
  // Without a limit, so that every transaction writes its three items however many land on one agent.
  results['TransactWriteItems, ticket + agent load + outbox'] = await phase(async (i) => {
    const { ticket, decision, email } = assignments[i]!;
    if (email.kind !== 'email') throw new Error(`ticket ${ticket.id} has no email`);
    const outcome = await store.recordAssignment({
      ticket,
      decision,
      email: { recipient: email.recipient, message: email.message, claim: newClaim(AT) },
      at: AT,
    });
    if (outcome.kind !== 'recorded' || !outcome.email) {
      throw new Error(`ticket ${ticket.id}: ${outcome.kind}`);
    }
    emails[i] = outcome.email;
  });
  results['UpdateItem, email marked sent'] = await phase((i) =>
    store.markEmailSent(emails[i]!, { messageId: `message-${i}`, at: AT }),
  );

  // The router's own sequence per ticket, on fresh tables: agents fill up and tickets go to the
  // team inbox, as in the e2e bench.
  const route = await createTicketMix(clients, live, { prefix: 'mix', at: AT });
  let mixCalls = 0;
  clients.dynamodb.middlewareStack.add(
    (next) => (args) => {
      mixCalls += 1;
      return next(args);
    },
    { step: 'initialize', name: 'benchCountCalls' },
  );
  const mix = await phase(route);
  results['ticket mix (assignTicket + sent mark), tickets'] = mix;

  console.log(
    `JVM ${jvmDefault ? 'default' : 'fast-start'} flags, concurrency ${CONCURRENCY}, ${CALLS} measured calls per phase after ${WARM_UP}`,
  );
  console.table(results);
  console.log(
    `ticket mix: ${(mixCalls / total).toFixed(2)} DynamoDB calls per ticket (warm-up included)`,
  );
} finally {
  clients.destroy();
  await standIns.stop();
}
