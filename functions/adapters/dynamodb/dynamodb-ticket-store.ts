import { setTimeout as pause } from 'node:timers/promises';
import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
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
  type FollowUpChange,
  type FollowUpOutcome,
  type FollowUpStore,
  type OpenTicketRecord,
  type TicketAction,
  type TicketActionOutcome,
  type TicketActionStore,
  type TicketStore,
} from '../ticket-store';
import {
  agentLoadKey,
  autoReplyItem,
  isOutboxItem,
  outboxFromItem,
  outboxItem,
  openTicketFromItem,
  outboxKey,
  storedTicketFields,
  ticketItem,
  ticketKey,
  teamStatusKey,
  TICKET_SK,
  type ItemKey,
} from './ticket-items';
import { queryAll } from './query-all';
import { readTicketPartition } from './ticket-partition';
import type { TicketEvent } from '../../core/followup/ticket-history';
import { TicketChangeContentionError } from '../ticket-change-contention-error';
import { BATCH_GET_ATTEMPTS, UnprocessedKeysError } from './unprocessed-keys-error';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** BatchGetItem takes at most 100 keys per call. */
const BATCH_GET_LIMIT = 100;

/**
 * How many of a thread's or customer's latest tickets to look through for one that has an agent
 * (queued and team-inbox tickets have none): the latest usually has one, so this rarely reads
 * more than one item.
 */
const STICKY_LOOKBACK = 5;

/** The byTeamStatus partitions of a team's tickets that are not resolved. */
const OPEN_LIST_STATUSES = ['assigned', 'queued', 'acknowledged'] as const;

/** Reads and conditional writes of one ticket tried before giving up to the caller's retry. */
const TICKET_CHANGE_ATTEMPTS = 5;

/** What a change of a ticket looks at (several are DynamoDB reserved words, hence #names). */
const TICKET_STATE_ATTRIBUTES = [
  'pk',
  'sk',
  'ticketId',
  'status',
  'team',
  'agent',
  'acknowledgedAt',
  'version',
  'history',
] as const;

/** The tickets table through the DynamoDB document client. */
export class DynamoDbTicketStore implements TicketStore, TicketActionStore, FollowUpStore {
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

