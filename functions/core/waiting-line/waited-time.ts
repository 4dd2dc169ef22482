/**
 * How long a ticket has waited without an agent, for reports: `waitedMs` adds up every wait that
 * has ended; `waitingSince` is set while it waits now (queued for a team or in its team's line).
 */
export interface WaitRecord {
  /** ISO instant the current wait began; null while an agent holds the ticket or it is closed. */
  readonly waitingSince: string | null;
  readonly waitedMs: number;
}

export const NEVER_WAITED: WaitRecord = Object.freeze({ waitingSince: null, waitedMs: 0 });

/**
 * The wait after a change at `at` (epoch ms): a ticket that goes on waiting keeps the instant it
 * began (a handover from one team's line to another's is one wait), one that stops waiting adds
 * the time since then.
 *
 * @example
 * waitAfter({ waitingSince: '2026-12-22T09:00:00.000Z', waitedMs: 0 }, false, Date.parse('2026-12-22T09:05:00Z'));
 * // { waitingSince: null, waitedMs: 300000 }
 */
export function waitAfter(before: WaitRecord, waiting: boolean, at: number): WaitRecord {
  if (waiting) {
    return {
      waitingSince: before.waitingSince ?? new Date(at).toISOString(),
      waitedMs: before.waitedMs,
    };
  }
  if (before.waitingSince === null) return before;
  return {
    waitingSince: null,
    waitedMs: before.waitedMs + Math.max(0, at - Date.parse(before.waitingSince)),
  };
}
