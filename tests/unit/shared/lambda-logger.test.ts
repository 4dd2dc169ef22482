import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lambdaLogger } from '../../../functions/shared/lambda-logger';
import {
  besideFileSourceMaps,
  sourceMappedStack,
} from '../../../functions/shared/source-mapped-stack';

let dir: string;
let thrown: Error;

beforeAll(async () => {
  // Outside the repository, so that Node reads the bundle as CommonJS, as Lambda does.
  dir = mkdtempSync(join(tmpdir(), 'sunroute-stack-'));
  await build({
    entryPoints: [new URL('fixtures/failing-handler.ts', import.meta.url).pathname],
    outfile: join(dir, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'silent',
  });
  const { failingHandler } = createRequire(import.meta.url)(join(dir, 'index.js')) as {
    failingHandler: () => never;
  };
  try {
    failingHandler();
  } catch (error) {
    thrown = error as Error;
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('source-mapped stacks', () => {
  it('points the bundle’s frames at the TypeScript source, line and column', () => {
    expect(thrown.stack).toMatch(/index\.js:1:\d+/);
    const stack = sourceMappedStack(thrown.stack!, besideFileSourceMaps);
    // The function's name stays minified; its place is what a reader needs.
    expect(stack.split('\n')[1]).toMatch(
      /^ {4}at \S+ \(\S*tests\/unit\/shared\/fixtures\/failing-handler\.ts:15:9\)$/,
    );
    expect(stack).not.toMatch(/index\.js:1:/);
    // Frames of files without a map (this test, vitest) are left as they were.
    const untouched = thrown.stack!.split('\n').filter((line) => !line.includes(dir));
    for (const line of untouched) expect(stack.split('\n')).toContain(line);
  });

  it('leaves a stack alone when the bundle has no map', () => {
    expect(sourceMappedStack(thrown.stack!, () => undefined)).toBe(thrown.stack);
  });

  it('logs through Powertools an error with its name, message, own fields and a mapped cause', () => {
    const written: string[] = [];
    // Powertools writes errors to stderr through a Console of its own.
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      lambdaLogger().error('record failed', { error: thrown });
    } finally {
      write.mockRestore();
    }
    const { error } = JSON.parse(written.join('')) as { error: Record<string, unknown> };
    expect(error).toMatchObject({
      name: 'LookupError',
      message: 'no agent for the ticket',
      key: 'agent-7',
      cause: { name: 'Error', message: 'the table did not answer' },
    });
    expect(error.location).toMatch(/failing-handler\.ts:15$/);
    expect(error.stack).toMatch(/failing-handler\.ts:15:9/);
    expect((error.cause as { stack: string }).stack).toMatch(/failing-handler\.ts:14:17/);
    // The thrown error itself is left as it was.
    expect(thrown.stack).toMatch(/index\.js:1:\d+/);
  });
});
