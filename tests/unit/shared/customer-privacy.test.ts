// Which raw mail an export lists and an erasure deletes: the ticket's own and that of every
// conversation message that came in by mail, each once, and nobody else's.
import { describe, expect, it } from 'vitest';
import type {
  ErasureLog,
  ErasureRecord,
  LocatedItem,
  RawMailArchive,
} from '../../../functions/adapters/privacy-stores';
import { lookupKey, parseIdentifier } from '../../../functions/core/privacy/customer-identifier';
import type { Ticket } from '../../../functions/core/ticket/ticket-schema';
import { CustomerPrivacy } from '../../../functions/shared/customer-privacy';

const ADDRESS = 'mara.lindqvist@example.se';
const request = {
  identifier: parseIdentifier('email', ADDRESS),
  plusAddressing: 'distinct' as const,
};

function setUp() {
  const mail = new Map<string, string>([
    ['inbound/ticket', `From: ${ADDRESS}`],
    ['inbound/answer', '> quoted ticket'],
    ['inbound/follow-up', `From: ${ADDRESS}`],
    ['inbound/someone-else', 'From: other@example.com'],
  ]);
  const ticket = { id: 'email:t1', mail: { rawKey: 'inbound/ticket' } } as unknown as Ticket;
  const at = (sk: string, item: Record<string, unknown> = {}): LocatedItem => ({
    table: 'Tickets',
    pk: 'TICKET#email:t1',
    sk,
    item: { pk: 'TICKET#email:t1', sk, ...item },
  });
  let items: LocatedItem[] = [
    at('TICKET', { ticket }),
    at('MESSAGE#001', { from: 'agent', rawKey: 'inbound/answer' }),
    at('MESSAGE#002', { from: 'customer', rawKey: 'inbound/follow-up' }),
    // A retried mail recorded once more cannot name its copy twice.
    at('MESSAGE#003', { from: 'customer', rawKey: 'inbound/follow-up' }),
    at('MESSAGE#004', { from: 'agent' }),
  ];
  const rawMail: RawMailArchive = {
    bucket: 'mail',
    find: async (key) => {
      const text = mail.get(key);
      return text === undefined ? undefined : Buffer.from(text);
    },
    delete: async (key) => {
      mail.delete(key);
    },
    expire: async () => 0,
  };
  const record: ErasureRecord = {
    erasureId: 'e1',
    identifierHash: 'h',
    startedAt: '2026-12-22T10:00:00.000Z',
    requestedBy: 'lead',
    status: 'running',
    removed: {},
    resumed: 0,
  };
  const erasures: ErasureLog = {
    begin: async () => record,
    progress: async () => {},
    read: async () => record,
    resume: async () => record,
    finish: async (finished) => ({ ...finished, status: 'done' }),
  };
  const privacy = new CustomerPrivacy(
    {
      tickets: {
        findTicketIds: async (key) =>
          key === lookupKey(request.identifier, 'distinct') && items.length > 0 ? ['email:t1'] : [],
        readTicket: async () => ({ ...(items.length > 0 ? { ticket } : {}), items }),
        eraseTicket: async () => {
          const removed = { tickets: 1, messages: items.length - 1 };
          items = [];
          return removed;
        },
      },
      erasures,
      deadLetters: [],
      rawMail,
      auditKey: async () => 'secret',
      clock: () => Date.parse('2026-12-22T10:00:00Z'),
    },
    'inbound/',
  );
  return { privacy, mail };
}

describe('CustomerPrivacy and raw mail', () => {
  it('exports the ticket’s raw mail and that of its messages, once each', async () => {
    const { privacy } = setUp();
    const exported = await privacy.export(request);
    expect(exported.rawMail.map((entry) => entry.key)).toEqual([
      'inbound/ticket',
      'inbound/answer',
      'inbound/follow-up',
    ]);
  });

  it('erases them before the ticket and leaves other mail', async () => {
    const { privacy, mail } = setUp();
    const record = await privacy.erase(request, 'lead');
    expect(record.removed).toMatchObject({ rawMail: 3, tickets: 1 });
    expect([...mail.keys()]).toEqual(['inbound/someone-else']);
    expect((await privacy.erase(request, 'lead')).removed).toEqual({ deadLetters: 0 });
  });
});
