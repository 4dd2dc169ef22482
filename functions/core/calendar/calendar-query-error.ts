/** A calendar query given something that is not an epoch-millisecond instant. */
export class CalendarQueryError extends Error {
  override readonly name = 'CalendarQueryError';

  constructor(
    /** The query and argument, e.g. `isOnShift(at)`. */
    readonly argument: string,
    readonly value: unknown,
  ) {
    super(`${argument} ${String(value)} is not a finite epoch-millisecond instant`);
  }
}
