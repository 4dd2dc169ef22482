import { DateTime } from 'luxon';
import { parseReportQuery } from '../core/reports/report-query';
import { readReport } from '../shared/read-report';
import type { AdminDependencies, AdminRequest } from './dependencies';
import { invalidInput } from './admin-http-error';
import { compileCurrent, readCurrentConfig } from './current-config';
import { queryParameter } from './admin-request';
import { jsonResponse, type AdminResponse } from './admin-response';

/**
 * `GET /reports?from=&to=&by=&zone=`: the measures per team, agent, language, region, channel,
 * priority or hour of the week, read from the aggregates (docs/reports.md).
 */
export async function getReport(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const { event } = request;
  const parsed = parseReportQuery(
    {
      from: queryParameter(event, 'from'),
      to: queryParameter(event, 'to'),
      by: queryParameter(event, 'by'),
      zone: queryParameter(event, 'zone'),
    },
    DateTime.fromMillis(deps.clock(), { zone: 'UTC' }),
  );
  if ('errors' in parsed) throw invalidInput(parsed.errors);
  const current = await readCurrentConfig(deps);
  const compiled = current ? compileCurrent(deps, current) : undefined;
  return jsonResponse(200, await readReport(deps.reports, parsed.query, compiled));
}
