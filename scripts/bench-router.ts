// The router Lambda's size and cold start, for docs/benchmarks.md ("Router Lambda"):
// - the bundle exactly as `cdk synth` builds it (the stack is synthesized here with bundling on),
//   raw and zipped the way the asset is uploaded (code and source map);
// - cold start: a fresh `node` process, with the function's NODE_OPTIONS, loads the bundle as
//   Lambda's Node runtime does (require for index.js, import() for index.mjs) and routes one
//   ticket against the stand-ins (median of several runs), for a one-team configuration and for
//   examples/sunroute.yaml (eight teams importing eight countries' holidays);
// - DynamoDB commands per ticket, counted on the handler in this process over many tickets.
// `npm run bench:router` (`-- --profile` also writes a CPU profile of each cold run); it ends with
// a headline: the bundle's sizes and the median cold import + first ticket per configuration, with
// the load average, so runs on different machines can be set side by side.
import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';
import { App } from 'aws-cdk-lib';
import { dateHolidaysCalendar } from '../functions/core/holidays/date-holidays-calendar';
import { awsDependencies } from '../functions/router/aws-dependencies';
import { createRouterHandler } from '../functions/router/router-handler';
import { readRouterEnvironment } from '../functions/router/environment';
import { DynamoDbConfigStore } from '../functions/adapters/dynamodb/dynamodb-config-store';
import { EMAIL_SENDING } from '../functions/definitions/email-sending';
import { CONFIG_TABLE } from '../functions/definitions/tables';
import { createLocalClients, type LocalClients } from '../functions/local-stack/aws-clients';
import { createResources } from '../functions/local-stack/create-resources';
import type { StandInEndpoints } from '../functions/definitions/stand-in-endpoints';
import { standInEnv } from '../functions/local-stack/stand-in-env';
import { startStandIns } from '../functions/local-stack/stand-ins';
import { SunrouteStack } from '../lib/sunroute-stack';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Under node_modules so that the bundle finds the SDK there, as it finds it in the Lambda runtime.
const OUT = join(ROOT, 'node_modules/.cache/sunroute-bench-router');
// `-- --runs=N` more cold runs per configuration when the machine is busy (the median steadies).
const COLD_RUNS = Number(
  process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 7,
);
const WARM_TICKETS = 200;
const PROFILE = process.argv.includes('--profile');
// `-- --bundle=PATH` measures another build of the handler (an experiment) instead of the asset.
const OTHER_BUNDLE = process.argv
  .find((arg) => arg.startsWith('--bundle='))
  ?.slice('--bundle='.length);
// `-- --versus=OPTIONS` alternates every cold run with one under NODE_OPTIONS=OPTIONS instead of
// the function's own, so that a lever is compared on the same machine load.
const VERSUS = process.argv.find((arg) => arg.startsWith('--versus='))?.slice('--versus='.length);
// `-- --compare=PATH[,PATH…]` alternates every cold run with one of each other bundle (previous
// builds kept under node_modules, so that they find the SDK and load as CommonJS), under the same
// load.
const COMPARE = process.argv
  .find((arg) => arg.startsWith('--compare='))
  ?.slice('--compare='.length);
const execFileAsync = promisify(execFile);

