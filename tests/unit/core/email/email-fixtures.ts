import type { AgentConfig, TeamConfig } from '../../../../functions/core/config/config-schema';
import type { EmailConfig, EmailDecision } from '../../../../functions/core/email/routing-context';
import type { Ticket } from '../../../../functions/core/ticket/ticket-schema';

/**
 * The example ticket of docs/ticket-format.md: Jonas Weber writes from Berlin at 09:15Z (10:15
 * local, winter).
 */
export function ticket(fields: Partial<Ticket> = {}): Ticket {
  return {
    id: 'chat-7f3a9c',
    channel: 'email',
    receivedAt: '2026-12-22T09:15:00Z',
    subject: 'Bestellung nicht angekommen',
    body: 'Hallo, meine Bestellung ist nicht angekommen.\n\n> Am 20.12. schrieb Parcelwise:\n> Ihr Paket ist unterwegs.',
    customer: {
      name: 'Jonas Weber',
      email: 'jonas@example.de',
      country: 'DE',
      timeZone: 'Europe/Berlin',
    },
    priority: 'urgent',
    threadId: 'conv-88',
    tags: ['order'],
    ...fields,
  };
}

export const BERLIN: TeamConfig = {
  id: 'emea-berlin',
  name: 'EMEA Berlin',
  region: 'EU',
  timeZone: 'Europe/Berlin',
  languages: ['de', 'en', 'fr'],
  email: 'emea@example.com',
  shifts: [],
};

export const TOKYO: TeamConfig = {
  id: 'apac-tokyo',
  name: 'APAC Tokyo',
  region: 'APAC',
  timeZone: 'Asia/Tokyo',
  languages: ['ko', 'ja', 'en'],
  email: 'tokyo@example.com',
  shifts: [],
};

export const AGENT: AgentConfig = {
  id: 'jonas',
  name: 'Jonas Becker',
  email: 'jonas@example.com',
  team: 'emea-berlin',
  languages: ['de', 'en'],
};

export function config(
  agents: AgentConfig[] = [AGENT],
  teams: TeamConfig[] = [BERLIN, TOKYO],
): EmailConfig {
  return {
    teams,
    agents,
    routing: {
      maxLanguageWait: 'PT0H',
      handoffLead: 'PT15M',
      ackWithin: { urgent: 'PT15M', high: 'PT1H', normal: 'PT4H', low: 'PT24H' },
    },
  };
}

export function decision(fields: Partial<EmailDecision> = {}): EmailDecision {
  return {
    status: 'assigned',
    team: 'emea-berlin',
    agent: 'jonas',
    queuedUntil: null,
    needsTranslation: false,
    language: { code: 'de', source: 'text', confidence: 0.97 },
    region: { code: 'EU', country: 'DE', source: 'country' },
    reasons: [
      'team emea-berlin: on shift until 2026-12-22T16:00:00Z, speaks German (de), region EU',
      'agent jonas: fewest open tickets (0 of 10)',
    ],
    ...fields,
  };
}

/** One minute after the ticket arrived: well inside every deadline. */
export const NOW = Date.parse('2026-12-22T09:16:00Z');
