/**
 * A configuration version too large for one item of the configuration table: the document as
 * written, its validated form and its holiday table together. The admin API answers 413, the CLI
 * exits 2; nothing was saved.
 */
export class ConfigTooLargeError extends Error {
  override readonly name = 'ConfigTooLargeError';

  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(
      `the configuration would take ${Math.ceil(bytes / 1024)} KiB to store (the document, its validated form and its public holidays), and a version holds at most ${limit / 1024} KiB: shorten it (fewer overrides, away entries or dated holidays) and save again`,
    );
  }
}
