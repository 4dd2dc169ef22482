import { TICKET_LINKS } from '../definitions/ticket-links';
import { MissingEnvironmentError } from './missing-environment-error';
import { TicketLinkSecretError } from './ticket-link-secret-error';

/** The links' signing secret, read when first needed; a rotation reaches warm functions within this. */
const SECRET_MAX_AGE_SECONDS = 300;

export type SecretSource = () => Promise<string>;

/**
 * The signing secret: `TICKET_LINK_SECRET` itself (the local stack), else the Secrets Manager
 * secret named by `TICKET_LINK_SECRET_ARN` (the deployed stack), cached for five minutes.
 * Undefined when neither is set: the router then sends emails without links.
 */
export function ticketLinkSecret(
  env: Readonly<Record<string, string | undefined>>,
): SecretSource | undefined {
  const direct = env[TICKET_LINKS.secretEnv];
  if (direct) return async () => direct;
  const arn = env[TICKET_LINKS.secretArnEnv];
  if (!arn) return undefined;
  return async () => {
    // Loaded on first use: the router imports this module, and most of its cold starts should
    // not pay for the Secrets Manager client before the first assignment email.
    const { getSecret } = await import('@aws-lambda-powertools/parameters/secrets');
    const value = await getSecret(arn, { maxAge: SECRET_MAX_AGE_SECONDS });
    if (typeof value !== 'string' || value === '') {
      throw new TicketLinkSecretError(arn);
    }
    return value;
  };
}

/** Like ticketLinkSecret, for a function (`reader`, named in the error) that cannot work without it. */
export function requiredTicketLinkSecret(
  env: Readonly<Record<string, string | undefined>>,
  reader: string,
): SecretSource {
  const source = ticketLinkSecret(env);
  if (!source)
    throw new MissingEnvironmentError(
      `${TICKET_LINKS.secretEnv} or ${TICKET_LINKS.secretArnEnv}`,
      reader,
    );
  return source;
}
