/**
 * What reports read of a survey item (`sk SURVEY` in the ticket's partition): the score, if the
 * customer answered, and where the ticket was resolved. The comment stays with the ticket.
 */
export interface SurveyFacts {
  readonly score?: number;
  readonly resolvedAt: string;
  readonly team: string | null;
  readonly agent: string | null;
  readonly language: string;
  readonly region: string;
  readonly channel: string;
  readonly priority: string;
}

type Image = Readonly<Record<string, unknown>>;

const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);

export function surveyFacts(image: Image | undefined): SurveyFacts | null {
  if (!image || image.sk !== 'SURVEY' || typeof image.resolvedAt !== 'string') return null;
  const score = image.score;
  return {
    ...(typeof score === 'number' && Number.isInteger(score) && score >= 1 && score <= 5
      ? { score }
      : {}),
    resolvedAt: image.resolvedAt,
    team: typeof image.team === 'string' ? image.team : null,
    agent: typeof image.agent === 'string' ? image.agent : null,
    language: text(image.language, 'und'),
    region: text(image.region, '-'),
    channel: text(image.channel, '-'),
    priority: text(image.priority, 'normal'),
  };
}
