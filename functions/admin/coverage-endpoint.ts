import { DateTime } from 'luxon';
import { coverageJson } from '../core/coverage/coverage-json';
import { parseCoveragePeriod } from '../core/coverage/coverage-period';
import { coverageReport } from '../core/coverage/coverage-report';
import type { AdminDependencies, AdminRequest } from './dependencies';
import { invalidInput } from './admin-http-error';
import { queryParameter } from './admin-request';
import { jsonResponse, type AdminResponse } from './admin-response';
import { configEtag } from './config-etag';
import { compileCurrent, requireCurrentConfig } from './current-config';

const DEFAULT_DAYS = '7';

/**
 * `GET /coverage?from=&days=&zone=`: who is on shift in the live version and every gap per
 * region and language, as `sunroute coverage --json` prints it. `from` defaults to today in
 * `zone` (UTC by default), `days` to a week.
 */
export async function getCoverage(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const zone = queryParameter(request.event, 'zone') ?? 'UTC';
  const period = parseCoveragePeriod({
    from:
      queryParameter(request.event, 'from') ??
      DateTime.fromMillis(deps.clock(), { zone }).toISODate() ??
      '',
    days: queryParameter(request.event, 'days') ?? DEFAULT_DAYS,
    zone,
  });
  if (!period.ok) {
    throw invalidInput(period.errors.map((error) => ({ ...error, path: `query.${error.path}` })));
  }
  const current = await requireCurrentConfig(deps);
  const report = coverageReport(compileCurrent(deps, current), period.from, period.to);
  return jsonResponse(
    200,
    { version: current.stored.version, ...coverageJson(report) },
    { etag: configEtag(current.stored.version) },
  );
}
