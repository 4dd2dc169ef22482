import { describe, expect, it } from 'vitest';
import {
  entryErrors,
  lineOfPath,
  splitPath,
} from '../../../functions/console/src/calendars/document-paths';

const DOCUMENT = `# a comment
teams:
  - id: berlin
    region: EU
    shifts:
      - days: [mon]
        start: '08:00'
        end: '25:00'
  - id: tokyo
    timeZone:
agents: []
`;

describe('error paths on the document and the forms', () => {
  it('splits a path the API names into keys and indexes', () => {
    expect(splitPath('teams[2].shifts[0].end')).toEqual(['teams', 2, 'shifts', 0, 'end']);
    expect(splitPath('routing.ackWithin.urgent')).toEqual(['routing', 'ackWithin', 'urgent']);
    expect(splitPath('$')).toEqual([]);
  });

  it('finds the line of a value, of an empty value, and of the entry missing a field', () => {
    expect(lineOfPath(DOCUMENT, 'teams[0].shifts[0].end')).toBe(8);
    expect(lineOfPath(DOCUMENT, 'teams[1].timeZone')).toBe(10);
    expect(lineOfPath(DOCUMENT, 'teams[1].region')).toBe(9);
    expect(lineOfPath(DOCUMENT, 'nowhere')).toBeUndefined();
  });

  it('gives a form the errors of its entry, keyed by the field inside it', () => {
    const errors = entryErrors(
      [
        { path: 'teams[0].shifts[0].end', message: 'is not a time' },
        { path: 'teams[0]', message: 'overlaps' },
        { path: 'teams[10].region', message: 'another team' },
        { path: 'agents[0].team', message: 'not this list' },
      ],
      'teams',
      0,
    );
    expect([...errors]).toEqual([
      ['shifts[0].end', 'is not a time'],
      ['', 'overlaps'],
    ]);
  });
});
