// The ingest functions' settings and the names through which they learn their resources, as plain
// data shared by the CDK stack, the Lambda entry points and the local stack.

export interface IngestFunctionSettings {
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
}

export const INGEST = {
  /**
   * `POST /ingest/chat` and `POST /ingest/email`: one signature check and one SQS send each, and
   * for a chat post the promise (the configuration, read at most once a minute, and the route).
   */
  http: { memoryMb: 512, timeoutSeconds: 10 } satisfies IngestFunctionSettings,
  /** SES receiving: reads one raw mail from S3 and parses it (postal-mime, charsets). */
  receiver: { memoryMb: 1024, timeoutSeconds: 30 } satisfies IngestFunctionSettings,
  /** Service name in logs and the `service` metric dimension. */
  service: 'sunroute-ingest',
  /**
   * The webhook secrets as JSON, `{"<integration>": ["<newest secret>", "<older secret>"]}`:
   * locally the value itself, on AWS in the Secrets Manager secret named by `secretArnEnv`.
   */
  secretsEnv: 'SUNROUTE_WEBHOOK_SECRETS',
  secretArnEnv: 'WEBHOOK_SECRET_ARN',
  /** How long a Lambda keeps the secrets it read: a rotation waits this long between its steps. */
  secretMaxAgeSeconds: 300,
  /** Where SES writes each raw mail: `<prefix><SES message id>`. */
  mailBucketEnv: 'INBOUND_MAIL_BUCKET',
  mailObjectPrefix: 'inbound/',
  /** Raw mail is kept this long for agents and for replaying a dead letter, then deleted. */
  mailRetentionDays: 30,
  /** `POST /ingest/chat` refuses larger bodies with 413 (one ticket, one SQS message). */
  maxChatBodyBytes: 256 * 1024,
  /**
   * `POST /ingest/email` refuses larger raw mail with 413: Lambda takes at most 6 MB of request,
   * and API Gateway base64-encodes a message/rfc822 body, which grows it by a third.
   */
  maxEmailBodyBytes: 4 * 1024 * 1024,
  /** The path of each route, shared by the CDK routes, the local gateway and the CLI. */
  chatPath: '/ingest/chat',
  emailPath: '/ingest/email',
  /**
   * `POST /ingest/email`: the envelope's recipients, comma-separated, as a mail gateway knows them
   * (Bcc included), at most `maxEnvelopeRecipients`.
   */
  envelopeHeader: 'Sunroute-Envelope-To',
  maxEnvelopeRecipients: 50,
  /** A chat integration reads one of its tickets' conversation (docs/agents.md). */
  messagesPath: '/tickets/{id}/messages',
} as const;

/** Ingest metrics (namespace shared with the router's). */
export const INGEST_METRICS = {
  /** Tickets put on the ticket queue, from either route or SES. */
  ticketsQueued: 'IngestTicketsQueued',
  /** Out-of-office replies, bounces and other mail a machine sent: dropped on purpose. */
  automaticEmailsDropped: 'AutomaticEmailsDropped',
  /** Mail that cannot become a ticket (unparseable, no sender…): dead-lettered or refused 400. */
  emailsRefused: 'InboundEmailsRefused',
  /** Requests refused for their signature or timestamp (401). */
  signaturesRefused: 'WebhookSignaturesRefused',
  /** Requests whose signature was accepted once already (409): a replay, or a retry not signed anew. */
  replaysRefused: 'WebhookReplaysRefused',
  /** Requests refused for their content (400, 413). */
  requestsRefused: 'IngestRequestsRefused',
  /** Agents' answers sent on to their customers (docs/agents.md). */
  agentRepliesSent: 'AgentRepliesSent',
  /** Mail to a reply address that sent nothing: forged, stale, from someone else, empty. */
  agentRepliesRefused: 'AgentRepliesRefused',
  /** Chat tickets queued whose promise could not be worked out (the configuration unreadable). */
  promisesFailed: 'ChatPromisesFailed',
} as const;
