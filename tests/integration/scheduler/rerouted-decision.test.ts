// How a scheduler reroute stores the ticket's new decision on the stand-ins: its reasons packed,
// as the router stores a first decision's, and read back whole by the readers.
import { afterEach, describe, expect, it } from 'vitest';
import { DynamoDbWaitingLineStore } from '../../../functions/adapters/dynamodb/dynamodb-waiting-line-store';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { startFollowUpTest, type FollowUpTest } from './follow-up-harness';

let test: FollowUpTest | undefined;
afterEach(() => test?.close());

describe('a rerouted ticket’s decision', () => {
  it('is stored with its reasons packed and read back whole', async () => {
    // Christmas Eve, 12:30 in Berlin: its German-speaking team closes at 13:00, Dublin takes over.
    const start = Date.parse('2026-12-24T11:30:00Z');
    test = await startFollowUpTest(start);
    const id = `packed-${test.router.runId}`;
    await test.route({
      id,
      channel: 'email',
      receivedAt: new Date(start).toISOString(),
      subject: 'Paket nicht angekommen',
      body: 'Hallo, mein Paket sollte letzte Woche ankommen und ist immer noch nicht da. Können Sie bitte nachsehen, wo es ist?',
      customer: { name: 'Jonas Weber', country: 'DE', email: 'jonas@example.de' },
      priority: 'low',
    });
    await test.runUntil(Date.parse('2026-12-24T12:05:00Z'));

    const item = await test.ticket(id);
    const reader = new DynamoDbWaitingLineStore(
      test.router.documents,
      test.router.env[TICKETS_TABLE.tableNameEnv]!,
    );
    const read = await reader.readOpenTicket(id);
    expect(read?.decision).toMatchObject({ team: 'emea-dublin' });
    // The reasons of the handover's choice, in order: the team, then why, then the agents.
    expect(read?.decision.reasons.slice(0, 3)).toEqual([
      'team emea-dublin: on shift until 2026-12-24T18:00:00Z (Thu 18:00 Europe/Dublin), does not speak German (de), region EU',
      'step 4: on shift in the customer’s region; no team speaking the language is on shift',
      'needs translation: team emea-dublin does not speak German (de)',
    ]);
    expect(read?.decision.reasons).toHaveLength(16);
    expect(item.decision).not.toHaveProperty('reasons');
    expect((item.decision as Record<string, unknown>).reasonsPacked).toBeInstanceOf(Uint8Array);
  }, 60_000);
});
