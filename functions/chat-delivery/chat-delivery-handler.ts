import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { signWebhook, SIGNATURE_HEADER } from '../core/ingest/webhook-signature';
import {
  chatIntegrationOf,
  chatMessagePost,
  chatResolvedPost,
  chatRetryDelaySeconds,
  parseChatDeliveryEvent,
  type ChatDeliveryEvent,
  type ChatMessagePost,
  type ChatResolvedPost,
} from '../core/replies/chat-event';
import { CHAT_DELIVERY, CHAT_DELIVERY_METRICS } from '../definitions/chat-delivery';
import type { ChatDeliveryDependencies } from './dependencies';
import { DeliveryPostponedError } from './delivery-postponed-error';

/** Why an event is not posted (never retried), or why its post failed. */
type Outcome =
  | { readonly kind: 'delivered'; readonly status: number }
  /** Nothing to post any more: the ticket or its message was erased. */
  | { readonly kind: 'gone' }
  | { readonly kind: 'failed'; readonly reason: string; readonly retry: boolean };

/**
 * Posts each queued event to its chat integration's outbound webhook, signed as the integration
 * signs its own posts (`Sunroute-Signature` over the raw body, with each of its active secrets).
 * A post that failed for a reason that may pass (5xx, 408, 429, no answer) is tried again after a
 * growing delay (the message's visibility), up to CHAT_DELIVERY.attempts; any other failure, and
 * the last attempt's, dead-letters the event with the reason (status or error, event and ticket
 * id: the dead letter and the logs hold no customer's words).
 */
export function createChatDeliveryHandler(deps: ChatDeliveryDependencies) {
  const { settings } = deps;

  async function payload(
    event: ChatDeliveryEvent,
  ): Promise<ChatMessagePost | ChatResolvedPost | undefined> {
    if (event.kind === 'resolved') {
      const survey = await deps.surveys.read(event.ticketId);
      return survey && chatResolvedPost(event.ticketId, survey);
    }
    const conversation = await deps.conversations.readConversation(event.ticketId);
    const message = conversation?.messages.find(
      (candidate) => candidate.sequence === event.sequence && candidate.from === 'agent',
    );
    return message && chatMessagePost(event.ticketId, message, event.agentName);
  }

  async function deliver(event: ChatDeliveryEvent): Promise<Outcome> {
    const integration = chatIntegrationOf(event.ticketId);
    if (integration === undefined)
      return { kind: 'failed', reason: 'not the ticket of a chat integration', retry: false };
    const { secrets, outboundUrls } = await deps.integrations.current();
    const url = outboundUrls[integration];
    const signing = secrets[integration];
    if (url === undefined || signing === undefined)
      return {
        kind: 'failed',
        reason: `integration ${integration} has no outboundUrl in the integrations document`,
        retry: false,
      };
    const post = await payload(event);
    if (post === undefined) return { kind: 'gone' };
    const body = JSON.stringify(post);
    const response = await deps.post(
      url,
      body,
      {
        'Content-Type': 'application/json',
        [SIGNATURE_HEADER]: signWebhook(body, signing, deps.clock()),
        [CHAT_DELIVERY.eventHeader]: post.type,
      },
      settings.requestTimeoutMs,
    );
    if (response.ok) return { kind: 'delivered', status: response.status };
    return 'status' in response
      ? { kind: 'failed', reason: `HTTP ${response.status}`, retry: response.retry }
      : { kind: 'failed', reason: response.error, retry: true };
  }

  async function deadLetter(record: SQSRecord, reason: string, rule: string): Promise<void> {
    await deps.deadLetters.send({
      body: record.body,
      reason,
      field: '$',
      rule,
      sourceMessageId: record.messageId,
    });
    deps.metrics.addMetric(CHAT_DELIVERY_METRICS.deadLettered, MetricUnit.Count, 1);
  }

  async function recordHandler(record: SQSRecord): Promise<void> {
    const attempt = Number(record.attributes.ApproximateReceiveCount) || 1;
    const event = parseChatDeliveryEvent(record.body);
    if (event === undefined) {
      deps.logger.error('chat event dead-lettered: not an event', { messageId: record.messageId });
      await deadLetter(record, '$: is not a chat delivery event', 'is not a chat delivery event');
      return;
    }
    const about = { event: event.kind, ticketId: event.ticketId, attempt };
    const outcome = await deliver(event);
    if (outcome.kind === 'delivered') {
      deps.metrics.addMetric(CHAT_DELIVERY_METRICS.delivered, MetricUnit.Count, 1);
      deps.logger.info('chat event delivered', { ...about, status: outcome.status });
      return;
    }
    if (outcome.kind === 'gone') {
      deps.logger.info('chat event dropped: its ticket or message is gone', about);
      return;
    }
    if (outcome.retry && attempt < settings.attempts) {
      const delay = chatRetryDelaySeconds(attempt, settings.backoff);
      await deps.queue.postpone(record.receiptHandle, delay);
      deps.metrics.addMetric(CHAT_DELIVERY_METRICS.retried, MetricUnit.Count, 1);
      deps.logger.warn('chat event not delivered, tried again later', {
        ...about,
        reason: outcome.reason,
        retryInSeconds: delay,
      });
      throw new DeliveryPostponedError(`${event.kind} for ${event.ticketId}: ${outcome.reason}`);
    }
    const reason = outcome.retry
      ? `${outcome.reason} on each of ${attempt} attempts`
      : `${outcome.reason} (not retried)`;
    deps.logger.error('chat event dead-lettered', { ...about, reason });
    await deadLetter(record, `${event.kind} for ${event.ticketId}: ${reason}`, reason);
  }

  return middy(async (event: SQSEvent, context: Context) => {
    const processor = new BatchProcessor(EventType.SQS);
    // A batch whose every post failed is answered like any other: the failures were postponed
    // each by its own delay, which a thrown batch would not keep apart.
    return processPartialResponse(event, recordHandler, processor, {
      context,
      throwOnFullBatchFailure: false,
    });
  })
    .use(injectLambdaContext(deps.logger, { resetKeys: true }))
    .use(logMetrics(deps.metrics));
}

export type ChatDeliveryHandler = ReturnType<typeof createChatDeliveryHandler>;
