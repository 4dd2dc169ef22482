import { describe, expect, it } from 'vitest';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { EmailSending } from '../../../lib/constructs/email-sending';
import type { RouterFunction } from '../../../lib/constructs/router-function';
import type { SunrouteHttpApi } from '../../../lib/constructs/sunroute-http-api';
import type { TicketLinks } from '../../../lib/constructs/ticket-links-function';
import type { TicketQueues } from '../../../lib/constructs/ticket-queues';
import { EMAIL_SENDING } from '../../../functions/definitions/email-sending';
import { ROUTER, TICKET_QUEUE } from '../../../functions/definitions/queues';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { TICKET_LINKS } from '../../../functions/definitions/ticket-links';
import { child, logicalId, synthTestStack } from './synth-test-stack';

const { stack, template } = synthTestStack();
const router = child<RouterFunction>(stack, 'Router');
const queues = child<TicketQueues>(stack, 'TicketQueues');
const email = child<EmailSending>(stack, 'EmailSending');
const api = child<SunrouteHttpApi>(stack, 'HttpApi');
const resources = template.toJSON().Resources as Record<
  string,
  { Properties: Record<string, unknown> }
>;
const properties = resources[logicalId(stack, router.function)]!.Properties;
const ref = (construct: Parameters<typeof logicalId>[1]) => ({ Ref: logicalId(stack, construct) });

describe('router function', () => {
  it('is the only function the ticket queue feeds', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: ref(router.function),
    });
  });

  it('runs the CommonJS bundle’s handler on Node 22, arm64', () => {
    expect(properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
    });
  });

  it('takes memory and timeout from the shared router settings', () => {
    expect(properties.MemorySize).toBe(ROUTER.memoryMb);
    expect(properties.Timeout).toBe(ROUTER.timeoutSeconds);
  });

  it('learns its tables, queues and sender under the shared variable names', () => {
    expect((properties.Environment as { Variables: unknown }).Variables).toEqual({
      [CONFIG_TABLE.tableNameEnv]: ref(child<DefinitionTable>(stack, CONFIG_TABLE.id).table),
      [TICKETS_TABLE.tableNameEnv]: ref(child<DefinitionTable>(stack, TICKETS_TABLE.id).table),
      [TICKET_QUEUE.queueUrlEnv]: ref(queues.queue),
      [TICKET_QUEUE.deadLetter.queueUrlEnv]: ref(queues.deadLetterQueue),
      [EMAIL_SENDING.senderEmailEnv]: ref(email.identity),
      [EMAIL_SENDING.configurationSetEnv]: ref(email.configurationSet),
      [TICKET_LINKS.baseUrlEnv]: { 'Fn::GetAtt': [logicalId(stack, api.api), 'ApiEndpoint'] },
      [TICKET_LINKS.secretArnEnv]: ref(child<TicketLinks>(stack, 'TicketLinks').secret),
      POWERTOOLS_SERVICE_NAME: 'sunroute-router',
      POWERTOOLS_METRICS_NAMESPACE: 'Sunroute',
    });
  });

  it('logs to its own log group, kept for a month', () => {
    const logs = router.function.logGroup;
    expect(properties.LoggingConfig).toEqual({ LogGroup: ref(logs) });
    expect(resources[logicalId(stack, logs)]!.Properties).toEqual({ RetentionInDays: 30 });
  });

  it('is fed by the ticket queue in batches that report single failures', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack, queues.queue), 'Arn'] },
      FunctionName: ref(router.function),
      BatchSize: ROUTER.batchSize,
      MaximumBatchingWindowInSeconds: ROUTER.maxBatchingWindowSeconds,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(ROUTER.batchSize).toBe(10);
  });
});
