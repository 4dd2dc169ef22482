import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { RouterFunction } from '../../../lib/constructs/router-function';
import { child, logicalId, synthTestStack } from './synth-test-stack';

// The one test that really runs esbuild, on the stub handler: the bundling options only show in
// the bundle, not in the template. The output goes under node_modules, so that loading the bundle
// finds the SDK there, as the bundle finds it in the Lambda runtime.
const cache = fileURLToPath(new URL('../../../node_modules/.cache', import.meta.url));
mkdirSync(cache, { recursive: true });
const outdir = mkdtempSync(join(cache, 'sunroute-cdk-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const { app, stack, template } = synthTestStack({}, { bundle: true, outdir });
app.synth();
const router = child<RouterFunction>(stack, 'Router');
const code = template.toJSON().Resources[logicalId(stack, router.function)].Properties.Code as {
  S3Key: string;
};
const assetDir = join(outdir, `asset.${code.S3Key.replace(/\.zip$/, '')}`);
const bundlePath = join(assetDir, 'index.js');
const bundle = readFileSync(bundlePath, 'utf8');

describe('router bundle', () => {
  it('is CommonJS in index.js, without the ES-module require banner', () => {
    expect(existsSync(join(assetDir, 'index.mjs'))).toBe(false);
    expect(bundle).toMatch(/module\.exports/);
    expect(bundle).not.toContain('createRequire');
    expect(bundle).not.toContain('import.meta');
    expect(bundle).not.toMatch(/^\s*import\s/m);
  });

  it('loads with require, as the Node runtime loads index.handler, and handles', async () => {
    const loaded = createRequire(import.meta.url)(bundlePath) as {
      handler: () => Promise<unknown>;
    };
    expect(typeof loaded.handler).toBe('function');
    await expect(loaded.handler()).resolves.toEqual({ batchItemFailures: [] });
  });

  it('is minified', () => {
    expect(bundle.split('\n').length).toBeLessThan(10);
    expect(bundle).not.toContain('batchItemFailures: []');
  });

  it('leaves the SDK to the runtime', () => {
    expect(bundle).toMatch(/require\("@aws-sdk\/client-sqs"\)/);
    expect(bundle.length).toBeLessThan(2_000);
  });

  it('ships a source map without the sources', () => {
    expect(bundle).toMatch(/\/\/# sourceMappingURL=index\.js\.map\s*$/);
    const map = JSON.parse(readFileSync(join(assetDir, 'index.js.map'), 'utf8')) as {
      sourcesContent?: unknown;
    };
    expect(map.sourcesContent).toBeUndefined();
  });
});
