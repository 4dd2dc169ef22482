import type { TicketEvent } from '../../core/followup/ticket-history';
import { ticketKey } from './ticket-items';
import type { TransactItem } from './transaction-cancellation';

/** What a change sets on the ticket item besides its version and history. */
export interface TicketItemChange {
  /** SET clauses such as `acknowledgedAt = :when`; reserved words go through `names`. */
  readonly sets: readonly string[];
  readonly names?: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, unknown>>;
  /** Appended to the ticket's history. */
  readonly events: readonly TicketEvent[];
  /** A condition besides the version's, with its names and values in `names` and `values`. */
  readonly condition?: string;
}

/**
 * The update of the ticket item by a change decided on what was read: written only while the
 * ticket is still at `version` (tickets recorded before versions existed count as 0), with the
 * change's own clauses, its events appended to the history and the version raised, so that two
 * changes decided on the same reading never both apply.
 */
export function versionedTicketUpdate(
  tableName: string,
  ticketId: string,
  version: number,
  change: TicketItemChange,
): TransactItem {
  const sets = [
    '#version = :next',
    '#history = list_append(if_not_exists(#history, :none), :events)',
    ...change.sets,
  ];
  return {
    Update: {
      TableName: tableName,
      Key: ticketKey(ticketId),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: [
        version === 0 ? 'attribute_not_exists(#version)' : '#version = :version',
        ...(change.condition === undefined ? [] : [`(${change.condition})`]),
      ].join(' AND '),
      ExpressionAttributeNames: { '#version': 'version', '#history': 'history', ...change.names },
      ExpressionAttributeValues: {
        ...change.values,
        ':next': version + 1,
        ':none': [],
        ':events': change.events,
        ...(version === 0 ? {} : { ':version': version }),
      },
    },
  };
}
