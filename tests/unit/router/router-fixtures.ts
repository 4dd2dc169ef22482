import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { parseConfig } from '../../../functions/core/config/parse-config';
import { compileConfig } from '../../../functions/core/routing/compiled-config';
import { parseTicket, type Ticket } from '../../../functions/core/ticket/ticket-schema';
import type { LiveConfig } from '../../../functions/shared/config-cache';
import { dateHolidaysCalendar } from '../../../functions/core/holidays/date-holidays-calendar';

/** Tuesday 2026-12-22 09:15 UTC: on shift for the team below. */
export const AT = Date.parse('2026-12-22T09:15:00Z');

export const CONFIG_YAML = `
defaultLanguage: en
defaultRegion: EU
routing:
  maxLanguageWait: PT0H
teams:
  - id: emea
    region: EU
    timeZone: Europe/Berlin
    languages: [en]
    email: emea@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }]
agents:
  - { id: ann, email: ann@example.com, team: emea, maxOpenTickets: 2 }
  - { id: bob, email: bob@example.com, team: emea, maxOpenTickets: 2 }
  - { id: cat, team: emea }
`;

export function liveConfig(yaml = CONFIG_YAML, version = 1): LiveConfig {
  const parsed = parseConfig(yaml, { holidays: dateHolidaysCalendar });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return {
    version,
    config: parsed.config,
    compiled: compileConfig(parsed.config, dateHolidaysCalendar),
  };
}

export function ticket(extra: Record<string, unknown> = {}): Ticket {
  const parsed = parseTicket({
    id: 'T-1',
    receivedAt: '2026-12-22T09:14:00Z',
    body: 'Hello, my order has not arrived.',
    customer: { country: 'DE' },
    ...extra,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.ticket;
}

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

export const quietLogger = () => new Logger({ logLevel: 'SILENT' });
export const quietMetrics = () => new Metrics({ namespace: 'SunrouteTest', serviceName: 'router' });
