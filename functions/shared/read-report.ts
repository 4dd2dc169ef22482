import type { ReportsStore } from '../adapters/reports-store';
import { buildReport, type Report } from '../core/reports/build-report';
import { coveredHours } from '../core/reports/covered-hours';
import type { CompiledConfig } from '../core/routing/compiled-config';
import type { ReportQuery } from '../core/reports/report-query';

const hourText = (time: ReportQuery['from']) => time.toUTC().toISO()!.slice(0, 13);

/**
 * A report read from the aggregates: the cells of its dimension, or the `all` cells for the
 * hours of the week, from the query's first hour to its last; with the covered hours per
 * language of the configuration `compiled`, when there is one.
 */
export async function readReport(
  store: ReportsStore,
  query: ReportQuery,
  compiled?: CompiledConfig,
): Promise<Report> {
  const dimension = query.by === 'hour' ? 'all' : query.by;
  const cells = await store.read(
    dimension,
    hourText(query.from),
    hourText(query.to.minus({ hours: 1 })),
    // Hours of the week need the hours; every other report reads whole days as days.
    query.by === 'hour',
  );
  const report = buildReport(query, cells);
  if (!compiled) return report;
  return {
    ...report,
    coveredHours: coveredHours(compiled, query.from.toMillis(), query.to.toMillis()),
  };
}
