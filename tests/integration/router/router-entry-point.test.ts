// functions/router/handler.ts as Lambda loads it: everything from the environment, built once.
import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { EMAIL_SENDING } from '../../../functions/definitions/email-sending';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import { createResources } from '../../../functions/local-stack/create-resources';
import { DynamoDbConfigStore } from '../../../functions/adapters/dynamodb/dynamodb-config-store';
import { lambdaContext, sqsRecord, ticketBody } from './router-harness';
import { dateHolidaysCalendar } from '../../../functions/core/holidays/date-holidays-calendar';

const { endpoints, prefix } = inject('standIns');
const clients = createLocalClients(endpoints);
afterAll(() => clients.destroy());

/** On shift whenever the test runs: the entry point routes at the real clock. */
const ALWAYS_ON = (runId: string) => `
defaultLanguage: en
defaultRegion: EU
routing:
  maxLanguageWait: PT0H
teams:
  - id: emea
    region: EU
    timeZone: Europe/Berlin
    languages: [en, de]
    email: emea.${runId}@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri, sat, sun], start: "00:00", end: "00:00" }]
agents:
  - { id: ann, email: ann.${runId}@example.com, team: emea }
`;

describe('the Lambda entry point', () => {
  it('routes with clients, tables, queue and sender taken from the environment', async () => {
    const runId = randomUUID().slice(0, 8);
    const resources = await createResources(clients, { prefix: `${prefix}-entry-${runId}` });
    Object.assign(process.env, resources, {
      [EMAIL_SENDING.senderEmailEnv]: 'router@example.com',
      POWERTOOLS_METRICS_DISABLED: 'true',
      POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'SILENT',
    });
    const documents = DynamoDBDocumentClient.from(clients.dynamodb);
    await new DynamoDbConfigStore(documents, resources[CONFIG_TABLE.tableNameEnv]!).saveVersion(
      ALWAYS_ON(runId),
      { holidays: dateHolidaysCalendar },
    );
    const { handler } = await import('../../../functions/router/handler');

    for (const id of [`a-${runId}`, `b-${runId}`]) {
      expect(await handler({ Records: [sqsRecord(ticketBody(id))] }, lambdaContext())).toEqual({
        batchItemFailures: [],
      });
      const { Item } = await documents.send(
        new GetCommand({
          TableName: resources[TICKETS_TABLE.tableNameEnv],
          Key: { pk: `TICKET#${id}`, sk: 'TICKET' },
        }),
      );
      expect(Item).toMatchObject({ status: 'assigned', agent: 'ann' });
    }
  });
});
