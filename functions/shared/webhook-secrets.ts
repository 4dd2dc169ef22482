import * as z from 'zod';
import { fieldErrorsFromZod, formatFieldError } from '../core/validation/field-error';
import { WebhookSecretsConfigError } from './webhook-secrets-config-error';

/**
 * Each integration's active webhook secrets, newest first:
 * `{"chat-widget": ["whsec_new", "whsec_old"], "web-form": "whsec_…"}` (one secret may stand alone). A request signed by any
 * active secret of any integration is accepted; the integration is named in the log.
 */
export type WebhookSecrets = Readonly<Record<string, readonly string[]>>;

/**
 * The integrations document read whole: the secrets, and for a chat integration that wants its
 * agents' answers pushed, the URL they are posted to (docs/agents.md), signed with those secrets:
 * `{"chat-widget": {"secrets": ["whsec_…"], "outboundUrl": "https://widget.example.com/hooks/sunroute"}}`.
 */
export interface IntegrationSettings {
  readonly secrets: WebhookSecrets;
  readonly outboundUrls: Readonly<Record<string, string>>;
}

/** Where the HTTP ingest handler gets the current secrets: Secrets Manager, or the environment. */
export interface WebhookSecretSource {
  current(): Promise<WebhookSecrets>;
}

/** Where chat delivery gets the outbound URLs and the secrets that sign what it posts. */
export interface IntegrationSettingsSource {
  current(): Promise<IntegrationSettings>;
}

const secretList = z.union([
  // One secret alone, as Secrets Manager generates it (lib/constructs/ingest-http-function.ts).
  z
    .string()
    .min(1, 'must not be empty')
    .transform((secret) => [secret]),
  z
    .array(z.string().min(1, 'must not be empty'))
    .min(1, 'has no secret')
    .max(8, 'has more than 8 secrets'),
]);

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** HTTPS, or plain HTTP to this machine (the local stack and its tests): answers are personal. */
const outboundUrl = z
  .string()
  .max(2048, 'is longer than 2048 characters')
  .refine((text) => {
    if (!URL.canParse(text)) return false;
    const url = new URL(text);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  }, 'must be an https:// URL (http:// only to localhost)');

const settingsObject = z.strictObject({ secrets: secretList, outboundUrl: outboundUrl.optional() });

// The short forms (a secret, a list) are the object without an outbound URL; read as that object,
// a problem is named where it is (`widget.secrets: has no secret`), not as "matches no form".
const integrationSettings = z.preprocess(
  (value) => (typeof value === 'string' || Array.isArray(value) ? { secrets: value } : value),
  settingsObject,
);

const secretsSchema = z
  .record(
    z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'is not an integration name (letters, digits, _.-)'),
    integrationSettings,
  )
  .refine((value) => Object.keys(value).length > 0, 'names no integration');

/** Checks the integrations document; `source` names where it came from in the error. */
export function parseIntegrationSettings(text: string, source: string): IntegrationSettings {
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
  const entries = Object.entries(parsed.data);
  return {
    secrets: Object.fromEntries(entries.map(([name, entry]) => [name, entry.secrets])),
    outboundUrls: Object.fromEntries(
      entries.flatMap(([name, entry]) =>
        entry.outboundUrl === undefined ? [] : [[name, entry.outboundUrl]],
      ),
    ),
  };
}

/** Checks the secrets document; `source` names where it came from in the error. */
export function parseWebhookSecrets(text: string, source: string): WebhookSecrets {
  return parseIntegrationSettings(text, source).secrets;
}

/** Secrets fixed for the process's life: the local stack's, from an environment variable. */
export function staticWebhookSecrets(secrets: WebhookSecrets): WebhookSecretSource {
  return { current: () => Promise.resolve(secrets) };
}
