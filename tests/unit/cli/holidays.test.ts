import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/main';
import { memoryIo } from './memory-io';

describe('sunroute holidays', () => {
  it('lists the public holidays of a country and subdivision as local dates', async () => {
    const run = memoryIo();
    expect(
      await main(['holidays', '--country', 'de', '--subdivision', 'BE', '--year', '2026'], run.io),
    ).toBe(0);
    const lines = run.out().trimEnd().split('\n');
    expect(lines[0]).toBe(
      "Public holidays DE-BE 2026 (local dates; applied in each team's own zone)",
    );
    expect(lines).toContain("  2026-03-08 Sun  International Women's Day");
    expect(lines).toContain('  2026-12-25 Fri  Christmas Day');
    // Women's Day is a public holiday in Berlin only
    const federal = memoryIo();
    await main(['holidays', '--country', 'DE', '--year', '2026'], federal.io);
    expect(federal.out()).not.toContain("Women's Day");
  });

  it('shows when a partial-day holiday starts', async () => {
    const run = memoryIo();
    expect(await main(['holidays', '--country', 'IS', '--year', '2026'], run.io)).toBe(0);
    const lines = run.out().split('\n');
    expect(lines).toContain('  2026-12-24 Thu  Christmas Eve  (from 13:00)');
    expect(lines).toContain('  2026-12-25 Fri  Christmas Day');
  });

  it('prints JSON on request', async () => {
    const run = memoryIo();
    expect(await main(['holidays', '--country', 'US', '--year', '2026', '--json'], run.io)).toBe(0);
    const holidays = JSON.parse(run.out());
    expect(holidays).toContainEqual({ date: '2026-11-26', name: 'Thanksgiving Day' });
    expect(holidays.every((h: { date: string }) => /^2026-\d\d-\d\d$/.test(h.date))).toBe(true);
    const iceland = memoryIo();
    await main(['holidays', '--country', 'IS', '--year', '2026', '--json'], iceland.io);
    expect(JSON.parse(iceland.out())).toContainEqual({
      date: '2026-12-24',
      name: 'Christmas Eve',
      from: '13:00',
    });
  });

  it('exits 2 for an unknown country, subdivision or year', async () => {
    const run = memoryIo();
    expect(await main(['holidays', '--country', 'XX', '--year', 'soon'], run.io)).toBe(2);
    expect(run.errLines()).toEqual([
      '--country: "XX" is not a country with public-holiday data (ISO 3166-1 alpha-2, e.g. DE)',
      '--year: "soon" is not a year (1970–2200)',
    ]);
    expect(run.out()).toBe('');
    const sub = memoryIo();
    expect(
      await main(['holidays', '--country', 'DE', '--subdivision', 'ZZ', '--year', '2026'], sub.io),
    ).toBe(2);
    expect(sub.errLines()).toEqual([
      '--subdivision: "ZZ" is not a subdivision of DE in the holiday data',
    ]);
  });

  it('exits 2 when --country or --year is missing', async () => {
    const run = memoryIo();
    expect(await main(['holidays', '--year', '2026'], run.io)).toBe(2);
    expect(run.errLines()).toEqual(["error: required option '--country <cc>' not specified"]);
  });
});
