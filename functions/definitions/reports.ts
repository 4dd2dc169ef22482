// Reports as plain data shared by the CDK stack, the local stack and the handlers: the function
// that folds ticket changes into aggregates, which changes reach it, and what it measures.
import type { StreamFilterPattern } from './waiting-line';

export const REPORTS = {
  memoryMb: 512,
  timeoutSeconds: 60,
  service: 'sunroute-reports',
  namespace: 'Sunroute',
  /**
   * How long a `FOLDED#` marker is kept: past the stream's 24-hour retention, after which no
   * record can be delivered again.
   */
  markerRetentionHours: 48,
  /** Aggregates are kept as long as tickets, so a yearly review reads the whole year. */
  aggregateRetentionDays: 400,
  /**
   * A day's cells are compacted (their sketches encoded) this long after the day began: the day
   * is over and a record of its last minute, retried for the stream's whole day, is folded.
   */
  compactAfterHours: 48,
} as const;

/** How the tickets table's stream reaches the reports function, on AWS and locally. */
export const REPORTS_STREAM = {
  batchSize: 100,
  /** Reports are read in hours, not seconds: a short window folds more records per call. */
  maxBatchingWindowSeconds: 5,
  retryAttempts: 10,
  /** A record is folded or it is lost to the counts: keep trying for the stream's whole day. */
  maxRecordAgeSeconds: 86_400,
  pollIntervalMs: 250,
} as const;

/** The sort-key prefix of a ticket's conversation messages (a customer coming back). */
export const REPORTS_MESSAGE_PREFIX = 'MESSAGE#';

/** Ticket items (new, changed, erased), survey answers and new messages; nothing else counts. */
export const REPORTS_STREAM_FILTERS: readonly StreamFilterPattern[] = [
  { dynamodb: { Keys: { sk: { S: ['TICKET', 'SURVEY'] } } } },
  {
    eventName: ['INSERT'],
    dynamodb: { Keys: { sk: { S: [{ prefix: REPORTS_MESSAGE_PREFIX }] } } },
  },
];

export const REPORTS_METRICS = {
  received: 'TicketsReceived',
  acknowledged: 'TicketsAcknowledged',
  ackKept: 'PromisesKept',
  ackBroken: 'PromisesBroken',
  resolved: 'TicketsResolved',
  handovers: 'Handovers',
  escalations: 'Escalations',
  surveys: 'SurveyAnswers',
  surveysPositive: 'SurveyAnswersPositive',
  /** Stream records delivered again and recognised as folded already. */
  replayed: 'ReportRecordsReplayed',
  failed: 'ReportRecordsFailed',
} as const;
