import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type {
  Context,
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
} from 'aws-lambda';
import { fillLine, type FillSummary } from '../shared/fill-line';
import type { LiveConfig } from '../shared/config-cache';
import { count } from '../shared/delivery-metrics';
import { WAITING_LINE_METRICS } from '../definitions/waiting-line';
import type { WaitingLineDependencies } from './dependencies';
import { roomChange, teamsToFill } from './stream-changes';

/**
 * The waiting line as Lambda calls it with a batch of the tickets and config tables' stream
 * records (docs/waiting-line.md): each record that frees or adds room names teams, and each team's
 * line is filled once per batch however many records name it. A record fails when a fill it
 * asked for failed; Lambda then retries the batch from the first failed record (stream order),
 * bisecting it, and sends what still fails to the on-failure destination. Filling again is
 * harmless: a fill gives out only what still waits.
 */
export function createWaitingLineHandler(deps: WaitingLineDependencies) {
  return middy(
    async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> => {
      const changes = event.Records.map(roomChange);
      const live: LiveConfig = changes.some((change) => change.kind === 'config-saved')
        ? await deps.config.latest()
        : await deps.config.current();
      const now = deps.clock();
      const fills = new Map<string, Promise<FillSummary>>();
      const fill = (team: string) => {
        let filled = fills.get(team);
        if (!filled) {
          filled = fillLine(deps, live, team, now);
          fills.set(team, filled);
        }
        return filled;
      };
      const recordHandler = async (record: DynamoDBRecord) => {
        const teams = teamsToFill(roomChange(record), live.compiled);
        try {
          await Promise.all(teams.map(fill));
        } catch (error) {
          count(deps.metrics, WAITING_LINE_METRICS.failed);
          deps.logger.error('filling a waiting line failed; the record is retried', {
            teams,
            sequenceNumber: record.dynamodb?.SequenceNumber,
            error,
          });
          throw error;
        }
      };
      const response = await processPartialResponse(
        event,
        recordHandler,
        new BatchProcessor(EventType.DynamoDBStreams),
        { context },
      );
      const assigned = (await Promise.allSettled(fills.values())).reduce(
        (sum, result) => sum + (result.status === 'fulfilled' ? result.value.assigned : 0),
        0,
      );
      deps.logger.info('waiting lines filled', {
        records: event.Records.length,
        teams: [...fills.keys()],
        assigned,
        configVersion: live.version,
      });
      return response as DynamoDBBatchResponse;
    },
  )
    .use(injectLambdaContext(deps.logger, { resetKeys: true }))
    .use(logMetrics(deps.metrics, { captureColdStartMetric: true }));
}

export type WaitingLineHandler = ReturnType<typeof createWaitingLineHandler>;
