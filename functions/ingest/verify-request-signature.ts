import { verifyWebhookSignature, type WebhookFailure } from '../core/ingest/webhook-signature';
import type { WebhookSecrets } from '../shared/webhook-secrets';
import { WebhookSecretsConfigError } from '../shared/webhook-secrets-config-error';

export type RequestVerification =
  | {
      readonly ok: true;
      readonly integration: string;
      readonly timestamp: number;
      readonly signature: string;
    }
  | WebhookFailure;

/**
 * Checks a request against every integration's secrets. When none matches, the most telling
 * failure is reported: a stale or future timestamp means the signature matched some integration's
 * secret, so it wins over "no matching signature".
 */
export function verifyRequestSignature(input: {
  readonly header: string | undefined;
  readonly body: Uint8Array;
  readonly secrets: WebhookSecrets;
  readonly now: number;
}): RequestVerification {
  let failure: WebhookFailure | undefined;
  for (const [integration, secrets] of Object.entries(input.secrets)) {
    const result = verifyWebhookSignature({
      header: input.header,
      body: input.body,
      secrets,
      now: input.now,
    });
    if (result.ok)
      return { ok: true, integration, timestamp: result.timestamp, signature: result.signature };
    if (failure === undefined || failure.reason === 'no-matching-signature') failure = result;
  }
  if (failure === undefined)
    throw new WebhookSecretsConfigError('the secret source', ['$: names no integration']);
  return failure;
}
