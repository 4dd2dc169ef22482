// The environment under which unchanged production code (which reads table names, queue URLs
// and, through the SDK, AWS_ENDPOINT_URL_<SERVICE>) talks to the stand-ins instead of AWS.
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../definitions/local-credentials';
import type { LocalResources } from './create-resources';
import type { StandInEndpoints } from '../definitions/stand-in-endpoints';

/**
 * fauxqs names its queues http://sqs.<region>.localhost:<port>/…, and an SQS client without an
 * explicit endpoint sends each request to its queue URL's origin (warning each time it differs
 * from the configured one). Configuring that same origin keeps one address for every request;
 * it needs *.localhost to resolve to loopback (RFC 6761), see `interceptLocalhostDns` in fauxqs.
 */
export function sqsQueueUrlOrigin(sqsEndpoint: string, region: string): string {
  return `http://sqs.${region}.localhost:${new URL(sqsEndpoint).port}`;
}

export function standInEnv(
  endpoints: StandInEndpoints,
  resources: LocalResources,
  region = LOCAL_REGION,
): Record<string, string> {
  return {
    AWS_REGION: region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_SQS: sqsQueueUrlOrigin(endpoints.sqs, region),
    AWS_ENDPOINT_URL_SESV2: endpoints.sesv2,
    ...resources,
  };
}
