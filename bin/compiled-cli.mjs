// Where the compiled CLI lives and whether it still matches the TypeScript sources. Shared by
// bin/sunroute.mjs (which runs it), scripts/build-cli.mjs (which writes it) and the tests (which
// build it first, so that what they spawn is what users run).
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_DIR = fileURLToPath(new URL('..', import.meta.url));
/** The compiled CLI: esbuild's output, gitignored, written by `npm install` (prepare). */
export const CLI_DIR = fileURLToPath(new URL('../dist/cli/', import.meta.url));
export const CLI_ENTRY = `${CLI_DIR}main.js`;

/**
 * `{ fresh: true }` when dist/cli was built from the sources as they are now; else why not, in
 * words for the user. Comparing modification times costs well under a millisecond for the
 * hundred-odd files, so every run can afford it.
 */
export function compiledCliStatus(dir = CLI_DIR) {
  let info;
  try {
    // Each source file the build read, with its modification time then.
    info = JSON.parse(readFileSync(`${dir}build-info.json`, 'utf8'));
  } catch {
    return { fresh: false, reason: 'the compiled CLI (dist/cli) is missing' };
  }
  for (const [file, mtimeMs] of Object.entries(info.inputs)) {
    let now;
    try {
      now = statSync(`${REPO_DIR}${file}`).mtimeMs;
    } catch {
      now = undefined;
    }
    if (now !== mtimeMs)
      return { fresh: false, reason: `${file} changed since the CLI was compiled` };
  }
  return { fresh: true };
}
