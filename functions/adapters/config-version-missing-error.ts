/** The CURRENT pointer names a configuration version that is not stored. */
export class ConfigVersionMissingError extends Error {
  override readonly name = 'ConfigVersionMissingError';

  constructor(
    readonly table: string,
    readonly version: number,
  ) {
    super(`${table}: configuration version ${version} is not stored`);
  }
}
