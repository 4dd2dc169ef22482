import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { INGEST } from '../definitions/ingest';
import {
  parseIntegrationSettings,
  type IntegrationSettingsSource,
  type WebhookSecretSource,
} from './webhook-secrets';
import { WebhookSecretsConfigError } from './webhook-secrets-config-error';

/**
 * The integrations from one Secrets Manager secret, read through Powertools' cache: a warm Lambda
 * asks Secrets Manager at most once per INGEST.secretMaxAgeSeconds, so a rotation's steps must be
 * that far apart (docs/ingest.md).
 */
export function secretsManagerIntegrationSettings(secretArn: string): IntegrationSettingsSource {
  return {
    async current() {
      const text = await getSecret(secretArn, { maxAge: INGEST.secretMaxAgeSeconds });
      if (typeof text !== 'string')
        throw new WebhookSecretsConfigError(secretArn, ['$: is not a text secret']);
      return parseIntegrationSettings(text, secretArn);
    },
  };
}

/** The secrets alone, as the HTTP ingest function checks requests with them. */
export function secretsManagerWebhookSecrets(secretArn: string): WebhookSecretSource {
  const settings = secretsManagerIntegrationSettings(secretArn);
  return { current: async () => (await settings.current()).secrets };
}
