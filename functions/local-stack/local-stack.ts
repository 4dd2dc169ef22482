// The whole product on one machine: the stand-ins, the tables and queues from the shared
// definitions, a configuration, the real router handler fed by the local SQS event source, the
// waiting-line handler fed by the tables' streams, and the HTTP handlers behind the local gateway. `npm start`, the end-to-end tests and the e2e bench
// all start it here, so what they exercise is one and the same thing.
import { randomBytes } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context, SQSEvent } from 'aws-lambda';
import { awsDependencies, type AwsDependencyOverrides } from '../router/aws-dependencies';
import { dateHolidaysCalendar } from '../core/holidays/date-holidays-calendar';
import { systemClock } from '../adapters/clock';
import type { AttachmentLimits } from '../core/replies/reply-attachments';
import { readRouterEnvironment } from '../router/environment';
import { createRouterHandler } from '../router/router-handler';
import { awsSchedulerDependencies } from '../scheduler/aws-dependencies';
import type { FollowUpSummary } from '../scheduler/run-follow-up';
import { createSchedulerHandler } from '../scheduler/scheduler-handler';
import { readSchedulerEnvironment } from '../scheduler/environment';
import { DynamoDbConfigStore } from '../adapters/dynamodb/dynamodb-config-store';
import { EMAIL_SENDING } from '../definitions/email-sending';
import { TICKET_QUEUE } from '../definitions/queues';
import { CONFIG_TABLE } from '../definitions/tables';
import { ROUTER_TELEMETRY } from '../definitions/telemetry';
import { REPLIES } from '../definitions/replies';
import { TICKET_LINKS } from '../definitions/ticket-links';
import { SCHEDULER } from '../definitions/scheduler';
import { LOCAL_ADMIN_TOKENS, newLocalAdminToken } from './admin-authorizer';
import { createLocalClients, type LocalClients } from './aws-clients';
import { createResources, type LocalResources } from './create-resources';
import { startSchedulerTimer, type SchedulerTimer } from './scheduler-timer';
import { startWaitingLineSources, type WaitingLineSources } from './waiting-line-sources';
import { startReportsSource, type ReportsSource } from './reports-sources';
import { createChatDeliverySource } from './chat-delivery-source';
import type { ChatDeliverySettings } from '../chat-delivery/dependencies';
import { INGEST } from '../definitions/ingest';
import { LOCAL_WEBHOOK_SECRETS_JSON } from '../definitions/local-webhook-secret';
import { startPrivacySources, type PrivacySources } from './privacy-sources';
import type { StreamInvocationOutcome } from './dynamodb-stream-source';
import { createHttpGateway, type HttpGateway, type HttpRoutes } from './http-gateway';
import { localHttpRoutes } from './local-http-routes';
import type { StandInPorts } from './ports';
import {
  createSqsEventSource,
  type InvocationOutcome,
  type SqsEventSource,
} from './sqs-event-source';
import type { StandInEndpoints } from '../definitions/stand-in-endpoints';
import { standInEnv } from './stand-in-env';
import { startStandIns, type StandIns } from './stand-ins';

/** Where SES sends from locally; aws-ses-v2-local accepts any sender. */
export const LOCAL_SENDER_EMAIL = 'support@sunroute.local';

export interface LocalStackOptions {
  /** Stand-in ports; 0 takes any free one. */
  readonly ports?: Partial<StandInPorts>;
  /** The local HTTP gateway's port; omit to run without it. */
  readonly httpPort?: number;
  /** Replaces the product's own routes (local-http-routes.ts), for gateway tests. */
  readonly httpRoutes?: HttpRoutes;
  /** Table and queue name prefix, so several stacks can share one set of stand-ins. */
  readonly prefix?: string;
  /** A configuration document (YAML or JSON) saved as the first version. */
  readonly configDocument?: string;
  /** Keeps DynamoDB's data on disk, so it survives `standIns.restartDynamo()`. */
  readonly dynamoDataDir?: string;
  /** Parallel pollers of the ticket queue (Lambda's concurrency). */
  readonly routerConcurrency?: number;
  /** Clock, config refresh and the like for tests; never needed by `npm start`. */
  readonly router?: Omit<AwsDependencyOverrides, 'dynamodb' | 'sqs' | 'sesv2'>;
  /** Shortens the queue's visibility timeout on receive (tests of redelivery). */
  readonly visibilityTimeoutSeconds?: number;
  readonly waitTimeSeconds?: number;
  readonly onInvocation?: (outcome: InvocationOutcome) => void;
  /** Called after every invocation of the waiting-line function by the tables' streams. */
  readonly onWaitingLineInvocation?: (outcome: StreamInvocationOutcome) => void;
  /** Called after every invocation of the reports function by the tickets table's stream. */
  readonly onReportsInvocation?: (outcome: StreamInvocationOutcome) => void;
  /**
   * The integrations document (webhook secrets, outbound URLs): SUNROUTE_WEBHOOK_SECRETS where
   * the stack runs, else the well-known local one.
   */
  readonly webhookSecrets?: string;
  /** What of an agent's attachments goes on, lowered by tests of the limits. */
  readonly replyAttachments?: AttachmentLimits;
  /** Chat delivery's attempts and backoff, shortened by tests of its retries. */
  readonly chatDelivery?: Partial<ChatDeliverySettings>;
  /** Called after every invocation of the chat-delivery function by its queue. */
  readonly onChatDeliveryInvocation?: (outcome: InvocationOutcome) => void;
  /** The links' signing secret; a random one per start by default. */
  readonly ticketLinkSecret?: string;
  /** The admin API's bearer tokens (a support lead's, a reader's); random per start by default. */
  readonly adminTokens?: { readonly lead: string; readonly reader: string };
  /**
   * Runs the scheduler Lambda's handler on a timer, as EventBridge would, every `everyMs` real
   * milliseconds (default: every SCHEDULER.everyMinutes); it reads the router's clock.
   */
  readonly scheduler?: {
    readonly everyMs?: number;
    readonly onRun?: (summary: FollowUpSummary) => void;
  };
  readonly log?: Pick<Console, 'info' | 'warn' | 'error'>;
}

