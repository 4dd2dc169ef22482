// Tests that spawn `bin/sunroute.mjs` must run what users run: the compiled CLI, built from the
// sources as they are. Compiles it when it is missing or older than a source (a second or two).
import { execFileSync } from 'node:child_process';
import { compiledCliStatus, REPO_DIR } from '../bin/compiled-cli.mjs';

export default function setup() {
  if (compiledCliStatus().fresh) return;
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO_DIR, stdio: 'pipe' });
}
