// Limits of the shared HTTP API and of the functions behind its routes, as plain data read by the
// CDK stack and documented in docs/deploy.md.

/**
 * The stage's default route throttling: each route takes this many requests a second, with
 * bursts up to `burstLimit`; more are answered 429 by API Gateway before any function runs. A
 * support organisation's chat widgets and mail gateway post a few tickets a second at their
 * busiest; a flood beyond this is someone else's.
 */
export const HTTP_API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

/**
 * Concurrency reserved per function (CDK context `reserveConcurrency`, on unless set to false):
 * the router is guaranteed its own, so the functions behind the open routes (ingest webhooks,
 * ticket links, the survey page) cannot take the account's whole concurrency from it, and those are capped at
 * theirs. An account keeps at least 10 executions unreserved, so its quota must be at least the
 * sum plus 10 (new accounts start at 10: ask for an increase, or deploy with
 * `-c reserveConcurrency=false`). The router's is also its queue's maximum number of pollers:
 * docs/scale.md sizes it for a million tickets a day at ten times the average rate, with half
 * again as much for a backlog to drain while the peak lasts.
 */
export const RESERVED_CONCURRENCY = {
  router: 20,
  ingestHttp: 10,
  ticketLinks: 5,
  survey: 5,
} as const;
