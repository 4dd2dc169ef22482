import * as z from 'zod';
import { fieldErrorsFromZod, formatFieldError } from '../core/validation/field-error';
import { WebhookSecretsConfigError } from './webhook-secrets-config-error';

/**
 * Each integration's active webhook secrets, newest first:
 * `{"chat-widget": ["whsec_new", "whsec_old"], "web-form": "whsec_…"}` (one secret may stand alone). A request signed by any
 * active secret of any integration is accepted; the integration is named in the log.
 */
export type WebhookSecrets = Readonly<Record<string, readonly string[]>>;

/** Where the HTTP ingest handler gets the current secrets: Secrets Manager, or the environment. */
export interface WebhookSecretSource {
  current(): Promise<WebhookSecrets>;
}

const secretsSchema = z
  .record(
    z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'is not an integration name (letters, digits, _.-)'),
    z.union([
      // One secret alone, as Secrets Manager generates it (lib/constructs/ingest-http-function.ts).
      z
        .string()
        .min(1, 'must not be empty')
        .transform((secret) => [secret]),
      z
        .array(z.string().min(1, 'must not be empty'))
        .min(1, 'has no secret')
        .max(8, 'has more than 8 secrets'),
    ]),
  )
  .refine((value) => Object.keys(value).length > 0, 'names no integration');

/** Checks the secrets document; `source` names where it came from in the error. */
export function parseWebhookSecrets(text: string, source: string): WebhookSecrets {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new WebhookSecretsConfigError(source, [`$: is not JSON: ${(error as Error).message}`]);
  }
  const parsed = secretsSchema.safeParse(value);
  if (!parsed.success)
    throw new WebhookSecretsConfigError(
      source,
      fieldErrorsFromZod(parsed.error).map(formatFieldError),
    );
  return parsed.data;
}

/** Secrets fixed for the process's life: the local stack's, from an environment variable. */
export function staticWebhookSecrets(secrets: WebhookSecrets): WebhookSecretSource {
  return { current: () => Promise.resolve(secrets) };
}
