import { join } from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { EMAIL_SENDING } from '../definitions/email-sending';
import type { RouterSettings } from '../definitions/queues';
import { TICKET_QUEUE } from '../definitions/queues';
import { CONFIG_TABLE, TICKETS_TABLE } from '../definitions/tables';
import { ROUTER_TELEMETRY } from '../definitions/telemetry';
import type { EmailSending } from './email-sending';
import type { TicketQueues } from './ticket-queues';

export interface RouterFunctionProps {
  /** The handler module; it must export `handler`. */
  readonly entry: string;
  /** Holds package-lock.json; NodejsFunction otherwise looks for it from the working directory. */
  readonly projectRoot: string;
  readonly settings: RouterSettings;
  readonly configTable: ITable;
  readonly ticketsTable: ITable;
  readonly queues: TicketQueues;
  readonly email: EmailSending;
}

/** The Lambda function that routes each ticket from the queue, and exactly what it may touch. */
export class RouterFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: RouterFunctionProps) {
    super(scope, id);
    const { settings, queues, email } = props;

    // Lambda's default log group keeps logs forever; these hold ticket excerpts, which the
    // product promises to keep only for a retention period.
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });

    // An explicit role instead of AWSLambdaBasicExecutionRole, whose log permissions apply to
    // every log group in the account.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'sunroute router: its tables, its queues, its SES identity, its log group',
    });
    logGroup.grantWrite(role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      projectRoot: props.projectRoot,
      depsLockFilePath: join(props.projectRoot, 'package-lock.json'),
      handler: 'handler',
      // The oldest runtime that is not deprecated, so production runs as close as possible to
      // the Node 20 the tests run on.
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: settings.memoryMb,
      timeout: Duration.seconds(settings.timeoutSeconds),
      role,
      logGroup,
      bundling: {
        // CommonJS (index.js), which the Node runtime loads with `require`: the same bundle loaded
        // as an ES module spends ~50 ms more of each cold start in Node's ES-module loader
        // resolving and wrapping the SDK's CommonJS packages (docs/benchmarks.md, "Router
        // Lambda"). Nothing the router imports uses top-level await or `import.meta`, which
        // CommonJS output cannot express (esbuild would fail or warn on them; the router's
        // import-graph test builds it as CommonJS and expects neither).
        format: OutputFormat.CJS,
        minify: true,
        sourceMap: true,
        // Stack traces only need the mappings; the sources would double the upload.
        sourcesContent: false,
        // The Node 22 runtime ships SDK v3: bundling it again would spend about 200 KB of the
        // 1 MiB zipped budget (measured with the four clients the router uses).
        externalModules: ['@aws-sdk/*', '@smithy/*'],
      },
      environment: {
        [CONFIG_TABLE.tableNameEnv]: props.configTable.tableName,
        [TICKETS_TABLE.tableNameEnv]: props.ticketsTable.tableName,
        [TICKET_QUEUE.queueUrlEnv]: queues.queue.queueUrl,
        [TICKET_QUEUE.deadLetter.queueUrlEnv]: queues.deadLetterQueue.queueUrl,
        [EMAIL_SENDING.senderEmailEnv]: email.identity.emailIdentityName,
        [EMAIL_SENDING.configurationSetEnv]: email.configurationSet.configurationSetName,
        POWERTOOLS_SERVICE_NAME: ROUTER_TELEMETRY.service,
        POWERTOOLS_METRICS_NAMESPACE: ROUTER_TELEMETRY.namespace,
        NODE_OPTIONS: '--enable-source-maps',
      },
    });

    // Grants the consume actions on the ticket queue only.
    this.function.addEventSource(
      new SqsEventSource(queues.queue, {
        batchSize: settings.batchSize,
        maxBatchingWindow: Duration.seconds(settings.maxBatchingWindowSeconds),
        reportBatchItemFailures: true,
      }),
    );
    // The handler moves a message that can never be routed to the dead-letter queue itself,
    // with the reason as attributes, instead of letting it burn through maxReceiveCount.
    queues.deadLetterQueue.grantSendMessages(this.function);
    email.grantSendEmail(this.function);
    this.grantTables(props.configTable, props.ticketsTable);

    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node 22 is chosen on purpose over the newest runtime: it is the oldest non-deprecated ' +
        'one, closest to the Node 20 on which the handler and its tests run locally.',
    });
  }

  private grantTables(configTable: ITable, ticketsTable: ITable): void {
    // The router only reads configuration; support leads change it through the CLI or admin API.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
        resources: [configTable.tableArn],
      }),
    );
    // What one assignment transaction (ticket, agent load, outbox) and marking the email sent
    // need; TransactWriteItems and TransactGetItems are authorized per contained action. No
    // DeleteItem or Scan: erasure and reports are other functions' work.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: [
          'dynamodb:GetItem',
          'dynamodb:BatchGetItem',
          'dynamodb:Query',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          'dynamodb:ConditionCheckItem',
        ],
        resources: [ticketsTable.tableArn],
      }),
    );
    // Named indexes rather than `index/*`, so a future index is not readable by default.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: TICKETS_TABLE.globalIndexes.map(
          (index) => `${ticketsTable.tableArn}/index/${index.indexName}`,
        ),
      }),
    );
  }
}
