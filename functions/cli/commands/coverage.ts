import type { Command } from 'commander';
import { coverageJson } from '../../core/coverage/coverage-json';
import { parseCoveragePeriod } from '../../core/coverage/coverage-period';
import {
  coverageReport,
  GAP_LOOK_MS,
  type CoverageReport,
} from '../../core/coverage/coverage-report';
import { compileConfig } from '../../core/routing/compiled-config';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { commandSummary } from '../command-list';
import { readConfigWithHolidays, yearsAround } from '../config-holidays';
import { renderCoverage } from '../render-coverage';
import { renderCoverageCsv } from '../render-coverage-csv';

interface CoverageOptions {
  config: string;
  from: string;
  days: string;
  zone: string;
  json?: boolean;
  csv?: boolean;
}

function parseOptions(options: CoverageOptions): { from: number; to: number } {
  const period = parseCoveragePeriod(options);
  const problems = period.ok
    ? []
    : period.errors.map((error) => `--${error.path}: ${error.message}`);
  if (options.json && options.csv) problems.push('--csv: give --json or --csv, not both');
  if (problems.length > 0 || !period.ok) throw new CliInputError(problems);
  return period;
}

function render(report: CoverageReport, options: CoverageOptions): string {
  if (options.json) return `${JSON.stringify(coverageJson(report), null, 2)}\n`;
  if (options.csv) return renderCoverageCsv(report, options.zone);
  return renderCoverage(report, options.zone);
}

export function registerCoverageCommand(program: Command, io: CliIo): void {
  program
    .command('coverage')
    .description(commandSummary('coverage'))
    .requiredOption('--config <file>', 'configuration file (YAML or JSON)')
    .requiredOption(
      '--from <date>',
      'first day, YYYY-MM-DD (midnight in --zone) or an ISO date-time',
    )
    .requiredOption('--days <n>', 'number of days')
    .option('--zone <zone>', 'time zone the dates are read and printed in', 'UTC')
    .option('--json', 'print JSON instead of a table')
    .option('--csv', 'print CSV, a row per shift and gap, for a spreadsheet')
    .action(async (options: CoverageOptions) => {
      const { from, to } = parseOptions(options);
      const { config, holidays } = await readConfigWithHolidays(
        io,
        options.config,
        yearsAround(from - GAP_LOOK_MS, to + GAP_LOOK_MS),
      );
      const compiled = compileConfig(config, holidays);
      const report = coverageReport(compiled, from, to);
      io.out(render(report, options));
    });
}
