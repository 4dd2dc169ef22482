import { parseConfig } from '../../../../functions/core/config/parse-config';
import {
  compileConfig,
  type CompiledConfig,
} from '../../../../functions/core/routing/compiled-config';
import type { Ticket } from '../../../../functions/core/ticket/ticket-schema';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';

/**
 * Four teams a support lead can check by hand. All Mon–Fri:
 * - eu-berlin   Europe/Berlin    08:00–17:00 (07:00–16:00Z in winter)  de, en
 * - eu-dublin   Europe/Dublin    09:00–18:00 (09:00–18:00Z in winter)  en, fr
 * - na-east     America/New_York 09:00–17:00 (14:00–22:00Z in winter)  en, es
 * - apac-tokyo  Asia/Tokyo       09:00–18:00 (00:00–09:00Z)            ja, en
 * - apac-seoul  Asia/Seoul       09:00–18:00 (00:00–09:00Z)            ko
 */
export const TEAMS_YAML = `
defaultLanguage: en
defaultRegion: NA
routing:
  maxLanguageWait: PT0H
teams:
  - id: eu-berlin
    name: EU Berlin
    region: EU
    timeZone: Europe/Berlin
    languages: [de, en]
    email: berlin@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "17:00" }]
  - id: eu-dublin
    name: EU Dublin
    region: EU
    timeZone: Europe/Dublin
    languages: [en, fr]
    email: dublin@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "09:00", end: "18:00" }]
  - id: na-east
    name: NA East
    region: NA
    timeZone: America/New_York
    languages: [en, es]
    email: na@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "09:00", end: "17:00" }]
  - id: apac-tokyo
    name: APAC Tokyo
    region: APAC
    timeZone: Asia/Tokyo
    languages: [ja, en]
    email: tokyo@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "09:00", end: "18:00" }]
  - id: apac-seoul
    name: APAC Seoul
    region: APAC
    timeZone: Asia/Seoul
    languages: [ko]
    email: seoul@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "09:00", end: "18:00" }]
`;

export function compileYaml(yaml: string): CompiledConfig {
  const parsed = parseConfig(yaml, { holidays: dateHolidaysCalendar });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return compileConfig(parsed.config, dateHolidaysCalendar);
}

/** TEAMS_YAML with extra `agents:` (and any other top-level keys) appended. */
export function compileTeams(extra = '', routing = 'maxLanguageWait: PT0H'): CompiledConfig {
  return compileYaml(TEAMS_YAML.replace('maxLanguageWait: PT0H', routing) + extra);
}

export function ticket(fields: Partial<Ticket> & { body: string }): Ticket {
  return {
    id: 't-1',
    channel: 'email',
    receivedAt: '2026-12-15T10:00:00Z',
    priority: 'normal',
    customer: {},
    ...fields,
  } as Ticket;
}

export const at = (iso: string) => Date.parse(iso);
