import { describe, expect, it } from 'vitest';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { EmailSending } from '../../../lib/constructs/email-sending';
import type { SchedulerFunction } from '../../../lib/constructs/scheduler-function';
import type { SunrouteHttpApi } from '../../../lib/constructs/sunroute-http-api';
import type { TicketLinks } from '../../../lib/constructs/ticket-links-function';
import { EMAIL_SENDING } from '../../../functions/definitions/email-sending';
import { SCHEDULER } from '../../../functions/definitions/scheduler';
import { CONFIG_TABLE, TICKET_INDEXES, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { TICKET_LINKS } from '../../../functions/definitions/ticket-links';
import { cfn, child, logicalId, synthTestStack } from './synth-test-stack';
import { grants, roleStatements } from './role-grants';

const { stack, template } = synthTestStack();
const scheduler = child<SchedulerFunction>(stack, 'Scheduler');
const links = child<TicketLinks>(stack, 'TicketLinks');
const email = child<EmailSending>(stack, 'EmailSending');
const api = child<SunrouteHttpApi>(stack, 'HttpApi');
const configTable = child<DefinitionTable>(stack, CONFIG_TABLE.id).table;
const ticketsTable = child<DefinitionTable>(stack, TICKETS_TABLE.id).table;
const resources = template.toJSON().Resources as Record<
  string,
  { Type: string; Properties: Record<string, unknown> }
>;
const functionId = logicalId(stack, scheduler.function);
const properties = resources[functionId]!.Properties;
const ref = (construct: Parameters<typeof logicalId>[1]) => ({ Ref: logicalId(stack, construct) });

describe('scheduler', () => {
  it('runs every five minutes from an EventBridge rule, without retries', () => {
    expect(resources[logicalId(stack, scheduler.rule)]!.Properties).toMatchObject({
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      Targets: [
        {
          Arn: { 'Fn::GetAtt': [functionId, 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 0 },
        },
      ],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [logicalId(stack, scheduler.rule), 'Arn'] },
    });
  });

  it('is built like every function, sized from the shared settings', () => {
    expect(properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: SCHEDULER.memoryMb,
      Timeout: SCHEDULER.timeoutSeconds,
    });
    expect(SCHEDULER.timeoutSeconds).toBeLessThan(SCHEDULER.everyMinutes * 60);
  });

  it('learns its tables, sender and the links’ URL and key under the shared names', () => {
    expect((properties.Environment as { Variables: unknown }).Variables).toEqual({
      [CONFIG_TABLE.tableNameEnv]: ref(configTable),
      [TICKETS_TABLE.tableNameEnv]: ref(ticketsTable),
      [EMAIL_SENDING.senderEmailEnv]: ref(email.identity),
      [EMAIL_SENDING.configurationSetEnv]: ref(email.configurationSet),
      [TICKET_LINKS.baseUrlEnv]: { 'Fn::GetAtt': [logicalId(stack, api.api), 'ApiEndpoint'] },
      [TICKET_LINKS.secretArnEnv]: ref(links.secret),
      POWERTOOLS_SERVICE_NAME: SCHEDULER.service,
      POWERTOOLS_METRICS_NAMESPACE: SCHEDULER.namespace,
    });
  });

  it('may do exactly what a run needs, nothing more', () => {
    const roleId = logicalId(stack, scheduler.function.role!);
    const granted = grants(roleStatements(template, roleId));
    const on = (actions: string[], resource: unknown) =>
      actions.map((action) => `${action} on ${JSON.stringify(cfn(stack, resource))}`);
    expect(granted.sort()).toEqual(
      [
        ...on(
          ['logs:CreateLogStream', 'logs:PutLogEvents'],
          scheduler.function.logGroup.logGroupArn,
        ),
        ...on(['dynamodb:GetItem', 'dynamodb:Query'], configTable.tableArn),
        ...on(
          [
            'dynamodb:GetItem',
            'dynamodb:BatchGetItem',
            'dynamodb:Query',
            'dynamodb:PutItem',
            'dynamodb:UpdateItem',
          ],
          ticketsTable.tableArn,
        ),
        ...Object.values(TICKET_INDEXES).flatMap((index) =>
          on(['dynamodb:Query'], `${ticketsTable.tableArn}/index/${index}`),
        ),
        ...on(['ses:SendEmail'], email.identity.emailIdentityArn),
        ...on(['ses:SendEmail'], email.configurationSetArn),
        ...on(
          ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
          links.secret.secretArn,
        ),
      ].sort(),
    );
  });
});
