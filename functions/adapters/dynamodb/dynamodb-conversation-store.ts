import { QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ConversationMessage } from '../../core/replies/conversation-message';
import type { Ticket } from '../../core/ticket/ticket-schema';
import { TICKET_INDEXES } from '../../definitions/tables';
import type {
  ConversationOutcome,
  ConversationRecord,
  ConversationStore,
  ConversationTicket,
} from '../conversation-store';
import { StoredItemError } from '../stored-item-error';
import { readTicketPartition } from './ticket-partition';
import { partitionExpiry } from '../../core/privacy/retention';
import {
  outboxFromItem,
  outboxItem,
  PENDING_FOLLOW_UP_KEY,
  replyIdentifierKey,
  decisionFromItem,
  storedTicketFields,
  TICKET_SK,
  ticketPk,
} from './ticket-items';
import { writeTransaction } from './transaction-cancellation';
import { versionedTicketUpdate } from './versioned-ticket-update';

export const MESSAGE_SK_PREFIX = 'MESSAGE#';

// Padded so that a ticket's messages sort in order.
export const messageKey = (ticketId: string, sequence: number) => ({
  pk: ticketPk(ticketId),
  sk: `${MESSAGE_SK_PREFIX}${String(sequence).padStart(3, '0')}`,
});

function messageFromItem(table: string, item: Record<string, unknown>): ConversationMessage {
  const from = item.from;
  if (from !== 'agent' && from !== 'customer')
    throw new StoredItemError(
      table,
      `${String(item.pk)}/${String(item.sk)}`,
      'from',
      'is not agent or customer',
    );
  return {
    sequence: Number(item.sequence),
    from,
    at: String(item.at),
    text: String(item.text),
    ...(typeof item.agent === 'string' ? { agent: item.agent } : {}),
    ...(typeof item.messageId === 'string' ? { messageId: item.messageId } : {}),
    ...(typeof item.sentMessageId === 'string' ? { sentMessageId: item.sentMessageId } : {}),
    ...(typeof item.rawKey === 'string' ? { rawKey: item.rawKey } : {}),
    ...(Array.isArray(item.references)
      ? { references: item.references.filter((id): id is string => typeof id === 'string') }
      : {}),
  };
}

/** Conversations on the tickets table through the DynamoDB document client. */
export class DynamoDbConversationStore implements ConversationStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async latestTicketOfThread(threadId: string): Promise<string | undefined> {
    const { Items } = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TICKET_INDEXES.byThread,
        KeyConditionExpression: 'threadKey = :thread',
        ExpressionAttributeValues: { ':thread': threadId },
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    const pk = Items?.[0]?.pk;
    return typeof pk === 'string' ? pk.slice(ticketPk('').length) : undefined;
  }

  async ticketIdForReplyKey(replyKey: string): Promise<string | undefined> {
    const { Items } = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TICKET_INDEXES.byIdentifier,
        KeyConditionExpression: 'identifierKey = :key',
        ExpressionAttributeValues: { ':key': replyIdentifierKey(replyKey) },
        Limit: 1,
      }),
    );
    const pk = Items?.[0]?.pk;
    return typeof pk === 'string' ? pk.slice(ticketPk('').length) : undefined;
  }

  async readConversation(ticketId: string): Promise<ConversationTicket | undefined> {
    const items = await readTicketPartition(this.documents, this.tableName, ticketId);
    const item = items.find((candidate) => candidate.sk === TICKET_SK);
    if (!item) return undefined;
    const fields = storedTicketFields(this.tableName, item);
    const sequence = item.lastEmailSequence;
    return {
      ...fields,
      ticket: item.ticket as Ticket,
      decision: decisionFromItem(this.tableName, item),
      firstReplyAt: typeof item.firstReplyAt === 'string' ? item.firstReplyAt : null,
      ...(typeof item.expiresAt === 'number' ? { expiresAt: item.expiresAt } : {}),
      lastEmailSequence: typeof sequence === 'number' ? sequence : 1,
      messages: items
        .filter((candidate) => String(candidate.sk).startsWith(MESSAGE_SK_PREFIX))
        .map((candidate) => messageFromItem(this.tableName, candidate)),
    };
  }

  /**
   * One transaction: the ticket item (conditional on its version and assignment: a handover since
   * the reading refuses the message) gets, for an answer, `firstReplyAt` once, and the outbox number and the pending
   * flag the scheduler delivers by should this run end before sending; the message and the
   * claimed outbox email are new items beside it.
   */
  async recordMessage(record: ConversationRecord): Promise<ConversationOutcome> {
    const when = new Date(record.at).toISOString();
    const { email, answer } = record;
    const expires = partitionExpiry(record.expiresAt, record.at);
    const outbox =
      email &&
      outboxItem(
        record.ticketId,
        email.sequence,
        email.recipient,
        email.message,
        email.claim,
        expires,
      );
    const items = [
      versionedTicketUpdate(this.tableName, record.ticketId, record.version, {
        sets: [
          ...(answer ? ['firstReplyAt = if_not_exists(firstReplyAt, :when)'] : []),
          ...(email
            ? [
                'lastEmailSequence = :sequence',
                'pendingEmails = :true',
                // Read by the next scheduler run, which sends it if this function cannot.
                'followUpKey = :followUpKey',
                'followUpDue = :when',
              ]
            : []),
        ],
        names: { '#assignment': 'assignment' },
        values: {
          ...(answer || email ? { ':when': when } : {}),
          ...(email
            ? {
                ':sequence': email.sequence,
                ':true': true,
                ':followUpKey': PENDING_FOLLOW_UP_KEY,
              }
            : {}),
          ':assignment': record.assignment,
        },
        events: record.event === undefined ? [] : [record.event],
        condition: '#assignment = :assignment',
      }),
      ...(outbox
        ? [
            {
              Put: {
                TableName: this.tableName,
                Item: outbox,
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ]
        : []),
      ...(record.message === undefined
        ? []
        : [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...messageKey(record.ticketId, record.message.sequence),
                  ...record.message,
                  expiresAt: expires,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ]),
    ];
    const cancellation = await writeTransaction(this.documents, items);
    if (!cancellation)
      return {
        kind: 'recorded',
        ...(outbox ? { email: outboxFromItem(this.tableName, outbox) } : {}),
      };
    if (cancellation.conditionFailed(0) || cancellation.conflicted) return { kind: 'changed' };
    throw cancellation.error;
  }

  async markMessageSent(ticketId: string, sequence: number, sentMessageId: string): Promise<void> {
    await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: messageKey(ticketId, sequence),
        UpdateExpression: 'SET sentMessageId = :id',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':id': sentMessageId },
      }),
    );
  }
}
