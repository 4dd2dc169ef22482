// Agents' answers by email (docs/agents.md), as plain data shared by the CDK stack and the local
// stack: the variable naming the inbound domain of reply addresses, and the local domain.

export interface RepliesDefinition {
  /**
   * Environment variable holding the domain of the per-ticket reply addresses: the stack's
   * inbound domain (`-c inboundDomain`), the local domain on the local stack. Functions that write
   * agent emails put the address on them; ingest takes replies to it.
   */
  readonly domainEnv: string;
  /** The reply addresses' domain on `npm start`: no mail leaves the machine. */
  readonly localDomain: string;
}

export const REPLIES: RepliesDefinition = {
  domainEnv: 'REPLY_DOMAIN',
  localDomain: 'replies.sunroute.local',
};
