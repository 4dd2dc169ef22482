// The handlers' logger and metrics in integration tests: quiet unless asked
// (POWERTOOLS_LOG_LEVEL=DEBUG npm test …); metrics never go to stdout here.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

export function testLogger(serviceName: string): Logger {
  return new Logger({
    serviceName,
    logLevel: (process.env.POWERTOOLS_LOG_LEVEL as 'DEBUG' | undefined) ?? 'SILENT',
  });
}

export function testMetrics(serviceName: string): Metrics {
  return new Metrics({ namespace: 'SunrouteTest', serviceName });
}
