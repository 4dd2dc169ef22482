import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  deleteConfigEntry,
  findConfigEntry,
  putConfigEntry,
} from '../../../../functions/core/config/config-document-edit';
import { addPublicHolidays } from '../../../../functions/core/holidays/add-public-holidays';

const EXAMPLE = readFileSync(
  new URL('../../../../examples/sunroute.yaml', import.meta.url),
  'utf8',
);
const LISBON = { id: 'lisbon', region: 'EU', timeZone: 'Europe/Lisbon', languages: ['pt'] };

describe('config document edits', () => {
  it('appends a new team to a YAML document and keeps its comments', () => {
    const edit = putConfigEntry(EXAMPLE, 'yaml', 'teams', LISBON);
    expect(edit.created).toBe(true);
    expect(parse(edit.document).teams.at(-1)).toEqual(LISBON);
    expect(edit.document).toContain('# Nenmatsu-nenshi');
  });

  it('replaces an existing entry in place and deleting it restores the rest', () => {
    const edit = putConfigEntry(EXAMPLE, 'yaml', 'agents', { id: 'maya.johnson', team: 'na-west' });
    expect(edit.created).toBe(false);
    const agents = parse(edit.document).agents as { id: string }[];
    expect(agents[0]).toEqual({ id: 'maya.johnson', team: 'na-west' });
    expect(agents).toHaveLength(parse(EXAMPLE).agents.length);
    const deleted = deleteConfigEntry(edit.document, 'yaml', 'agents', 'maya.johnson')!;
    expect(findConfigEntry(deleted, 'agents', 'maya.johnson')).toBeUndefined();
    expect(deleteConfigEntry(deleted, 'yaml', 'agents', 'maya.johnson')).toBeUndefined();
  });

  it('writes JSON documents back as JSON, and creates a missing list', () => {
    const edit = putConfigEntry('{"defaultLanguage": "en"}', 'json', 'teams', LISBON);
    expect(JSON.parse(edit.document)).toEqual({ defaultLanguage: 'en', teams: [LISBON] });
    const yaml = putConfigEntry('defaultLanguage: en\n', 'yaml', 'teams', LISBON);
    expect(parse(yaml.document)).toEqual({ defaultLanguage: 'en', teams: [LISBON] });
  });
});

describe('addPublicHolidays', () => {
  it('appends dated entries for days not listed yet, and none twice', () => {
    const existing = [
      { country: 'DE', subdivision: 'BE' },
      { date: '2027-12-25', name: 'Christmas' },
    ];
    const result = addPublicHolidays(existing, [
      { date: '2027-01-01', name: "New Year's Day" },
      { date: '2027-12-24', from: '14:00', name: 'Christmas Eve' },
      { date: '2027-12-25', name: 'Christmas Day' },
    ]);
    expect(result.added.map((h) => h.date)).toEqual(['2027-01-01', '2027-12-24']);
    expect(result.holidays).toEqual([
      ...existing,
      { date: '2027-01-01', name: "New Year's Day" },
      { date: '2027-12-24', from: '14:00', name: 'Christmas Eve' },
    ]);
    expect(addPublicHolidays(result.holidays, result.added).added).toEqual([]);
  });
});
