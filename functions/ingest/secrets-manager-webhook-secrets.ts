import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { INGEST } from '../definitions/ingest';
import { parseWebhookSecrets, type WebhookSecretSource } from './webhook-secrets';
import { WebhookSecretsConfigError } from './webhook-secrets-config-error';

/**
 * The secrets from one Secrets Manager secret, read through Powertools' cache: a warm Lambda asks
 * Secrets Manager at most once per INGEST.secretMaxAgeSeconds, so a rotation's steps must be that
 * far apart (docs/ingest.md).
 */
export function secretsManagerWebhookSecrets(secretArn: string): WebhookSecretSource {
  return {
    async current() {
      const text = await getSecret(secretArn, { maxAge: INGEST.secretMaxAgeSeconds });
      if (typeof text !== 'string')
        throw new WebhookSecretsConfigError(secretArn, ['$: is not a text secret']);
      return parseWebhookSecrets(text, secretArn);
    },
  };
}
