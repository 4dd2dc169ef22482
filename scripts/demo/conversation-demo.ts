// The last part of `npm run demo`: one conversation of three messages over email on the running
// local stack. A customer writes; the agent answers the assignment email as a mail program
// would, quoting it whole; the customer answers in the thread. The customer receives only the
// agent's words, in their thread; their answer joins the same ticket and reaches the same agent.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { signWebhook } from '../../functions/core/ingest/webhook-signature';
import { webhookSigningSecret } from '../../functions/cli/webhook-signing-secret';
import { INGEST } from '../../functions/definitions/ingest';
import type { LocalStackNote } from '../../functions/definitions/local-stack-note';
import { TICKETS_TABLE } from '../../functions/definitions/tables';
import type { LocalClients } from '../../functions/local-stack/aws-clients';
import { readSentEmails, type SentEmail } from '../../functions/local-stack/ses-store';

const WAIT_MS = 20_000;
const CUSTOMER = 'olivia.bennett@example.co.uk';
const bold = (text: string) => `\x1b[1m${text}\x1b[0m`;

function mail(headers: string[], body: string): string {
  return [...headers, 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');
}

export async function conversationDemo(
  note: LocalStackNote,
  clients: LocalClients,
  run: string,
): Promise<void> {
  const api = note.api!;
  const secret = webhookSigningSecret(process.env, true);
  const post = async (raw: string) => {
    const response = await fetch(`${api}${INGEST.emailPath}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'message/rfc822',
        'Sunroute-Signature': signWebhook(raw, secret, Date.now()),
      },
      body: raw,
    });
    return (await response.json()) as Record<string, unknown>;
  };
  const waitFor = async (find: (emails: SentEmail[]) => SentEmail | undefined) => {
    for (const began = Date.now(); Date.now() - began < WAIT_MS; await sleep(300)) {
      const found = find(await readSentEmails(note.sesStore));
      if (found) return found;
    }
    return undefined;
  };

  console.log(`\n${bold('a conversation by email')} (customer, agent, customer: one ticket)`);
  const first = `demo-${run}-1@mail.example.co.uk`;
  const ticketId = `email:${first}`;
  const subject = 'Parcel marked delivered but not here';
  await post(
    mail(
      [
        `From: Olivia Bennett <${CUSTOMER}>`,
        'To: support@parcelwise.example',
        `Subject: ${subject}`,
        `Message-ID: <${first}>`,
      ],
      'Hello, the tracking says my parcel 7731 was delivered yesterday, but nothing arrived.',
    ),
  );
  console.log(`  1 customer   → ticket ${ticketId}`);
  const assignment = await waitFor((emails) =>
    emails.find((email) => email.replyTo.length > 0 && (email.body.text ?? '').includes(ticketId)),
  );
  if (!assignment) {
    // Say why from the decision: at some hours the demo's earlier tickets fill the team.
    const { Items = [] } = await clients.documents.send(
      new QueryCommand({
        TableName: note.env[TICKETS_TABLE.tableNameEnv]!,
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        ExpressionAttributeValues: { ':pk': `TICKET#${ticketId}`, ':sk': 'TICKET' },
        ConsistentRead: true,
      }),
    );
    const reasons = ((Items[0]?.decision as { reasons?: string[] } | undefined)?.reasons ?? [])
      .filter((reason) => /^(no agent|queued|no team)/.test(reason))
      .join('; ');
    console.log(
      `    no agent took it within 20 s, so there is no assignment to answer` +
        (reasons ? `: ${reasons}` : ' (the router has not decided yet)'),
    );
    return;
  }
  const agent = assignment.destination.to[0]!;
  console.log(`    assignment email to ${agent}, Reply-To ${assignment.replyTo[0]}`);

  const quoted = (assignment.body.text ?? '')
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\r\n');
  const answer = await post(
    mail(
      [
        `From: ${agent}`,
        `To: ${assignment.replyTo[0]}`,
        `Subject: Re: ${assignment.subject}`,
        `Message-ID: <demo-${run}-agent@parcelwise.example>`,
      ],
      [
        'Hi Olivia, the driver left it in your building’s parcel room; it is there today.',
        '',
        `On ${new Date().toUTCString()}, sunroute <support@sunroute.local> wrote:`,
        quoted,
      ].join('\r\n'),
    ),
  );
  console.log(`  2 agent      → ${JSON.stringify(answer)}`);
  const toCustomer = await waitFor((emails) =>
    emails.find(
      (email) =>
        email.destination.to.includes(CUSTOMER) &&
        email.subject.startsWith('Re:') &&
        email.from.includes('"'),
    ),
  );
  if (toCustomer) {
    const inReplyTo = toCustomer.headers?.find((header) => header.name === 'In-Reply-To');
    console.log(`    the customer reads, from ${toCustomer.from}, "${toCustomer.subject}":`);
    console.log(`      ${(toCustomer.body.text ?? '').trim()}`);
    console.log(`    In-Reply-To ${inReplyTo?.value}: in their thread, nothing of the assignment`);
  }

  const joined = await post(
    mail(
      [
        `From: Olivia Bennett <${CUSTOMER}>`,
        'To: support@parcelwise.example',
        `Subject: Re: ${subject}`,
        `Message-ID: <demo-${run}-2@mail.example.co.uk>`,
        `In-Reply-To: <${first}>`,
        `References: <${first}>`,
      ],
      'Found it, thank you!\r\n\r\nOn yesterday, Support wrote:\r\n> the driver left it in your building',
    ),
  );
  console.log(`  3 customer   → ${JSON.stringify(joined)}`);
  const followUp = await waitFor((emails) =>
    emails.find(
      (email) =>
        email.destination.to.includes(agent) &&
        (email.body.text ?? '').includes('Found it, thank you!'),
    ),
  );
  if (followUp) console.log(`    follow-up email to ${agent}: "${followUp.subject}"`);
  const { Items = [] } = await clients.documents.send(
    new QueryCommand({
      TableName: note.env[TICKETS_TABLE.tableNameEnv]!,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `TICKET#${ticketId}` },
      ConsistentRead: true,
    }),
  );
  const ticket = Items.find((item) => item.sk === 'TICKET');
  const messages = Items.filter((item) => String(item.sk).startsWith('MESSAGE#'));
  console.log(
    `    ticket ${ticketId}: firstReplyAt ${String(ticket?.firstReplyAt)}, ` +
      `messages ${messages.map((item) => String(item.from)).join(', ')} after the customer’s first`,
  );
}
