// The CLI as users run it: bin/sunroute.mjs on the compiled output that `npm install` builds
// (tests/build-cli.setup.ts builds it before the tests), each command loading only what it needs.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI_DIR, compiledCliStatus, REPO_DIR } from '../../../bin/compiled-cli.mjs';

const BIN = join(REPO_DIR, 'bin/sunroute.mjs');

interface Output {
  readonly entryPoint?: string;
  readonly imports: readonly { path: string; kind: string; external?: boolean }[];
}

/** esbuild's metafile of the build: every output with what it imports. */
function outputs(): Map<string, Output> {
  const meta = JSON.parse(readFileSync(join(CLI_DIR, 'meta.json'), 'utf8')) as {
    outputs: Record<string, Output>;
  };
  // The build writes to a staging folder first; outputs are named by file, not by folder.
  return new Map(Object.entries(meta.outputs).map(([path, output]) => [basename(path), output]));
}

/** The packages a command loads before it runs: its module and everything imported statically. */
function packagesLoadedBy(source: string): string[] {
  const all = outputs();
  const start = [...all].find(([, output]) => output.entryPoint === source)![0];
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of all.get(name)!.imports) {
      if (imported.kind !== 'import-statement') continue;
      if (imported.external) packages.add(imported.path);
      else visit(basename(imported.path));
    }
  };
  visit('main.js');
  visit(start);
  return [...packages];
}

async function sunroute(args: string[], env: Record<string, string> = {}) {
  return promisify(execFile)(process.execPath, [BIN, ...args], {
    cwd: REPO_DIR,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
}

describe('the compiled CLI', () => {
  it('is built from the sources as they are', () => {
    expect(compiledCliStatus()).toEqual({ fresh: true });
  });

  it.each([
    'functions/cli/commands/route.ts',
    'functions/cli/commands/coverage.ts',
    'functions/cli/commands/detect.ts',
    'functions/cli/commands/config.ts',
    'functions/cli/commands/holidays.ts',
  ])('%s loads no AWS SDK', (source) => {
    expect(packagesLoadedBy(source).filter((name) => name.startsWith('@aws-sdk/'))).toEqual([]);
  });

  it('loads the AWS SDK for the commands that reach AWS, and only there', () => {
    expect(packagesLoadedBy('functions/cli/commands/send.ts')).toContain('@aws-sdk/client-sqs');
    expect(packagesLoadedBy('functions/cli/commands/ack.ts')).toContain('@aws-sdk/client-dynamodb');
  });

  it('answers --help from the compiled output, listing every command', async () => {
    const { stdout, stderr } = await sunroute(['--help']);
    expect(stderr).toBe('');
    for (const command of ['route', 'coverage', 'detect', 'config', 'holidays', 'send', 'ack'])
      expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('routes the same from the compiled output and from the TypeScript sources', async () => {
    const args = [
      'route',
      '--config',
      'examples/sunroute.yaml',
      '--ticket',
      'examples/tickets/de-order-missing.json',
    ];
    const compiled = await sunroute(args);
    const source = await sunroute(args, { SUNROUTE_CLI_FROM_SOURCE: '1' });
    expect(compiled.stderr).toBe('');
    expect(source.stderr).toBe('');
    expect(JSON.parse(compiled.stdout)).toEqual(JSON.parse(source.stdout));
  });
});

describe('compiledCliStatus', () => {
  it('says the build is missing, or which source changed since it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sunroute-cli-'));
    try {
      expect(compiledCliStatus(`${dir}/`)).toEqual({
        fresh: false,
        reason: 'the compiled CLI (dist/cli) is missing',
      });
      writeFileSync(
        join(dir, 'build-info.json'),
        JSON.stringify({ inputs: { 'functions/cli/main.ts': 0 } }),
      );
      expect(compiledCliStatus(`${dir}/`)).toEqual({
        fresh: false,
        reason: 'functions/cli/main.ts changed since the CLI was compiled',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