  /** The ticket item alone (no outbox), strongly consistent: what a change is conditional on. */
  private async ticketState(ticketId: string): Promise<StoredTicket | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: ticketKey(ticketId),
        ConsistentRead: true,
        ProjectionExpression: TICKET_STATE_ATTRIBUTES.map((name) => `#${name}`).join(', '),
        ExpressionAttributeNames: Object.fromEntries(
          TICKET_STATE_ATTRIBUTES.map((name) => [`#${name}`, name]),
        ),
      }),
    );
    return Item ? { ...storedTicketFields(this.tableName, Item), emails: [] } : undefined;
  }

  /**
   * Sets `acknowledgedAt` and keeps `status`, which routing and follow-ups read; the ticket moves
   * to its team's `acknowledged` partition of byTeamStatus, so support leads can list it there.
   */
  async acknowledgeTicket(action: TicketAction): Promise<TicketActionOutcome> {
    return this.changeTicket(action, (ticket) =>
      ticket.acknowledgedAt !== null || ticket.status === 'resolved'
        ? undefined
        : [
            this.ticketUpdate(ticket, action, 'acknowledged', {
              set:
                'acknowledgedAt = :when' +
                (ticket.team === null ? '' : ', teamStatus = :teamStatus, statusSince = :when'),
              values: {
                ':when': new Date(action.at).toISOString(),
                ...(ticket.team === null
                  ? {}
                  : { ':teamStatus': teamStatusKey(ticket.team, 'acknowledged') }),
              },
            }),
          ],
    );
  }

  async resolveTicket(action: TicketAction): Promise<TicketActionOutcome> {
    return this.changeTicket(action, (ticket) => {
      if (ticket.status === 'resolved') return undefined;
      const when = new Date(action.at).toISOString();
      const items: TransactItem[] = [
        this.ticketUpdate(ticket, action, 'resolved', {
          set:
            '#status = :resolved, resolvedAt = :when, statusSince = :when' +
            (ticket.team === null ? '' : ', teamStatus = :teamStatus'),
          values: {
            ':resolved': 'resolved',
            ':when': when,
            ...(ticket.team === null
              ? {}
              : { ':teamStatus': teamStatusKey(ticket.team, 'resolved') }),
          },
        }),
      ];
      // Only an assigned ticket holds a place in its agent's load; the version condition on the
      // ticket makes sure this runs once per assignment, and the load's own condition keeps a
      // count from going below zero should it ever have been reset.
      if (ticket.status === 'assigned' && ticket.agent !== null) {
        items.push({
          Update: {
            TableName: this.tableName,
            Key: agentLoadKey(ticket.agent),
            UpdateExpression: 'ADD openTickets :minusOne',
            ConditionExpression: 'openTickets > :zero',
            ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
          },
        });
      }
      return items;
    });
  }

  /**
   * Reads the ticket, asks `change` for the writes its state calls for (none: nothing to do), and
   * writes them conditional on the version read. When another change came in between, reads
   * again, so a double click or a scheduler run at the same moment cannot apply twice.
   */
  private async changeTicket(
    action: TicketAction,
    change: (ticket: StoredTicket) => TransactItem[] | undefined,
  ): Promise<TicketActionOutcome> {
    for (let attempt = 1; attempt <= TICKET_CHANGE_ATTEMPTS; attempt++) {
      const ticket = await this.ticketState(action.ticketId);
      if (!ticket) return { kind: 'not-found' };
      const items = change(ticket);
      if (!items) return { kind: 'unchanged', ticket };
      try {
        await this.documents.send(new TransactWriteCommand({ TransactItems: items }));
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code);
        // The agent's load already at zero: the ticket is still resolved, alone.
        if (codes[0] === 'None' && codes[1] === 'ConditionalCheckFailed') {
          await this.documents.send(new TransactWriteCommand({ TransactItems: items.slice(0, 1) }));
        } else if (
          codes.some((code) => code === 'ConditionalCheckFailed' || code === 'TransactionConflict')
        ) {
          await pause(5 + Math.random() * 20 * attempt);
          continue;
        } else throw error;
      }
      const after = await this.ticketState(action.ticketId);
      return { kind: 'done', ticket: after ?? ticket };
    }
    throw new TicketChangeContentionError(action.ticketId, TICKET_CHANGE_ATTEMPTS);
  }

  /** The ticket's own update: the change, a history entry and the next version, if still read. */
  private ticketUpdate(
    ticket: StoredTicket,
    action: TicketAction,
    event: TicketEvent['event'],
    change: { readonly set: string; readonly values: Record<string, unknown> },
  ): TransactItem {
    const entry: TicketEvent = {
      event,
      at: new Date(action.at).toISOString(),
      by: action.by,
      team: ticket.team,
      agent: ticket.agent,
    };
    return {
      Update: {
        TableName: this.tableName,
        Key: ticketKey(ticket.ticketId),
        UpdateExpression: `SET ${change.set}, #version = :next, #history = list_append(if_not_exists(#history, :none), :entry)`,
        // Tickets recorded before versions existed count as version 0.
        ConditionExpression:
          ticket.version === 0 ? 'attribute_not_exists(#version)' : '#version = :version',
        ExpressionAttributeNames: {
          '#version': 'version',
          '#history': 'history',
          ...(change.set.includes('#status') ? { '#status': 'status' } : {}),
        },
        ExpressionAttributeValues: {
          ...change.values,
          ':next': ticket.version + 1,
          ':none': [],
          ':entry': [entry],
          ...(ticket.version === 0 ? {} : { ':version': ticket.version }),
        },
      },
    };
  }

  async recordAssignment(assignment: Assignment): Promise<AssignmentOutcome> {
    const { ticket, decision, at } = assignment;
    // Order matters: cancellation reasons come back by position.
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: ticketItem(ticket, decision, at),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
    const agentIndex = decision.agent === null ? -1 : items.length;
    if (decision.agent !== null) {
      const limited = assignment.agentLimit !== undefined;
      items.push({
        Update: {
          TableName: this.tableName,
          Key: agentLoadKey(decision.agent),
          UpdateExpression: 'ADD openTickets :one SET lastAssignedAt = :at',
          ...(limited
            ? { ConditionExpression: 'attribute_not_exists(openTickets) OR openTickets < :max' }
            : {}),
          ExpressionAttributeValues: {
            ':one': 1,
            ':at': at,
            ...(limited ? { ':max': assignment.agentLimit } : {}),
          },
        },
      });
    }
    const sequence = 1;
    if (assignment.email) {
      const { recipient, message, claim } = assignment.email;
      items.push({
        Put: {
          TableName: this.tableName,
          Item: outboxItem(ticket.id, sequence, recipient, message, claim, at),
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
              at,
            ),
          },
        },
      );
    }
    try {
      await this.documents.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code);
      if (codes[0] === 'ConditionalCheckFailed') return { kind: 'ticket-exists' };
      if (agentIndex >= 0 && codes[agentIndex] === 'ConditionalCheckFailed') {
        return { kind: 'agent-full', agentId: decision.agent! };
      }
      if (throttleIndex >= 0 && codes[throttleIndex] === 'ConditionalCheckFailed') {
        const again = await this.recordAssignment({ ...assignment, customerEmail: undefined });
        return again.kind === 'recorded' ? { ...again, customerEmailSkipped: true } : again;
      }
      if (codes.includes('TransactionConflict')) return { kind: 'conflict' };
      throw error;
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

  // Acknowledged tickets are open too: the scheduler counts them and sends their pending emails.
  async listOpenTickets(teamIds: readonly string[]): Promise<OpenTicketRecord[]> {
    const keys = teamIds.flatMap((team) =>
      OPEN_LIST_STATUSES.map((status) => teamStatusKey(team, status)),
    );
    const pages = await Promise.all(
      keys.map((teamStatus) =>
        queryAll(this.documents, {
          TableName: this.tableName,
          IndexName: TICKET_INDEXES.byTeamStatus,
          KeyConditionExpression: 'teamStatus = :teamStatus',
          ExpressionAttributeValues: { ':teamStatus': teamStatus },
        }),
      ),
    );
    return pages.flat().map((item) => openTicketFromItem(this.tableName, item));
  }

  async recordFollowUp(change: FollowUpChange): Promise<FollowUpOutcome> {
    const { reroute } = change;
    const when = new Date(change.at).toISOString();
    const sets = [
      '#version = :next',
      '#history = list_append(if_not_exists(#history, :none), :events)',
    ];
    const names: Record<string, string> = { '#version': 'version', '#history': 'history' };
    const values: Record<string, unknown> = {
      ':next': change.version + 1,
      ':none': [],
      ':events': change.events,
    };
    if (reroute) {
      const { decision } = reroute;
      sets.push(
        '#status = :status',
        '#team = :team',
        '#agent = :agent',
        '#decision = :decision',
        'teamStatus = :teamStatus',
        'statusSince = :since',
      );
      Object.assign(names, {
        '#status': 'status',
        '#team': 'team',
        '#agent': 'agent',
        '#decision': 'decision',
      });
      Object.assign(values, {
        ':status': decision.status,
        ':team': decision.team,
        ':agent': decision.agent,
        ':decision': decision,
        ':teamStatus': `${decision.team}#${decision.status}`,
        ':since': decision.at,
      });
    }
    if (change.escalated) {
      sets.push('escalatedAt = :when');
      values[':when'] = when;
    }
    if (change.emails.length > 0) {
      sets.push('lastEmailSequence = :sequence', 'pendingEmails = :true');
      values[':sequence'] = Math.max(...change.emails.map((email) => email.sequence));
      values[':true'] = true;
    }
    // Order matters: cancellation reasons come back by position.
    const items: TransactItem[] = [
      {
        Update: {
          TableName: this.tableName,
          Key: ticketKey(change.ticketId),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression:
            change.version === 0 ? 'attribute_not_exists(#version)' : '#version = :version',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: {
            ...values,
            ...(change.version === 0 ? {} : { ':version': change.version }),
          },
        },
      },
    ];
    let agentIndex = -1;
    if (reroute?.previousAgent) {
      items.push({
        Update: {
          TableName: this.tableName,
          Key: agentLoadKey(reroute.previousAgent),
          UpdateExpression: 'ADD openTickets :minusOne',
          ExpressionAttributeValues: { ':minusOne': -1 },
        },
      });
    }
    if (reroute && reroute.decision.status === 'assigned' && reroute.decision.agent !== null) {
      agentIndex = items.length;
      const limited = reroute.agentLimit !== undefined;
      items.push({
        Update: {
          TableName: this.tableName,
          Key: agentLoadKey(reroute.decision.agent),
          UpdateExpression: 'ADD openTickets :one SET lastAssignedAt = :at',
          ...(limited
            ? { ConditionExpression: 'attribute_not_exists(openTickets) OR openTickets < :max' }
            : {}),
          ExpressionAttributeValues: {
            ':one': 1,
            ':at': change.at,
            ...(limited ? { ':max': reroute.agentLimit } : {}),
          },
        },
      });
    }
    for (const email of change.emails) {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: outboxItem(
            change.ticketId,
            email.sequence,
            email.recipient,
            email.message,
            email.claim,
            change.at,
          ),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    try {
      await this.documents.send(new TransactWriteCommand({ TransactItems: items }));
      return { kind: 'recorded' };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code);
      if (codes[0] === 'ConditionalCheckFailed') return { kind: 'stale' };
      if (agentIndex >= 0 && codes[agentIndex] === 'ConditionalCheckFailed') {
        return { kind: 'agent-full', agentId: reroute!.decision.agent! };
      }
      if (codes.includes('TransactionConflict')) return { kind: 'conflict' };
      throw error;
    }
  }

  async clearPendingEmails(ticketId: string, lastEmailSequence: number): Promise<void> {
    try {
      await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: ticketKey(ticketId),
          UpdateExpression: 'SET pendingEmails = :false',
          ConditionExpression: 'lastEmailSequence = :sequence',
          ExpressionAttributeValues: { ':false': false, ':sequence': lastEmailSequence },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async claimEmail(email: OutboxEmail, claim: EmailClaim, staleBefore: number): Promise<boolean> {
    try {
      await this.documents.send(
        new UpdateCommand({
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
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async releaseEmail(email: OutboxEmail, claim: EmailClaim): Promise<void> {
    try {
      await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: this.outboxKeyOf(email),
          UpdateExpression: 'REMOVE claimToken, claimedAt',
          // Only our own claim: another run may have taken over a stale one meanwhile.
          ConditionExpression: 'claimToken = :token AND sent = :false',
          ExpressionAttributeValues: { ':token': claim.token, ':false': false },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
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
