// The reports function as the deployed stack runs it, on one machine: the real handler fed by a
// local stream event source on the tickets table, with the CDK mapping's filters and settings.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Clock } from '../adapters/clock';
import { REPORTS, REPORTS_STREAM, REPORTS_STREAM_FILTERS } from '../definitions/reports';
import { TICKETS_TABLE } from '../definitions/tables';
import { awsReportsDependencies } from '../reports/aws-dependencies';
import { readReportsEnvironment } from '../reports/environment';
import { createReportsHandler } from '../reports/reports-handler';
import type { LocalClients } from './aws-clients';
import type { StreamInvocationOutcome, StreamSourceLogger } from './dynamodb-stream-source';
import { functionStreamSource } from './function-stream-source';

export interface ReportsSource {
  /** Resolves once every ticket change written before the call has been folded. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export async function startReportsSource(options: {
  readonly env: Readonly<Record<string, string>>;
  readonly clients: LocalClients;
  readonly clock: Clock;
  readonly log?: StreamSourceLogger;
  readonly onInvocation?: (outcome: StreamInvocationOutcome) => void;
}): Promise<ReportsSource> {
  const { env, clients } = options;
  const handler = createReportsHandler(
    awsReportsDependencies(readReportsEnvironment(env), {
      logger: new Logger({ serviceName: REPORTS.service, logLevel: 'WARN' }),
      metrics: new Metrics({ namespace: REPORTS.namespace, serviceName: REPORTS.service }),
      clock: options.clock,
      dynamodb: clients.dynamodb,
      sesv2: clients.sesv2,
      sqs: clients.sqs,
    }),
  );
  const source = functionStreamSource({
    env,
    clients,
    tableNameEnv: TICKETS_TABLE.tableNameEnv,
    handler,
    filters: REPORTS_STREAM_FILTERS,
    stream: REPORTS_STREAM,
    fn: REPORTS,
    lost: 'their changes are missing from the reports',
    ...(options.log ? { log: options.log } : {}),
    ...(options.onInvocation ? { onInvocation: options.onInvocation } : {}),
  });
  await source.start();
  return source;
}
