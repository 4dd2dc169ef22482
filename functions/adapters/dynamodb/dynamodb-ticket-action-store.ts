import { setTimeout as pause } from 'node:timers/promises';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TicketEvent } from '../../core/followup/ticket-history';
import { TicketChangeContentionError } from '../ticket-change-contention-error';
import type {
  ActionTicket,
  TicketAction,
  TicketActionOutcome,
  TicketActionStore,
} from '../ticket-action-store';
import { waitAfter, type WaitRecord } from '../../core/waiting-line/waited-time';
import { agentLoadUpdate } from './agent-load-update';
import { leaveLineClauses, waitFromItem } from './line-items';
import { storedTicketFields, teamStatusKey, ticketKey } from './ticket-items';
import { writeTransaction, type TransactItem } from './transaction-cancellation';
import { versionedTicketUpdate, type TicketItemChange } from './versioned-ticket-update';

/** The attributes that list a ticket in byFollowUp (ticket-items.ts). */
const FOLLOW_UP_ATTRIBUTES = ['followUpKey', 'followUpDue'];

/** Reads and conditional writes of one ticket tried before giving up to the caller's retry. */
const TICKET_CHANGE_ATTEMPTS = 5;

/**
 * What a change of a ticket looks at and a link page shows (several are DynamoDB reserved words,
 * hence #names): of the customer's ticket only its subject, never the message or the address.
 */
const TICKET_STATE_ATTRIBUTES = [
  'pk',
  'sk',
  'ticketId',
  'status',
  'team',
  'agent',
  'acknowledgedAt',
  'version',
  'assignment',
  'history',
  'waitingSince',
  'waitedMs',
  'pendingEmails',
] as const;
const PROJECTION = [...TICKET_STATE_ATTRIBUTES.map((name) => `#${name}`), '#ticket.#subject'].join(
  ', ',
);
const PROJECTION_NAMES = {
  ...Object.fromEntries(TICKET_STATE_ATTRIBUTES.map((name) => [`#${name}`, name])),
  '#ticket': 'ticket',
  '#subject': 'subject',
};

/** A ticket as a change reads it: its state and how long it has waited. */
type TicketState = ActionTicket & { readonly wait: WaitRecord };

/**
 * The same with whether emails written with it may be unsent, which keeps it in byFollowUp for
 * the scheduler to send: what a change decides by, not what it answers.
 */
interface ReadTicket {
  readonly ticket: TicketState;
  readonly pendingEmails: boolean;
}

