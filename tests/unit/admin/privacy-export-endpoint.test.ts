// `POST /privacy/export` answers in one response only what fits in one: more tickets than it may
// read, or more JSON than Lambda may return, is refused with 422 naming the CLI, which has no bound.
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createAdminHandler } from '../../../functions/admin/admin-handler';
import type { LocatedItem } from '../../../functions/adapters/privacy-stores';
import { PRIVACY } from '../../../functions/definitions/privacy';
import { CustomerPrivacy } from '../../../functions/shared/customer-privacy';
import { adminEvent, memoryAdminDependencies } from './memory-admin-dependencies';

const CONTEXT = {} as Context;

/** A customer with `tickets` tickets of `bytes` characters of text each. */
function exportOf(tickets: number, bytes: number) {
  const ids = Array.from({ length: tickets }, (_, n) => `chat:widget:${n}`);
  const privacy = new CustomerPrivacy(
    {
      tickets: {
        findTicketIds: async () => ids,
        readTicket: async (id) => ({
          items: [
            {
              table: 'Tickets',
              pk: `TICKET#${id}`,
              sk: 'TICKET',
              item: { body: 'x'.repeat(bytes) },
            } satisfies LocatedItem,
          ],
        }),
        eraseTicket: async () => ({}),
      },
      erasures: {} as never,
      deadLetters: [],
      clock: () => Date.parse('2026-12-22T10:00:00Z'),
    },
    'inbound/',
  );
  const { deps } = memoryAdminDependencies({ privacy: () => privacy });
  return async () => {
    const response = await createAdminHandler(deps)(
      adminEvent('POST /privacy/export', { body: JSON.stringify({ email: 'a@example.com' }) }),
      CONTEXT,
    );
    return {
      status: response.statusCode,
      json: JSON.parse(response.body ?? 'null') as Record<string, unknown>,
    };
  };
}

describe('POST /privacy/export', () => {
  it('exports a customer whose data fits in one response', async () => {
    const answer = await exportOf(PRIVACY.inlineExport.tickets, 1_000)();
    expect(answer.status).toBe(200);
    expect(answer.json.tickets).toHaveLength(PRIVACY.inlineExport.tickets);
  });

  it('refuses more tickets than one response reads, naming the CLI', async () => {
    const answer = await exportOf(PRIVACY.inlineExport.tickets + 1, 10)();
    expect(answer.status).toBe(422);
    expect(answer.json.message).toBe(
      `${PRIVACY.inlineExport.tickets + 1} tickets (at most ${PRIVACY.inlineExport.tickets}): more than one response carries; run \`sunroute privacy export\` for this customer`,
    );
  });

  it('refuses more JSON than one response carries', async () => {
    const answer = await exportOf(3, PRIVACY.inlineExport.bytes / 2)();
    expect(answer.status).toBe(422);
    expect(String(answer.json.message)).toMatch(/^\d+ bytes of JSON \(at most 4194304\): /);
  });
});
