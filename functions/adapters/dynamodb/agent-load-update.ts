import { agentLoadKey } from './ticket-items';
import type { TransactItem } from './transaction-cancellation';

/** How a ticket's write changes its agent's count of open tickets. */
export type AgentLoadChange =
  /**
   * The agent takes a ticket at `at` (epoch ms, its `lastAssignedAt`). With a `limit` (its
   * `maxOpenTickets`) the write is refused when the agent holds that many already.
   */
  | { readonly kind: 'take'; readonly at: number; readonly limit?: number }
  /**
   * A ticket leaves the agent. `aboveZero` refuses the write when the count is zero already (it
   * was reset), so that it never goes negative.
   */
  | { readonly kind: 'release'; readonly aboveZero: boolean };

/**
 * The update of an agent's load item inside a ticket's transaction: the one place the count of
 * open tickets is written, by routing, follow-ups and resolution alike.
 */
export function agentLoadUpdate(
  tableName: string,
  agentId: string,
  change: AgentLoadChange,
): TransactItem {
  const target = { TableName: tableName, Key: agentLoadKey(agentId) };
  if (change.kind === 'release') {
    return {
      Update: {
        ...target,
        UpdateExpression: 'ADD openTickets :minusOne',
        ...(change.aboveZero ? { ConditionExpression: 'openTickets > :zero' } : {}),
        ExpressionAttributeValues: { ':minusOne': -1, ...(change.aboveZero ? { ':zero': 0 } : {}) },
      },
    };
  }
  const limited = change.limit !== undefined;
  return {
    Update: {
      ...target,
      UpdateExpression: 'ADD openTickets :one SET lastAssignedAt = :at',
      ...(limited
        ? { ConditionExpression: 'attribute_not_exists(openTickets) OR openTickets < :max' }
        : {}),
      ExpressionAttributeValues: {
        ':one': 1,
        ':at': change.at,
        ...(limited ? { ':max': change.limit } : {}),
      },
    },
  };
}
