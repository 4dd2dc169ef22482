import { describe, expect, it } from 'vitest';
import type { IngestHttpFunction } from '../../../lib/constructs/ingest-http-function';
import type { RouterFunction } from '../../../lib/constructs/router-function';
import type { TicketLinks } from '../../../lib/constructs/ticket-links-function';
import { HTTP_API_THROTTLE, RESERVED_CONCURRENCY } from '../../../functions/definitions/http-api';
import { child, logicalId, synthTestStack } from './synth-test-stack';

// A flood on the open routes (ingest webhooks, ticket links) is answered 429 by API Gateway, and
// what gets through cannot take the router's executions from it.
const synth = synthTestStack();
const unreserved = synthTestStack({ reserveConcurrency: 'false' });

function functionProperties(stack: typeof synth, id: string): Record<string, unknown> {
  const fn = child<IngestHttpFunction | RouterFunction | TicketLinks>(stack.stack, id).function;
  const resources = stack.template.toJSON().Resources as Record<
    string,
    { Properties: Record<string, unknown> }
  >;
  return resources[logicalId(stack.stack, fn)]!.Properties;
}

describe('flood limits', () => {
  it('throttles every route of the HTTP API at the stage', () => {
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: {
        ThrottlingRateLimit: HTTP_API_THROTTLE.rateLimit,
        ThrottlingBurstLimit: HTTP_API_THROTTLE.burstLimit,
      },
    });
  });

  it.each([
    ['Router', RESERVED_CONCURRENCY.router],
    ['IngestHttp', RESERVED_CONCURRENCY.ingestHttp],
    ['TicketLinks', RESERVED_CONCURRENCY.ticketLinks],
    ['Survey', RESERVED_CONCURRENCY.survey],
  ])('reserves %s its executions, which are its ceiling too', (id, executions) => {
    expect(functionProperties(synth, id).ReservedConcurrentExecutions).toBe(executions);
    expect(functionProperties(unreserved, id)).not.toHaveProperty('ReservedConcurrentExecutions');
  });

  it('polls the ticket queue with no more batches at once than the router has executions', () => {
    synth.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      ScalingConfig: { MaximumConcurrency: RESERVED_CONCURRENCY.router },
    });
  });

  it('refuses a reserveConcurrency that is neither true nor false', () => {
    expect(() => synthTestStack({ reserveConcurrency: 'maybe' })).toThrow(
      'CDK context "reserveConcurrency" must be true or false, got "maybe"',
    );
  });
});
