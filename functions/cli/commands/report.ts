import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { documentClient } from '../../adapters/dynamodb/document-client';
import { DynamoDbReportsStore } from '../../adapters/dynamodb/dynamodb-reports-store';
import { parseReportQuery } from '../../core/reports/report-query';
import { REPORT_DIMENSIONS } from '../../core/reports/report-dimensions';
import { dateHolidaysCalendar } from '../../core/holidays/date-holidays-calendar';
import { compileConfig } from '../../core/routing/compiled-config';
import { REPORTS_TABLE } from '../../definitions/tables';
import { readReport } from '../../shared/read-report';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { commandSummary } from '../command-list';
import { configTableTarget } from '../config-table';
import { readStoredConfig } from '../stored-config';
import { renderReport, renderReportCsv } from '../../core/reports/render-report';
import { tableTarget } from '../table-target';

interface ReportOptions {
  from?: string;
  to?: string;
  by: string;
  zone?: string;
  table?: string;
  configTable?: string;
  json?: boolean;
  csv?: boolean;
}

export function registerReportCommand(program: Command, io: CliIo): void {
  program
    .command('report')
    .description(commandSummary('report'))
    .option('--from <date>', 'first day (YYYY-MM-DD) or instant (default: 7 days before --to)')
    .option('--to <date>', 'last day, included (YYYY-MM-DD), or an instant (default: now)')
    .option('--by <dimension>', REPORT_DIMENSIONS.join(', '), 'team')
    .option('--zone <zone>', 'time zone of dates and of the hours of the week (default: UTC)')
    .option('--table <name>', 'reports table (default: $REPORTS_TABLE_NAME, else the local stack)')
    .option(
      '--config-table <name>',
      'configuration table, for covered hours (default: $CONFIG_TABLE_NAME, else the local stack)',
    )
    .option('--json', 'print JSON, as GET /reports answers')
    .option('--csv', 'print CSV for a spreadsheet: shares as fractions, durations in seconds')
    .action(async (options: ReportOptions) => {
      const parsed = parseReportQuery(
        { from: options.from, to: options.to, by: options.by, zone: options.zone },
        DateTime.utc(),
        '',
      );
      const problems =
        'errors' in parsed
          ? parsed.errors.map((error) => `--${error.path.slice(1)}: ${error.message}`)
          : [];
      if (options.json && options.csv) problems.push('--csv: give --json or --csv, not both');
      if (problems.length > 0 || 'errors' in parsed) throw new CliInputError(problems);
      const target = tableTarget(
        options.table,
        process.env,
        REPORTS_TABLE.tableNameEnv,
        'ReportsTableName',
      );
      const client = new DynamoDBClient(target.client);
      const documents = documentClient(client);
      const stored = await readStoredConfig(configTableTarget(options.configTable));
      stored.close();
      const compiled = stored.current
        ? compileConfig(stored.current.config, dateHolidaysCalendar)
        : undefined;
      try {
        const report = await readReport(
          new DynamoDbReportsStore(documents, target.tableName),
          parsed.query,
          compiled,
        );
        if (options.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
        else if (options.csv) io.out(renderReportCsv(report));
        else io.out(renderReport(report));
      } finally {
        documents.destroy();
        client.destroy();
      }
    });
}
