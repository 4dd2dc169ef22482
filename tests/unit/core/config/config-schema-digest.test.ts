import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { configSchemaFingerprint } from '../../../../functions/core/config/config-schema-fingerprint';
import { CONFIG_SCHEMA_DIGEST } from '../../../../functions/core/config/generated/config-schema-digest';
import { validateConfig } from '../../../../functions/core/config/validate-config';

describe('the configuration schema digest that seals saved versions', () => {
  it('is the digest of the schema as it is now (else run npm run generate)', () => {
    expect(CONFIG_SCHEMA_DIGEST, 'the schema changed: run `npm run generate`').toBe(
      configSchemaFingerprint(),
    );
  });

  it('lets a reader trust the stored JSON: validating it again gives the same configuration', () => {
    // A sealed version is used as stored, so the JSON of a validated configuration must validate
    // to itself: defaults already filled, nothing that JSON cannot carry.
    const example = parseYaml(
      readFileSync(new URL('../../../../examples/sunroute.yaml', import.meta.url), 'utf8'),
    ) as unknown;
    const first = validateConfig(example, dateHolidaysCalendar);
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const stored = JSON.parse(JSON.stringify(first.config)) as unknown;
    const again = validateConfig(stored, dateHolidaysCalendar);
    expect(again).toEqual({ ok: true, config: stored });
    expect(first.config).toEqual(stored);
  });
});
