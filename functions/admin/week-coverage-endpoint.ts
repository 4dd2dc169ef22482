import { DateTime, IANAZone } from 'luxon';
import { parseCoveragePeriod } from '../core/coverage/coverage-period';
import { hourlyCoverage } from '../core/coverage/hourly-coverage';
import { hourlyCoverageJson } from '../core/coverage/hourly-coverage-json';
import type { AdminDependencies, AdminRequest } from './dependencies';
import { invalidInput } from './admin-http-error';
import { queryParameter } from './admin-request';
import { jsonResponse, type AdminResponse } from './admin-response';
import { configEtag } from './config-etag';
import { compileCurrent, noConfigStored, readConfigVersion } from './current-config';

/**
 * `GET /coverage/week?from=&zone=`: seven local days from `from` (a date, midnight in `zone`;
 * default this week's Monday) hour by hour in the lead's `zone` (default UTC): per region and
 * language how many teams and agents can take a ticket and the gaps, by the rule and with the
 * gaps of `GET /coverage`; who is on shift, and why each team and agent is off. The web console's
 * heat map draws it.
 */
export async function getWeekCoverage(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const zone = queryParameter(request.event, 'zone') ?? 'UTC';
  const from = queryParameter(request.event, 'from');
  const errors = [];
  if (from !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(from)) {
    errors.push({ path: 'query.from', message: `"${from}" is not a date (YYYY-MM-DD)` });
  }
  const validZone = IANAZone.isValidZone(zone);
  const period = parseCoveragePeriod({
    from:
      from ??
      DateTime.fromMillis(deps.clock(), { zone: validZone ? zone : 'UTC' })
        .startOf('week')
        .toISODate()!,
    days: '7',
    zone,
  });
  if (!period.ok) {
    for (const error of period.errors) {
      if (error.path === 'from' && errors.length > 0) continue;
      errors.push({ ...error, path: `query.${error.path}` });
    }
  }
  if (errors.length > 0 || !period.ok) throw invalidInput(errors);
  // Only the pointer is read per request; a version is read, validated and its week computed
  // once (WeekCoverageCache).
  const pointer = await deps.config.currentVersion();
  if (!pointer) throw noConfigStored();
  const { version } = pointer;
  return deps.weekCoverage.answer(version, `${zone} ${period.from} ${period.to}`, async () => {
    const current = await readConfigVersion(deps, version);
    const coverage = hourlyCoverage(
      compileCurrent(deps, current),
      IANAZone.create(zone),
      period.from,
      period.to,
    );
    return jsonResponse(
      200,
      { version, ...hourlyCoverageJson(coverage) },
      { etag: configEtag(version) },
    );
  });
}
