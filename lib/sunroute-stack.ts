import { fileURLToPath } from 'node:url';
import type { StackProps } from 'aws-cdk-lib';
import { CfnOutput, Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AdminApi } from './constructs/admin-api';
import { AdminConsole } from './constructs/admin-console';
import { AlarmTopic } from './constructs/alarm-topic';
import { DefinitionTable } from './constructs/definition-table';
import { EmailSending } from './constructs/email-sending';
import { readInboundDomain } from './constructs/ingest-context';
import { Availability } from './constructs/availability-function';
import { ChatDeliveryFunction } from './constructs/chat-delivery-function';
import { IngestHttpFunction } from './constructs/ingest-http-function';
import { IngestMailReceiving } from './constructs/ingest-mail-receiving';
import { OperationsAlarms } from './constructs/operations-alarms';
import { RouterAlarms } from './constructs/router-alarms';
import { RouterFunction } from './constructs/router-function';
import { SchedulerFunction } from './constructs/scheduler-function';
import { personalDataPlaces } from './constructs/personal-data-places';
import { PrivacyFunctions } from './constructs/privacy-functions';
import { ERASURE_QUEUE } from '../functions/definitions/privacy';
import { SunrouteHttpApi } from './constructs/sunroute-http-api';
import { TicketLinks } from './constructs/ticket-links-function';
import { TicketQueues } from './constructs/ticket-queues';
import { RESERVED_CONCURRENCY } from '../functions/definitions/http-api';
import { WaitingLineFunction } from './constructs/waiting-line-function';
import { ReportsFunction } from './constructs/reports-function';
import { SurveyFunction } from './constructs/survey-function';
import { ROUTER, TICKET_QUEUE } from '../functions/definitions/queues';
import {
  CONFIG_TABLE,
  REPORTS_TABLE,
  TICKETS_TABLE,
  WEBHOOK_REQUESTS_TABLE,
} from '../functions/definitions/tables';
import { readStackContext } from './stack-context';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ADMIN_ENTRY = fileURLToPath(new URL('../functions/admin/handler.ts', import.meta.url));
export const ROUTER_ENTRY = fileURLToPath(
  new URL('../functions/router/handler.ts', import.meta.url),
);

const TICKET_LINKS_ENTRY = fileURLToPath(
  new URL('../functions/ticket-links/handler.ts', import.meta.url),
);

const INGEST_ENTRY = fileURLToPath(new URL('../functions/ingest/handler.ts', import.meta.url));
const AVAILABILITY_ENTRY = fileURLToPath(
  new URL('../functions/availability/handler.ts', import.meta.url),
);

const SCHEDULER_ENTRY = fileURLToPath(
  new URL('../functions/scheduler/handler.ts', import.meta.url),
);

const WAITING_LINE_ENTRY = fileURLToPath(
  new URL('../functions/waiting-line/handler.ts', import.meta.url),
);

const REPORTS_ENTRY = fileURLToPath(new URL('../functions/reports/handler.ts', import.meta.url));
const CHAT_DELIVERY_ENTRY = fileURLToPath(
  new URL('../functions/chat-delivery/handler.ts', import.meta.url),
);
const PRIVACY_ENTRY = fileURLToPath(new URL('../functions/privacy/handler.ts', import.meta.url));
const SURVEY_ENTRY = fileURLToPath(new URL('../functions/survey/handler.ts', import.meta.url));

export interface SunrouteStackProps extends StackProps {
  /** The router handler module; tests point it at a stub so they do not depend on the handler. */
  readonly routerEntry?: string;
}

