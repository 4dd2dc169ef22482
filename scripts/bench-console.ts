// The web console's weight and the heat map's speed, for docs/benchmarks.md ("Web console"):
// - builds the console as `npm run build:console` does (timed) and reports each file gzipped and
//   brotli-compressed: the first load is index.html's entry script with the chunks it preloads,
//   and its CSS; chunks loaded later (the Cognito client, sample tickets) are listed apart;
// - renders the heat map for a week of 8 teams speaking 26 languages (29 rows × 168 hours) in
//   headless Chromium: each fresh mount to a finished layout and to the next frame, and moving
//   the active cell as hovering does. The week is computed by the core (hourlyCoverage, the rule
//   and gaps of `sunroute coverage`), so the data is what GET /coverage/week answers.
// `npm run bench:console` (`-- --runs=N` for more renders).
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { DateTime, IANAZone } from 'luxon';
import { build } from 'vite';
import { validateConfig } from '../functions/core/config/validate-config';
import { hourlyCoverage } from '../functions/core/coverage/hourly-coverage';
import { hourlyCoverageJson } from '../functions/core/coverage/hourly-coverage-json';
import { dateHolidaysCalendar } from '../functions/core/holidays/date-holidays-calendar';
import { compileConfig } from '../functions/core/routing/compiled-config';
import { CONSOLE_BUILD_DIR, CONSOLE_SOURCE_DIR } from '../functions/definitions/console';
import { launchHeadlessChromium } from './headless-chromium';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONSOLE = join(ROOT, CONSOLE_SOURCE_DIR);
const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 20);
const WEEK = '2026-12-21';
const ZONE = 'Europe/Berlin';

const LANGUAGES = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sv', 'da', 'fi', 'nb',
  'ja', 'ko', 'zh', 'hi', 'th', 'vi', 'id', 'ms', 'ar', 'he', 'tr', 'ru', 'uk',
]; // prettier-ignore
const TEAMS = [
  ['na-west', 'NA', 'America/Los_Angeles', 'US', 'CA'],
  ['na-east', 'NA', 'America/New_York', 'US', 'NY'],
  ['latam', 'NA', 'America/Sao_Paulo', 'BR', 'SP'],
  ['dublin', 'EU', 'Europe/Dublin', 'IE', undefined],
  ['berlin', 'EU', 'Europe/Berlin', 'DE', 'BE'],
  ['india', 'APAC', 'Asia/Kolkata', 'IN', 'KA'],
  ['tokyo', 'APAC', 'Asia/Tokyo', 'JP', undefined],
  ['sydney', 'APAC', 'Australia/Sydney', 'AU', 'NSW'],
] as const;

/** 8 teams, each English and four more of the 26 languages, four agents each. */
function benchConfig() {
  const others = LANGUAGES.slice(1);
  const teams = TEAMS.map(([id, region, timeZone, country, subdivision], t) => ({
    id,
    region,
    timeZone,
    languages: ['en', ...[0, 1, 2, 3].map((k) => others[(t * 4 + k) % others.length]!)],
    shifts: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' },
      ...(t % 3 === 0 ? [{ days: ['sat'], start: '09:00', end: '13:00' }] : []),
    ],
    holidays: [{ country, ...(subdivision ? { subdivision } : {}) }],
  }));
  const agents = teams.flatMap((team, t) =>
    [0, 1, 2, 3].map((a) => ({
      id: `${team.id}-${a}`,
      team: team.id,
      languages: ['en', team.languages[1 + a]!],
      ...(a === 3
        ? { shifts: [{ days: ['mon', 'wed', 'fri'], start: '12:00', end: '20:00' }] }
        : {}),
      ...(a === 0 && t % 2 === 0
        ? { away: [{ start: '2026-12-22T00:00', end: '2026-12-24T00:00', reason: 'leave' }] }
        : {}),
    })),
  );
  return { teams, agents };
}

function benchWeek() {
  const valid = validateConfig(benchConfig(), dateHolidaysCalendar);
  if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
  const zone = IANAZone.create(ZONE);
  const from = DateTime.fromISO(WEEK, { zone });
  const started = performance.now();
  const coverage = hourlyCoverage(
    compileConfig(valid.config, dateHolidaysCalendar),
    zone,
    from.toMillis(),
    from.plus({ days: 7 }).toMillis(),
  );
  const json = hourlyCoverageJson(coverage);
  return { json, computeMs: performance.now() - started };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function sizes(dir: string, file: string) {
  const bytes = readFileSync(join(dir, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  };
}

/** The scripts index.html loads at once: its module script and the chunks it preloads. */
function firstLoadScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = join(prefix, name);
    return statSync(join(dir, path)).isDirectory() ? listFiles(dir, path) : [path];
  });
}

