// Hostile inputs (tests/fixtures/hostile) through ingest, routing, the agent's email and the
// router's items, each in a fresh process: CPU time and the growth of peak memory, against the
// bounds of 200 ms and 100 MB per input. Run with `npm run bench:hostile`; the numbers go into
// docs/benchmarks.md ("Hostile input").
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostileInputs } from '../tests/fixtures/hostile/hostile-inputs';

const BOUND_MS = 200;
const BOUND_MB = 100;

interface RunResult {
  readonly first: { readonly cpuMs: number; readonly wallMs: number };
  readonly median: { readonly cpuMs: number; readonly wallMs: number };
  readonly peakGrowthMb: number;
  readonly mimeCpuMs: number;
}

const dir = mkdtempSync(join(tmpdir(), 'sunroute-hostile-'));
const rows: string[] = [];
let over = 0;
try {
  console.log(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}\n`,
  );
  console.log(
    '| input | size | first run CPU / wall | median of 4 more, CPU | of which MIME parsing | peak memory growth | within bounds |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const input of hostileInputs()) {
    const file = join(dir, input.name);
    const content = input.kind === 'email' ? input.raw : Buffer.from(input.body);
    writeFileSync(file, content);
    const output = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'scripts/bench/hostile-run.ts', input.kind, file],
      { encoding: 'utf8', maxBuffer: 1024 * 1024 },
    );
    const result = JSON.parse(output.trim().split('\n').at(-1)!) as RunResult;
    const within = result.first.cpuMs < BOUND_MS && result.peakGrowthMb < BOUND_MB;
    if (!within) over += 1;
    const mime = input.kind === 'email' ? `${result.mimeCpuMs.toFixed(0)} ms` : '–';
    const row = `| ${input.name} | ${(content.length / 1024).toFixed(0)} KiB | ${result.first.cpuMs.toFixed(0)} / ${result.first.wallMs.toFixed(0)} ms | ${result.median.cpuMs.toFixed(0)} ms | ${mime} | ${result.peakGrowthMb.toFixed(0)} MB | ${within ? 'yes' : '**no**'} |`;
    rows.push(row);
    console.log(row);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `\n${rows.length - over} of ${rows.length} inputs within ${BOUND_MS} ms of CPU and ${BOUND_MB} MB.`,
);
if (over > 0) process.exitCode = 1;
