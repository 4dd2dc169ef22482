// The public availability endpoint's settings, as plain data shared by the CDK stack, the Lambda
// entry point and the local gateway.

export const AVAILABILITY = {
  /** `GET /availability?language=&country=`: no auth, no customer data. */
  path: '/availability',
  routeKey: 'GET /availability',
  /** One configuration read at most a minute, then calendar lookups: small and quick. */
  memoryMb: 256,
  timeoutSeconds: 5,
  service: 'sunroute-availability',
  /**
   * How long browsers and CDNs may keep an answer, at most; less when a team comes on or goes off
   * shift sooner, so a cached answer is never wrong by more than the configuration's own minute.
   */
  maxAgeSeconds: 60,
  /**
   * API Gateway's throttle on the route (requests per second, steady and burst): every help
   * centre page may call it, and the answers are cacheable, so a client that needs more is
   * better served by its own cache than by more of this Lambda. Beyond it API Gateway answers 429.
   */
  throttle: { rateLimit: 20, burstLimit: 40 },
} as const;
