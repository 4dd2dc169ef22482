import { CfnOutput, Duration, Lazy, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { HttpMethod, type HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  Mfa,
  UserPool,
  type IUserPoolClient,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { ERASURE_QUEUE } from '../../functions/definitions/privacy';
import type { EmailSending } from './email-sending';
import {
  ADMIN_FUNCTION,
  ADMIN_ROUTE_KEYS,
  SUPPORT_LEADS_GROUP,
} from '../../functions/definitions/admin-api';
import {
  CONFIG_TABLE,
  REPORTS_TABLE,
  TICKET_INDEXES,
  TICKETS_TABLE,
} from '../../functions/definitions/tables';
import {
  grantDeadLetterSweep,
  grantRawMail,
  personalDataEnvironment,
  type PersonalDataPlaces,
} from './personal-data-places';
import { createSunrouteFunction } from './sunroute-function';
import { ticketLinkEnvironment, type TicketLinkSetting } from './ticket-link-setting';

export interface AdminApiProps {
  /** The handler module; it must export `handler`. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly configTable: ITable;
  readonly ticketsTable: ITable;
  /** Report aggregates, read by `GET /reports`. */
  readonly reportsTable: ITable;
  readonly api: HttpApi;
  /** How a lead's assignment (`POST /tickets/{id}/assign`) emails the agent, with links. */
  readonly delivery: {
    readonly email: EmailSending;
    readonly ticketLinks: TicketLinkSetting;
  };
  /**
   * Where a customer's data lives besides the tickets table (`POST /privacy/*`): every
   * dead-letter queue that can hold it, and the raw mail bucket when mail is received. The links' secret keys the audit hash.
   */
  readonly privacy: PersonalDataPlaces;
  /** Where erasures too large for one request go, for the erasure worker. */
  readonly erasureQueue: IQueue;
}

/**
 * The admin API: a Cognito user pool for support leads and their colleagues (the `support-leads`
 * group may write, every other user reads), a JWT authorizer on that pool in front of every
 * admin route of the shared HTTP API, and the one function that serves them, with read access to
 * both tables and write access to configuration versions only.
 */
export class AdminApi extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly function: NodejsFunction;
  /** The app clients whose access tokens the authorizer accepts. */
  private readonly audience: string[] = [];

  constructor(scope: Construct, id: string, props: AdminApiProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Users', {
      // Leads are invited by an administrator; nobody signs themselves up to change routing.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // A token here changes where every ticket goes: a second factor is not optional.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'Cognito threat protection (advanced security) needs the Plus feature plan, billed per ' +
        'active user; a handful of invited support leads with required MFA and strong passwords ' +
        'do not warrant it. Enable it with featurePlan PLUS when the pool grows.',
    });
    new CfnUserPoolGroup(this, 'SupportLeads', {
      userPoolId: this.userPool.userPoolId,
      groupName: SUPPORT_LEADS_GROUP,
      description: 'May change the configuration through the admin API; others only read',
    });
    this.client = this.userPool.addClient('CliClient', {
      // A public client (CLI, curl, a console in the browser): no secret to leak.
      generateSecret: false,
      authFlows: { userSrp: true, userPassword: true },
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      preventUserExistenceErrors: true,
    });

    this.function = createSunrouteFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      description:
        'sunroute admin API: configuration versions (read, add), tickets (read, assign by hand), its logs',
      memoryMb: ADMIN_FUNCTION.memoryMb,
      timeoutSeconds: ADMIN_FUNCTION.timeoutSeconds,
      service: ADMIN_FUNCTION.service,
      metricsNamespace: 'Sunroute',
      environment: {
        [CONFIG_TABLE.tableNameEnv]: props.configTable.tableName,
        [TICKETS_TABLE.tableNameEnv]: props.ticketsTable.tableName,
        [REPORTS_TABLE.tableNameEnv]: props.reportsTable.tableName,
        ...props.delivery.email.environment(),
        ...ticketLinkEnvironment(props.delivery.ticketLinks),
        ...personalDataEnvironment(props.privacy),
        [ERASURE_QUEUE.queueUrlEnv]: props.erasureQueue.queueUrl,
      },
    });
    this.grantTables(props.configTable, props.ticketsTable);
    this.grantPrivacy(props.ticketsTable, props.privacy);
    // Large erasures go to the erasure worker: sending is all the admin function does there.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['sqs:SendMessage'],
        resources: [props.erasureQueue.queueArn],
      }),
    );
    // Reports are read, a day's partition at a time; the aggregates are never written here.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [props.reportsTable.tableArn],
      }),
    );
    props.delivery.email.grantSendEmail(this.function);
    props.delivery.ticketLinks.secret.grantRead(this.function);

    // The pool's issuer, with an audience read at synthesis, so that clients added later (the web
    // console's) are accepted too; HttpUserPoolAuthorizer fixes its clients when a route binds it.
    this.audience.push(this.client.userPoolClientId);
    const authorizer = new HttpJwtAuthorizer(
      'Authorizer',
      `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`,
      { jwtAudience: Lazy.list({ produce: () => this.audience }) },
    );
    const integration = new HttpLambdaIntegration('Integration', this.function);
    for (const routeKey of ADMIN_ROUTE_KEYS) {
      const [method, path] = routeKey.split(' ') as [keyof typeof HttpMethod, string];
      props.api.addRoutes({ path, methods: [HttpMethod[method]], integration, authorizer });
    }

    new CfnOutput(scope, 'AdminUserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(scope, 'AdminUserPoolClientId', { value: this.client.userPoolClientId });
  }

  /** Lets the access tokens of another app client of the pool through (the web console's). */
  allowClient(client: IUserPoolClient): void {
    this.audience.push(client.userPoolClientId);
  }

  /**
   * Erasing a customer deletes the items of their tickets' partitions and their threads'
   * acknowledgement records, and nothing else (configuration, agents' loads and other items stay
   * out of reach of a delete); it reads, deletes and releases dead letters; it reads and deletes
   * raw mail under the inbound prefix.
   */
  private grantPrivacy(ticketsTable: ITable, privacy: AdminApiProps['privacy']): void {
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
        resources: [ticketsTable.tableArn],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['TICKET#*', 'AUTOREPLY#*'] },
        },
      }),
    );
    grantDeadLetterSweep(this.function, privacy);
    if (!privacy.mailBucket) return;
    grantRawMail(
      this.function,
      privacy.mailBucket,
      ['s3:GetObject', 's3:DeleteObject'],
      'SES names each stored mail by its own message id; erasing a customer reads and deletes ' +
        'the mail their tickets and dead letters name, under the inbound prefix of this bucket only.',
    );
  }

  private grantTables(configTable: ITable, ticketsTable: ITable): void {
    // Versions are only ever added (a Put conditional on the CURRENT pointer, in one
    // transaction); never updated or deleted, so the history cannot be rewritten through the API.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
        resources: [configTable.tableArn],
      }),
    );
    // Tickets are read: one ticket's items, agents' loads for a preview, a team's listing; a
    // lead's assignment writes one ticket, two loads and the outbox in one transaction (Update,
    // Put) and marks its emails sent.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: [
          'dynamodb:GetItem',
          'dynamodb:BatchGetItem',
          'dynamodb:Query',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
        ],
        resources: [ticketsTable.tableArn],
      }),
    );
    // A preview reads the sticky agent of a thread or customer as the router does.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: Object.values(TICKET_INDEXES).map(
          (index) => `${ticketsTable.tableArn}/index/${index}`,
        ),
      }),
    );
  }
}
