import { describe, expect, it } from 'vitest';
import type { AdminApi } from '../../../lib/constructs/admin-api';
import type { AdminConsole } from '../../../lib/constructs/admin-console';
import type { ChatDeliveryFunction } from '../../../lib/constructs/chat-delivery-function';
import type { AlarmTopic } from '../../../lib/constructs/alarm-topic';
import type { SunrouteHttpApi } from '../../../lib/constructs/sunroute-http-api';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { TicketQueues } from '../../../lib/constructs/ticket-queues';
import type { ReportsFunction } from '../../../lib/constructs/reports-function';
import { CONFIG_TABLE, REPORTS_TABLE, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { child, logicalId, synthTestStack } from './synth-test-stack';

const { stack, template } = synthTestStack();
const queues = child<TicketQueues>(stack, 'TicketQueues');
const ref = (construct: Parameters<typeof logicalId>[1]) => ({ Ref: logicalId(stack, construct) });

describe('stack outputs', () => {
  it('give what integrations and operators need: queue URLs, table names, topic ARN, API URL, admin user pool, console URL', () => {
    const values = Object.fromEntries(
      Object.entries(template.findOutputs('*')).map(([name, output]) => [name, output.Value]),
    );
    expect(values).toEqual({
      TicketQueueUrl: ref(queues.queue),
      DeadLetterQueueUrl: ref(queues.deadLetterQueue),
      ChatDeliveryDeadLetterQueueUrl: ref(
        child<ChatDeliveryFunction>(stack, 'ChatDelivery').queues.deadLetterQueue,
      ),
      ConfigTableName: ref(child<DefinitionTable>(stack, CONFIG_TABLE.id).table),
      TicketsTableName: ref(child<DefinitionTable>(stack, TICKETS_TABLE.id).table),
      ReportsTableName: ref(child<DefinitionTable>(stack, REPORTS_TABLE.id).table),
      ReportsDashboardName: ref(child<ReportsFunction>(stack, 'Reporting').dashboard),
      AlarmTopicArn: ref(child<AlarmTopic>(stack, 'AlarmTopic').topic),
      AdminUserPoolId: ref(child<AdminApi>(stack, 'Admin').userPool),
      AdminUserPoolClientId: ref(child<AdminApi>(stack, 'Admin').client),
      ConsoleUrl: {
        'Fn::Join': [
          '',
          [
            'https://',
            {
              'Fn::GetAtt': [
                logicalId(stack, child<AdminConsole>(stack, 'Console').distribution),
                'DomainName',
              ],
            },
            '/',
          ],
        ],
      },
      HttpApiUrl: {
        'Fn::GetAtt': [
          logicalId(stack, child<SunrouteHttpApi>(stack, 'HttpApi').api),
          'ApiEndpoint',
        ],
      },
    });
  });
});
