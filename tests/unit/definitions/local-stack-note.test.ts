// The note `npm start` leaves is found from the sources and from the compiled CLI alike, though
// their modules sit at different depths of the checkout.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_STACK_FILE, checkoutRoot } from '../../../functions/definitions/local-stack-note';

const checkout = mkdtempSync(join(tmpdir(), 'sunroute-checkout-'));
afterAll(() => rmSync(checkout, { recursive: true, force: true }));
writeFileSync(join(checkout, 'package.json'), '{}');
for (const folder of ['functions/definitions', 'dist/cli/chunks']) {
  mkdirSync(join(checkout, folder), { recursive: true });
}

describe('checkoutRoot', () => {
  it('is the nearest folder with a package.json, from the sources and the compiled chunks', () => {
    expect(checkoutRoot(join(checkout, 'functions/definitions'))).toBe(checkout);
    expect(checkoutRoot(join(checkout, 'dist/cli/chunks'))).toBe(checkout);
    expect(checkoutRoot(join(checkout, 'dist/cli'))).toBe(checkout);
  });

  it('puts the note in this checkout', () => {
    const repository = fileURLToPath(new URL('../../..', import.meta.url));
    expect(LOCAL_STACK_FILE).toBe(join(repository, '.sunroute', 'local-stack.json'));
  });
});
