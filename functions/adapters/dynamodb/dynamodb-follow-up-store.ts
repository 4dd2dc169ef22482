import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { OpenTicketEntry } from '../../core/followup/due-filter';
import { TICKET_INDEXES } from '../../definitions/tables';
import type {
  FollowUpChange,
  FollowUpOutcome,
  FollowUpStore,
  OpenTicketRecord,
  OpenTickets,
} from '../follow-up-store';
import { agentLoadUpdate } from './agent-load-update';
import { batchGetItems } from './batch-get-items';
import { lineClauses } from './line-items';
import { conditionalUpdate } from './conditional-update';
import { partitionExpiry } from '../../core/privacy/retention';
import {
  openTicketFromItem,
  outboxItem,
  teamStatusKey,
  ticketKey,
  type ItemKey,
} from './ticket-items';
import { writeTransaction, type TransactItem } from './transaction-cancellation';
import { versionedTicketUpdate } from './versioned-ticket-update';

/** The byTeamStatus partitions of a team's tickets that are not resolved. */
const OPEN_LIST_STATUSES = ['assigned', 'queued', 'acknowledged'] as const;

/** The scheduler's reads and writes of the tickets table through the DynamoDB document client. */
export class DynamoDbFollowUpStore implements FollowUpStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  // Acknowledged tickets are open too: the scheduler counts them and sends their pending emails.
  // Each partition is read page by page and only the keys `mayBeDue` picks are kept, so a run's
  // memory grows with the tickets due, not with every open one.
  async listOpenTickets(
    teamIds: readonly string[],
    mayBeDue: (entry: OpenTicketEntry) => boolean,
  ): Promise<OpenTickets> {
    let open = 0;
    const due: ItemKey[] = [];
    await Promise.all(
      teamIds.flatMap((team) =>
        OPEN_LIST_STATUSES.map(async (listStatus) => {
          let startKey: Record<string, unknown> | undefined;
          do {
            const page = await this.documents.send(
              new QueryCommand({
                TableName: this.tableName,
                IndexName: TICKET_INDEXES.byTeamStatus,
                KeyConditionExpression: 'teamStatus = :teamStatus',
                ExpressionAttributeValues: { ':teamStatus': teamStatusKey(team, listStatus) },
                ExclusiveStartKey: startKey,
              }),
            );
            for (const item of page.Items ?? []) {
              open += 1;
              if (mayBeDue(openTicketEntry(item, team, listStatus))) {
                due.push({ pk: String(item.pk), sk: String(item.sk) });
              }
            }
            startKey = page.LastEvaluatedKey;
          } while (startKey);
        }),
      ),
    );
    const items = await batchGetItems(this.documents, this.tableName, due);
    const tickets: OpenTicketRecord[] = items
      .filter((item) => item.status !== 'resolved')
      .map((item) => openTicketFromItem(this.tableName, item));
    return { open, tickets };
  }

  async recordFollowUp(change: FollowUpChange): Promise<FollowUpOutcome> {
    const { reroute } = change;
    const when = new Date(change.at).toISOString();
    const sets: string[] = [];
    const removes: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    if (reroute) {
      const { decision } = reroute;
      const line = lineClauses(reroute.ticket, decision, reroute.wait);
      sets.push(...line.sets);
      removes.push(...line.removes);
      Object.assign(values, line.values);
      sets.push(
        '#status = :status',
        '#team = :team',
        '#agent = :agent',
        '#decision = :decision',
        'teamStatus = :teamStatus',
        'statusSince = :since',
        '#assignment = :assignment',
      );
      Object.assign(names, {
        '#status': 'status',
        '#team': 'team',
        '#agent': 'agent',
        '#decision': 'decision',
        '#assignment': 'assignment',
      });
      Object.assign(values, {
        ':status': decision.status,
        ':team': decision.team,
        ':agent': decision.agent,
        ':decision': decision,
        ':teamStatus': `${decision.team}#${decision.status}`,
        ':since': decision.at,
        ':assignment': reroute.assignment,
      });
    }
    if (change.escalated) {
      sets.push('escalatedAt = :when');
      values[':when'] = when;
    }
    sets.push('followUpAt = :followUpAt');
    values[':followUpAt'] = change.followUpAt;
    if (change.emails.length > 0) {
      sets.push('lastEmailSequence = :sequence', 'pendingEmails = :true');
      values[':sequence'] = Math.max(...change.emails.map((email) => email.sequence));
      values[':true'] = true;
    }
    // Order matters: cancellation reasons come back by position.
    const items: TransactItem[] = [
      versionedTicketUpdate(this.tableName, change.ticketId, change.version, {
        sets,
        removes,
        names,
        values,
        events: change.events,
      }),
    ];
    let agentIndex = -1;
    if (reroute?.previousAgent) {
      items.push(
        agentLoadUpdate(this.tableName, reroute.previousAgent, {
          kind: 'release',
          aboveZero: false,
        }),
      );
    }
    if (reroute && reroute.decision.status === 'assigned' && reroute.decision.agent !== null) {
      agentIndex = items.length;
      items.push(
        agentLoadUpdate(this.tableName, reroute.decision.agent, {
          kind: 'take',
          at: change.at,
          ...(reroute.agentLimit === undefined ? {} : { limit: reroute.agentLimit }),
        }),
      );
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
            partitionExpiry(change.expiresAt, change.at),
          ),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    const cancellation = await writeTransaction(this.documents, items);
    if (!cancellation) return { kind: 'recorded' };
    if (cancellation.conditionFailed(0)) return { kind: 'stale' };
    if (agentIndex >= 0 && cancellation.conditionFailed(agentIndex)) {
      return { kind: 'agent-full', agentId: reroute!.decision.agent! };
    }
    if (cancellation.conflicted) return { kind: 'conflict' };
    throw cancellation.error;
  }

  async clearPendingEmails(ticketId: string, lastEmailSequence: number): Promise<void> {
    // Refused when a newer change wrote more emails: their sender clears the flag.
    await conditionalUpdate(this.documents, {
      TableName: this.tableName,
      Key: ticketKey(ticketId),
      UpdateExpression: 'SET pendingEmails = :false',
      ConditionExpression: 'lastEmailSequence = :sequence',
      ExpressionAttributeValues: { ':false': false, ':sequence': lastEmailSequence },
    });
  }
}

/** A byTeamStatus entry (keys, `agent`, `followUpAt`, `pendingEmails`) as the due filter reads it. */
function openTicketEntry(
  item: Record<string, unknown>,
  team: string,
  listStatus: OpenTicketEntry['listStatus'],
): OpenTicketEntry {
  const { followUpAt } = item;
  return {
    ticketId: String(item.pk).slice('TICKET#'.length),
    listStatus,
    team,
    agent: typeof item.agent === 'string' ? item.agent : null,
    statusSince: String(item.statusSince),
    followUpAt: typeof followUpAt === 'string' || followUpAt === null ? followUpAt : undefined,
    pendingEmails: item.pendingEmails === true,
  };
}
