// `npm run demo`: pushes a multilingual batch onto the running local stack's ticket queue (the
// demo company's customers in 18 languages, plus three broken messages) and shows where each
// ticket went and by when its customer hears back, what was dead-lettered and why, the
// acknowledgements customers got by email, a chat widget's answer, who is on shift per language
// (/availability), a short waiting line forming and draining, one conversation by email
// (customer, agent, customer) on one ticket, then a week of simulated history and its report by
// team. Needs `npm start`.
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Decision } from '../functions/core/routing/decision';
import { ticketKey } from '../functions/adapters/dynamodb/ticket-items';
import { TICKET_QUEUE } from '../functions/definitions/queues';
import { TICKETS_TABLE } from '../functions/definitions/tables';
import { createLocalClients } from '../functions/local-stack/aws-clients';
import {
  LocalStackNotRunningError,
  readLocalStackNote,
} from '../functions/definitions/local-stack-note';
import { signWebhook } from '../functions/core/ingest/webhook-signature';
import { INGEST } from '../functions/definitions/ingest';
import { AVAILABILITY } from '../functions/definitions/availability';
import { webhookSigningSecret } from '../functions/cli/webhook-signing-secret';
import { sendMessageBodies } from '../functions/local-stack/send-message-bodies';
import { isCustomerAcknowledgement } from '../functions/core/customer-reply/render-customer-acknowledgement';
import { readSentEmails } from '../functions/local-stack/ses-store';
import { conversationDemo } from './demo/conversation-demo';
import { waitingLineDemo } from './demo/waiting-line-demo';
import { reportHistoryDemo } from './demo/report-history-demo';

const WAIT_MS = 30_000;
const bold = (text: string) => `\x1b[1m${text}\x1b[0m`;

let note;
try {
  note = readLocalStackNote();
} catch (error) {
  if (error instanceof LocalStackNotRunningError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const clients = createLocalClients(note.endpoints);
const queueUrl = note.env[TICKET_QUEUE.queueUrlEnv]!;
const deadLetterUrl = note.env[TICKET_QUEUE.deadLetter.queueUrlEnv]!;
const table = note.env[TICKETS_TABLE.tableNameEnv]!;

// A run tag keeps ids unique, so a second `npm run demo` routes afresh instead of being
// recognised as the same tickets redelivered (which the router would rightly ignore).
const run = Date.now().toString(36);
const now = new Date().toISOString();
const tickets = (
  JSON.parse(readFileSync('examples/demo/tickets.json', 'utf8')) as Record<string, unknown>[]
).map((ticket) => ({ ...ticket, id: `${String(ticket.id)}-${run}`, receivedAt: now }));
const malformed = readFileSync('examples/demo/malformed.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
const bodies = [...tickets.map((ticket) => JSON.stringify(ticket)), ...malformed];

const emailsBefore = (await readSentEmails(note.sesStore)).length;
const messageIds = await sendMessageBodies(clients.sqs, queueUrl, bodies);
const brokenMessageIds = new Set(messageIds.slice(tickets.length));
console.log(
  `${bold('sent')} ${tickets.length} tickets and ${malformed.length} broken messages to ${queueUrl}\n`,
);

const decisions = new Map<string, Decision>();
const deadLetters: { reason: string; body: string }[] = [];
const deadline = Date.now() + WAIT_MS;
while (
  (decisions.size < tickets.length || deadLetters.length < brokenMessageIds.size) &&
  Date.now() < deadline
) {
  for (const ticket of tickets) {
    const id = String(ticket.id);
    if (decisions.has(id)) continue;
    const { Item } = await clients.documents.send(
      new GetCommand({ TableName: table, Key: ticketKey(id), ProjectionExpression: 'decision' }),
    );
    if (Item) decisions.set(id, Item.decision as Decision);
  }
  const { Messages = [] } = await clients.sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: deadLetterUrl,
      MaxNumberOfMessages: 10,
      MessageAttributeNames: ['All'],
      WaitTimeSeconds: 0,
    }),
  );
  for (const message of Messages) {
    const attributes = message.MessageAttributes ?? {};
    if (!brokenMessageIds.has(attributes['sunroute.sourceMessageId']?.StringValue ?? '')) continue;
    deadLetters.push({
      reason: attributes['sunroute.reason']?.StringValue ?? '(no reason recorded)',
      body: message.Body ?? '',
    });
  }
  await sleep(500);
}

