// One cold start of the router bundle, run by `npm run bench:router` in a fresh `node` process
// with the stand-ins' environment: load the bundle, route one ticket, print the times as JSON.
// Plain JavaScript so that nothing but the bundle itself is loaded before the clock starts.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [bundlePath, ticketBody] = process.argv.slice(2);

// As Lambda's Node runtime loads a handler: an `.mjs` file with import(), a `.js` or `.cjs` file
// with require. A `.js` file is CommonJS only outside a `"type": "module"` package scope: the
// bench's asset is under node_modules, where Node stops looking for a package.json, as there is
// none above the function's code in Lambda.
const load = (path) =>
  path.endsWith('.mjs') ? import(pathToFileURL(path).href) : createRequire(import.meta.url)(path);

// CPU time too: on a busy machine it grows far less than the wall clock, so levers can still be
// compared (it counts all of the process's threads, the garbage collector's helpers included).
const cpuAt = (usage) => (usage.user + usage.system) / 1000;
const started = performance.now();
const cpuStarted = process.cpuUsage();
const { handler } = await load(bundlePath);
const imported = performance.now();
const cpuImported = process.cpuUsage();
const messageId = randomUUID();
const response = await handler(
  {
    Records: [
      {
        messageId,
        receiptHandle: 'bench',
        body: ticketBody,
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: String(Date.now()),
          SenderId: 'bench',
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:bench',
        awsRegion: 'us-east-1',
      },
    ],
  },
  {
    functionName: 'sunroute-router',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:sunroute-router',
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/sunroute-router',
    logStreamName: 'bench',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => 30_000,
  },
);
const routed = performance.now();
const cpuRouted = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({
    processStartToImportMs: started,
    importMs: imported - started,
    firstTicketMs: routed - imported,
    importCpuMs: cpuAt(cpuImported) - cpuAt(cpuStarted),
    firstTicketCpuMs: cpuAt(cpuRouted) - cpuAt(cpuImported),
    failures: response.batchItemFailures.length,
  })}\n`,
);
