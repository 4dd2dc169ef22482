import type { TicketEvent } from '../followup/ticket-history';
import { ALL_VALUE, NONE_VALUE, type DimensionValues } from './report-dimensions';

/**
 * What reports read of a stored ticket item (its stream image, unmarshalled): no customer data,
 * only where it went, when things happened and how long it waited.
 */
export interface TicketFacts {
  readonly ticketId: string;
  readonly receivedAt: string;
  readonly team: string | null;
  readonly agent: string | null;
  readonly language: string;
  readonly region: string;
  readonly channel: string;
  readonly priority: string;
  readonly translated: boolean;
  readonly expectedReplyBy: string | null;
  /** When an agent first answered the customer by email. */
  readonly firstReplyAt: string | null;
  readonly history: readonly TicketEvent[];
  readonly waitedMs: number;
}

type Image = Readonly<Record<string, unknown>>;

const asRecord = (value: unknown): Image =>
  typeof value === 'object' && value !== null ? (value as Image) : {};
const asText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const readable = (event: TicketEvent | undefined) =>
  typeof event?.event === 'string' && typeof event.at === 'string';

/** The entries of a stored history that say what and when (the array itself when all do). */
function readableHistory(history: unknown): readonly TicketEvent[] {
  if (!Array.isArray(history)) return [];
  const events = history as TicketEvent[];
  return events.every(readable) ? events : events.filter(readable);
}

/** Reads a ticket item's image; null for an item that is not a ticket (`sk` other than TICKET). */
export function ticketFacts(image: Image | undefined): TicketFacts | null {
  if (!image || image.sk !== 'TICKET' || typeof image.ticketId !== 'string') return null;
  const decision = asRecord(image.decision);
  const ticket = asRecord(image.ticket);
  const receivedAt = asText(image.receivedAt) ?? asText(decision.at);
  if (receivedAt === null || Number.isNaN(Date.parse(receivedAt))) return null;
  return {
    ticketId: image.ticketId,
    receivedAt,
    team: asText(image.team),
    agent: asText(image.agent),
    language: asText(asRecord(decision.language).code) ?? 'und',
    region: asText(asRecord(decision.region).code) ?? NONE_VALUE,
    channel: asText(ticket.channel) ?? NONE_VALUE,
    priority: asText(ticket.priority) ?? 'normal',
    translated: decision.needsTranslation === true,
    expectedReplyBy: asText(decision.expectedReplyBy),
    firstReplyAt: asText(image.firstReplyAt),
    history: readableHistory(image.history),
    waitedMs: typeof image.waitedMs === 'number' ? image.waitedMs : 0,
  };
}

/** The cells a change lands in: the ticket's language, region, channel and priority, and the
 * team and agent that held it then. */
export function dimensionValues(
  facts: Pick<TicketFacts, 'language' | 'region' | 'channel' | 'priority'>,
  team: string | null | undefined,
  agent: string | null | undefined,
): DimensionValues {
  return {
    all: ALL_VALUE,
    team: team ?? NONE_VALUE,
    agent: agent ?? NONE_VALUE,
    language: facts.language,
    region: facts.region,
    channel: facts.channel,
    priority: facts.priority,
  };
}
