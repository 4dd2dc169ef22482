import { LOCAL_WEBHOOK_SECRET } from '../definitions/local-webhook-secret';
import { CliInputError } from './cli-input-error';

/** Names the variable that holds an integration's webhook secret for a deployed API. */
export const WEBHOOK_SECRET_ENV = 'SUNROUTE_WEBHOOK_SECRET';

/**
 * What the CLI signs webhook requests with: $SUNROUTE_WEBHOOK_SECRET, else, only when the request
 * is for the local stack, that stack's well-known secret; a deployed API's secret is never
 * guessed, so a forgotten variable is said rather than answered 401 later.
 */
export function webhookSigningSecret(env: NodeJS.ProcessEnv, forLocalStack: boolean): string {
  const secret = env[WEBHOOK_SECRET_ENV] || (forLocalStack ? LOCAL_WEBHOOK_SECRET : undefined);
  if (!secret)
    throw new CliInputError(
      `${WEBHOOK_SECRET_ENV}: not set; a deployed API needs an integration's secret ` +
        "(from the stack's webhook secret in Secrets Manager)",
    );
  return secret;
}