const ONE_TEAM = `
defaultLanguage: en
defaultRegion: EU
routing:
  maxLanguageWait: PT0H
teams:
  - id: emea
    region: EU
    timeZone: Europe/Berlin
    languages: [de, en]
    email: emea@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri, sat, sun], start: "00:00", end: "00:00" }]
agents:
  - { id: jonas, email: jonas@example.com, team: emea, maxOpenTickets: 1000 }
  - { id: lea, email: lea@example.com, team: emea, maxOpenTickets: 1000 }
`;
const CONFIGS = {
  'one team': ONE_TEAM,
  'examples/sunroute.yaml': readFileSync(join(ROOT, 'examples/sunroute.yaml'), 'utf8'),
};

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const summary = (values: number[]) =>
  `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;

// The router's asset holds `index.js` (CommonJS, as lib/constructs/router-function.ts builds it)
// or `index.mjs` (an ES-module build), each with its source map.
const BUNDLE_NAMES = ['index.js', 'index.mjs'];

interface FunctionProperties {
  readonly Code?: { readonly S3Key?: string };
  readonly Environment?: { readonly Variables?: Readonly<Record<string, string>> };
}

/**
 * The router's bundle file in the synthesized asset, found through the template: every function
 * is an `asset.<hash>` folder with an `index.js`, and the router's S3 key names its hash.
 */
function synthesizeBundle(): { bundle: string; nodeOptions: string } {
  rmSync(join(OUT, 'cdk.out'), { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const app = new App({
    outdir: join(OUT, 'cdk.out'),
    context: { senderEmail: 'bench@example.com' },
  });
  new SunrouteStack(app, 'Bench');
  const { template } = app.synth().getStackByName('Bench') as {
    template: {
      Resources: Record<string, { Type: string; Properties?: FunctionProperties }>;
    };
  };
  const routers = Object.entries(template.Resources).filter(
    ([logicalId, resource]) =>
      resource.Type === 'AWS::Lambda::Function' && logicalId.startsWith('RouterFunction'),
  );
  const properties = routers.length === 1 ? routers[0]![1].Properties : undefined;
  const key = properties?.Code?.S3Key;
  const hash = key?.replace(/\.zip$/, '');
  if (!hash) throw new Error(`no single router function with an asset in the Bench template`);
  const dir = join(OUT, 'cdk.out', `asset.${hash}`);
  const bundle = BUNDLE_NAMES.find((file) => readdirSync(dir).includes(file));
  if (!bundle) throw new Error(`no ${BUNDLE_NAMES.join(' or ')} in ${dir}`);
  return {
    bundle: join(dir, bundle),
    nodeOptions: properties?.Environment?.Variables?.NODE_OPTIONS ?? '',
  };
}

function zippedSize(dir: string, files: string[], name: string): number {
  const zip = join(OUT, name);
  // zip adds to an existing archive: a previous run's files (another format's) would stay in it.
  rmSync(zip, { force: true });
  execFileSync('zip', ['-q', '-X', '-9', zip, ...files], { cwd: dir });
  return statSync(zip).size;
}

function ticket(id: string) {
  return JSON.stringify({
    id,
    channel: 'email',
    receivedAt: new Date().toISOString(),
    subject: 'Bestellung nicht angekommen',
    body: 'Hallo, meine Bestellung ist noch nicht angekommen. Können Sie bitte nachsehen, wo sie ist?',
    customer: { name: 'Jonas Weber', email: 'jonas@example.de', country: 'DE', locale: 'de-DE' },
  });
}

function record(body: string): SQSRecord {
  return {
    messageId: randomUUID(),
    receiptHandle: 'bench',
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '0',
      SenderId: 'bench',
      ApproximateFirstReceiveTimestamp: '0',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:bench',
    awsRegion: 'us-east-1',
  };
}

/** Tables and queues of their own with the configuration saved; the function's environment. */
async function routerEnv(clients: LocalClients, endpoints: StandInEndpoints, config: string) {
  const resources = await createResources(clients, { prefix: `bench-${randomUUID().slice(0, 8)}` });
  const documents = DynamoDBDocumentClient.from(clients.dynamodb);
  const configTable = resources[CONFIG_TABLE.tableNameEnv]!;
  await new DynamoDbConfigStore(documents, configTable).saveVersion(config, {
    holidays: dateHolidaysCalendar,
  });
  return {
    ...process.env,
    ...standInEnv(endpoints, resources),
    // The explicit fauxqs endpoint: a fresh process has no *.localhost resolver.
    AWS_ENDPOINT_URL_SQS: endpoints.sqs,
    [EMAIL_SENDING.senderEmailEnv]: 'bench@example.com',
    // As lib/constructs/router-function.ts sets them (NODE_OPTIONS is taken from the template).
    POWERTOOLS_SERVICE_NAME: 'sunroute-router',
    POWERTOOLS_METRICS_NAMESPACE: 'Sunroute',
    POWERTOOLS_LOG_LEVEL: 'WARN',
    POWERTOOLS_METRICS_DISABLED: 'true',
  };
}

interface ColdRun {
  importMs: number;
  firstTicketMs: number;
  totalMs: number;
  importCpuMs: number;
  firstTicketCpuMs: number;
  totalCpuMs: number;
  processMs: number;
}

async function coldRun(bundle: string, env: NodeJS.ProcessEnv, run: number): Promise<ColdRun> {
  const spawned = performance.now();
  let output: string;
  try {
    // Asynchronously: the SES and SQS stand-ins run in this process and must keep answering.
    ({ stdout: output } = await execFileAsync(
      process.execPath,
      [
        ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${join(OUT, 'profiles')}`] : []),
        join(ROOT, 'scripts/bench/router-cold-start.mjs'),
        bundle,
        ticket(`cold-${run}-${randomUUID()}`),
      ],
      { env, encoding: 'utf8' },
    ));
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`cold run ${run} failed:\n${stdout.slice(-3000)}\n${stderr.slice(-1500)}`, {
      cause: error,
    });
  }
  const processMs = performance.now() - spawned;
  const result = JSON.parse(output.trim().split('\n').at(-1)!) as ColdRun & { failures: number };
  if (result.failures > 0) throw new Error(`cold run ${run} failed its ticket: ${output}`);
  return {
    ...result,
    totalMs: result.importMs + result.firstTicketMs,
    totalCpuMs: result.importCpuMs + result.firstTicketCpuMs,
    processMs,
  };
}

