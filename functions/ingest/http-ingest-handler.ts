import { createHash, randomUUID } from 'node:crypto';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  IDEMPOTENCY_KEY_HEADER,
  idempotentTicketId,
  parseIdempotencyKey,
} from '../core/ingest/idempotency-key';
import { InboundEmailError } from '../core/ingest/inbound-email-error';
import { MAIL_VERDICTS_HEADER, parseMailVerdicts } from '../core/ingest/mail-verdicts';
import { REPLAY_WINDOW_SECONDS, SIGNATURE_HEADER } from '../core/ingest/webhook-signature';
import { chatIntegrationOf } from '../core/replies/chat-event';
import { conversationReadTarget, conversationView } from '../core/replies/conversation-view';
import { namespacedId, webhookNamespace } from '../core/ticket/ticket-id';
import { parseTicket, type EmailVerdicts, type Ticket } from '../core/ticket/ticket-schema';
import { INGEST, INGEST_METRICS } from '../definitions/ingest';
import { TicketTooLargeError } from '../adapters/ticket-too-large-error';
import type { ChatPromise } from './chat-promise';
import type { HttpIngestDependencies } from './dependencies';
import { IngestRequestError } from './ingest-request-error';
import { ingestRawEmail } from './ingest-raw-email';
import { verifyRequestSignature } from './verify-request-signature';

function accepted(body: unknown): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: 202,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}

/** The body's bytes exactly as the client sent them: the signature covers them, not a decoding. */
function rawBody(event: APIGatewayProxyEventV2): Buffer {
  if (event.body === undefined) return Buffer.alloc(0);
  return Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
}

