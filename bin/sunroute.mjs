#!/usr/bin/env node
// Runs the compiled CLI (dist/cli, which `npm install` builds) when it matches the sources, else
// the TypeScript sources through tsx, so `npx sunroute` works in a fresh clone, before a build
// and while the sources are being edited. SUNROUTE_CLI_FROM_SOURCE=1 asks for the sources.
import { pathToFileURL } from 'node:url';
import { CLI_ENTRY, compiledCliStatus } from './compiled-cli.mjs';

// The AWS SDK warns on every run that its releases after January 2027 need Node 22; sunroute pins
// its SDK and supports Node 20, and the README says when that changes.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

async function loadMain() {
  if (process.env.SUNROUTE_CLI_FROM_SOURCE !== '1') {
    const status = compiledCliStatus();
    if (status.fresh) return (await import(pathToFileURL(CLI_ENTRY).href)).main;
    process.stderr.write(
      `sunroute: ${status.reason}; running the TypeScript sources instead, which takes a second ` +
        'longer (npm run build:cli compiles them)\n',
    );
  }
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../functions/cli/main.ts')).main;
}

// A reader that stops early (`sunroute detect --languages | head`) ends the run, quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
