/**
 * No configuration is stored yet, so no ticket can be routed. The record fails and is retried:
 * a good ticket must wait for a configuration, never be dead-lettered for want of one.
 */
export class NoConfigurationError extends Error {
  override readonly name = 'NoConfigurationError';

  constructor(readonly source: string) {
    super(
      `${source}: no configuration stored (no CONFIG/CURRENT item); apply one with \`sunroute config apply\``,
    );
  }
}
