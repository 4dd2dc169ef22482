// The router reads imported holidays from each configuration version's table, so its bundle must
// not reach date-holidays (with moment-timezone and astronomia: ~1.4 MB of the bundle and tens of
// milliseconds of cold start). Checked on esbuild's own list of the files it bundled.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const HOLIDAY_DATA = /(^|\/)node_modules\/(date-holidays|moment-timezone|astronomia)/;

/** The files esbuild bundles for an entry, as the router's build resolves them. */
async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['@aws-sdk/*', '@smithy/*'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

/** The handler bundled as CommonJS, as lib/constructs/router-function.ts builds the Lambda. */
function commonJsHandler() {
  return build({
    absWorkingDir: ROOT,
    entryPoints: ['functions/router/handler.ts'],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['@aws-sdk/*', '@smithy/*'],
    logLevel: 'silent',
  });
}

describe('router import graph', () => {
  it('does not reach date-holidays, moment-timezone or astronomia', async () => {
    const inputs = await bundledInputs('functions/router/handler.ts');
    expect(inputs).toContain('functions/shared/config-cache.ts');
    expect(inputs.filter((path) => HOLIDAY_DATA.test(path))).toEqual([]);
  }, 30_000);

  // It reads the validated configuration saved as JSON beside the document, never the YAML.
  it('does not reach the YAML parser', async () => {
    const inputs = await bundledInputs('functions/router/handler.ts');
    expect(inputs.filter((path) => /(^|\/)node_modules\/yaml\//.test(path))).toEqual([]);
    const parsing = await bundledInputs('functions/core/config/parse-config.ts');
    expect(parsing.some((path) => /(^|\/)node_modules\/yaml\//.test(path))).toBe(true);
  }, 30_000);

  // The Lambda bundle is CommonJS (lib/constructs/router-function.ts), which cannot express
  // top-level await (esbuild fails) nor `import.meta` (esbuild warns and leaves it empty).
  it('builds as CommonJS without errors or warnings', async () => {
    const result = await commonJsHandler();
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  }, 30_000);

  // Loading a client is part of the cold start of whatever requires it at import; the router
  // only needs SQS for a dead letter (lazy-dead-letter-queue.ts), and loads SES while its first
  // request is on the wire (warm-up.ts, lazy-ses-mailer.ts).
  it('requires the SQS and SES clients only after its import', async () => {
    const result = await commonJsHandler();
    const required: string[] = [];
    const realRequire = createRequire(`${ROOT}package.json`);
    const recordingRequire = (id: string): unknown => {
      required.push(id);
      return realRequire(id);
    };
    const module = { exports: {} as Record<string, unknown> };
    // The bundle's top level, as Node runs it when Lambda requires the handler.
    new Function('require', 'module', 'exports', result.outputFiles[0]!.text)(
      recordingRequire,
      module,
      module.exports,
    );
    expect(module.exports.handler).toBeTypeOf('function');
    expect(required).toContain('@aws-sdk/client-dynamodb');
    expect(required).not.toContain('@aws-sdk/client-sesv2');
    expect(required).not.toContain('@aws-sdk/client-sqs');
    expect(result.outputFiles[0]!.text).toContain('require("@aws-sdk/client-sqs")');
    expect(result.outputFiles[0]!.text).toContain('require("@aws-sdk/client-sesv2")');
  }, 30_000);

  it('would see them if something imported the date-holidays calendar', async () => {
    const inputs = await bundledInputs('functions/core/holidays/date-holidays-calendar.ts');
    const found = new Set(inputs.map((path) => HOLIDAY_DATA.exec(path)?.[2]).filter(Boolean));
    expect([...found].sort()).toEqual(['astronomia', 'date-holidays', 'moment-timezone']);
  }, 30_000);
});