/** Tickets in through SQS, routed by one Lambda, state in DynamoDB, agents told through SES. */
export class SunrouteStack extends Stack {
  constructor(scope: Construct, id: string, props: SunrouteStackProps = {}) {
    super(scope, id, props);
    const context = readStackContext(this.node);
    const reserved = (executions: number) =>
      context.reserveConcurrency ? { reservedConcurrency: executions } : {};

    const queues = new TicketQueues(this, 'TicketQueues', {
      definition: TICKET_QUEUE,
      maxReceiveCount: context.maxReceiveCount,
    });
    const configTable = new DefinitionTable(this, CONFIG_TABLE.id, { definition: CONFIG_TABLE });
    const ticketsTable = new DefinitionTable(this, TICKETS_TABLE.id, {
      definition: TICKETS_TABLE,
    });
    const webhookRequestsTable = new DefinitionTable(this, WEBHOOK_REQUESTS_TABLE.id, {
      definition: WEBHOOK_REQUESTS_TABLE,
    });
    const reportsTable = new DefinitionTable(this, REPORTS_TABLE.id, {
      definition: REPORTS_TABLE,
    });
    const email = new EmailSending(this, 'EmailSending', {
      senderEmail: context.senderEmail,
      replyFromEmail: context.replyFromEmail,
      configurationSetName: context.configurationSetName,
    });
    // Features add their routes to this one API (admin, ingest, acknowledgement links).
    const httpApi = new SunrouteHttpApi(this, 'HttpApi');
    const ingestHttp = new IngestHttpFunction(this, 'IngestHttp', {
      entry: INGEST_ENTRY,
      projectRoot: PROJECT_ROOT,
      api: httpApi.api,
      queues,
      webhookRequestsTable: webhookRequestsTable.table,
      ...reserved(RESERVED_CONCURRENCY.ingestHttp),
      configTable: configTable.table,
      ticketsTable: ticketsTable.table,
    });
    new Availability(this, 'Availability', {
      entry: AVAILABILITY_ENTRY,
      projectRoot: PROJECT_ROOT,
      api: httpApi.api,
      stage: httpApi.stage,
      configTable: configTable.table,
    });
    const ticketLinks = new TicketLinks(this, 'TicketLinks', {
      entry: TICKET_LINKS_ENTRY,
      projectRoot: PROJECT_ROOT,
      ticketsTable: ticketsTable.table,
      api: httpApi.api,
      ...reserved(RESERVED_CONCURRENCY.ticketLinks),
    });
    const chatDelivery = new ChatDeliveryFunction(this, 'ChatDelivery', {
      entry: CHAT_DELIVERY_ENTRY,
      projectRoot: PROJECT_ROOT,
      ticketsTable: ticketsTable.table,
      integrations: ingestHttp.secret,
    });
    const inboundDomain = readInboundDomain(this.node);
    const mail =
      inboundDomain === undefined
        ? undefined
        : new IngestMailReceiving(this, 'IngestMail', {
            entry: INGEST_ENTRY,
            projectRoot: PROJECT_ROOT,
            domain: inboundDomain,
            queues,
            replies: {
              ticketsTable: ticketsTable.table,
              configTable: configTable.table,
              email,
              linkSecret: ticketLinks.secret,
              chatDeliveryQueue: chatDelivery.queues.queue,
            },
          });
    // Agent emails carry a reply address at the inbound domain when there is one.
    const links = {
      baseUrl: httpApi.api.apiEndpoint,
      secret: ticketLinks.secret,
      ...(inboundDomain === undefined ? {} : { replyDomain: inboundDomain }),
    };
    // Every queue of PERSONAL_DEAD_LETTER_QUEUES, by the name its URL is read under.
    const erasureQueues = new TicketQueues(this, 'ErasureQueues', {
      definition: ERASURE_QUEUE,
      maxReceiveCount: ERASURE_QUEUE.maxReceiveCount,
    });
    const places = personalDataPlaces(
      {
        [TICKET_QUEUE.deadLetter.queueUrlEnv]: queues.deadLetterQueue,
        [ERASURE_QUEUE.deadLetter.queueUrlEnv]: erasureQueues.deadLetterQueue,
      },
      mail?.bucket,
    );
    const admin = new AdminApi(this, 'Admin', {
      entry: ADMIN_ENTRY,
      projectRoot: PROJECT_ROOT,
      configTable: configTable.table,
      ticketsTable: ticketsTable.table,
      reportsTable: reportsTable.table,
      api: httpApi.api,
      delivery: {
        email,
        ticketLinks: links,
      },
      privacy: places,
      erasureQueue: erasureQueues.queue,
    });
    new PrivacyFunctions(this, 'Privacy', {
      entry: PRIVACY_ENTRY,
      projectRoot: PROJECT_ROOT,
      configTable: configTable.table,
      ticketsTable: ticketsTable.table,
      places,
      erasureQueue: erasureQueues.queue,
    });
    new AdminConsole(this, 'Console', { projectRoot: PROJECT_ROOT, admin, api: httpApi.api });
    const router = new RouterFunction(this, 'Router', {
      entry: props.routerEntry ?? ROUTER_ENTRY,
      projectRoot: PROJECT_ROOT,
      settings: ROUTER,
      configTable: configTable.table,
      ticketsTable: ticketsTable.table,
      queues,
      email,
      ticketLinks: links,
      ...reserved(RESERVED_CONCURRENCY.router),
    });
    new SchedulerFunction(this, 'Scheduler', {
      entry: SCHEDULER_ENTRY,
      projectRoot: PROJECT_ROOT,
      configTable: configTable.table,
      ticketsTable: ticketsTable.table,
      email,
      ticketLinks: links,
    });
    const waitingLine = new WaitingLineFunction(this, 'WaitingLine', {
      entry: WAITING_LINE_ENTRY,
      projectRoot: PROJECT_ROOT,
      configTable: configTable.table,
      ticketsTable: ticketsTable.table,
      email,
      ticketLinks: links,
    });
    const reports = new ReportsFunction(this, 'Reporting', {
      entry: REPORTS_ENTRY,
      projectRoot: PROJECT_ROOT,
      ticketsTable: ticketsTable.table,
      reportsTable: reportsTable.table,
      email,
      ticketLinks: { baseUrl: httpApi.api.apiEndpoint, secret: ticketLinks.secret },
      chatDeliveryQueue: chatDelivery.queues.queue,
    });
    new SurveyFunction(this, 'Survey', {
      entry: SURVEY_ENTRY,
      projectRoot: PROJECT_ROOT,
      ticketsTable: ticketsTable.table,
      api: httpApi.api,
      secret: ticketLinks.secret,
      ...reserved(RESERVED_CONCURRENCY.survey),
    });
    const alarmTopic = new AlarmTopic(this, 'AlarmTopic', { alarmEmail: context.alarmEmail });
    new RouterAlarms(this, 'RouterAlarms', {
      queues,
      router: router.function,
      topic: alarmTopic.topic,
      queueAgeAlarmMinutes: context.queueAgeAlarmMinutes,
    });
    new OperationsAlarms(this, 'OperationsAlarms', {
      topic: alarmTopic.topic,
      tables: [
        { definition: CONFIG_TABLE, table: configTable.table },
        { definition: TICKETS_TABLE, table: ticketsTable.table },
        { definition: WEBHOOK_REQUESTS_TABLE, table: webhookRequestsTable.table },
        { definition: REPORTS_TABLE, table: reportsTable.table },
      ],
      streamConsumers: [
        { name: 'WaitingLine', function: waitingLine.function },
        { name: 'Reports', function: reports.function },
      ],
      deadLetterQueues: [
        { name: 'WaitingLineStream', queue: waitingLine.deadLetters },
        { name: 'ReportsStream', queue: reports.deadLetters },
      ],
      streamAgeAlarmMinutes: context.queueAgeAlarmMinutes,
    });

    new CfnOutput(this, 'TicketQueueUrl', { value: queues.queue.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: queues.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'ChatDeliveryDeadLetterQueueUrl', {
      value: chatDelivery.queues.deadLetterQueue.queueUrl,
    });
    new CfnOutput(this, 'ConfigTableName', { value: configTable.table.tableName });
    new CfnOutput(this, 'TicketsTableName', { value: ticketsTable.table.tableName });
    new CfnOutput(this, 'ReportsTableName', { value: reportsTable.table.tableName });
    new CfnOutput(this, 'ReportsDashboardName', { value: reports.dashboard.dashboardName });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarmTopic.topic.topicArn });
  }
}
