// A clock for watching follow the sun happen on the local stack: it starts at a chosen instant
// (a few minutes before a shift ends, say) once the stack is up, and runs `speed` times faster
// than real time, so an afternoon of handovers passes in minutes. The router, the links and the scheduler all read it.
import type { Clock } from '../adapters/clock';

export class SchedulerClockError extends Error {
  override readonly name = 'SchedulerClockError';
}

export interface SimulatedClock {
  readonly clock: Clock;
  readonly speed: number;
  /** Lets the clock run; until then it stands at its start, so starting the stack costs no time. */
  start(): void;
}

/** From SUNROUTE_CLOCK (an ISO instant) and SUNROUTE_CLOCK_SPEED (default 1); undefined when unset. */
export function simulatedClockFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  realNow: () => number = Date.now,
): SimulatedClock | undefined {
  const start = env.SUNROUTE_CLOCK;
  if (!start) return undefined;
  const startAt = Date.parse(start);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(start) || Number.isNaN(startAt)) {
    throw new SchedulerClockError(
      `SUNROUTE_CLOCK: ${JSON.stringify(start)} is not an ISO instant (e.g. 2026-12-15T23:30:00Z)`,
    );
  }
  const speed = Number(env.SUNROUTE_CLOCK_SPEED ?? '1');
  if (!Number.isFinite(speed) || speed < 1 || speed > 3600) {
    throw new SchedulerClockError(
      `SUNROUTE_CLOCK_SPEED: ${JSON.stringify(env.SUNROUTE_CLOCK_SPEED)} is not a number from 1 to 3600`,
    );
  }
  let realStart: number | undefined;
  return {
    clock: () => (realStart === undefined ? startAt : startAt + (realNow() - realStart) * speed),
    speed,
    start: () => {
      realStart ??= realNow();
    },
  };
}
