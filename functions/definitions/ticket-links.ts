// How functions learn to sign and check the acknowledge/resolve links, as plain data shared by the
// CDK stack and the local stack, so the router and the link handler read the same variables and
// both gateways serve the same routes.

/** GET and HEAD show a confirmation page and never change anything; only POST acts. */
export type TicketLinkMethod = 'GET' | 'HEAD' | 'POST';

export interface TicketLinksDefinition {
  /** Environment variable holding the HTTP API's URL, which the links point at. */
  readonly baseUrlEnv: string;
  /** Environment variable holding the signing secret itself: the local stack only. */
  readonly secretEnv: string;
  /** Environment variable holding the Secrets Manager secret's ARN: the deployed stack. */
  readonly secretArnEnv: string;
  /** Paths on the shared HTTP API, one per action, each served for every method below. */
  readonly paths: { readonly ack: string; readonly resolve: string };
  readonly methods: readonly TicketLinkMethod[];
  /** The confirmation form's body is far smaller (a token and a language); larger is refused. */
  readonly maxFormBytes: number;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
}

export const TICKET_LINKS: TicketLinksDefinition = {
  baseUrlEnv: 'TICKET_LINKS_BASE_URL',
  secretEnv: 'TICKET_LINK_SECRET',
  secretArnEnv: 'TICKET_LINK_SECRET_ARN',
  paths: { ack: '/tickets/{id}/ack', resolve: '/tickets/{id}/resolve' },
  methods: ['GET', 'HEAD', 'POST'],
  maxFormBytes: 2048,
  memoryMb: 256,
  timeoutSeconds: 10,
};

/** Every route key of the links (`GET /tickets/{id}/ack`, …), as API Gateway spells them. */
export const TICKET_LINK_ROUTE_KEYS: readonly string[] = Object.values(TICKET_LINKS.paths).flatMap(
  (path) => TICKET_LINKS.methods.map((method) => `${method} ${path}`),
);
