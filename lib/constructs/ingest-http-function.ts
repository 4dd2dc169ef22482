import { Validations } from 'aws-cdk-lib';
import { HttpMethod, type HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { INGEST } from '../../functions/definitions/ingest';
import { TICKET_QUEUE } from '../../functions/definitions/queues';
import {
  CONFIG_TABLE,
  TICKETS_TABLE,
  WEBHOOK_REQUESTS_TABLE,
} from '../../functions/definitions/tables';
import { ROUTER_TELEMETRY } from '../../functions/definitions/telemetry';
import { createSunrouteFunction } from './sunroute-function';
import type { TicketQueues } from './ticket-queues';
import { grantConfigRead } from './config-read-grant';

export interface IngestHttpFunctionProps {
  readonly entry: string;
  readonly projectRoot: string;
  readonly api: HttpApi;
  readonly queues: TicketQueues;
  /** Signatures already accepted, so that a captured request cannot be posted again. */
  readonly webhookRequestsTable: ITable;
  /** Its ceiling, so a flood on the open routes cannot take the router's concurrency. */
  readonly reservedConcurrency?: number;
  /** Read for the promise a chat post is answered with. */
  readonly configTable: ITable;
  /** Read by `GET /tickets/{id}/messages`: a ticket's partition and its survey item. */
  readonly ticketsTable: ITable;
}

/**
 * POST /ingest/chat and POST /ingest/email: one function that checks each request's HMAC
 * signature against the integrations' secrets (one Secrets Manager secret), remembers it so it
 * cannot be replayed, and puts the ticket on the ticket queue, answering a chat post with its
 * reply-by from the live configuration. It may read that secret and the configuration, write to
 * the webhook requests table and send to that queue, nothing else.
 */
export class IngestHttpFunction extends Construct {
  readonly function: NodejsFunction;
  readonly secret: Secret;

  constructor(scope: Construct, id: string, props: IngestHttpFunctionProps) {
    super(scope, id);
    // Starts with one integration, "default", holding a generated secret: readable by whoever
    // sets up the chat widget, and the format docs/ingest.md describes for adding more.
    this.secret = new Secret(this, 'WebhookSecrets', {
      description: 'sunroute ingest webhook secrets: {"<integration>": ["<secret>", …]}',
      generateSecretString: {
        secretStringTemplate: JSON.stringify({}),
        generateStringKey: 'default',
        passwordLength: 48,
        excludePunctuation: true,
      },
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Webhook secrets are shared with outside integrations, so rotating them is a ' +
        'coordinated add-switch-remove sequence (docs/ingest.md); a rotation Lambda would ' +
        'replace the secret under the integrations and lock them out.',
    });

    this.function = createSunrouteFunction(this, {
      entry: props.entry,
      handlerName: 'http',
      projectRoot: props.projectRoot,
      description:
        'sunroute ingest webhooks: its webhook secret, send to the ticket queue, its logs',
      memoryMb: INGEST.http.memoryMb,
      timeoutSeconds: INGEST.http.timeoutSeconds,
      ...(props.reservedConcurrency === undefined
        ? {}
        : { reservedConcurrency: props.reservedConcurrency }),
      service: INGEST.service,
      metricsNamespace: ROUTER_TELEMETRY.namespace,
      environment: {
        [TICKET_QUEUE.queueUrlEnv]: props.queues.queue.queueUrl,
        [INGEST.secretArnEnv]: this.secret.secretArn,
        [WEBHOOK_REQUESTS_TABLE.tableNameEnv]: props.webhookRequestsTable.tableName,
        [CONFIG_TABLE.tableNameEnv]: props.configTable.tableName,
        [TICKETS_TABLE.tableNameEnv]: props.ticketsTable.tableName,
      },
    });
    this.secret.grantRead(this.function);
    grantConfigRead(this.function, props.configTable);
    props.queues.queue.grantSendMessages(this.function);
    // One ticket's partition (the conversation) and its survey item, for its own integration.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:Query'],
        resources: [props.ticketsTable.tableArn],
      }),
    );
    // Remember a request (a conditional put) and forget one whose handling failed; nothing else.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:PutItem', 'dynamodb:DeleteItem'],
        resources: [props.webhookRequestsTable.tableArn],
      }),
    );

    const integration = new HttpLambdaIntegration('Integration', this.function);
    const routes = [
      ...[INGEST.chatPath, INGEST.emailPath].map((path) => ({ path, method: HttpMethod.POST })),
      { path: INGEST.messagesPath, method: HttpMethod.GET },
    ];
    for (const { path, method } of routes) {
      const [route] = props.api.addRoutes({ path, methods: [method], integration });
      // The API Gateway authorizers cannot check an HMAC over the raw body; the function does.
      Validations.of(route!).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Callers are outside integrations that sign each request with HMAC-SHA256 over the ' +
          'raw body and a timestamp; the function verifies it before anything else, ' +
          'which no API Gateway authorizer can do.',
      });
    }
  }
}
