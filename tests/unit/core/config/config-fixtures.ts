import { readFileSync } from 'node:fs';

export const EXAMPLE_YAML = readFileSync(
  new URL('../../../../examples/sunroute.yaml', import.meta.url),
  'utf8',
);

type Doc = Record<string, unknown>;

/** A minimal valid team; `fields` replace or add fields so one test breaks one thing. */
export function team(fields: Doc = {}): Doc {
  return {
    id: 'berlin',
    region: 'EU',
    timeZone: 'Europe/Berlin',
    languages: ['de', 'en'],
    shifts: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '17:00' }],
    ...fields,
  };
}

export function agent(fields: Doc = {}): Doc {
  return { id: 'jonas', team: 'berlin', ...fields };
}

/** A valid document with one team and one agent, the fields given replacing the root's. */
export function documentWith(fields: Doc = {}): Doc {
  return { teams: [team()], agents: [agent()], ...fields };
}

export function shift(fields: Doc = {}): Doc {
  return { days: ['mon'], start: '08:00', end: '17:00', ...fields };
}
