// The CLI keeps the holidays a configuration imports as a table per file content and years, so
// that `sunroute route` and `coverage` need not load the holiday data on every run.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CACHE_DIR_ENV,
  readConfigWithHolidays,
  yearsAround,
} from '../../../functions/cli/config-holidays';
import { TableHolidayCalendar } from '../../../functions/core/holidays/table-holiday-calendar';
import { dateHolidaysCalendar } from '../../../functions/core/holidays/date-holidays-calendar';
import { memoryIo } from './memory-io';

const EXAMPLE = readFileSync(new URL('../../../examples/sunroute.yaml', import.meta.url), 'utf8');
const YEARS = yearsAround(Date.parse('2026-12-22T09:00:00Z'), Date.parse('2026-12-22T09:00:00Z'));

let dir: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sunroute-cache-'));
  env = { [CACHE_DIR_ENV]: dir };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readConfigWithHolidays', () => {
  it('validates against the holiday data once, then reads the kept table', async () => {
    const io = memoryIo({ 'c.yaml': EXAMPLE }).io;
    const first = await readConfigWithHolidays(io, 'c.yaml', YEARS, env);
    expect(first.holidays).toBe(dateHolidaysCalendar);
    expect(readdirSync(dir)).toHaveLength(1);
    const second = await readConfigWithHolidays(io, 'c.yaml', YEARS, env);
    expect(second.holidays).toBeInstanceOf(TableHolidayCalendar);
    expect(second.config).toEqual(first.config);
    expect(second.holidays.publicHolidays('DE', 'BE', 2026)).toEqual(
      dateHolidaysCalendar.publicHolidays('DE', 'BE', 2026),
    );
  });

  it('keeps one table per file content and years', async () => {
    const io = memoryIo({ 'a.yaml': EXAMPLE, 'b.yaml': `${EXAMPLE}\n# changed\n` }).io;
    await readConfigWithHolidays(io, 'a.yaml', YEARS, env);
    await readConfigWithHolidays(io, 'b.yaml', YEARS, env);
    await readConfigWithHolidays(io, 'a.yaml', { from: 2030, to: 2034 }, env);
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('ignores a damaged table and answers from the holiday data', async () => {
    const io = memoryIo({ 'c.yaml': EXAMPLE }).io;
    await readConfigWithHolidays(io, 'c.yaml', YEARS, env);
    const [file] = readdirSync(dir);
    writeFileSync(
      join(dir, file!),
      '{"document": {}, "holidays": {"DE-BE": {"2026": [{"date": "someday"}]}}}',
    );
    const read = await readConfigWithHolidays(io, 'c.yaml', YEARS, env);
    expect(read.holidays).toBe(dateHolidaysCalendar);
    expect(read.config.teams).toHaveLength(8);
    expect(JSON.parse(readFileSync(join(dir, file!), 'utf8')).holidays).toHaveProperty('DE-BE');
  });

  it('reads the file again when the kept document does not validate', async () => {
    const io = memoryIo({ 'c.yaml': EXAMPLE }).io;
    await readConfigWithHolidays(io, 'c.yaml', YEARS, env);
    const [file] = readdirSync(dir);
    const kept = JSON.parse(readFileSync(join(dir, file!), 'utf8'));
    writeFileSync(join(dir, file!), JSON.stringify({ ...kept, document: { teams: [] } }));
    const read = await readConfigWithHolidays(io, 'c.yaml', YEARS, env);
    expect(read.config.teams).toHaveLength(8);
  });

  it('still works where the cache cannot be written', async () => {
    const io = memoryIo({ 'c.yaml': EXAMPLE }).io;
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    const read = await readConfigWithHolidays(io, 'c.yaml', YEARS, { [CACHE_DIR_ENV]: blocked });
    expect(read.config.teams).toHaveLength(8);
  });

  it('refuses an invalid file with one line per problem, as before', async () => {
    const io = memoryIo({ 'c.yaml': EXAMPLE.replace('subdivision: SP', 'subdivision: SAO') }).io;
    await expect(readConfigWithHolidays(io, 'c.yaml', YEARS, env)).rejects.toMatchObject({
      problems: [
        'c.yaml: teams[2].holidays[0].subdivision: "SAO" is not a subdivision of BR in the holiday data (sunroute holidays --country BR --subdivisions lists them)',
      ],
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('covers the years a calendar looks ahead to', () => {
    expect(YEARS).toEqual({ from: 2025, to: 2029 });
  });
});
