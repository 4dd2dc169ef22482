#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx so that `npx sunroute` works right after
// `npm install`, with no separate build step a newcomer could forget.
import { register } from 'tsx/esm/api';

// The AWS SDK warns on every run that its releases after January 2027 need Node 22; sunroute pins
// its SDK and supports Node 20, and the README says when that changes.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { main } = await import('../functions/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
