import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { AdminApi } from '../../../lib/constructs/admin-api';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { EmailSending } from '../../../lib/constructs/email-sending';
import type { IngestMailReceiving } from '../../../lib/constructs/ingest-mail-receiving';
import type { TicketQueues } from '../../../lib/constructs/ticket-queues';
import type { TicketLinks } from '../../../lib/constructs/ticket-links-function';
import { ADMIN_ROUTE_KEYS, SUPPORT_LEADS_GROUP } from '../../../functions/definitions/admin-api';
import { INGEST } from '../../../functions/definitions/ingest';
import {
  CONFIG_TABLE,
  REPORTS_TABLE,
  TICKET_INDEXES,
  TICKETS_TABLE,
} from '../../../functions/definitions/tables';
import { cfn, child, logicalId, synthTestStack } from './synth-test-stack';
import { grants, roleStatements } from './role-grants';

const { stack, template } = synthTestStack();
const admin = child<AdminApi>(stack, 'Admin');
const configTable = child<DefinitionTable>(stack, CONFIG_TABLE.id).table;
const ticketsTable = child<DefinitionTable>(stack, TICKETS_TABLE.id).table;
const reportsTable = child<DefinitionTable>(stack, REPORTS_TABLE.id).table;
const email = child<EmailSending>(stack, 'EmailSending');
const links = child<TicketLinks>(stack, 'TicketLinks');
const queues = child<TicketQueues>(stack, 'TicketQueues');
const erasureQueues = child<TicketQueues>(stack, 'ErasureQueues');

describe('admin API infrastructure', () => {
  it('has a user pool nobody signs up to, with strong passwords and required MFA', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 12,
          RequireSymbols: true,
          RequireNumbers: true,
        }),
      },
    });
  });

  it('has the support-leads group in that pool and a public client without a secret', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', {
      GroupName: SUPPORT_LEADS_GROUP,
      UserPoolId: { Ref: logicalId(stack, admin.userPool) },
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      UserPoolId: { Ref: logicalId(stack, admin.userPool) },
    });
  });

  it('puts a JWT authorizer on that pool in front of every admin route, and only those', () => {
    const authorizers = template.findResources('AWS::ApiGatewayV2::Authorizer');
    expect(Object.values(authorizers)).toHaveLength(1);
    const [authorizerId, authorizer] = Object.entries(authorizers)[0]!;
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      // The CLI's client, and the web console's (tests/unit/lib/admin-console.test.ts).
      JwtConfiguration: {
        Audience: expect.arrayContaining([cfn(stack, admin.client.userPoolClientId)]),
      },
    });
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route'));
    const authorized = routes
      .filter(
        (route) =>
          JSON.stringify(route.Properties.AuthorizerId) === JSON.stringify({ Ref: authorizerId }),
      )
      .map((route) => route.Properties.RouteKey as string);
    expect(authorized.sort()).toEqual([...ADMIN_ROUTE_KEYS].sort());
    for (const route of routes.filter((r) => authorized.includes(r.Properties.RouteKey))) {
      expect(route.Properties.AuthorizationType).toBe('JWT');
    }
  });

  it('lets the function add configuration versions, read tickets and reports, assign tickets, erase a customer, nothing more', () => {
    const roleId = logicalId(stack, admin.function.role!);
    const granted = new Set(grants(roleStatements(template, roleId)));
    const pairs = (actions: string[], on: unknown[]) =>
      actions.flatMap((action) =>
        on.map((resource) => `${action} on ${JSON.stringify(cfn(stack, resource))}`),
      );
    expect(granted).toEqual(
      new Set([
        ...pairs(
          ['logs:CreateLogStream', 'logs:PutLogEvents'],
          [admin.function.logGroup.logGroupArn],
        ),
        ...pairs(
          ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
          [configTable.tableArn],
        ),
        ...pairs(
          [
            'dynamodb:GetItem',
            'dynamodb:BatchGetItem',
            'dynamodb:Query',
            'dynamodb:PutItem',
            'dynamodb:UpdateItem',
          ],
          [ticketsTable.tableArn],
        ),
        // A lead's assignment emails the agent, with signed links.
        ...pairs(['ses:SendEmail'], [email.identity.emailIdentityArn, email.configurationSetArn]),
        ...pairs(
          ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
          [links.secret.secretArn],
        ),
        ...pairs(
          ['dynamodb:Query'],
          Object.values(TICKET_INDEXES).map((index) => `${ticketsTable.tableArn}/index/${index}`),
        ),
        // Erasing a customer: their tickets' partitions, dead letters (no mail bucket here).
        ...pairs(['dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'], [ticketsTable.tableArn]),
        // Reports are read, never written here.
        ...pairs(['dynamodb:Query'], [reportsTable.tableArn]),
        ...pairs(
          ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility'],
          [queues.deadLetterQueue.queueArn, erasureQueues.deadLetterQueue.queueArn],
        ),
        // Large erasures are handed to the erasure worker.
        ...pairs(['sqs:SendMessage'], [erasureQueues.queue.queueArn]),
      ]),
    );
  });

  it('deletes only in ticket partitions and acknowledgement records, and raw mail when mail is received', () => {
    const statements = roleStatements(template, logicalId(stack, admin.function.role!));
    const deletes = statements.filter((statement) =>
      [statement.Action].flat().includes('dynamodb:DeleteItem'),
    );
    expect(deletes).toHaveLength(1);
    expect(deletes[0]!.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['TICKET#*', 'AUTOREPLY#*'] },
    });

    const withMail = synthTestStack({ inboundDomain: 'support.example.com' });
    const mailAdmin = child<AdminApi>(withMail.stack, 'Admin');
    const bucket = child<IngestMailReceiving>(withMail.stack, 'IngestMail').bucket;
    const granted = grants(
      roleStatements(withMail.template, logicalId(withMail.stack, mailAdmin.function.role!)),
    );
    const objects = JSON.stringify(cfn(withMail.stack, bucket.arnForObjects('inbound/*')));
    expect(granted.filter((grant) => grant.startsWith('s3:')).sort()).toEqual([
      `s3:DeleteObject on ${objects}`,
      `s3:GetObject on ${objects}`,
    ]);
    withMail.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'sunroute-admin',
          [INGEST.mailBucketEnv]: cfn(withMail.stack, bucket.bucketName),
        }),
      },
    });
  });

  it('tells the function both table names', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          [CONFIG_TABLE.tableNameEnv]: cfn(stack, configTable.tableName),
          [TICKETS_TABLE.tableNameEnv]: cfn(stack, ticketsTable.tableName),
          POWERTOOLS_SERVICE_NAME: 'sunroute-admin',
        }),
      },
    });
  });
});
