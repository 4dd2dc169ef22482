import { describe, expect, it } from 'vitest';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { IngestMailReceiving } from '../../../lib/constructs/ingest-mail-receiving';
import type { PrivacyFunctions } from '../../../lib/constructs/privacy-functions';
import type { TicketQueues } from '../../../lib/constructs/ticket-queues';
import { INGEST } from '../../../functions/definitions/ingest';
import { PERSONAL_DEAD_LETTER_QUEUES, PRIVACY } from '../../../functions/definitions/privacy';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { cfn, child, logicalId, synthTestStack } from './synth-test-stack';
import { grants, roleStatements } from './role-grants';

const { stack, template } = synthTestStack({ inboundDomain: 'support.example.com' });
const privacy = child<PrivacyFunctions>(stack, 'Privacy');
const queues = child<TicketQueues>(stack, 'TicketQueues');
const erasureQueues = child<TicketQueues>(stack, 'ErasureQueues');
const mail = child<IngestMailReceiving>(stack, 'IngestMail');
const configTable = child<DefinitionTable>(stack, CONFIG_TABLE.id).table;
const ticketsTable = child<DefinitionTable>(stack, TICKETS_TABLE.id).table;
const resources = template.toJSON().Resources as Record<
  string,
  { Type: string; Properties: Record<string, unknown> }
>;

describe('retention sweep', () => {
  const sweep = privacy.retentionSweep;
  const functionId = logicalId(stack, sweep);

  it('runs once a day from an EventBridge rule, without retries', () => {
    const { hour, minute } = PRIVACY.retentionSweep.schedule;
    expect(resources[logicalId(stack, privacy.retentionRule)]!.Properties).toMatchObject({
      ScheduleExpression: `cron(${minute} ${hour} * * ? *)`,
      Targets: [
        { Arn: { 'Fn::GetAtt': [functionId, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 0 } },
      ],
    });
    expect(resources[functionId]!.Properties).toMatchObject({
      Handler: 'index.retentionSweep',
      Timeout: PRIVACY.retentionSweep.timeoutSeconds,
    });
  });

  it('learns the configuration table, every personal dead-letter queue and the mail bucket', () => {
    const variables = (resources[functionId]!.Properties.Environment as { Variables: object })
      .Variables;
    expect(variables).toMatchObject({
      [CONFIG_TABLE.tableNameEnv]: cfn(stack, configTable.tableName),
      [INGEST.mailBucketEnv]: cfn(stack, mail.bucket.bucketName),
    });
    for (const queue of PERSONAL_DEAD_LETTER_QUEUES)
      expect(variables).toHaveProperty(queue.queueUrlEnv);
  });

  it('may read the configuration, sweep the dead letters and list and delete raw mail, nothing more', () => {
    const statements = roleStatements(template, logicalId(stack, sweep.role!));
    const on = (actions: string[], resource: unknown) =>
      actions.map((action) => `${action} on ${JSON.stringify(cfn(stack, resource))}`);
    expect(grants(statements).sort()).toEqual(
      [
        ...on(['logs:CreateLogStream', 'logs:PutLogEvents'], sweep.logGroup.logGroupArn),
        ...on(['dynamodb:GetItem'], configTable.tableArn),
        ...[queues.deadLetterQueue, erasureQueues.deadLetterQueue].flatMap((queue) =>
          on(
            ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility'],
            queue.queueArn,
          ),
        ),
        ...on(['s3:ListBucket'], mail.bucket.bucketArn),
        ...on(['s3:DeleteObject'], mail.bucket.arnForObjects(`${INGEST.mailObjectPrefix}*`)),
      ].sort(),
    );
    expect(statements.find((s) => s.Action === 's3:ListBucket')?.Condition).toEqual({
      StringLike: { 's3:prefix': [`${INGEST.mailObjectPrefix}*`] },
    });
    expect(JSON.stringify(statements)).not.toContain(
      JSON.stringify(cfn(stack, ticketsTable.tableArn)),
    );
  });
});
