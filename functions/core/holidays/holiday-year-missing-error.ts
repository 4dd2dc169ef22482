/**
 * A calendar asked for the public holidays of a year its holiday table does not hold: the
 * configuration version was saved too long ago (or too far ahead) for the instant being routed.
 * Routing without those holidays would put tickets on agents who are off, so this fails instead;
 * saving the configuration again expands the table around the new saving date.
 */
export class HolidayYearMissingError extends Error {
  override readonly name = 'HolidayYearMissingError';

  constructor(
    /** The table key: `DE`, or `DE-BE` with a subdivision. */
    readonly source: string,
    readonly year: number,
    /** The years the table holds for that source, in order (empty when it has none). */
    readonly storedYears: readonly number[],
  ) {
    const held = storedYears.length === 0 ? 'none' : `${storedYears[0]}–${storedYears.at(-1)}`;
    super(
      `public holidays of ${source} for ${year} are not in the configuration's holiday table (years held: ${held}); save the configuration again to extend it`,
    );
  }
}
