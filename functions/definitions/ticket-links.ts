// How functions learn to sign and check the acknowledge/resolve links, as plain data shared by the
// CDK stack and the local stack, so the router and the link handler read the same variables.

export interface TicketLinksDefinition {
  /** Environment variable holding the HTTP API's URL, which the links point at. */
  readonly baseUrlEnv: string;
  /** Environment variable holding the signing secret itself: the local stack only. */
  readonly secretEnv: string;
  /** Environment variable holding the Secrets Manager secret's ARN: the deployed stack. */
  readonly secretArnEnv: string;
  /** Route keys on the shared HTTP API. */
  readonly routes: { readonly ack: string; readonly resolve: string };
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
}

export const TICKET_LINKS: TicketLinksDefinition = {
  baseUrlEnv: 'TICKET_LINKS_BASE_URL',
  secretEnv: 'TICKET_LINK_SECRET',
  secretArnEnv: 'TICKET_LINK_SECRET_ARN',
  routes: { ack: 'GET /tickets/{id}/ack', resolve: 'GET /tickets/{id}/resolve' },
  memoryMb: 256,
  timeoutSeconds: 10,
};
