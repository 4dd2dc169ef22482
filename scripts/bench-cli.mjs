// How long `sunroute` takes as a user runs it: the compiled CLI (dist/cli, built by npm install)
// side by side with the same commands from the TypeScript sources through tsx, in one run.
// Uses hyperfine when it is installed (Debian: apt-get install hyperfine), else times the runs
// here. Run with `npm run bench:cli`; the numbers go into docs/benchmarks.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledCliStatus, REPO_DIR } from '../bin/compiled-cli.mjs';

const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 20);
const COMMANDS = [
  ['--help', '--help'],
  [
    'route',
    'route --config examples/sunroute.yaml --ticket examples/tickets/de-order-missing.json',
  ],
  ['coverage', 'coverage --config examples/sunroute.yaml --from 2026-12-21 --days 7'],
  ['detect', 'detect < examples/tickets/fr-reply-over-english-quote.json'],
  ['config validate', 'config validate examples/sunroute.yaml'],
];
const PATHS = [
  ['compiled', ''],
  ['tsx', 'SUNROUTE_CLI_FROM_SOURCE=1 '],
];

if (!compiledCliStatus().fresh) {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO_DIR, stdio: 'inherit' });
}

// The runs read the example configuration's kept holidays (node_modules/.cache/sunroute) after
// the warm-up, as a lead's second run does; docs/benchmarks.md gives the first run's cost too.
// BENCH_CLI_TIMER=node times the runs here even where hyperfine is installed.
const hyperfine =
  process.env.BENCH_CLI_TIMER !== 'node' && spawnSync('hyperfine', ['--version']).status === 0;
const ms = (seconds) => (seconds * 1000).toFixed(0);
/** `0m0.123s`, as the shell's `times` prints it, in seconds. */
const seconds = (text) => {
  const match = /^(\d+)m([\d.]+)s$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : 0;
};

/**
 * Mean, standard deviation and minimum wall time, and mean CPU time (user + system), in seconds,
 * of each command line, in order. CPU time moves less than wall time on a busy machine.
 */
function measure(lines) {
  if (hyperfine) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
    try {
      const file = join(dir, 'results.json');
      execFileSync(
        'hyperfine',
        [
          '--warmup',
          '2',
          '--runs',
          String(RUNS),
          '--style',
          'none',
          '--export-json',
          file,
          ...lines,
        ],
        { cwd: REPO_DIR, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      return JSON.parse(readFileSync(file, 'utf8')).results.map((r) => ({
        mean: r.mean,
        stddev: r.stddev ?? 0,
        min: r.min,
        cpu: r.user + r.system,
      }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return lines.map((line) => {
    const times = [];
    const cpu = [];
    for (let i = 0; i < RUNS + 2; i += 1) {
      const start = process.hrtime.bigint();
      // `times` reports the children's CPU seconds, which grow by this run's.
      const run = spawnSync('sh', ['-c', `${line}; times`], { cwd: REPO_DIR, encoding: 'utf8' });
      if (i < 2) continue;
      times.push(Number(process.hrtime.bigint() - start) / 1e9);
      const [user, system] = run.stdout.trim().split('\n').at(-1).split(/\s+/).map(seconds);
      cpu.push(user + system);
    }
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    const stddev = Math.sqrt(times.reduce((a, b) => a + (b - mean) ** 2, 0) / times.length);
    return {
      mean,
      stddev,
      min: Math.min(...times),
      cpu: cpu.reduce((a, b) => a + b, 0) / cpu.length,
    };
  });
}

const load = loadavg()
  .map((x) => x.toFixed(1))
  .join(' ');
console.log(
  `sunroute CLI, ${RUNS} runs each (${hyperfine ? 'hyperfine' : 'timed in Node'}), ` +
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, load ${load}\n`,
);
console.log(
  '| command | compiled: wall mean ± σ (min), CPU | tsx: wall mean ± σ (min), CPU |\n|---|---|---|',
);
// The floor every command stands on: starting Node, and Node with tsx's loader.
{
  const [bare, loader] = measure(['node -e 0', 'node --import tsx -e 0']);
  const cell = (r) => `${ms(r.mean)} ± ${ms(r.stddev)} ms (${ms(r.min)}), CPU ${ms(r.cpu)} ms`;
  console.log(
    `| Node alone (\`node -e 0\`; with tsx's loader) | ${cell(bare)} | ${cell(loader)} |`,
  );
}
for (const [label, args] of COMMANDS) {
  const lines = PATHS.map(([, env]) => `${env}node bin/sunroute.mjs ${args} > /dev/null`);
  const [compiled, tsx] = measure(lines);
  const cell = (r) => `${ms(r.mean)} ± ${ms(r.stddev)} ms (${ms(r.min)}), CPU ${ms(r.cpu)} ms`;
  console.log(`| \`sunroute ${label}\` | ${cell(compiled)} | ${cell(tsx)} |`);
}
console.log(
  `\nload average after: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
