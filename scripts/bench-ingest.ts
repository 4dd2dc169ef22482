// The HTTP ingest Lambda's size and cold start, for docs/benchmarks.md ("Ingest Lambda"):
// - the bundle as lib/constructs/sunroute-function.ts builds it (esbuild, CommonJS, minified,
//   source map without sources, the SDK left to the runtime), raw and zipped;
// - cold start: a fresh `node` process loads the bundle with `require`, as Lambda's Node runtime
//   does, and answers one signed chat post against the stand-ins, with the example
//   configuration saved (median of several runs).
// `npm run bench:ingest`; `-- --compare=DIR` builds the same entry from another checkout (DIR,
// e.g. an unpacked earlier commit) too and alternates the two, so both see the same load.
import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dateHolidaysCalendar } from '../functions/core/holidays/date-holidays-calendar';
import { DynamoDbConfigStore } from '../functions/adapters/dynamodb/dynamodb-config-store';
import { INGEST } from '../functions/definitions/ingest';
import { CONFIG_TABLE } from '../functions/definitions/tables';
import { createLocalClients } from '../functions/local-stack/aws-clients';
import { createResources } from '../functions/local-stack/create-resources';
import { standInEnv } from '../functions/local-stack/stand-in-env';
import { startStandIns } from '../functions/local-stack/stand-ins';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Under node_modules so that the bundle finds the SDK there, as it finds it in the Lambda runtime,
// and outside any `"type": "module"` package scope, so `index.js` is CommonJS.
const OUT = join(ROOT, 'node_modules/.cache/sunroute-bench-ingest');
const COLD_RUNS = 9;
const COMPARE = process.argv.find((arg) => arg.startsWith('--compare='))?.slice(10);
const SECRET = 'whsec_bench';
const execFileAsync = promisify(execFile);

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const summary = (values: number[]) =>
  `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;

/** Builds `functions/ingest/handler.ts` of the checkout at `root` as the CDK construct does. */
function build(root: string, name: string): string {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    [
      join(root, 'functions/ingest/handler.ts'),
      '--bundle',
      '--platform=node',
      '--target=node22',
      '--format=cjs',
      '--minify',
      '--sourcemap',
      '--sources-content=false',
      '--external:@aws-sdk/*',
      '--external:@smithy/*',
      `--outfile=${join(dir, 'index.js')}`,
      '--log-level=warning',
    ],
    { stdio: 'inherit' },
  );
  const zipped = (files: string[], zip: string) => {
    rmSync(join(dir, zip), { force: true });
    execFileSync('zip', ['-q', '-X', '-9', zip, ...files], { cwd: dir });
    return statSync(join(dir, zip)).size;
  };
  const code = zipped(['index.js'], 'code.zip');
  const asset = zipped(['index.js', 'index.js.map'], 'asset.zip');
  console.log(`ingest bundle, ${name} (${root})`);
  console.log(`  index.js                 ${kib(statSync(join(dir, 'index.js')).size)} raw`);
  console.log(`  index.js.map             ${kib(statSync(join(dir, 'index.js.map')).size)} raw`);
  console.log(`  code zipped              ${kib(code)} (${code} bytes)`);
  console.log(`  asset zipped (code+map)  ${kib(asset)} (${asset} bytes)`);
  return join(dir, 'index.js');
}

interface ColdRun {
  importMs: number;
  firstPostMs: number;
  totalMs: number;
  importCpuMs: number;
  firstPostCpuMs: number;
  totalCpuMs: number;
}

async function coldRun(bundle: string, env: NodeJS.ProcessEnv, body: string): Promise<ColdRun> {
  const { stdout, stderr } = await execFileAsync(
    process.execPath,
    [join(ROOT, 'scripts/bench/ingest-cold-start.mjs'), bundle, SECRET, body],
    { env, encoding: 'utf8' },
  );
  const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    importMs: number;
    firstPostMs: number;
    importCpuMs: number;
    firstPostCpuMs: number;
    status: number;
    body: string;
  };
  if (result.status !== 202)
    throw new Error(`cold run answered ${result.status}:\n${stdout}\n${stderr.slice(-3000)}`);
  return {
    importMs: result.importMs,
    firstPostMs: result.firstPostMs,
    totalMs: result.importMs + result.firstPostMs,
    importCpuMs: result.importCpuMs,
    firstPostCpuMs: result.firstPostCpuMs,
    totalCpuMs: result.importCpuMs + result.firstPostCpuMs,
  };
}

const bundles: Record<string, string> = { current: build(ROOT, 'current') };
if (COMPARE) bundles.compared = build(COMPARE, 'compared');

const standIns = await startStandIns({ ports: { dynamodb: 0, sqs: 0, sesv2: 0 } });
const clients = createLocalClients(standIns.endpoints);
try {
  const resources = await createResources(clients, { prefix: `bench-${randomUUID().slice(0, 8)}` });
  await new DynamoDbConfigStore(
    DynamoDBDocumentClient.from(clients.dynamodb),
    resources[CONFIG_TABLE.tableNameEnv]!,
  ).saveVersion(readFileSync(join(ROOT, 'examples/sunroute.yaml'), 'utf8'), {
    holidays: dateHolidaysCalendar,
  });
  const env = {
    ...process.env,
    ...standInEnv(standIns.endpoints, resources),
    [INGEST.secretsEnv]: JSON.stringify({ bench: [SECRET] }),
    POWERTOOLS_SERVICE_NAME: INGEST.service,
    POWERTOOLS_METRICS_NAMESPACE: 'Sunroute',
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    POWERTOOLS_METRICS_DISABLED: 'true',
  };
  const runs: Record<string, ColdRun[]> = Object.fromEntries(
    Object.keys(bundles).map((name) => [name, []]),
  );
  for (let run = 0; run < COLD_RUNS; run++) {
    const body = JSON.stringify({
      id: `cold-${run}-${randomUUID()}`,
      body: 'Hallo, meine Bestellung ist noch nicht angekommen. Können Sie bitte nachsehen?',
      customer: { email: 'jonas@example.de', country: 'DE' },
    });
    for (const [name, bundle] of Object.entries(bundles))
      runs[name]!.push(await coldRun(bundle, env, body));
  }
  for (const [name, list] of Object.entries(runs)) {
    const of = (key: keyof ColdRun) => summary(list.map((run) => run[key]));
    console.log(`cold start, ${name}: ${COLD_RUNS} fresh node ${process.version} processes`);
    console.log(`  import                   ${of('importMs')}`);
    console.log(`  first chat post          ${of('firstPostMs')}`);
    console.log(`  import + first post      ${of('totalMs')}`);
    console.log(`  CPU, import              ${of('importCpuMs')}`);
    console.log(`  CPU, first chat post     ${of('firstPostCpuMs')}`);
    console.log(`  CPU, import + post       ${of('totalCpuMs')} (all threads)`);
  }
} finally {
  clients.destroy();
  await standIns.stop();
}
