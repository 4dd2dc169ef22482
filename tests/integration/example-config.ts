import { readFileSync } from 'node:fs';

/** The example company's configuration document (examples/sunroute.yaml), as a user writes it. */
export const EXAMPLE_CONFIG = readFileSync(
  new URL('../../examples/sunroute.yaml', import.meta.url),
  'utf8',
);
