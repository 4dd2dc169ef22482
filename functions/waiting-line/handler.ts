// The Lambda entry point (lib/constructs/waiting-line-function.ts bundles this file), run by the
// event source mappings of the tickets and config tables' streams; clients and the configuration
// cache live as long as the container.
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { awsWaitingLineDependencies } from './aws-dependencies';
import { readWaitingLineEnvironment } from './environment';
import { createWaitingLineHandler, type WaitingLineHandler } from './waiting-line-handler';

let line: WaitingLineHandler | undefined;

export const handler = (event: DynamoDBStreamEvent, context: Context) => {
  line ??= createWaitingLineHandler(
    awsWaitingLineDependencies(readWaitingLineEnvironment(process.env)),
  );
  return line(event, context);
};
