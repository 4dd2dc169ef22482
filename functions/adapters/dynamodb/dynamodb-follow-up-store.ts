import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TICKET_INDEXES } from '../../definitions/tables';
import type {
  FollowUpChange,
  FollowUpOutcome,
  FollowUpStore,
  OpenTicketRecord,
} from '../follow-up-store';
import { agentLoadUpdate } from './agent-load-update';
import { queryAll } from './query-all';
import { openTicketFromItem, outboxItem, teamStatusKey, ticketKey } from './ticket-items';
import { writeTransaction, type TransactItem } from './transaction-cancellation';

/** The byTeamStatus partitions of a team's tickets that are not resolved. */
const OPEN_LIST_STATUSES = ['assigned', 'queued', 'acknowledged'] as const;

/** The scheduler's reads and writes of the tickets table through the DynamoDB document client. */
export class DynamoDbFollowUpStore implements FollowUpStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

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
            change.at,
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
}
