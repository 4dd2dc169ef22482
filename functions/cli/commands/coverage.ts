import type { Command } from 'commander';
import { coverageJson } from '../../core/coverage/coverage-json';
import { parseCoveragePeriod } from '../../core/coverage/coverage-period';
import { coverageReport } from '../../core/coverage/coverage-report';
import { compileConfig } from '../../core/routing/compiled-config';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { commandSummary } from '../command-list';
import { loadConfigFile } from '../load-config-file';
import { renderCoverage } from '../render-coverage';
import { dateHolidaysCalendar } from '../../core/holidays/date-holidays-calendar';

interface CoverageOptions {
  config: string;
  from: string;
  days: string;
  zone: string;
  json?: boolean;
}

function parseOptions(options: CoverageOptions): { from: number; to: number } {
  const period = parseCoveragePeriod(options);
  if (!period.ok) {
    throw new CliInputError(period.errors.map((error) => `--${error.path}: ${error.message}`));
  }
  return period;
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
    .action(async (options: CoverageOptions) => {
      const { from, to } = parseOptions(options);
      const compiled = compileConfig(
        await loadConfigFile(io, options.config),
        dateHolidaysCalendar,
      );
      const report = coverageReport(compiled, from, to);
      io.out(
        options.json
          ? `${JSON.stringify(coverageJson(report), null, 2)}\n`
          : renderCoverage(report, options.zone),
      );
    });
}
