import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { REPLIES } from '../../functions/definitions/replies';
import { TICKET_LINKS } from '../../functions/definitions/ticket-links';

/**
 * What a function that writes agent emails needs for their links and reply address: the API the
 * links point at, the secret that signs links and reply addresses, and the inbound domain that
 * receives replies (absent without `-c inboundDomain`: the emails then carry no reply address).
 */
export interface TicketLinkSetting {
  readonly baseUrl: string;
  readonly secret: ISecret;
  readonly replyDomain?: string;
}

export function ticketLinkEnvironment(links: TicketLinkSetting): Record<string, string> {
  return {
    [TICKET_LINKS.baseUrlEnv]: links.baseUrl,
    [TICKET_LINKS.secretArnEnv]: links.secret.secretArn,
    ...(links.replyDomain === undefined ? {} : { [REPLIES.domainEnv]: links.replyDomain }),
  };
}
