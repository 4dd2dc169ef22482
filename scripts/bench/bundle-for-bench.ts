// Benchmarks measure the code as the Lambda ships it: esbuild-bundled and minified into one file.
// tsx transforms each source file on its own and adds import indirections in hot loops that the
// bundle does not have, so timing the sources would understate what production does. The bundle
// is an ES module (the router ships CommonJS): the format changes how fast it loads, not how fast
// its code runs, and these benchmarks time the running.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESM_REQUIRE_BANNER } from '../../functions/definitions/bundling';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

export interface BenchBundle {
  /** The bundle file, `index.mjs` in its own directory. */
  readonly file: string;
  readonly dir: string;
  /** Imports the bundle into this process. */
  load<T>(): Promise<T>;
  /** Deletes the bundle's temporary directory. */
  remove(): void;
}

/**
 * Bundles `exports` (export name → repository-relative module path, without extension) into a
 * temporary directory, minified like the router's bundle (`lib/constructs/router-function.ts`).
 */
export function bundleForBench(
  name: string,
  exports: Readonly<Record<string, string>>,
): BenchBundle {
  const work = mkdtempSync(join(tmpdir(), `${name}-`));
  const entry = join(work, 'entry.ts');
  writeFileSync(
    entry,
    Object.entries(exports)
      .map(([symbol, path]) => `export { ${symbol} } from ${JSON.stringify(join(REPO, path))};\n`)
      .join(''),
  );
  const dir = join(work, 'out');
  const file = join(dir, 'index.mjs');
  execFileSync(
    'npx',
    [
      'esbuild',
      entry,
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--minify',
      `--banner:js=${ESM_REQUIRE_BANNER}`,
      `--outfile=${file}`,
    ],
    { cwd: REPO, stdio: 'pipe' },
  );
  return {
    file,
    dir,
    load: async <T>() => (await import(pathToFileURL(file).href)) as T,
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
