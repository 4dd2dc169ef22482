// The Lambda entry point (lib/constructs/reports-function.ts bundles this file), run by the event
// source mapping of the tickets table's stream; clients live as long as the container.
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { awsReportsDependencies } from './aws-dependencies';
import { readReportsEnvironment } from './environment';
import { createReportsHandler, type ReportsHandler } from './reports-handler';

let reports: ReportsHandler | undefined;

export const handler = (event: DynamoDBStreamEvent, context: Context) => {
  reports ??= createReportsHandler(awsReportsDependencies(readReportsEnvironment(process.env)));
  return reports(event, context);
};
