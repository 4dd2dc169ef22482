// `npm run bench:coverage-week`: what the console's heat map waits for. Starts the local stack of
// `npm start` on free ports with the example company, then times GET /coverage/week over HTTP (the
// local gateway, the admin handler, DynamoDB Local): the process's first request, weeks asked for
// the first time (each computes the week from the version's calendars), and the same week asked
// again (answered from the cache of the version's weeks), then the first request after a new
// version is saved. `-- --runs=N` for more repeats.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { LOCAL_ADMIN_TOKENS } from '../functions/local-stack/admin-authorizer';
import { startLocalStack } from '../functions/local-stack/local-stack';

const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 30);
const WEEKS = 8;
const ZONE = 'Europe/Berlin';
const FIRST_WEEK = DateTime.fromISO('2026-12-21', { zone: ZONE });

const quiet = { info() {}, warn: console.warn, error: console.error };
const example = readFileSync('examples/sunroute.yaml', 'utf8');
const stack = await startLocalStack({
  ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
  httpPort: 0,
  prefix: 'bench-week',
  configDocument: example,
  waitTimeSeconds: 1,
  log: quiet,
});
const token = stack.env[LOCAL_ADMIN_TOKENS.leadEnv]!;

async function timed(path: string, init: RequestInit = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${stack.http!.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...init.headers },
  });
  await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return performance.now() - started;
}

const week = (n: number) =>
  `/coverage/week?from=${FIRST_WEEK.plus({ weeks: n }).toISODate()}&zone=${encodeURIComponent(ZONE)}`;

function stats(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, min ${sorted[0]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
}

try {
  console.log(
    `Node ${process.version}, ${cpus().length} cores, load ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}, ${new Date().toISOString()}`,
  );
  console.log(
    `GET /coverage/week, the example company, weeks from ${FIRST_WEEK.toISODate()} in ${ZONE}`,
  );
  console.log(`  first request of the process  ${(await timed(week(0))).toFixed(1)} ms`);
  const firsts: number[] = [];
  for (let n = 1; n <= WEEKS; n++) firsts.push(await timed(week(n)));
  console.log(`  a week asked for the first time (${WEEKS} weeks)  ${stats(firsts)}`);
  const again: number[] = [];
  for (let run = 0; run < RUNS; run++) again.push(await timed(week(run % WEEKS)));
  console.log(`  a week asked again (${RUNS} requests)  ${stats(again)}`);

  const current = await fetch(`${stack.http!.url}/config`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const saved = await timed('/config', {
    method: 'PUT',
    body: (await current.text()).replace('name: APAC Sydney', 'name: APAC Sydney (bench)'),
    headers: { 'content-type': 'application/yaml', 'if-match': current.headers.get('etag')! },
  });
  console.log(`  saving a new version  ${saved.toFixed(1)} ms`);
  console.log(`  the first request after it  ${(await timed(week(0))).toFixed(1)} ms`);
} finally {
  await stack.stop();
}
