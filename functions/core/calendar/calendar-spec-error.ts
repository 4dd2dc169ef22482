/** A calendar specification the engine cannot read, naming the field and the offending value. */
export class CalendarSpecError extends Error {
  override readonly name = 'CalendarSpecError';

  constructor(
    /** Path of the field inside the spec, e.g. `shifts[1].start`. */
    readonly field: string,
    readonly value: unknown,
    /** What is wrong, phrased to follow the value: `is not HH:MM`. */
    readonly problem: string,
  ) {
    super(`${field} ${JSON.stringify(value)} ${problem}`);
  }
}
