/** The secret the stack names holds no text to sign with: a deployment problem. */
export class TicketLinkSecretError extends Error {
  override readonly name = 'TicketLinkSecretError';

  constructor(readonly secretArn: string) {
    super(
      `secret ${secretArn}: SecretString is empty or binary; the link signing key must be text`,
    );
  }
}
