// The local stack's region and credentials. The credentials are dummies (the stand-ins only check
// that a request is signed); DynamoDB Local runs with -sharedDb, so any key and region see the
// same tables. The CLI uses them to reach the stack `npm start` runs.

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/** An SDK client's configuration for one stand-in's endpoint. */
export function localClientConfig(endpoint: string, region = LOCAL_REGION) {
  return { endpoint, region, credentials: LOCAL_CREDENTIALS };
}
