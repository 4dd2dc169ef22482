import { setTimeout as pause } from 'node:timers/promises';
import {
  BatchGetCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { TICKET_INDEXES } from '../../definitions/tables';
import type { AgentLoad, RoutingState } from '../../core/routing/routing-state';
import {
  CUSTOMER_ACKNOWLEDGEMENT_SEQUENCE,
  type Assignment,
  type AssignmentOutcome,
  type EmailClaim,
  type OutboxEmail,
  type RoutingStateRequest,
  type StoredTicket,
  type TicketStore,
} from '../ticket-store';
import { agentLoadUpdate } from './agent-load-update';
import { conditionalUpdate } from './conditional-update';
import {
  agentLoadKey,
  autoReplyItem,
  expiresAt,
  identifierItems,
  isOutboxItem,
  outboxFromItem,
  outboxItem,
  outboxKey,
  storedTicketFields,
  ticketItem,
  TICKET_SK,
  type ItemKey,
} from './ticket-items';
import { readTicketPartition } from './ticket-partition';
import { writeTransaction, type TransactItem } from './transaction-cancellation';
import { BATCH_GET_ATTEMPTS, UnprocessedKeysError } from './unprocessed-keys-error';

/** BatchGetItem takes at most 100 keys per call. */
const BATCH_GET_LIMIT = 100;

/**
 * How many of a thread's or customer's latest tickets to look through for one that has an agent
 * (queued and team-inbox tickets have none): the latest usually has one, so this rarely reads
 * more than one item.
 */
const STICKY_LOOKBACK = 5;

/** The router's view of the tickets table through the DynamoDB document client. */
export class DynamoDbTicketStore implements TicketStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async loadRoutingState(request: RoutingStateRequest): Promise<RoutingState> {
    const [agents, threadAgent, customerAgent] = await Promise.all([
      this.agentLoads(request.agentIds),
      request.threadId === undefined
        ? undefined
        : this.latestAgent(TICKET_INDEXES.byThread, 'threadKey', request.threadId),
      request.customerId === undefined
        ? undefined
        : this.latestAgent(TICKET_INDEXES.byCustomer, 'customerKey', request.customerId),
    ]);
    return {
      agents,
      threads:
        request.threadId !== undefined && threadAgent ? { [request.threadId]: threadAgent } : {},
      customers:
        request.customerId !== undefined && customerAgent
          ? { [request.customerId]: customerAgent }
          : {},
    };
  }

  private async agentLoads(agentIds: readonly string[]): Promise<Record<string, AgentLoad>> {
    const loads: Record<string, AgentLoad> = {};
    for (let start = 0; start < agentIds.length; start += BATCH_GET_LIMIT) {
      let keys: Record<string, unknown>[] = agentIds
        .slice(start, start + BATCH_GET_LIMIT)
        .map((id) => agentLoadKey(id));
      for (let attempt = 1; keys.length > 0; attempt++) {
        if (attempt > BATCH_GET_ATTEMPTS)
          throw new UnprocessedKeysError(this.tableName, keys.length);
        if (attempt > 1) await pause(20 * 2 ** attempt * Math.random());
        const { Responses, UnprocessedKeys } = await this.documents.send(
          new BatchGetCommand({
            RequestItems: {
              // Consistent: a load read a moment stale makes the capacity condition fail more.
              [this.tableName]: {
                Keys: keys,
                ConsistentRead: true,
                ProjectionExpression: 'pk, openTickets, lastAssignedAt',
              },
            },
          }),
        );
        for (const item of Responses?.[this.tableName] ?? []) {
          const agentId = String(item.pk).slice('AGENT#'.length);
          loads[agentId] = {
            openTickets: Number(item.openTickets ?? 0),
            ...(typeof item.lastAssignedAt === 'number'
              ? { lastAssignedAt: item.lastAssignedAt }
              : {}),
          };
        }
        keys = UnprocessedKeys?.[this.tableName]?.Keys ?? [];
      }
    }
    return loads;
  }

  /** The agent of the latest ticket in a thread or of a customer that has one (GSI, newest first). */
  private async latestAgent(
    indexName: string,
    keyAttribute: string,
    value: string,
  ): Promise<string | undefined> {
    const { Items } = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: indexName,
        KeyConditionExpression: '#key = :value',
        ExpressionAttributeNames: { '#key': keyAttribute, '#status': 'status', '#agent': 'agent' },
        ExpressionAttributeValues: { ':value': value },
        ProjectionExpression: '#agent, #status',
        ScanIndexForward: false,
        Limit: STICKY_LOOKBACK,
      }),
    );
    const open = (Items ?? []).find(
      (item) => item.status === 'assigned' && typeof item.agent === 'string',
    );
    return open?.agent as string | undefined;
  }

  async findTicket(ticketId: string): Promise<StoredTicket | undefined> {
    const items = await readTicketPartition(this.documents, this.tableName, ticketId);
    const ticket = items.find((item) => item.sk === TICKET_SK);
    if (!ticket) return undefined;
    return {
      ...storedTicketFields(this.tableName, ticket),
      emails: items.filter(isOutboxItem).map((item) => outboxFromItem(this.tableName, item)),
    };
  }

  async recordAssignment(assignment: Assignment): Promise<AssignmentOutcome> {
    const { ticket, decision, at, retention } = assignment;
    // Order matters: cancellation reasons come back by position.
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: ticketItem(ticket, decision, at, retention, assignment.followUpDue),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
    const agentIndex = decision.agent === null ? -1 : items.length;
    if (decision.agent !== null) {
      items.push(
        agentLoadUpdate(this.tableName, decision.agent, {
          kind: 'take',
          at,
          ...(assignment.agentLimit === undefined ? {} : { limit: assignment.agentLimit }),
        }),
      );
    }
    // Put after the ticket's own conditional Put, so that a ticket recorded already fails the whole
    // transaction before these are written again.
    for (const item of identifierItems(ticket, at, retention)) {
      items.push({ Put: { TableName: this.tableName, Item: item } });
    }
    const sequence = 1;
    const expires = expiresAt(at, retention);
    if (assignment.email) {
      const { recipient, message, claim } = assignment.email;
      items.push({
        Put: {
          TableName: this.tableName,
          Item: outboxItem(ticket.id, sequence, recipient, message, claim, expires),
        },
      });
    }
    // The customer's acknowledgement, and the thread's record that refuses a second one in a day.
    const customer = assignment.customerEmail;
    const throttleIndex = customer ? items.length : -1;
    if (customer) {
      items.push(
        {
          Put: {
            TableName: this.tableName,
            Item: autoReplyItem(customer.thread, ticket.id, at),
            ConditionExpression: 'attribute_not_exists(pk) OR lastAt < :since',
            ExpressionAttributeValues: { ':since': customer.unlessSentSince },
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: outboxItem(
              ticket.id,
              CUSTOMER_ACKNOWLEDGEMENT_SEQUENCE,
              'customer',
              customer.message,
              customer.claim,
              expires,
            ),
          },
        },
      );
    }
    const cancellation = await writeTransaction(this.documents, items);
    if (cancellation) {
      if (cancellation.conditionFailed(0)) return { kind: 'ticket-exists' };
      if (agentIndex >= 0 && cancellation.conditionFailed(agentIndex)) {
        return { kind: 'agent-full', agentId: decision.agent! };
      }
      if (throttleIndex >= 0 && cancellation.conditionFailed(throttleIndex)) {
        const again = await this.recordAssignment({ ...assignment, customerEmail: undefined });
        return again.kind === 'recorded' ? { ...again, customerEmailSkipped: true } : again;
      }
      if (cancellation.conflicted) return { kind: 'conflict' };
      throw cancellation.error;
    }
    const outbox = (
      number: number,
      recipient: OutboxEmail['recipient'],
      email: { readonly message: OutboxEmail['message']; readonly claim: EmailClaim },
    ): OutboxEmail => ({
      ticketId: ticket.id,
      sequence: number,
      recipient,
      message: email.message,
      sent: false,
      claim: email.claim,
    });
    return {
      kind: 'recorded',
      ...(assignment.email
        ? { email: outbox(sequence, assignment.email.recipient, assignment.email) }
        : {}),
      ...(customer
        ? { customerEmail: outbox(CUSTOMER_ACKNOWLEDGEMENT_SEQUENCE, 'customer', customer) }
        : {}),
    };
  }

  async claimEmail(email: OutboxEmail, claim: EmailClaim, staleBefore: number): Promise<boolean> {
    return conditionalUpdate(this.documents, {
      TableName: this.tableName,
      Key: this.outboxKeyOf(email),
      UpdateExpression: 'SET claimToken = :token, claimedAt = :at',
      ConditionExpression:
        'sent = :false AND (attribute_not_exists(claimedAt) OR claimedAt < :staleBefore)',
      ExpressionAttributeValues: {
        ':token': claim.token,
        ':at': claim.at,
        ':false': false,
        ':staleBefore': staleBefore,
      },
    });
  }

  async releaseEmail(email: OutboxEmail, claim: EmailClaim): Promise<void> {
    await conditionalUpdate(this.documents, {
      TableName: this.tableName,
      Key: this.outboxKeyOf(email),
      UpdateExpression: 'REMOVE claimToken, claimedAt',
      // Only our own claim: another run may have taken over a stale one meanwhile.
      ConditionExpression: 'claimToken = :token AND sent = :false',
      ExpressionAttributeValues: { ':token': claim.token, ':false': false },
    });
  }

  async markEmailSent(
    email: OutboxEmail,
    sent: { readonly messageId: string; readonly at: number },
  ): Promise<void> {
    await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: this.outboxKeyOf(email),
        UpdateExpression:
          'SET sent = :true, sentAt = :at, sesMessageId = :messageId REMOVE claimToken, claimedAt',
        ExpressionAttributeValues: { ':true': true, ':at': sent.at, ':messageId': sent.messageId },
      }),
    );
  }

  private outboxKeyOf(email: OutboxEmail): ItemKey {
    return outboxKey(email.ticketId, email.sequence);
  }
}
