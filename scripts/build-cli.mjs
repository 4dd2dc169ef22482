// Compiles the sunroute CLI (functions/cli) into dist/cli with esbuild: one module per command,
// loaded only when that command runs, so `sunroute --help` does not load the AWS SDK and no run
// pays for compiling TypeScript. npm runs it as `prepare` after `npm install` and `npm ci`;
// `npm run build:cli` runs it by hand.
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { CLI_DIR, REPO_DIR } from '../bin/compiled-cli.mjs';

const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // An install without dev dependencies has no esbuild; bin/sunroute.mjs then runs the sources.
  console.warn('sunroute: esbuild is not installed, so the CLI runs from its TypeScript sources');
  process.exit(0);
}

// Written beside the final folder and moved into place at the end, so a CLI started during the
// build finds either the old build or the new one, never half of one.
const staging = `${CLI_DIR.replace(/\/$/, '')}.${process.pid}`;
rmSync(staging, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: REPO_DIR,
  entryPoints: { main: 'functions/cli/main.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled packages load in one read and parse instead of hundreds of small files (zod,
  // date-holidays); the AWS SDK stays a package, loaded only by commands that reach AWS.
  external: ['@aws-sdk/*', '@smithy/*'],
  banner: { js: ESM_REQUIRE_BANNER },
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.fromEntries(
  Object.keys(result.metafile.inputs)
    .filter((file) => !file.split('/').includes('node_modules'))
    .sort()
    .map((file) => [file, statSync(`${REPO_DIR}${file}`).mtimeMs]),
);
writeFileSync(`${staging}/meta.json`, JSON.stringify(result.metafile));
writeFileSync(`${staging}/build-info.json`, JSON.stringify({ inputs }, null, 1));
mkdirSync(`${CLI_DIR}..`, { recursive: true });
const old = `${staging}.old`;
try {
  renameSync(CLI_DIR, old);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
try {
  renameSync(staging, CLI_DIR);
} catch (error) {
  // Another build (a second test run) moved its output in first; it was built from the same
  // sources, so this one is not needed.
  if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
  rmSync(staging, { recursive: true, force: true });
}
rmSync(old, { recursive: true, force: true });
console.log(`sunroute: CLI compiled into dist/cli (${Object.keys(inputs).length} sources)`);