export interface LocalStack {
  readonly standIns: StandIns;
  readonly endpoints: StandInEndpoints;
  readonly resources: LocalResources;
  /** The environment under which production code and the CLI reach this stack. */
  readonly env: Readonly<Record<string, string>>;
  readonly clients: LocalClients;
  readonly http?: { readonly url: string; readonly port: number };
  /** The scheduler's timer, when `scheduler` was asked for. */
  readonly scheduler?: SchedulerTimer;
  /** The waiting-line function on the tables' streams: `settled()` waits for it to catch up. */
  readonly waitingLine: Pick<WaitingLineSources, 'settled'>;
  /** The reports function on the tickets table's stream: `settled()` waits for it to catch up. */
  readonly reports: Pick<ReportsSource, 'settled'>;
  /** The erasure worker on the erasure queue, and the daily retention sweep (run it now). */
  readonly privacy: Pick<PrivacySources, 'sweepRetention'>;
  /** Stops the poller (letting batches in flight finish), the gateway and the stand-ins. */
  stop(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const standIns = await startStandIns({
    ...(options.ports ? { ports: options.ports } : {}),
    ...(options.dynamoDataDir ? { dynamoDataDir: options.dynamoDataDir } : {}),
  });
  const clients = createLocalClients(standIns.endpoints);
  let eventSource: SqsEventSource | undefined;
  let chatDelivery: SqsEventSource | undefined;
  let gateway: HttpGateway | undefined;
  let scheduler: SchedulerTimer | undefined;
  let waitingLine: WaitingLineSources | undefined;
  let reports: ReportsSource | undefined;
  let privacy: PrivacySources | undefined;
  const stop = async () => {
    await privacy?.stop();
    await scheduler?.stop();
    await eventSource?.stop();
    await chatDelivery?.stop();
    await waitingLine?.stop();
    await reports?.stop();
    await gateway?.stop();
    clients.destroy();
    await standIns.stop();
  };
  try {
    const resources = await createResources(clients, { prefix: options.prefix ?? 'sunroute' });
    const env: Record<string, string> = {
      ...standInEnv(standIns.endpoints, resources),
      [EMAIL_SENDING.senderEmailEnv]: LOCAL_SENDER_EMAIL,
      // Agent emails carry reply addresses here; ingest takes answers to them (docs/agents.md).
      [REPLIES.domainEnv]: REPLIES.localDomain,
      // The integrations: ingest checks their posts with it, chat delivery signs its posts.
      [INGEST.secretsEnv]:
        options.webhookSecrets ?? process.env[INGEST.secretsEnv] ?? LOCAL_WEBHOOK_SECRETS_JSON,
      // Signs and checks the acknowledge/resolve links; on AWS it is a Secrets Manager secret.
      [TICKET_LINKS.secretEnv]: options.ticketLinkSecret ?? randomBytes(32).toString('base64url'),
      // What the admin API's authorizer stand-in accepts; on AWS, Cognito issues the tokens.
      [LOCAL_ADMIN_TOKENS.leadEnv]: options.adminTokens?.lead ?? newLocalAdminToken(),
      [LOCAL_ADMIN_TOKENS.readerEnv]: options.adminTokens?.reader ?? newLocalAdminToken(),
    };
    // The gateway first: the router puts its URL into the assignment emails' links.
    let http: LocalStack['http'];
    if (options.httpPort !== undefined) {
      gateway = createHttpGateway({
        routes:
          options.httpRoutes ??
          localHttpRoutes({
            env,
            clients,
            clock: options.router?.clock ?? systemClock,
            ...(options.log ? { log: options.log } : {}),
            ...(options.replyAttachments ? { replyAttachments: options.replyAttachments } : {}),
          }),
        ...(options.log ? { logger: options.log } : {}),
      });
      http = await gateway.start({ port: options.httpPort });
      env[TICKET_LINKS.baseUrlEnv] = http.url;
    }
    const routerEnv = readRouterEnvironment(env);
    if (options.configDocument !== undefined) {
      await new DynamoDbConfigStore(clients.documents, env[CONFIG_TABLE.tableNameEnv]!).saveVersion(
        options.configDocument,
        // Saving expands the holiday table the router reads; only this path loads date-holidays.
        { holidays: dateHolidaysCalendar, savedBy: 'local stack start' },
      );
    }
    const handler = createRouterHandler(
      awsDependencies(routerEnv, {
        logger: new Logger({ serviceName: ROUTER_TELEMETRY.service, logLevel: 'WARN' }),
        metrics: new Metrics({
          namespace: ROUTER_TELEMETRY.namespace,
          serviceName: ROUTER_TELEMETRY.service,
        }),
        ...options.router,
        dynamodb: clients.dynamodb,
        sqs: clients.sqs,
        sesv2: clients.sesv2,
      }),
    );
    eventSource = createSqsEventSource({
      sqs: clients.sqs,
      queueUrl: env[TICKET_QUEUE.queueUrlEnv]!,
      handler: (event: SQSEvent, context: Context) => handler(event, context),
      functionName: 'sunroute-router',
      ...(options.routerConcurrency ? { concurrency: options.routerConcurrency } : {}),
      ...(options.visibilityTimeoutSeconds === undefined
        ? {}
        : { visibilityTimeoutSeconds: options.visibilityTimeoutSeconds }),
      ...(options.waitTimeSeconds === undefined
        ? {}
        : { waitTimeSeconds: options.waitTimeSeconds }),
      ...(options.onInvocation ? { onInvocation: options.onInvocation } : {}),
      ...(options.log ? { logger: options.log } : {}),
    });
    await eventSource.start();
    chatDelivery = createChatDeliverySource({
      env,
      clients,
      clock: options.router?.clock ?? systemClock,
      ...(options.chatDelivery ? { settings: options.chatDelivery } : {}),
      ...(options.waitTimeSeconds === undefined
        ? {}
        : { waitTimeSeconds: options.waitTimeSeconds }),
      ...(options.onChatDeliveryInvocation
        ? { onInvocation: options.onChatDeliveryInvocation }
        : {}),
      ...(options.log ? { log: options.log } : {}),
    });
    await chatDelivery.start();
    waitingLine = await startWaitingLineSources({
      env,
      clients,
      clock: options.router?.clock ?? systemClock,
      ...(options.log ? { log: options.log } : {}),
      ...(options.onWaitingLineInvocation ? { onInvocation: options.onWaitingLineInvocation } : {}),
    });
    reports = await startReportsSource({
      env,
      clients,
      clock: options.router?.clock ?? systemClock,
      ...(options.log ? { log: options.log } : {}),
      ...(options.onReportsInvocation ? { onInvocation: options.onReportsInvocation } : {}),
    });
    privacy = await startPrivacySources({
      env,
      clients,
      clock: options.router?.clock ?? systemClock,
      ...(options.log ? { log: options.log } : {}),
    });
    if (options.scheduler) {
      const clock = options.router?.clock ?? systemClock;
      scheduler = startSchedulerTimer({
        handler: createSchedulerHandler(
          awsSchedulerDependencies(readSchedulerEnvironment(env), {
            logger: new Logger({ serviceName: SCHEDULER.service, logLevel: 'WARN' }),
            metrics: new Metrics({
              namespace: SCHEDULER.namespace,
              serviceName: SCHEDULER.service,
            }),
            clock,
            dynamodb: clients.dynamodb,
            sesv2: clients.sesv2,
          }),
        ),
        everyMs: options.scheduler.everyMs ?? SCHEDULER.everyMinutes * 60_000,
        region: env.AWS_REGION!,
        clock,
        ...(options.scheduler.onRun ? { onRun: options.scheduler.onRun } : {}),
        ...(options.log ? { log: options.log } : {}),
      });
    }
    return {
      standIns,
      endpoints: standIns.endpoints,
      resources,
      env,
      clients,
      ...(http ? { http } : {}),
      ...(scheduler ? { scheduler } : {}),
      waitingLine,
      reports,
      privacy,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
