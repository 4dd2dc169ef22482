import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/email');

/** The raw bytes of a fixture under tests/fixtures/email, exactly as SES would store them. */
export function emlFixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

/** Tue 22 Dec 2026 09:15 UTC: the receive instant every fixture is ingested at. */
export const RECEIVED_AT = Date.UTC(2026, 11, 22, 9, 15);

/** A small message from header lines and a body, CRLF as on the wire. */
export function rawEmail(
  headers: readonly string[],
  body = 'Hello, my order has not arrived.',
): string {
  return [...headers, '', body, ''].join('\r\n');
}
