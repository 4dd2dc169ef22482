import * as z from 'zod';
import { REGIONS } from '../region/region';
import {
  clockTime,
  countryCode,
  duration,
  email,
  endTime,
  id,
  languageCode,
  localDate,
  localDateTime,
  timeZone,
} from '../validation/field-rules';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const region = z.enum(REGIONS);

const days = z
  .array(z.enum(WEEKDAYS))
  .min(1, 'must name at least one day')
  .superRefine((list, ctx) => {
    list.forEach((day, index) => {
      const first = list.indexOf(day);
      if (first < index)
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `"${day}" is already listed at days[${first}]`,
        });
    });
  });

export const shiftSchema = z.strictObject({
  days,
  start: clockTime,
  end: endTime,
});
export type ShiftConfig = z.output<typeof shiftSchema>;

/**
 * A dated holiday of the team's own, or a country's public holidays to import
 * (docs/configuration.md).
 */
export type HolidayConfig =
  | { date: string; from?: string; to?: string; name?: string }
  | { country: string; subdivision?: string; name?: string };

// Both forms share one object schema so that each field's error has a plain path; which form an
// entry is, and that it is only one, is checked by config-consistency.ts.
const holidaySchema = z
  .strictObject({
    date: localDate.optional(),
    from: clockTime.optional(),
    to: endTime.optional(),
    country: countryCode.optional(),
    subdivision: z.string().min(1, 'must not be empty').optional(),
    name: z.string().optional(),
  })
  .transform((holiday) => holiday as HolidayConfig);

export const overrideSchema = z.strictObject({
  start: localDateTime,
  end: localDateTime,
  onShift: z.boolean(),
});
export type OverrideConfig = z.output<typeof overrideSchema>;

export const awaySchema = z.strictObject({
  start: localDateTime,
  end: localDateTime,
  reason: z.string().optional(),
});
export type AwayConfig = z.output<typeof awaySchema>;

export const teamSchema = z.strictObject({
  id,
  name: z.string().min(1, 'must not be empty').optional(),
  region,
  timeZone,
  languages: z.array(languageCode).min(1, 'must list at least one language'),
  email: email.optional(),
  shifts: z.array(shiftSchema).default([]),
  holidays: z.array(holidaySchema).optional(),
  overrides: z.array(overrideSchema).optional(),
});
export type TeamConfig = z.output<typeof teamSchema>;

export const agentSchema = z.strictObject({
  id,
  name: z.string().min(1, 'must not be empty').optional(),
  email: email.optional(),
  team: z.string(),
  /** Absent: the agent speaks the team's languages. */
  languages: z.array(languageCode).min(1, 'must list at least one language').optional(),
  /** Absent: no limit. */
  maxOpenTickets: z
    .number()
    .int('must be a whole number')
    .positive('must be at least 1')
    .optional(),
  /** Absent: the agent follows the team's shifts. */
  shifts: z.array(shiftSchema).optional(),
  away: z.array(awaySchema).optional(),
});
export type AgentConfig = z.output<typeof agentSchema>;

/**
 * What routing does with an email whose sender the receiving server could not verify: `isolate`
 * flags it and keeps it out of the thread and the customer it claims; `flag` only flags it, for a
 * support address behind a forwarder that breaks SPF and DKIM.
 */
export const UNVERIFIED_SENDER_POLICIES = ['isolate', 'flag'] as const;
export type UnverifiedSenderPolicy = (typeof UNVERIFIED_SENDER_POLICIES)[number];

export const ROUTING_DEFAULTS = {
  maxLanguageWait: 'PT0H',
  handoffLead: 'PT15M',
  ackWithin: { urgent: 'PT15M', high: 'PT1H', normal: 'PT4H', low: 'PT24H' },
} as const;

const routingSchema = z
  .strictObject({
    maxLanguageWait: duration.default(ROUTING_DEFAULTS.maxLanguageWait),
    handoffLead: duration.default(ROUTING_DEFAULTS.handoffLead),
    ackWithin: z
      .strictObject({
        urgent: duration.default(ROUTING_DEFAULTS.ackWithin.urgent),
        high: duration.default(ROUTING_DEFAULTS.ackWithin.high),
        normal: duration.default(ROUTING_DEFAULTS.ackWithin.normal),
        low: duration.default(ROUTING_DEFAULTS.ackWithin.low),
      })
      .default({ ...ROUTING_DEFAULTS.ackWithin }),
    /** Absent: `isolate` (core/routing/sender-check.ts). */
    unverifiedSenders: z.enum(UNVERIFIED_SENDER_POLICIES).optional(),
  })
  .default({ ...ROUTING_DEFAULTS, ackWithin: { ...ROUTING_DEFAULTS.ackWithin } });
export type RoutingConfig = z.output<typeof routingSchema>;

/**
 * The configuration document of docs/configuration.md. Values stay as written (times, dates and
 * durations are strings) so the document can be stored and served back; only documented defaults
 * are filled. Unknown fields are refused: a misspelt `shfits` must not silently leave a team
 * without shifts.
 */
export const configSchema = z.strictObject({
  defaultLanguage: languageCode.default('en'),
  defaultRegion: region.default('NA'),
  routing: routingSchema,
  regions: z.record(z.string(), region).optional(),
  teams: z
    .array(teamSchema)
    .min(1, 'lists no team: add at least one, or tickets have nowhere to go'),
  agents: z.array(agentSchema).default([]),
});
export type SunrouteConfig = z.output<typeof configSchema>;
