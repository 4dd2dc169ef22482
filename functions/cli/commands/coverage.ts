import type { Command } from 'commander';
import { DateTime, IANAZone } from 'luxon';
import { coverageReport } from '../../core/coverage/coverage-report';
import { compileConfig } from '../../core/routing/compiled-config';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
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

const MAX_DAYS = 366;

function parseOptions(options: CoverageOptions): { from: number; to: number } {
  const problems: string[] = [];
  if (!IANAZone.isValidZone(options.zone))
    problems.push(`--zone: "${options.zone}" is not an IANA time zone`);
  const zone = IANAZone.isValidZone(options.zone) ? options.zone : 'UTC';
  const from = DateTime.fromISO(options.from, { zone });
  if (!from.isValid)
    problems.push(`--from: "${options.from}" is not a date (YYYY-MM-DD) or ISO date-time`);
  const days = Number(options.days);
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    problems.push(`--days: "${options.days}" is not a whole number of days from 1 to ${MAX_DAYS}`);
  }
  if (problems.length > 0) throw new CliInputError(problems);
  return { from: from.toMillis(), to: from.plus({ days }).toMillis() };
}

export function registerCoverageCommand(program: Command, io: CliIo): void {
  program
    .command('coverage')
    .description('who is on shift over a period, and every gap per region and per language')
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
          ? `${JSON.stringify(toJson(report), null, 2)}\n`
          : renderCoverage(report, options.zone),
      );
    });
}

type Report = ReturnType<typeof coverageReport>;

/** The report with instants as ISO strings, so the JSON reads like the decisions do. */
function toJson(report: Report) {
  const iso = (ms: number) => new Date(ms).toISOString();
  const intervals = (list: readonly { start: number; end: number }[]) =>
    list.map((i) => ({
      start: iso(i.start),
      end: iso(i.end),
      minutes: Math.round((i.end - i.start) / 60_000),
    }));
  const gaps = (map: Readonly<Record<string, readonly { start: number; end: number }[]>>) =>
    Object.fromEntries(Object.entries(map).map(([key, list]) => [key, intervals(list)]));
  return {
    from: iso(report.from),
    to: iso(report.to),
    teams: report.teams.map((team) => ({
      ...team,
      intervals: intervals(team.intervals),
      unstaffed: intervals(team.unstaffed),
      agents: team.agents.map((agent) => ({ id: agent.id, intervals: intervals(agent.intervals) })),
    })),
    gaps: {
      byRegion: gaps(report.regionGaps),
      byLanguage: gaps(report.languageGaps),
      anyTeam: intervals(report.gaps),
    },
  };
}
