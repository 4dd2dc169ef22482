import { REPLIES } from '../definitions/replies';
import { TICKET_LINKS } from '../definitions/ticket-links';
import type { Environment } from './required-environment';

/**
 * Where the acknowledge/resolve links of assignment emails point, and the variables naming their
 * signing secret, for every function that writes such emails.
 */
export interface LinkSigningEnvironment {
  readonly baseUrl: string;
  readonly secretEnv: Environment;
  /** Where agents' answers are received; absent, agent emails carry no reply address. */
  readonly replyDomain?: string;
}

/** Undefined without a base URL: the emails then carry no links. */
export function readLinkSigningEnvironment(env: Environment): LinkSigningEnvironment | undefined {
  const baseUrl = env[TICKET_LINKS.baseUrlEnv];
  if (!baseUrl) return undefined;
  const replyDomain = env[REPLIES.domainEnv];
  return {
    baseUrl,
    ...(replyDomain ? { replyDomain } : {}),
    secretEnv: {
      [TICKET_LINKS.secretEnv]: env[TICKET_LINKS.secretEnv],
      [TICKET_LINKS.secretArnEnv]: env[TICKET_LINKS.secretArnEnv],
    },
  };
}
