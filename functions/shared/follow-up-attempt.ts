import type { FollowUpOutcome } from '../adapters/follow-up-store';
import type { AttemptOutcome } from './assign-with-retry';

/**
 * What assignWithRetry makes of a follow-up write (a scheduler run's or a customer mail's
 * handover): `written` once recorded, 'stale' when someone else changed the ticket first, another
 * try when the chosen agent filled up (at `agentLimit`) or a transaction collided.
 */
export function followUpAttempt<T>(
  outcome: FollowUpOutcome,
  written: T,
  agentLimit: number,
): AttemptOutcome<T | 'stale'> {
  switch (outcome.kind) {
    case 'recorded':
      return { kind: 'done', result: written };
    case 'stale':
      return { kind: 'done', result: 'stale' };
    case 'agent-full':
      return { ...outcome, limit: agentLimit };
    case 'conflict':
      return outcome;
  }
}
