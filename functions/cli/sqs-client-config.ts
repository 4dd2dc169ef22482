import type { SQSClientConfig } from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS } from '../definitions/local-credentials';

function isLocalhostName(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost');
}

function isLoopback(url: string): boolean {
  const { hostname } = new URL(url);
  return isLocalhostName(hostname) || ['127.0.0.1', '[::1]'].includes(hostname);
}

/**
 * `url` with a localhost name replaced by 127.0.0.1. fauxqs names its queues
 * http://sqs.<region>.localhost:<port>/…: loopback by RFC 6761, but unknown to many resolvers.
 */
function withResolvableHost(url: string): string {
  const parsed = new URL(url);
  if (!isLocalhostName(parsed.hostname)) return url;
  parsed.hostname = '127.0.0.1';
  return parsed.pathname === '/' ? parsed.origin : parsed.href;
}

/** `https://sqs.eu-west-1.amazonaws.com/…`, `http://sqs.us-east-1.localhost:4566/…` → the region. */
function regionOf(queueUrl: string): string | undefined {
  return /^sqs\.([a-z0-9-]+)\./.exec(new URL(queueUrl).hostname)?.[1];
}

/**
 * An SQS client configuration for sending to `queueUrl` from the command line. The standard AWS
 * environment decides (AWS_ENDPOINT_URL_SQS, AWS_REGION, credentials), so the same command
 * reaches a deployed queue or the local stack; the queue URL supplies the region when the
 * environment names none. For a queue on a localhost name the client gets an explicit loopback
 * endpoint (otherwise the SDK would send to the unresolvable queue host) and, when the
 * environment has no keys, the stand-in's dummy ones.
 */
export function sqsClientConfig(
  queueUrl: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): SQSClientConfig {
  const configured = env.AWS_ENDPOINT_URL_SQS ?? env.AWS_ENDPOINT_URL;
  const endpoint = configured
    ? withResolvableHost(configured)
    : isLoopback(queueUrl)
      ? withResolvableHost(new URL(queueUrl).origin)
      : undefined;
  const local = endpoint !== undefined && isLoopback(endpoint);
  const regionFromEnv = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  const region = regionFromEnv ? undefined : regionOf(queueUrl);
  return {
    ...(endpoint ? { endpoint } : {}),
    ...(region ? { region } : {}),
    ...(local && !env.AWS_ACCESS_KEY_ID ? { credentials: LOCAL_CREDENTIALS } : {}),
  };
}
