import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseConfig } from '../../../functions/core/config/parse-config';
import { dateHolidaysCalendar } from '../../../functions/core/holidays/date-holidays-calendar';
import { expandHolidayTable } from '../../../functions/core/holidays/expand-holiday-table';
import type { HolidayTable } from '../../../functions/core/holidays/holiday-table';
import { HolidayYearMissingError } from '../../../functions/core/holidays/holiday-year-missing-error';
import { ConfigCache } from '../../../functions/shared/config-cache';
import { NoConfigurationError } from '../../../functions/shared/no-configuration-error';
import { StoredConfigInvalidError } from '../../../functions/shared/stored-config-invalid-error';
import type {
  ConfigVersionReader,
  StoredConfigVersion,
} from '../../../functions/adapters/config-store';
import { CONFIG_YAML } from '../router/router-fixtures';

/**
 * An in-memory store that counts its reads. Like the DynamoDB store it expands a valid document's
 * holiday table when saving; unlike it, it keeps an invalid document too (as if edited by hand).
 */
class MemoryConfigStore implements ConfigVersionReader {
  versions: { document: string; config: unknown; holidays: HolidayTable; sealed?: boolean }[] = [];
  pointerReads = 0;
  versionReads = 0;
  latestReads = 0;
  failPointer = false;

  async currentVersion() {
    this.pointerReads += 1;
    if (this.failPointer) throw new Error('throttled');
    return this.versions.length === 0 ? undefined : { version: this.versions.length };
  }

  async readVersion(version: number): Promise<StoredConfigVersion> {
    this.versionReads += 1;
    const { document, config, holidays, sealed } = this.versions[version - 1]!;
    return { version, document, format: 'yaml', savedAt: '', config, holidays, sealed };
  }

  async latestVersion(): Promise<StoredConfigVersion | undefined> {
    this.latestReads += 1;
    if (this.versions.length === 0) return undefined;
    this.versionReads -= 1;
    return this.readVersion(this.versions.length);
  }

  reads() {
    return { latest: this.latestReads, pointer: this.pointerReads, version: this.versionReads };
  }

  async saveVersion(document: string) {
    return this.saveInYear(document, 2026);
  }

  async saveInYear(document: string, savedYear: number) {
    const parsed = parseConfig(document, { holidays: dateHolidaysCalendar });
    const holidays = parsed.ok
      ? expandHolidayTable(parsed.config, dateHolidaysCalendar, savedYear)
      : {};
    // An invalid document is kept as its plain data, as a hand edit of the table would leave it.
    const config: unknown = parsed.ok ? parsed.config : parseYaml(document);
    this.versions.push({ document, config, holidays });
    return this.versions.length;
  }
}

function setup() {
  const store = new MemoryConfigStore();
  const clock = { now: 0 };
  const stale: number[] = [];
  const cache = new ConfigCache({
    store,
    clock: () => clock.now,
    source: 'test-config',
    onStale: (_error, kept) => stale.push(kept),
  });
  return { store, clock, cache, stale };
}