console.log(bold('where each ticket went'));
for (const ticket of tickets) {
  const id = String(ticket.id);
  const decision = decisions.get(id);
  const label = id.slice(0, -run.length - 1).padEnd(24);
  if (!decision) {
    console.log(`  ${label} not routed within ${WAIT_MS / 1000} s — is the router running?`);
    continue;
  }
  const where =
    decision.status === 'queued'
      ? `queued for ${decision.team} until ${decision.queuedUntil}`
      : `${decision.team} → ${decision.agent ?? 'team inbox (no agent free)'}`;
  const language = `${decision.language.code} (${decision.language.source})`.padEnd(12);
  const region = `${decision.region.code} (${decision.region.source})`.padEnd(17);
  const replyBy = decision.expectedReplyBy
    ? `reply by ${decision.expectedReplyBy.slice(0, 16).replace('T', ' ')} UTC`
    : 'no reply-by promised';
  console.log(
    `  ${label} ${language} ${region} step ${decision.step}  ${replyBy}  ${where}${decision.needsTranslation ? '  · needs translation' : ''}`,
  );
}

console.log(`\n${bold('dead letters')} (never retried, reason kept as message attributes)`);
for (const letter of deadLetters) {
  console.log(`  ${letter.body.slice(0, 48).replace(/\s+/g, ' ')}…\n      ${letter.reason}`);
}
if (deadLetters.length < brokenMessageIds.size) {
  console.log(
    `  ${brokenMessageIds.size - deadLetters.length} not seen in the dead-letter queue yet`,
  );
}

// The conversation before the waiting line, which fills a team's agents to capacity: at some
// hours the conversation's customer is that team's too.
if (note.api) await conversationDemo(note, clients, run);

// The line forms at the team that took the first ticket an agent could take.
const first = tickets.find((ticket) => decisions.get(String(ticket.id))?.agent);
if (first) {
  await waitingLineDemo(note, clients, first, decisions.get(String(first.id))!, run);
}

await sleep(1000);
const sent = (await readSentEmails(note.sesStore)).slice(emailsBefore);
const acknowledgements = sent.filter((email) => isCustomerAcknowledgement(email.headers));
console.log(
  `\n${bold('emails')} ${sent.length - acknowledgements.length} to agents and team inboxes, ` +
    `${acknowledgements.length} acknowledgements to customers — read them at ${note.inbox}`,
);
for (const email of acknowledgements.slice(0, 3)) {
  const lines = (email.body.text ?? '').split('\n').filter((line) => line !== '');
  console.log(`  to ${email.destination.to.join(', ')}: ${email.subject}`);
  for (const line of lines.slice(1, 3)) console.log(`      ${line}`);
}

if (note.api) {
  // What a chat widget shows the moment its customer sends: the answer to the signed post.
  console.log(`\n${bold('chat widget')} POST ${INGEST.chatPath}, the answer the widget shows`);
  const secret = webhookSigningSecret(process.env, true);
  for (const body of [
    'Hallo, ich kann mich seit heute Morgen nicht mehr in mein Konto einloggen.',
    'ラベルを印刷しようとするとエラーになります。確認していただけますか。',
    'Olá, o rastreamento do meu pedido não atualiza há três dias.',
  ]) {
    const text = JSON.stringify({ id: `demo-chat-${run}-${body.length}`, body });
    const response = await fetch(`${note.api}${INGEST.chatPath}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Sunroute-Signature': signWebhook(text, secret, Date.now()),
      },
      body: text,
    });
    const answer = (await response.json()) as { message?: string | null };
    console.log(`  ${response.status}  ${answer.message ?? JSON.stringify(answer)}`);
  }

  console.log(`\n${bold('availability')} GET ${AVAILABILITY.path}, public and cacheable`);
  for (const language of ['de', 'ja', 'pt', 'ko']) {
    const response = await fetch(`${note.api}${AVAILABILITY.path}?language=${language}`);
    const answer = (await response.json()) as {
      onShift: boolean;
      until: string | null;
      nextOnShift: string | null;
    };
    const state = answer.onShift
      ? `on shift until ${answer.until ?? 'beyond 14 days'}`
      : `off shift, back ${answer.nextOnShift ?? 'not within 14 days'}`;
    console.log(`  ${language}  ${state}  (${response.headers.get('cache-control')})`);
  }
}
await reportHistoryDemo(clients, note.env, run, bold);
clients.destroy();
