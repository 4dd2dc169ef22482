// The web console's build: a static single-page app (Preact), written to dist/ for the local
// stack to serve and the CDK to upload. Relative asset URLs let the same build run under
// /console/ on the local gateway and at the root of the CloudFront distribution.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const CONSOLE_ROOT = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: CONSOLE_ROOT,
  base: './',
  // config.json is written beside the app by whoever serves it (the local stack, the CDK).
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Within the 200 KB budget on purpose; the bench reports the real size.
    chunkSizeWarningLimit: 400,
  },
});
