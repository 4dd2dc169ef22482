import { readFileSync } from 'node:fs';

/** The example company's configuration document (examples/sunroute.yaml), as a user writes it. */
export const EXAMPLE_CONFIG = readFileSync(
  new URL('../../examples/sunroute.yaml', import.meta.url),
  'utf8',
);

/**
 * A valid document that passes every size check but one: with its validated form and holiday
 * table beside it, it is larger than a DynamoDB item may be (about 270 KiB of overrides).
 */
export function oversizedConfig(): string {
  const overrides = Array.from({ length: 3_500 }, (_, day) => {
    const date = new Date(Date.UTC(2027, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    return `      - { start: "${date}T12:00", end: "${date}T13:00", onShift: false }`;
  });
  return `teams:
  - id: lunch-breaks
    region: EU
    timeZone: Europe/Berlin
    languages: [en]
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }]
    overrides:
${overrides.join('\n')}
`;
}

/** Nine aliases of nine aliases, seven deep: 4.8 million strings from 400 bytes of YAML. */
export const ALIAS_BOMB = `a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
teams: []
`;