/** Acknowledgements and resolutions on the tickets table through the DynamoDB document client. */
export class DynamoDbTicketActionStore implements TicketActionStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The ticket item alone (no outbox), strongly consistent: what a change is conditional on. */
  async findActionTicket(ticketId: string): Promise<TicketState | undefined> {
    return (await this.readTicket(ticketId))?.ticket;
  }

  private async readTicket(ticketId: string): Promise<ReadTicket | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: ticketKey(ticketId),
        ConsistentRead: true,
        ProjectionExpression: PROJECTION,
        ExpressionAttributeNames: PROJECTION_NAMES,
      }),
    );
    if (!Item) return undefined;
    const subject = (Item.ticket as { subject?: unknown } | undefined)?.subject;
    return {
      ticket: {
        ...storedTicketFields(this.tableName, Item),
        subject: typeof subject === 'string' ? subject : null,
        wait: waitFromItem(Item),
      },
      pendingEmails: Item.pendingEmails === true,
    };
  }

  /**
   * Sets `acknowledgedAt` and keeps `status`, which routing and follow-ups read; the ticket moves
   * to its team's `acknowledged` partition of byTeamStatus, so support leads can list it there.
   * A ticket acknowledged in its team's inbox has been taken by someone: it leaves the line, and
   * the scheduler's byFollowUp unless emails written with it may be unsent.
   */
  async acknowledgeTicket(action: TicketAction): Promise<TicketActionOutcome> {
    return this.changeTicket(action, (ticket, pendingEmails) => {
      if (ticket.acknowledgedAt !== null || ticket.status === 'resolved') return undefined;
      const line = this.leaveLine(ticket, action);
      return [
        this.ticketUpdate(ticket, action, 'acknowledged', {
          sets: [
            'acknowledgedAt = :when',
            ...(ticket.team === null ? [] : ['teamStatus = :teamStatus', 'statusSince = :when']),
            ...line.sets,
          ],
          removes: [...line.removes, ...(pendingEmails ? [] : FOLLOW_UP_ATTRIBUTES)],
          values: {
            ':when': new Date(action.at).toISOString(),
            ...(ticket.team === null
              ? {}
              : { ':teamStatus': teamStatusKey(ticket.team, 'acknowledged') }),
            ...line.values,
          },
        }),
      ];
    });
  }

  /** A resolved or acknowledged ticket leaves its team's line; the time it waited is kept. */
  private leaveLine(ticket: TicketState, action: TicketAction) {
    return leaveLineClauses(ticket.ticketId, waitAfter(ticket.wait, false, action.at));
  }

  async resolveTicket(action: TicketAction): Promise<TicketActionOutcome> {
    return this.changeTicket(action, (ticket) => {
      if (ticket.status === 'resolved') return undefined;
      const when = new Date(action.at).toISOString();
      const line = this.leaveLine(ticket, action);
      const items: TransactItem[] = [
        this.ticketUpdate(ticket, action, 'resolved', {
          sets: [
            '#status = :resolved',
            'resolvedAt = :when',
            'statusSince = :when',
            ...(ticket.team === null ? [] : ['teamStatus = :teamStatus']),
            ...line.sets,
          ],
          // Nothing is followed up on a resolved ticket, its unsent emails neither.
          removes: [...line.removes, ...FOLLOW_UP_ATTRIBUTES],
          names: { '#status': 'status' },
          values: {
            ':resolved': 'resolved',
            ':when': when,
            ...(ticket.team === null
              ? {}
              : { ':teamStatus': teamStatusKey(ticket.team, 'resolved') }),
            ...line.values,
          },
        }),
      ];
      // Only an assigned ticket holds a place in its agent's load; the version condition on the
      // ticket makes sure this runs once per assignment, and the load's own condition keeps a
      // count from going below zero should it ever have been reset.
      if (ticket.status === 'assigned' && ticket.agent !== null) {
        items.push(
          agentLoadUpdate(this.tableName, ticket.agent, { kind: 'release', aboveZero: true }),
        );
      }
      return items;
    });
  }

  /**
   * Reads the ticket, asks `change` for the writes its state calls for (none: nothing to do), and
   * writes them conditional on the version read and, for a link, on the assignment it was sent
   * for. When another change came in between, reads again, so a double click or a scheduler run
   * at the same moment cannot apply twice, and a handover in between turns the click into `moved`.
   */
  private async changeTicket(
    action: TicketAction,
    change: (ticket: TicketState, pendingEmails: boolean) => TransactItem[] | undefined,
  ): Promise<TicketActionOutcome> {
    for (let attempt = 1; attempt <= TICKET_CHANGE_ATTEMPTS; attempt++) {
      const read = await this.readTicket(action.ticketId);
      if (!read) return { kind: 'not-found' };
      const { ticket } = read;
      const { holder } = action;
      if (holder && (ticket.agent !== holder.agent || ticket.assignment !== holder.assignment)) {
        return { kind: 'moved', ticket };
      }
      const items = change(ticket, read.pendingEmails);
      if (!items) return { kind: 'unchanged', ticket };
      const cancellation = await writeTransaction(this.documents, items);
      if (cancellation) {
        // The agent's load already at zero: the ticket is still resolved, alone.
        if (cancellation.passed(0) && cancellation.conditionFailed(1)) {
          const alone = await writeTransaction(this.documents, items.slice(0, 1));
          if (alone) throw alone.error;
        } else if (cancellation.anyConditionFailed || cancellation.conflicted) {
          await pause(5 + Math.random() * 20 * attempt);
          continue;
        } else throw cancellation.error;
      }
      const after = await this.findActionTicket(action.ticketId);
      return { kind: 'done', ticket: after ?? ticket };
    }
    throw new TicketChangeContentionError(action.ticketId, TICKET_CHANGE_ATTEMPTS);
  }

  /**
   * The ticket's own update: the change and its history entry (through what, and who acted), if
   * the ticket is still as read and, for a link, still at the link's assignment.
   */
  private ticketUpdate(
    ticket: TicketState,
    action: TicketAction,
    event: TicketEvent['event'],
    change: Omit<TicketItemChange, 'events' | 'condition'>,
  ): TransactItem {
    const { holder } = action;
    return versionedTicketUpdate(this.tableName, ticket.ticketId, ticket.version, {
      ...change,
      ...(holder
        ? {
            // Assignment 0 is a ticket recorded before assignments were numbered.
            condition:
              holder.assignment === 0
                ? '#agent = :holderAgent AND attribute_not_exists(#assignment)'
                : '#agent = :holderAgent AND #assignment = :holderAssignment',
            names: { ...change.names, '#agent': 'agent', '#assignment': 'assignment' },
            values: {
              ...change.values,
              ':holderAgent': holder.agent,
              ...(holder.assignment === 0 ? {} : { ':holderAssignment': holder.assignment }),
            },
          }
        : {}),
      events: [
        {
          event,
          at: new Date(action.at).toISOString(),
          by: action.by,
          actor: action.actor,
          team: ticket.team,
          agent: ticket.agent,
        },
      ],
    });
  }
}
