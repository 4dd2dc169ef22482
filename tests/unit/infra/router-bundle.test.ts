import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RouterFunction } from '../../../lib/constructs/router-function';
import { child, logicalId, synthTestStack } from './synth-test-stack';

// The one test that really runs esbuild, on the stub handler: the bundling options only show in
// the bundle, not in the template.
const outdir = mkdtempSync(join(tmpdir(), 'sunroute-cdk-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const { app, stack, template } = synthTestStack({}, { bundle: true, outdir });
app.synth();
const router = child<RouterFunction>(stack, 'Router');
const code = template.toJSON().Resources[logicalId(stack, router.function)].Properties.Code as {
  S3Key: string;
};
const assetDir = join(outdir, `asset.${code.S3Key.replace(/\.zip$/, '')}`);
const bundle = readFileSync(join(assetDir, 'index.mjs'), 'utf8');

describe('router bundle', () => {
  it('is an ES module that defines require for CommonJS dependencies', () => {
    expect(
      bundle.startsWith(
        "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      ),
    ).toBe(true);
  });

  it('is minified', () => {
    expect(bundle.split('\n').length).toBeLessThan(10);
    expect(bundle).not.toContain('batchItemFailures: []');
  });

  it('leaves the SDK to the runtime', () => {
    expect(bundle).toMatch(/from\s*"@aws-sdk\/client-sqs"/);
    expect(bundle.length).toBeLessThan(2_000);
  });

  it('ships a source map without the sources', () => {
    expect(bundle).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
    const map = JSON.parse(readFileSync(join(assetDir, 'index.mjs.map'), 'utf8')) as {
      sourcesContent?: unknown;
    };
    expect(map.sourcesContent).toBeUndefined();
    expect(existsSync(join(assetDir, 'index.js'))).toBe(false);
  });
});
