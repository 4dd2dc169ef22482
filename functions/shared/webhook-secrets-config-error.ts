/**
 * The webhook secrets document is unusable: a deployment fault, answered 500 and logged, never a
 * 401 that would blame the caller.
 */
export class WebhookSecretsConfigError extends Error {
  override readonly name = 'WebhookSecretsConfigError';

  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(
      `webhook secrets from ${source}: ${problems.join('; ')} ` +
        '(expected {"<integration>": ["<secret>", …]} or {"<integration>": {"secrets": […], "outboundUrl": "https://…"}})',
    );
  }
}