interface BundleReport {
  bundle: string;
  nodeOptions: string;
  /** What the headline says about the bundle's size. */
  sizes: string;
}

function reportAsset(): BundleReport {
  const synthStarted = performance.now();
  const asset = synthesizeBundle();
  const { bundle } = asset;
  const synthMs = performance.now() - synthStarted;
  const assetDir = dirname(bundle);
  const name = basename(bundle);
  const pad = (label: string) => label.padEnd(24);
  console.log(`router bundle: cdk synth's asset (synthesized in ${(synthMs / 1000).toFixed(1)} s)`);
  console.log(`  ${pad(name)} ${kib(statSync(bundle).size)} raw`);
  console.log(`  ${pad(`${name}.map`)} ${kib(statSync(`${bundle}.map`).size)} raw`);
  const packageBytes = zippedSize(assetDir, [name, `${name}.map`], 'asset.zip');
  console.log(
    `  asset zipped (code + map, as deployed) ${kib(packageBytes)} (${packageBytes} bytes)`,
  );
  const codeBytes = zippedSize(assetDir, [name], 'code.zip');
  console.log(`  code alone zipped        ${kib(codeBytes)} (${codeBytes} bytes)`);
  console.log(`  NODE_OPTIONS             ${asset.nodeOptions}`);
  const sizes =
    `${name} ${kib(statSync(bundle).size)} raw (map ${kib(statSync(`${bundle}.map`).size)}); ` +
    `asset zipped ${kib(packageBytes)} (code + map, ${packageBytes} bytes), ` +
    `code zipped ${kib(codeBytes)} (${codeBytes} bytes)`;
  return { ...asset, sizes };
}

const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
const { bundle, nodeOptions, sizes } = OTHER_BUNDLE
  ? {
      bundle: join(process.cwd(), OTHER_BUNDLE),
      nodeOptions: '',
      sizes: `${basename(OTHER_BUNDLE)} ${kib(statSync(OTHER_BUNDLE).size)} raw (an experiment)`,
    }
  : reportAsset();
if (OTHER_BUNDLE) {
  console.log(`router bundle: ${OTHER_BUNDLE} (an experiment, not the asset; ${nodeOptions})`);
}
const variants = [
  { label: '', bundle, nodeOptions },
  ...(VERSUS === undefined
    ? []
    : [{ label: ` with NODE_OPTIONS=${VERSUS}`, bundle, nodeOptions: VERSUS }]),
  ...(COMPARE === undefined
    ? []
    : COMPARE.split(',').map((other) => ({
        label: `, compared: ${other}`,
        bundle: resolve(other),
        nodeOptions,
      }))),
];

