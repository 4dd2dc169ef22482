import { describe, expect, it } from 'vitest';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { EmailSending } from '../../../lib/constructs/email-sending';
import type { SunrouteHttpApi } from '../../../lib/constructs/sunroute-http-api';
import type { TicketLinks } from '../../../lib/constructs/ticket-links-function';
import type { WaitingLineFunction } from '../../../lib/constructs/waiting-line-function';
import { EMAIL_SENDING } from '../../../functions/definitions/email-sending';
import { CONFIG_TABLE, TICKET_INDEXES, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { TICKET_LINKS } from '../../../functions/definitions/ticket-links';
import {
  CONFIG_STREAM_FILTERS,
  TICKETS_STREAM_FILTERS,
  WAITING_LINE,
  WAITING_LINE_STREAM,
} from '../../../functions/definitions/waiting-line';
import { cfn, child, logicalId, synthTestStack } from './synth-test-stack';
import { grants, roleStatements } from './role-grants';

const { stack, template } = synthTestStack();
const line = child<WaitingLineFunction>(stack, 'WaitingLine');
const links = child<TicketLinks>(stack, 'TicketLinks');
const email = child<EmailSending>(stack, 'EmailSending');
const api = child<SunrouteHttpApi>(stack, 'HttpApi');
const configTable = child<DefinitionTable>(stack, CONFIG_TABLE.id).table;
const ticketsTable = child<DefinitionTable>(stack, TICKETS_TABLE.id).table;
const resources = template.toJSON().Resources as Record<
  string,
  { Type: string; Properties: Record<string, unknown> }
>;
const functionId = logicalId(stack, line.function);
const properties = resources[functionId]!.Properties;
const ref = (construct: Parameters<typeof logicalId>[1]) => ({ Ref: logicalId(stack, construct) });
const mappings = Object.values(resources).filter(
  (resource) =>
    resource.Type === 'AWS::Lambda::EventSourceMapping' &&
    JSON.stringify(resource.Properties.FunctionName) === JSON.stringify({ Ref: functionId }),
);
const streamOf = (table: unknown) => ({
  'Fn::GetAtt': [logicalId(stack, table as Parameters<typeof logicalId>[1]), 'StreamArn'],
});

describe('waiting line', () => {
  it('reads the tickets and config tables’ streams with the shared filters', () => {
    expect(mappings.map((mapping) => mapping.Properties.EventSourceArn)).toEqual([
      streamOf(ticketsTable),
      streamOf(configTable),
    ]);
    const patterns = (filters: readonly object[]) =>
      filters.map((pattern) => ({ Pattern: JSON.stringify(pattern) }));
    expect(mappings[0]!.Properties.FilterCriteria).toEqual({
      Filters: patterns(TICKETS_STREAM_FILTERS),
    });
    expect(mappings[1]!.Properties.FilterCriteria).toEqual({
      Filters: patterns(CONFIG_STREAM_FILTERS),
    });
  });

  it('retries a failing batch bisected, from the first failed record, then sends it to its dead letters', () => {
    for (const mapping of mappings) {
      expect(mapping.Properties).toMatchObject({
        StartingPosition: 'LATEST',
        BatchSize: WAITING_LINE_STREAM.batchSize,
        MaximumRetryAttempts: WAITING_LINE_STREAM.retryAttempts,
        MaximumRecordAgeInSeconds: WAITING_LINE_STREAM.maxRecordAgeSeconds,
        BisectBatchOnFunctionError: true,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        DestinationConfig: {
          OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(stack, line.deadLetters), 'Arn'] } },
        },
      });
    }
    expect(resources[logicalId(stack, line.deadLetters)]!.Properties).toMatchObject({
      SqsManagedSseEnabled: true,
    });
  });

  it('is built like every function and learns what the scheduler learns', () => {
    expect(properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: WAITING_LINE.memoryMb,
      Timeout: WAITING_LINE.timeoutSeconds,
    });
    expect((properties.Environment as { Variables: unknown }).Variables).toEqual({
      [CONFIG_TABLE.tableNameEnv]: ref(configTable),
      [TICKETS_TABLE.tableNameEnv]: ref(ticketsTable),
      [EMAIL_SENDING.senderEmailEnv]: ref(email.identity),
      [EMAIL_SENDING.configurationSetEnv]: ref(email.configurationSet),
      [TICKET_LINKS.baseUrlEnv]: { 'Fn::GetAtt': [logicalId(stack, api.api), 'ApiEndpoint'] },
      [TICKET_LINKS.secretArnEnv]: ref(links.secret),
      POWERTOOLS_SERVICE_NAME: WAITING_LINE.service,
      POWERTOOLS_METRICS_NAMESPACE: WAITING_LINE.namespace,
    });
  });

  it('may read the streams and assign waiting tickets, and never delete or scan', () => {
    const roleId = logicalId(stack, line.function.role!);
    const granted = grants(roleStatements(template, roleId));
    const on = (actions: string[], resource: unknown) =>
      actions.map((action) => `${action} on ${JSON.stringify(cfn(stack, resource))}`);
    expect(granted).toEqual(
      expect.arrayContaining([
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
        ...on(['dynamodb:GetRecords', 'dynamodb:GetShardIterator'], ticketsTable.tableStreamArn!),
        ...on(['dynamodb:GetRecords', 'dynamodb:GetShardIterator'], configTable.tableStreamArn!),
      ]),
    );
    expect(granted.filter((grant) => /Delete|Scan|BatchWrite/.test(grant))).toEqual([]);
  });
});
