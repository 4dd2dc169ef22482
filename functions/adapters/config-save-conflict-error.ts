/** Someone else saved a configuration version between this save's read and its write. */
export class ConfigSaveConflictError extends Error {
  override readonly name = 'ConfigSaveConflictError';

  constructor(
    readonly table: string,
    readonly expectedCurrent: number | undefined,
  ) {
    super(
      `${table}: the current configuration moved past version ${expectedCurrent ?? 'none'} while saving; read it again and retry`,
    );
  }
}
