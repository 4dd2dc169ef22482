import { describe, expect, it } from 'vitest';
import {
  SchedulerClockError,
  simulatedClockFromEnv,
} from '../../../../functions/local-stack/scheduler-clock';

describe('simulatedClockFromEnv', () => {
  it('is absent without SUNROUTE_CLOCK', () => {
    expect(simulatedClockFromEnv({})).toBeUndefined();
  });

  it('stands at the instant given until started, then runs `speed` times faster than real time', () => {
    let real = 1_000_000;
    const simulated = simulatedClockFromEnv(
      { SUNROUTE_CLOCK: '2026-12-15T23:30:00Z', SUNROUTE_CLOCK_SPEED: '60' },
      () => real,
    )!;
    expect(simulated.speed).toBe(60);
    real += 20_000; // the stack starting
    expect(new Date(simulated.clock()).toISOString()).toBe('2026-12-15T23:30:00.000Z');
    simulated.start();
    real += 5_000;
    expect(new Date(simulated.clock()).toISOString()).toBe('2026-12-15T23:35:00.000Z');
  });

  it.each([
    [{ SUNROUTE_CLOCK: 'tomorrow' }, /SUNROUTE_CLOCK: "tomorrow" is not an ISO instant/],
    [{ SUNROUTE_CLOCK: '2026-12-15T23:30:00Z', SUNROUTE_CLOCK_SPEED: '0' }, /SUNROUTE_CLOCK_SPEED/],
    [
      { SUNROUTE_CLOCK: '2026-12-15T23:30:00Z', SUNROUTE_CLOCK_SPEED: 'fast' },
      /SUNROUTE_CLOCK_SPEED/,
    ],
  ])('refuses %j', (env, message) => {
    expect(() => simulatedClockFromEnv(env)).toThrow(SchedulerClockError);
    expect(() => simulatedClockFromEnv(env)).toThrow(message);
  });
});
