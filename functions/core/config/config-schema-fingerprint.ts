import { createHash } from 'node:crypto';
import * as z from 'zod';
import { configSchema } from './config-schema';

/**
 * A digest of the configuration schema's shape: its JSON Schema (fields, types, enums, defaults).
 * Computing it takes longer than a cold start can spare, so `npm run generate` writes it to
 * generated/config-schema-digest.ts, and a unit test fails when the schema changed without it.
 * Only the shape counts: a check that merely got stricter leaves versions saved under the looser
 * one trusted, since they were routed under it.
 */
export function configSchemaFingerprint(): string {
  const shape = z.toJSONSchema(configSchema, { unrepresentable: 'any', io: 'output' });
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex');
}
