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
  /**
   * What of an agent's attachments goes on to the customer: SES takes 40 MB per message with
   * every part base64-encoded; the product stays well below, at a size mail servers on the
   * customer's side commonly accept too.
   */
  readonly attachments: {
    /** Attachments passed on with one answer; the ones after are left out. */
    readonly maxCount: number;
    /** Their total size once base64-encoded, as SES counts it. */
    readonly maxEncodedBytes: number;
  };
}

export const REPLIES: RepliesDefinition = {
  domainEnv: 'REPLY_DOMAIN',
  localDomain: 'replies.sunroute.local',
  attachments: { maxCount: 10, maxEncodedBytes: 10 * 1024 * 1024 },
};
