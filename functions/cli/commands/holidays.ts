import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { dateHolidaysCalendar } from '../../core/holidays/date-holidays-calendar';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { commandSummary } from '../command-list';

interface HolidayOptions {
  country: string;
  subdivision?: string;
  year?: string;
  subdivisions?: boolean;
  json?: boolean;
}

function checkOptions(options: HolidayOptions, now: number): { country: string; year: number } {
  const problems: string[] = [];
  const country = options.country.toUpperCase();
  if (!dateHolidaysCalendar.isCountry(country)) {
    problems.push(
      `--country: "${options.country}" is not a country with public-holiday data (ISO 3166-1 alpha-2, e.g. DE)`,
    );
  } else if (
    options.subdivision !== undefined &&
    !dateHolidaysCalendar.isSubdivision(country, options.subdivision)
  ) {
    problems.push(
      `--subdivision: "${options.subdivision}" is not a subdivision of ${country} in the holiday data`,
    );
  }
  const year =
    options.year === undefined
      ? DateTime.fromMillis(now, { zone: 'UTC' }).year
      : Number(options.year);
  if (!Number.isInteger(year) || year < 1970 || year > 2200) {
    problems.push(`--year: "${options.year}" is not a year (1970–2200)`);
  }
  if (problems.length > 0) throw new CliInputError(problems);
  return { country, year };
}

function listSubdivisions(country: string, json: boolean, io: CliIo): void {
  const subdivisions = dateHolidaysCalendar.subdivisions(country);
  if (json) {
    io.out(`${JSON.stringify(subdivisions, null, 2)}\n`);
    return;
  }
  if (subdivisions.length === 0) {
    io.out(
      `${country} has no subdivisions in the holiday data: import it as country: ${country}\n`,
    );
    return;
  }
  io.out(`Subdivisions of ${country} (write the code as subdivision: in a team's holidays)\n`);
  for (const { code, name } of subdivisions) io.out(`  ${code.padEnd(6)} ${name}\n`);
}

export function registerHolidaysCommand(program: Command, io: CliIo): void {
  program
    .command('holidays')
    .description(commandSummary('holidays'))
    .requiredOption('--country <cc>', 'ISO 3166-1 alpha-2 country code')
    .option('--subdivision <code>', 'state, province or region code (e.g. BE for Berlin)')
    .option('--year <yyyy>', 'year (default: this year)')
    .option('--subdivisions', "list the country's subdivision codes instead of holidays")
    .option('--json', 'print JSON')
    .action((options: HolidayOptions) => {
      const { country, year } = checkOptions(options, Date.now());
      if (options.subdivisions) {
        listSubdivisions(country, options.json === true, io);
        return;
      }
      const holidays = dateHolidaysCalendar.publicHolidays(country, options.subdivision, year);
      if (options.json) {
        io.out(`${JSON.stringify(holidays, null, 2)}\n`);
        return;
      }
      const where = options.subdivision ? `${country}-${options.subdivision}` : country;
      io.out(`Public holidays ${where} ${year} (local dates; applied in each team's own zone)\n`);
      for (const holiday of holidays) {
        const weekday = DateTime.fromISO(holiday.date, { zone: 'UTC' }).toFormat('ccc');
        const part = holiday.from ? `  (from ${holiday.from})` : '';
        io.out(`  ${holiday.date} ${weekday}  ${holiday.name}${part}\n`);
      }
    });
}