function stats(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, min ${sorted[0]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

function serve(dir: string) {
  const server = createServer((request, response) => {
    const path = normalize(join(dir, decodeURIComponent((request.url ?? '/').split('?')[0]!)));
    try {
      const body = readFileSync(path);
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise<{ url: string; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => server.close(),
      }),
    ),
  );
}

async function main() {
  console.log(
    `Node ${process.version}, ${cpus().length} cores, load ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}, ${new Date().toISOString()}`,
  );

  const buildStart = performance.now();
  await build({ configFile: join(CONSOLE, 'vite.config.ts'), logLevel: 'error' });
  const buildMs = performance.now() - buildStart;
  const dist = join(ROOT, CONSOLE_BUILD_DIR);
  const first = firstLoadScripts(dist);
  const files = listFiles(dist).map((file) => sizes(dist, file));
  console.log(`\nbuild (npm run build:console): ${(buildMs / 1000).toFixed(1)} s`);
  console.log('file                                              raw        gzip     brotli');
  for (const file of files.sort((a, b) => b.raw - a.raw)) {
    const mark = first.includes(file.file) ? ' (first load)' : '';
    console.log(
      `${(file.file + mark).padEnd(48)} ${kb(file.raw).padStart(9)} ${kb(file.gzip).padStart(10)} ${kb(file.brotli).padStart(10)}`,
    );
  }
  const firstLoad = files.filter((file) => first.includes(file.file));
  const sum = (key: 'gzip' | 'brotli' | 'raw') => firstLoad.reduce((total, f) => total + f[key], 0);
  console.log(
    `first-load script: ${kb(sum('raw'))} raw, ${kb(sum('gzip'))} gzip, ${kb(sum('brotli'))} brotli (budget 200 KB gzip)`,
  );

  const { json, computeMs } = benchWeek();
  console.log(
    `\nweek: ${json.teams.length} teams, ${json.agents.length} agents, ${json.rows.length} rows (3 regions + ${json.rows.length - 3} languages) × ${json.slots.length} hours; ` +
      `computed by the core in ${computeMs.toFixed(0)} ms; ${kb(JSON.stringify(json).length)} of JSON, ${kb(gzipSync(JSON.stringify(json)).length)} gzip`,
  );

  const out = mkdtempSync(join(tmpdir(), 'sunroute-bench-console-'));
  const server = await serve(out);
  const browser = await launchHeadlessChromium({ timezoneId: ZONE });
  try {
    await build({
      configFile: false,
      root: CONSOLE,
      base: './',
      logLevel: 'error',
      oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      build: {
        outDir: out,
        emptyOutDir: true,
        rollupOptions: { input: join(CONSOLE, 'bench/heat-map.html') },
      },
    });
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/bench/heat-map.html`);
    await page.waitForFunction('typeof window.runBench === "function"');
    const version = await page.evaluate('navigator.userAgent');
    const timings = (await page.evaluate(
      ([week, runs]) =>
        (globalThis as unknown as { runBench: (w: unknown, r: number) => unknown }).runBench(
          week,
          runs,
        ),
      [json, RUNS] as const,
    )) as {
      mounts: number[];
      builds: number[];
      toFrame: number[];
      hovers: number[];
      cells: number;
    };
    console.log(
      `\nheat map in ${String(version).match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, ${timings.cells} cells, ${RUNS} fresh mounts:`,
    );
    console.log(`  first mount to layout   ${timings.mounts[0]!.toFixed(1)} ms`);
    console.log(`  mount to layout         ${stats(timings.mounts.slice(1))}  (target < 100 ms)`);
    console.log(`  of which building the DOM ${stats(timings.builds.slice(1))}`);
    console.log(`  mount to next frame     ${stats(timings.toFrame.slice(1))}`);
    console.log(`  hover to details laid out ${stats(timings.hovers)}`);
    // No two neighbouring hours alike, so no cells merge: every one of the cells is an element.
    const worst = {
      ...json,
      rows: json.rows.map((row) => {
        const counts = json.slots.map((_, s) => 1 + ((s + row.key.length) % 3));
        const minutes = json.slots.map((slot) => slot.minutes);
        return { ...row, teamCounts: counts, agentCounts: counts, minutes };
      }),
    };
    const worstTimings = (await page.evaluate(
      ([week, runs]) =>
        (globalThis as unknown as { runBench: (w: unknown, r: number) => unknown }).runBench(
          week,
          runs,
        ),
      [worst, RUNS] as const,
    )) as typeof timings;
    console.log(`worst case, no two neighbouring hours alike (${timings.cells} elements):`);
    console.log(`  mount to layout         ${stats(worstTimings.mounts.slice(1))}`);
    console.log(`  mount to next frame     ${stats(worstTimings.toFrame.slice(1))}`);
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

await main();
