// One cold start of the HTTP ingest bundle, run by `npm run bench:ingest` in a fresh `node`
// process with the stand-ins' environment: load the bundle, answer one signed chat post, print
// the times and the answer as JSON. Plain JavaScript so that only the bundle is timed.
import { createHmac, randomUUID } from 'node:crypto';
import dns from 'node:dns';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [bundlePath, secret, chatBody] = process.argv.slice(2);

// The SDK sends to the queue URL's own host, sqs.<region>.localhost, which the system resolver
// does not know; the stand-in listens on the loopback address.
const lookup = dns.lookup;
dns.lookup = (host, options, callback) =>
  lookup(host.endsWith('.localhost') ? '127.0.0.1' : host, options, callback);
const cpuAt = (usage) => (usage.user + usage.system) / 1000;

const started = performance.now();
const cpuStarted = process.cpuUsage();
const { http } = createRequire(import.meta.url)(bundlePath);
const imported = performance.now();
const cpuImported = process.cpuUsage();

const t = Math.floor(Date.now() / 1000);
const signature = createHmac('sha256', secret).update(`${t}.${chatBody}`).digest('hex');
const now = new Date();
const response = await http(
  {
    version: '2.0',
    routeKey: 'POST /ingest/chat',
    rawPath: '/ingest/chat',
    rawQueryString: '',
    headers: {
      'content-type': 'application/json',
      'sunroute-signature': `t=${t},v1=${signature}`,
    },
    requestContext: {
      accountId: '000000000000',
      apiId: 'bench',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: 'POST',
        path: '/ingest/chat',
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'bench',
      },
      requestId: randomUUID(),
      routeKey: 'POST /ingest/chat',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: chatBody,
    isBase64Encoded: false,
  },
  {
    functionName: 'sunroute-ingest',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:sunroute-ingest',
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/sunroute-ingest',
    logStreamName: 'bench',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => 10_000,
  },
);
const answered = performance.now();
const cpuAnswered = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({
    importMs: imported - started,
    firstPostMs: answered - imported,
    importCpuMs: cpuAt(cpuImported) - cpuAt(cpuStarted),
    firstPostCpuMs: cpuAt(cpuAnswered) - cpuAt(cpuImported),
    status: response.statusCode,
    body: response.body,
  })}\n`,
);
