import { IANAZone } from 'luxon';

// luxon builds an Intl formatter to check a zone, each time; a document names the same few zones
// in every team, and the schema, the cross-field checks and every calendar compiled from it ask.
// Only valid names are remembered, so the set is bounded by the zones tzdb knows.
const validZones = new Set<string>();

/** Whether `value` names an IANA time zone. */
export function isTimeZone(value: string): boolean {
  if (validZones.has(value)) return true;
  if (!IANAZone.isValidZone(value)) return false;
  validZones.add(value);
  return true;
}