const standIns = await startStandIns({ ports: { dynamodb: 0, sqs: 0, sesv2: 0 } });
const clients = createLocalClients(standIns.endpoints);
const loadAtStart = loadAverage();
// Per variant, per configuration: the medians the headline repeats at the end.
const headline = variants.map(() => [] as string[]);
try {
  for (const [name, config] of Object.entries(CONFIGS)) {
    const env = await routerEnv(clients, standIns.endpoints, config);
    const runs: ColdRun[][] = variants.map(() => []);
    for (let run = 0; run < COLD_RUNS; run++) {
      // Each round starts with another variant, so that none always runs first after a pause.
      for (let turn = 0; turn < variants.length; turn++) {
        const index = (run + turn) % variants.length;
        const variant = variants[index]!;
        const variantEnv = { ...env, NODE_OPTIONS: variant.nodeOptions };
        runs[index]!.push(await coldRun(variant.bundle, variantEnv, run));
      }
    }
    for (const [index, variant] of variants.entries()) {
      const of = (key: keyof ColdRun) => summary(runs[index]!.map((run) => run[key]));
      console.log(
        `cold start, ${name}${variant.label}: ${COLD_RUNS} fresh node ${process.version} processes`,
      );
      console.log(`  import                   ${of('importMs')}`);
      console.log(`  first routed ticket      ${of('firstTicketMs')}`);
      console.log(`  import + first ticket    ${of('totalMs')}`);
      console.log(`  whole process            ${of('processMs')} (node's own start and exit too)`);
      console.log(`  CPU, import              ${of('importCpuMs')}`);
      console.log(`  CPU, first ticket        ${of('firstTicketCpuMs')}`);
      console.log(`  CPU, import + ticket     ${of('totalCpuMs')} (all threads)`);
      const medianOf = (key: keyof ColdRun) =>
        median(runs[index]!.map((run) => run[key])).toFixed(0);
      // Against the first variant, run by run: the machine's speed drifts by ±10 % within
      // minutes, and a round's runs share it, so the median of the differences is steadier
      // than the difference of the medians.
      const paired = (key: keyof ColdRun) =>
        median(runs[index]!.map((run, n) => run[key] - runs[0]![n]![key]));
      const signed = (ms: number) => `${ms >= 0 ? '+' : '−'}${Math.abs(ms).toFixed(0)}`;
      const difference = `${signed(paired('totalMs'))} ms (CPU ${signed(paired('totalCpuMs'))} ms)`;
      if (index > 0) console.log(`  against the first, run by run ${difference}`);
      headline[index]!.push(
        `${name} ${medianOf('totalMs')} ms (CPU ${medianOf('totalCpuMs')} ms)` +
          (index > 0 ? `, paired ${difference}` : ''),
      );
    }
  }
  const loadAtEnd = loadAverage();

  // Commands per ticket and warm latency, on the same handler code (from source).
  const env = await routerEnv(clients, standIns.endpoints, CONFIGS['examples/sunroute.yaml']);
  const counts = new Map<string, number>();
  clients.dynamodb.middlewareStack.add(
    (next, context) => (args) => {
      const name = context.commandName ?? '?';
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'countCommands' },
  );
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  const handler = createRouterHandler(
    awsDependencies(readRouterEnvironment(env), {
      dynamodb: clients.dynamodb,
      sqs: clients.sqs,
      sesv2: clients.sesv2,
      logger: new Logger({ logLevel: 'WARN' }),
      metrics: new Metrics({ namespace: 'Bench', serviceName: 'router' }),
    }),
  );
  const invoke = (body: string) =>
    handler({ Records: [record(body)] }, {} as never) as Promise<SQSBatchResponse>;
  await invoke(ticket(`warm-${randomUUID()}`));
  counts.clear();
  const warm: number[] = [];
  for (let n = 0; n < WARM_TICKETS; n++) {
    const started = performance.now();
    const response = await invoke(ticket(`warm-${n}-${randomUUID()}`));
    warm.push(performance.now() - started);
    if (response.batchItemFailures.length > 0) throw new Error(`warm ticket ${n} failed`);
  }
  const perTicket = Object.fromEntries(
    [...counts].sort().map(([name, count]) => [name, +(count / WARM_TICKETS).toFixed(2)]),
  );
  console.log(`warm, examples/sunroute.yaml: ${WARM_TICKETS} tickets one after another`);
  console.log(`  per ticket               ${summary(warm)}`);
  console.log(`  DynamoDB per ticket      ${JSON.stringify(perTicket)}`);
  console.log(
    `headline, node ${process.version}, load average (1 / 5 / 15 min) ${loadAtStart} before ` +
      `the cold runs, ${loadAtEnd} after:`,
  );
  console.log(`  ${sizes}`);
  for (const [index, variant] of variants.entries()) {
    console.log(
      `  cold import + first ticket${variant.label}, median of ${COLD_RUNS}: ` +
        headline[index]!.join(', '),
    );
  }
} finally {
  clients.destroy();
  await standIns.stop();
}
