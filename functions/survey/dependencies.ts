import type { Logger } from '@aws-lambda-powertools/logger';
import type { Clock } from '../adapters/clock';
import type { SurveyStore } from '../adapters/survey-store';
import type { SecretSource } from '../shared/ticket-link-secret';

/** Everything the survey page talks to. */
export interface SurveyDependencies {
  readonly surveys: SurveyStore;
  readonly secret: SecretSource;
  readonly clock: Clock;
  readonly logger: Logger;
}