describe('ConfigCache', () => {
  it('compiles a version once and checks the pointer at most once a minute', async () => {
    const { store, clock, cache } = setup();
    await store.saveVersion(CONFIG_YAML);
    const first = await cache.current();
    // Cold: the newest version in one read, no pointer first.
    expect(store.reads()).toEqual({ latest: 1, pointer: 0, version: 0 });
    clock.now = 59_999;
    expect(await cache.current()).toBe(first);
    expect(store.reads()).toEqual({ latest: 1, pointer: 0, version: 0 });

    clock.now = 60_000;
    expect(await cache.current()).toBe(first);
    expect(store.reads()).toEqual({ latest: 1, pointer: 1, version: 0 });

    await store.saveVersion(CONFIG_YAML.replace('ann', 'amy'));
    clock.now = 120_000;
    const second = await cache.current();
    expect(second.version).toBe(2);
    expect(second.compiled.agentsById.has('amy')).toBe(true);
    expect(store.reads()).toEqual({ latest: 1, pointer: 2, version: 1 });
  });

  it('shares one read among callers asking at once', async () => {
    const { store, cache } = setup();
    await store.saveVersion(CONFIG_YAML);
    const all = await Promise.all(Array.from({ length: 10 }, () => cache.current()));
    expect(new Set(all).size).toBe(1);
    expect(store.reads()).toEqual({ latest: 1, pointer: 0, version: 0 });
  });

  it('fails with NoConfigurationError while nothing is stored, and asks again next time', async () => {
    const { store, cache } = setup();
    await expect(cache.current()).rejects.toBeInstanceOf(NoConfigurationError);
    await expect(cache.current()).rejects.toThrow(/test-config: no configuration stored/);
    await store.saveVersion(CONFIG_YAML);
    expect((await cache.current()).version).toBe(1);
  });

  it('keeps routing with the loaded version when the check fails or the new one is invalid', async () => {
    const { store, clock, cache, stale } = setup();
    await store.saveVersion(CONFIG_YAML);
    await cache.current();
    store.failPointer = true;
    clock.now = 60_000;
    expect((await cache.current()).version).toBe(1);
    store.failPointer = false;
    await store.saveVersion('teams: nonsense');
    expect((await cache.current()).version).toBe(1);
    expect(stale).toEqual([1, 1]);
  });

  it('validates a version again unless it is sealed as validated by this build', async () => {
    const { store, cache } = setup();
    await store.saveVersion(CONFIG_YAML);
    // A field this build's schema refuses: only a version that does not claim to be validated
    // is refused for it; a sealed one is taken as saved, without a second validation.
    const { config } = store.versions[0]!;
    store.versions[0]!.config = { ...(config as object), defaultLanguage: 'xx' };
    await expect(cache.current()).rejects.toBeInstanceOf(StoredConfigInvalidError);
    store.versions[0]!.sealed = true;
    expect((await cache.current()).config.defaultLanguage).toBe('xx');
  });

  it('refuses an invalid stored version when there is nothing to fall back to', async () => {
    const { store, cache } = setup();
    await store.saveVersion('defaultLanguage: xx');
    await expect(cache.current()).rejects.toBeInstanceOf(StoredConfigInvalidError);
  });

  it('compiles with the version’s holiday table: its holidays apply, a year it lacks fails loudly', async () => {
    const { store, cache } = setup();
    const berlin = CONFIG_YAML.replace(
      '\n    timeZone: Europe/Berlin\n',
      '\n    timeZone: Europe/Berlin\n    holidays: [{ country: DE, subdivision: BE }]\n',
    );
    expect(berlin).not.toBe(CONFIG_YAML);
    await store.saveInYear(berlin, 2026);
    const { compiled } = await cache.current();
    const team = compiled.teams[0]!;
    // Christmas Day 2026 is a Friday, a Berlin public holiday: off shift all day.
    expect(team.calendar.isOnShift(Date.parse('2026-12-25T10:00:00+01:00'))).toBe(false);
    expect(team.calendar.isOnShift(Date.parse('2026-12-28T10:00:00+01:00'))).toBe(true);
    // Saved in 2026, the table holds 2025–2029: 2031 is not guessed as a year without holidays.
    expect(() => team.calendar.isOnShift(Date.parse('2031-03-04T10:00:00+01:00'))).toThrow(
      HolidayYearMissingError,
    );
  });

  it('refuses a stored version whose holiday table lacks a country it imports', async () => {
    const { store, cache } = setup();
    await store.saveVersion(
      CONFIG_YAML.replace(
        '\n    timeZone: Europe/Berlin\n',
        '\n    timeZone: Europe/Berlin\n    holidays: [{ country: DE }]\n',
      ),
    );
    store.versions[0]!.holidays = {};
    await expect(cache.current()).rejects.toThrow(/teams\[0\]\.holidays\[0\]\.country/);
  });
});
