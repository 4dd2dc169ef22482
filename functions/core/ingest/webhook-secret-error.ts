/**
 * The webhook's secrets cannot verify any request. Thrown, not returned as a failed
 * verification: it is the deployment's fault, and answering every client 401 would hide it.
 */
export class WebhookSecretError extends Error {
  override readonly name = 'WebhookSecretError';

  constructor(readonly problem: string) {
    super(`webhook secrets: ${problem}`);
  }
}
