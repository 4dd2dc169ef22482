// Where the router's logs and metrics go, as plain data shared by the function's environment, the
// alarms that watch its metrics and the local stack, so an alarm cannot watch a name nobody emits.

export const ROUTER_TELEMETRY = {
  /** CloudWatch namespace of the router's metrics (POWERTOOLS_METRICS_NAMESPACE). */
  namespace: 'Sunroute',
  /** Service name in logs and the `service` dimension of every metric (POWERTOOLS_SERVICE_NAME). */
  service: 'sunroute-router',
} as const;

/** Router metrics an alarm watches: each means a person must act, not that a retry will help. */
export const ROUTER_ALARM_METRICS = {
  /** The live configuration version's holiday table lacks a year: save the version again. */
  holidayYearMissing: 'HolidayYearMissing',
  /** A ticket was recorded with no email: the configuration gives no usable address. */
  emailsNotRendered: 'EmailsNotRendered',
} as const;
