#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx so that `npx sunroute` works right after
// `npm install`, with no separate build step a newcomer could forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../functions/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
