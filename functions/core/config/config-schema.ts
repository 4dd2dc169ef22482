import * as z from 'zod';
import { placeholderProblem } from '../customer-reply/fill-text';
import { REPLY_TEXT_KEYS, type ReplyTextKey } from '../customer-reply/reply-texts';
import { PLUS_ADDRESSING } from '../privacy/customer-identifier';
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

function replyText(key: ReplyTextKey) {
  return z
    .string()
    .min(1, 'must not be empty')
    .max(1000, 'is longer than 1000 characters')
    .superRefine((text, ctx) => {
      const problem = placeholderProblem(key, text);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** One language's own words, text by text; a text left out keeps sunroute's built-in one. */
const replyTextsSchema = z.strictObject(
  Object.fromEntries(REPLY_TEXT_KEYS.map((key) => [key, replyText(key).optional()])) as Record<
    ReplyTextKey,
    z.ZodOptional<ReturnType<typeof replyText>>
  >,
);

/**
 * What the customer is told when a ticket arrives (docs/customer-promise.md). The reply-by
 * sentence answers every chat and web post; `enabled` turns on the email acknowledgement.
 */
export const autoReplySchema = z.strictObject({
  /** The email acknowledgement to customers who wrote by email; off unless turned on. */
  enabled: z.boolean().default(false),
  /** The sender; absent: the deployment's sender address. Must be an address SES may send from. */
  from: email.optional(),
  /** Signs the acknowledgement ("The Parcelwise support team"). */
  brandName: z
    .string()
    .min(1, 'must not be empty')
    .max(100, 'is longer than 100 characters')
    .optional(),
  /** Per language (ISO 639-1), texts that replace the built-in ones. */
  texts: z
    .record(z.string(), replyTextsSchema)
    .superRefine((texts, ctx) => {
      for (const language of Object.keys(texts)) {
        if (!languageCode.safeParse(language).success)
          ctx.addIssue({
            code: 'custom',
            path: [language],
            message: `${JSON.stringify(language)} is not an ISO 639-1 language code`,
          });
      }
    })
    .optional(),
});
export type AutoReplyConfig = z.output<typeof autoReplySchema>;

/** Who may answer a ticket's customer by replying to an agent email (docs/agents.md). */
export const REPLY_SENDERS = ['holder', 'team'] as const;
export type ReplySenders = (typeof REPLY_SENDERS)[number];

/** Agents' answers by email (docs/agents.md). */
export const repliesSchema = z.strictObject({
  /**
   * `holder`: only the agent who holds the ticket; `team`: any agent of the ticket's team too, so
   * a teammate can answer while the holder is away.
   */
  from: z.enum(REPLY_SENDERS).default('holder'),
});
export type RepliesConfig = z.output<typeof repliesSchema>;
/** A whole number of days within what the store behind it can keep. */
const retentionDays = (min: number, max: number, what: string) =>
  z
    .number()
    .int('must be a whole number of days')
    .min(min, `must be at least ${min} days`)
    .max(max, `must be at most ${max} days (${what})`);

/**
 * How long customer data is kept, in days (docs/privacy.md): tickets with every item of their
 * partition, survey answers, raw inbound mail and dead letters. Raw mail and dead letters are
 * also bounded by what the stack deploys (the bucket's lifecycle rule, the queues' retention):
 * the configuration can only shorten those.
 */
// The raw mail bucket's lifecycle rule (INGEST.mailRetentionDays) and SQS's longest retention,
// which the dead-letter queues use; a unit test holds them to the definitions.
const RAW_MAIL_MAX_RETENTION_DAYS = 30;
const SQS_MAX_RETENTION_DAYS = 14;

export const RETENTION_DEFAULTS = {
  tickets: 400,
  surveyAnswers: 400,
  rawMail: RAW_MAIL_MAX_RETENTION_DAYS,
  deadLetters: SQS_MAX_RETENTION_DAYS,
} as const;

export const privacySchema = z.strictObject({
  /** Whether `alice+shop@` is `alice@` when a customer asks for their data. */
  plusAddressing: z.enum(PLUS_ADDRESSING).default('distinct'),
  retentionDays: z
    .strictObject({
      tickets: retentionDays(1, 3650, 'ten years').default(RETENTION_DEFAULTS.tickets),
      surveyAnswers: retentionDays(1, 3650, 'ten years').default(RETENTION_DEFAULTS.surveyAnswers),
      rawMail: retentionDays(
        1,
        RAW_MAIL_MAX_RETENTION_DAYS,
        "the mail bucket's lifecycle rule",
      ).default(RETENTION_DEFAULTS.rawMail),
      deadLetters: retentionDays(1, SQS_MAX_RETENTION_DAYS, "SQS's maximum").default(
        RETENTION_DEFAULTS.deadLetters,
      ),
    })
    .default(RETENTION_DEFAULTS),
});
export type PrivacySettings = z.output<typeof privacySchema>;

/** What an absent `privacy` section means. */
export const PRIVACY_DEFAULTS: PrivacySettings = {
  plusAddressing: 'distinct',
  retentionDays: RETENTION_DEFAULTS,
};

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
  autoReply: autoReplySchema.optional(),
  replies: repliesSchema.optional(),
  privacy: privacySchema.optional(),
});
export type SunrouteConfig = z.output<typeof configSchema>;