/** A request whose signature matched: who signed it, when, and the signature itself. */
interface Authenticated {
  readonly integration: string;
  readonly timestamp: number;
  readonly signature: string;
  /** The server's clock when it arrived, epoch ms. */
  readonly now: number;
  readonly sourceIp: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `POST /ingest/chat` and `POST /ingest/email`: the size limit, then the signature over the raw
 * body (docs/ingest.md), then the content; 202 once the ticket is on the queue, a chat post's
 * answer with the promise (`expectedReplyBy` and the sentence to show). A chat post without an
 * `id` gets one derived from its `Idempotency-Key`, so its retries are one ticket, else a new one.
 * Everything a client can get wrong is a 4xx naming what and where; only faults on the server's
 * side (secrets, SQS) become a 500, which http-error-handler answers without details.
 */
export function createHttpIngestHandler(deps: HttpIngestDependencies) {
  const newTicketId = deps.newTicketId ?? (() => randomUUID());

  function refuse(error: IngestRequestError, extra: Record<string, unknown> = {}): never {
    deps.metrics.addMetric(
      error.statusCode === 401
        ? INGEST_METRICS.signaturesRefused
        : error.statusCode === 409
          ? INGEST_METRICS.replaysRefused
          : INGEST_METRICS.requestsRefused,
      MetricUnit.Count,
      1,
    );
    // What the client sent is in the answer, not the log: a refused ticket's detail and problems
    // quote its fields (addresses, text), and a JSON error quotes the body.
    const quotesContent = error.refusal === 'invalid-json' || error.refusal === 'invalid-ticket';
    deps.logger.warn('ingest request refused', {
      status: error.statusCode,
      refusal: error.refusal,
      ...(quotesContent
        ? { fields: error.problems.map((problem) => problem.path) }
        : { detail: error.detail }),
      ...extra,
    });
    throw error;
  }

  async function authenticate(event: APIGatewayProxyEventV2, body: Buffer, limit: number) {
    if (body.length > limit)
      refuse(
        new IngestRequestError(
          413,
          'body-too-large',
          `the body is ${body.length} bytes; this endpoint takes at most ${limit}`,
        ),
      );
    const now = deps.clock();
    const verification = verifyRequestSignature({
      header: event.headers[SIGNATURE_HEADER.toLowerCase()],
      body,
      secrets: await deps.secrets.current(),
      now,
    });
    if (!verification.ok)
      refuse(
        new IngestRequestError(401, 'signature', `${SIGNATURE_HEADER}: ${verification.message}`),
        { reason: verification.reason, sourceIp: event.requestContext.http.sourceIp },
      );
    const { integration, timestamp, signature } = verification;
    return { integration, timestamp, signature, now, sourceIp: event.requestContext.http.sourceIp };
  }

  /**
   * Runs `work` for a request whose signature has not been accepted before, and remembers it until
   * its timestamp leaves the window: a captured request cannot be posted again. A failed `work`
   * forgets it, so that the client's retry of the same bytes is not taken for a replay.
   */
  async function once<T>(request: Authenticated, work: () => Promise<T>): Promise<T> {
    // A digest of the signature: nothing a request could be signed with is kept.
    const key = createHash('sha256')
      .update(`${request.integration}\n${request.signature}`)
      .digest('hex');
    const expiresAt = request.timestamp + REPLAY_WINDOW_SECONDS + 1;
    if (!(await deps.seenRequests.remember(key, expiresAt, request.now)))
      refuse(
        new IngestRequestError(
          409,
          'replayed',
          `${SIGNATURE_HEADER}: this signed request was accepted before; sign a retry anew (a fresh t=)`,
        ),
        { integration: request.integration, sourceIp: request.sourceIp },
      );
    try {
      return await work();
    } catch (error) {
      await deps.seenRequests.forget(key).catch((forgetError: unknown) =>
        deps.logger.warn('could not forget a failed request; its retry must be signed anew', {
          integration: request.integration,
          error: forgetError,
        }),
      );
      throw error;
    }
  }

  // After the signature: a client that is not one of ours learns nothing about the header.
  function idempotencyKey(event: APIGatewayProxyEventV2): string | undefined {
    const header = event.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
    if (header === undefined) return undefined;
    const parsed = parseIdempotencyKey(header);
    if (!parsed.ok)
      refuse(
        new IngestRequestError(
          400,
          'idempotency-key',
          `${IDEMPOTENCY_KEY_HEADER}: ${parsed.message}`,
        ),
      );
    return parsed.key;
  }

  async function chat(event: APIGatewayProxyEventV2) {
    const body = rawBody(event);
    const request = await authenticate(event, body, INGEST.maxChatBodyBytes);
    const { integration, now } = request;
    const key = idempotencyKey(event);
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch (error) {
      refuse(new IngestRequestError(400, 'invalid-json', `$: ${(error as Error).message}`));
    }
    if (!isPlainObject(value))
      refuse(new IngestRequestError(400, 'invalid-ticket', '$: must be a ticket object'));
    const parsed = parseTicket({
      ...value,
      id:
        value.id ??
        (key === undefined ? newTicketId() : idempotentTicketId({ integration, key, body })),
      channel: value.channel ?? 'chat',
      receivedAt: value.receivedAt ?? new Date(now).toISOString(),
    });
    if (!parsed.ok)
      refuse(
        new IngestRequestError(
          400,
          'invalid-ticket',
          parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '),
          parsed.errors,
        ),
      );
    // Under the integration's namespace: its ids and threads are unique only among its own.
    const namespace = webhookNamespace(integration);
    const ticket: Ticket = {
      ...parsed.ticket,
      id: namespacedId(namespace, parsed.ticket.id),
      ...(parsed.ticket.threadId === undefined
        ? {}
        : { threadId: namespacedId(namespace, parsed.ticket.threadId) }),
    };
    try {
      const { messageId } = await once(request, () => deps.queue.put(ticket));
      deps.logger.info('chat ticket queued', {
        integration,
        ticketId: ticket.id,
        threadId: ticket.threadId,
        queueMessageId: messageId,
      });
    } catch (error) {
      if (error instanceof TicketTooLargeError)
        refuse(new IngestRequestError(413, 'ticket-too-large', error.message));
      throw error;
    }
    deps.metrics.addMetric(INGEST_METRICS.ticketsQueued, MetricUnit.Count, 1);
    return accepted({ id: ticket.id, ticketId: ticket.id, ...(await promiseFor(ticket, now)) });
  }

  // The ticket is on the queue already: a promise that cannot be worked out (the configuration
  // unreadable for a moment) leaves the widget without a sentence, never the customer without a
  // ticket.
  async function promiseFor(
    ticket: Ticket,
    now: number,
  ): Promise<ChatPromise | { expectedReplyBy: null; message: null }> {
    try {
      // Loaded on the first chat post: the routing engine (language model, calendars) is most
      // of the bundle, and the email route and the container's start need none of it.
      const { chatPromise } = await import('./chat-promise');
      return await chatPromise(deps.config, ticket, now);
    } catch (error) {
      deps.metrics.addMetric(INGEST_METRICS.promisesFailed, MetricUnit.Count, 1);
      deps.logger.error('chat ticket queued without a promise', { ticketId: ticket.id, error });
      return { expectedReplyBy: null, message: null };
    }
  }

  // After the signature, like the Idempotency-Key: the gateway's own checks of the sender.
  function mailVerdicts(event: APIGatewayProxyEventV2): EmailVerdicts | undefined {
    const header = event.headers[MAIL_VERDICTS_HEADER.toLowerCase()];
    if (header === undefined) return undefined;
    const parsed = parseMailVerdicts(header);
    if (!parsed.ok)
      refuse(
        new IngestRequestError(400, 'mail-verdicts', `${MAIL_VERDICTS_HEADER}: ${parsed.message}`),
      );
    return parsed.verdicts;
  }

  // After the signature too: where the gateway delivered the mail, Bcc included.
  function envelopeRecipients(event: APIGatewayProxyEventV2): string[] | undefined {
    const header = event.headers[INGEST.envelopeHeader.toLowerCase()];
    if (header === undefined) return undefined;
    const addresses = header
      .split(',')
      .map((address) => address.trim())
      .filter((address) => address !== '');
    const bad = addresses.find((address) => address.length > 320 || !address.includes('@'));
    if (addresses.length > INGEST.maxEnvelopeRecipients || bad !== undefined)
      refuse(
        new IngestRequestError(
          400,
          'envelope-recipients',
          `${INGEST.envelopeHeader}: ${
            bad === undefined
              ? `more than ${INGEST.maxEnvelopeRecipients} addresses`
              : 'holds something that is not an address'
          }`,
        ),
      );
    return addresses;
  }

  async function email(event: APIGatewayProxyEventV2) {
    const body = rawBody(event);
    const request = await authenticate(event, body, INGEST.maxEmailBodyBytes);
    const { integration, now } = request;
    const verdicts = mailVerdicts(event);
    const envelope = envelopeRecipients(event);
    try {
      const outcome = await once(request, () =>
        ingestRawEmail(
          deps,
          body,
          {
            at: now,
            ...(verdicts ? { verdicts } : {}),
            ...(envelope ? { envelopeRecipients: envelope } : {}),
          },
          {
            integration,
            requestId: event.requestContext.requestId,
          },
        ),
      );
      if (outcome.kind === 'agent-reply')
        return accepted(
          outcome.result.kind === 'sent'
            ? { reply: 'sent', ticketId: outcome.result.ticketId }
            : { reply: 'refused', refusal: outcome.result.refusal },
        );
      if (outcome.kind === 'joined')
        return accepted({ joined: outcome.ticketId, threadId: outcome.threadId });
      return outcome.kind === 'queued'
        ? accepted({ id: outcome.ticket.id, threadId: outcome.ticket.threadId })
        : accepted({
            dropped: outcome.automatic.rule,
            reason: outcome.automatic.reason,
            ...(outcome.messageId ? { messageId: outcome.messageId } : {}),
          });
    } catch (error) {
      if (error instanceof InboundEmailError) {
        deps.metrics.addMetric(INGEST_METRICS.emailsRefused, MetricUnit.Count, 1);
        refuse(new IngestRequestError(400, 'invalid-email', `${error.code}: ${error.message}`));
      }
      throw error;
    }
  }

  /**
   * `GET /tickets/{id}/messages`: the conversation of one of the signing integration's own
   * tickets. The signature covers the method and the path (conversationReadTarget), since there
   * is no body; a read is harmless to repeat, so it is not remembered as posts are. Another
   * integration's ticket, an email ticket and an id no ticket has are one and the same 404.
   */
  async function messages(event: APIGatewayProxyEventV2) {
    const ticketId = event.pathParameters?.id ?? '';
    const request = await authenticate(
      event,
      Buffer.from(conversationReadTarget(ticketId), 'utf8'),
      INGEST.maxChatBodyBytes,
    );
    const notFound = () =>
      refuse(
        new IngestRequestError(404, 'not-found', `no ticket ${ticketId} of this integration`),
        { integration: request.integration },
      );
    if (chatIntegrationOf(ticketId) !== request.integration || !deps.conversations)
      return notFound();
    const conversation = await deps.conversations.tickets.readConversation(ticketId);
    if (!conversation) return notFound();
    const survey =
      conversation.status === 'resolved'
        ? await deps.conversations.surveys.read(ticketId)
        : undefined;
    const { config } = await deps.config.current();
    const names = new Map(config.agents.map((agent) => [agent.id, agent.name ?? agent.id]));
    const view = conversationView({
      ticketId,
      ticket: conversation.ticket,
      status: conversation.status,
      messages: conversation.messages,
      agentName: (agent) => names.get(agent) ?? 'Support',
      ...(survey ? { survey } : {}),
    });
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      body: JSON.stringify(view),
    };
  }

  return middy(async (event: APIGatewayProxyEventV2) =>
    event.routeKey === `GET ${INGEST.messagesPath}`
      ? messages(event)
      : event.rawPath === INGEST.emailPath
        ? email(event)
        : chat(event),
  )
    .use(injectLambdaContext(deps.logger, { resetKeys: true }))
    .use(logMetrics(deps.metrics))
    .use(httpHeaderNormalizer())
    .use(
      httpErrorHandler({
        logger: (error: unknown) => {
          if (!(error instanceof IngestRequestError))
            deps.logger.error('ingest request failed on the server side', { error });
        },
      }),
    );
}

export type HttpIngestHandler = ReturnType<typeof createHttpIngestHandler>;
