import { describe, expect, it } from 'vitest';
import { readHttpIngestEnvironment } from '../../../functions/ingest/environment';
import {
  parseIntegrationSettings,
  parseWebhookSecrets,
} from '../../../functions/shared/webhook-secrets';
import { WebhookSecretsConfigError } from '../../../functions/shared/webhook-secrets-config-error';
import { verifyRequestSignature } from '../../../functions/ingest/verify-request-signature';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';

describe('webhook secrets', () => {
  it('reads one list of active secrets per integration', () => {
    expect(parseWebhookSecrets('{"widget":["a","b"],"form":"c"}', 'test')).toEqual({
      widget: ['a', 'b'],
      form: ['c'],
    });
  });

  it('reads an integration’s outbound URL beside its secrets', () => {
    expect(
      parseIntegrationSettings(
        JSON.stringify({
          widget: { secrets: ['a'], outboundUrl: 'https://widget.example/hooks/sunroute' },
          local: { secrets: 'b', outboundUrl: 'http://127.0.0.1:9000/hook' },
          form: 'c',
        }),
        'test',
      ),
    ).toEqual({
      secrets: { widget: ['a'], local: ['b'], form: ['c'] },
      outboundUrls: {
        widget: 'https://widget.example/hooks/sunroute',
        local: 'http://127.0.0.1:9000/hook',
      },
    });
  });

  it.each([
    ['{"widget":{"secrets":["a"],"outboundUrl":"http://widget.example/h"}}', 'widget.outboundUrl'],
    ['{"widget":{"secrets":["a"],"outboundUrl":"not a url"}}', 'widget.outboundUrl'],
    ['{"widget":{"secret":"a"}}', 'widget.secret: is not a known field'],
  ])('refuses the integration %s naming the field', (text, problem) => {
    expect(() => parseIntegrationSettings(text, 'SUNROUTE_WEBHOOK_SECRETS')).toThrow(problem);
  });

  it.each([
    ['not json', '$: is not JSON'],
    ['{}', 'names no integration'],
    ['{"widget":[]}', 'widget.secrets: has no secret'],
    ['{"widget":[""]}', 'widget'],
    ['{"widget":""}', 'widget'],
    ['["a"]', '$:'],
  ])('refuses %s naming the problem', (text, problem) => {
    expect(() => parseWebhookSecrets(text, 'SUNROUTE_WEBHOOK_SECRETS')).toThrow(
      WebhookSecretsConfigError,
    );
    expect(() => parseWebhookSecrets(text, 'SUNROUTE_WEBHOOK_SECRETS')).toThrow(problem);
  });

  it('reports the integration whose secret signed, and a stale timestamp over a mismatch', () => {
    const secrets = { widget: ['w1'], form: ['f1', 'f0'] };
    const now = Date.parse('2026-12-22T09:15:00Z');
    const body = Buffer.from('{}');
    expect(
      verifyRequestSignature({ header: signWebhook(body, 'f0', now), body, secrets, now }),
    ).toMatchObject({ ok: true, integration: 'form' });
    const stale = verifyRequestSignature({
      header: signWebhook(body, 'f1', now - 600_000),
      body,
      secrets,
      now,
    });
    expect(stale).toMatchObject({ ok: false, reason: 'stale-timestamp' });
  });

  it('takes the secrets from the environment locally and from Secrets Manager otherwise', () => {
    const queue = {
      TICKET_QUEUE_URL: 'http://queue',
      WEBHOOK_REQUESTS_TABLE_NAME: 'requests',
      CONFIG_TABLE_NAME: 'config',
    };
    expect(
      readHttpIngestEnvironment({ ...queue, SUNROUTE_WEBHOOK_SECRETS: '{"a":["b"]}' }).secrets,
    ).toEqual({ kind: 'environment', json: '{"a":["b"]}' });
    expect(
      readHttpIngestEnvironment({ ...queue, WEBHOOK_SECRET_ARN: 'arn:secret' }).secrets,
    ).toEqual({ kind: 'secrets-manager', secretArn: 'arn:secret' });
    expect(() => readHttpIngestEnvironment(queue)).toThrow('WEBHOOK_SECRET_ARN');
  });
});
