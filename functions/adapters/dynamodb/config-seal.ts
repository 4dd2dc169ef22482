import { createHash } from 'node:crypto';
import { CONFIG_SCHEMA_DIGEST } from '../../core/config/generated/config-schema-digest';

/**
 * The seal saved with a configuration version: a digest of the schema's shape it was validated
 * under and of the stored JSON of the validated configuration and its holiday table. A reader
 * whose build has the same schema and finds the seal matching the JSON it read uses that JSON as
 * validated (no second zod pass on every cold start); any other version is validated again. It is
 * not a signature: whoever may write the configuration table may also write a matching seal, as
 * they may write anything the router routes with.
 */
export function configSeal(configJson: string, holidaysJson: string): string {
  return createHash('sha256')
    .update(CONFIG_SCHEMA_DIGEST)
    .update('\n')
    .update(configJson)
    .update('\n')
    .update(holidaysJson)
    .digest('hex');
}
