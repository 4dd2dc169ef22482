// Runs in every integration test worker: production code under test finds the stand-ins through
// the same environment variables it reads in AWS.
import { interceptLocalhostDns } from 'fauxqs';
import { inject } from 'vitest';
import { standInEnv } from '../../functions/local-stack/stand-in-env';

const { endpoints, resources } = inject('standIns');
Object.assign(process.env, standInEnv(endpoints, resources));
// AWS_ENDPOINT_URL_SQS names fauxqs's queue URL host, sqs.<region>.localhost: loopback by
// RFC 6761, but this machine's resolver does not know it.
interceptLocalhostDns();
