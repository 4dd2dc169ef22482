// The layering the README describes, read off the import graph: core ← adapters ← shared Lambda
// plumbing ← one folder per function ← entry points, each layer importing only those below it,
// no function folder importing another's, and a core that knows nothing of AWS. Definitions (table
// keys, queue names, environment names) sit at the bottom so that both the CDK app and the
// functions import them downward.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The product's layers, lowest first; a module may import its own layer's or lower ones. */
const LAYERS: readonly { readonly name: string; readonly rank: number; readonly test: RegExp }[] = [
  { name: 'core', rank: 0, test: /^functions\/core\// },
  { name: 'definitions', rank: 0, test: /^functions\/definitions\// },
  { name: 'adapters', rank: 1, test: /^functions\/adapters\// },
  { name: 'shared', rank: 2, test: /^functions\/shared\// },
  {
    name: 'function',
    rank: 3,
    test: /^functions\/(router|scheduler|admin|ingest|ticket-links|availability|waiting-line|reports|survey|chat-delivery|privacy)\//,
  },
  { name: 'entry point', rank: 4, test: /^functions\/(cli|local-stack)\// },
  { name: 'cdk app', rank: 5, test: /^lib\// },
  { name: 'bin', rank: 6, test: /^bin\// },
];

const SOURCE = /\.(ts|tsx|mts|mjs)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Every module specifier a file imports, re-exports or loads dynamically. */
function specifiers(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found = text.matchAll(
    /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g,
  );
  return [...found].map((match) => match[1] ?? match[2] ?? match[3]!);
}

function layerOf(path: string) {
  return LAYERS.find((layer) => layer.test.test(path));
}

/** The function folder of a path (router, scheduler, …), else undefined. */
function functionFolder(path: string): string | undefined {
  return /^functions\/(router|scheduler|admin|ingest|ticket-links|availability|waiting-line|reports|survey|chat-delivery|privacy)\//.exec(
    path,
  )?.[1];
}

interface Edge {
  readonly from: string;
  readonly to: string;
}

function relativeImports(): Edge[] {
  return ['functions', 'lib', 'bin'].flatMap(sourceFiles).flatMap((from) =>
    specifiers(from)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => ({ from, to: relative(ROOT, join(ROOT, dirname(from), spec)) })),
  );
}

function upward(edges: readonly Edge[]): string[] {
  return edges
    .filter((edge) => {
      const from = layerOf(edge.from);
      const to = layerOf(edge.to);
      return from && to && to.rank > from.rank;
    })
    .map((edge) => `${edge.from} → ${edge.to}`);
}

function acrossFunctions(edges: readonly Edge[]): string[] {
  return edges
    .filter((edge) => {
      const from = functionFolder(edge.from);
      const to = functionFolder(edge.to);
      return from && to && from !== to;
    })
    .map((edge) => `${edge.from} → ${edge.to}`);
}

/**
 * The web console is a browser app built beside the functions: it may share the core, the
 * definitions and the adapters' types, never a Lambda's plumbing, a function or an entry point.
 */
function consoleReachingUp(edges: readonly Edge[]): string[] {
  return edges
    .filter(
      (edge) => edge.from.startsWith('functions/console/') && (layerOf(edge.to)?.rank ?? 0) > 1,
    )
    .map((edge) => `${edge.from} → ${edge.to}`);
}

describe('the architecture', () => {
  const edges = relativeImports();

  it('reads a graph worth checking', () => {
    expect(edges.length).toBeGreaterThan(500);
    for (const layer of ['core', 'adapters', 'shared', 'function', 'entry point']) {
      expect(edges.some((edge) => layerOf(edge.from)?.name === layer)).toBe(true);
    }
  });

  it('puts every module of functions/, lib/ and bin/ in a layer', () => {
    const unplaced = ['functions', 'lib', 'bin']
      .flatMap(sourceFiles)
      .filter((file) => !layerOf(file) && !file.startsWith('functions/console/'));
    expect(unplaced).toEqual([]);
  });

  it('only imports downward', () => {
    expect(upward(edges)).toEqual([]);
  });

  it('keeps core and definitions apart: neither imports the other layer at its rank', () => {
    const sideways = edges
      .filter((edge) => {
        const from = layerOf(edge.from)?.name;
        const to = layerOf(edge.to)?.name;
        return (
          (from === 'core' && to === 'definitions') || (from === 'definitions' && to === 'core')
        );
      })
      .map((edge) => `${edge.from} → ${edge.to}`);
    expect(sideways).toEqual([]);
  });

  it('never imports one function folder from another', () => {
    expect(acrossFunctions(edges)).toEqual([]);
  });

  it('lets the console import only the core, the definitions and the adapters', () => {
    expect(edges.some((edge) => edge.from.startsWith('functions/console/'))).toBe(true);
    expect(consoleReachingUp(edges)).toEqual([]);
  });

  it('keeps the core free of AWS, of Node I/O and of the host clock', () => {
    const core = sourceFiles('functions/core');
    const offending = core.flatMap((file) =>
      specifiers(file)
        .filter((spec) =>
          /^(@aws-sdk|@aws-lambda-powertools|@middy|aws-lambda|node:(fs|net|http|https|child_process))/.test(
            spec,
          ),
        )
        .map((spec) => `${file} imports ${spec}`),
    );
    const clockReads = core.filter((file) =>
      /Date\.now\(|new Date\(\)/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect([...offending, ...clockReads]).toEqual([]);
  });

  it('would name an upward or sideways import', () => {
    const made = [
      { from: 'functions/core/routing/route-ticket.ts', to: 'functions/router/handler.ts' },
      { from: 'functions/scheduler/run-follow-up.ts', to: 'functions/router/router-metrics.ts' },
      { from: 'functions/adapters/clock.ts', to: 'functions/core/calendar/wall-clock.ts' },
      { from: 'functions/console/src/reports/reports-page.tsx', to: 'functions/cli/report.ts' },
    ];
    expect(upward(made)).toEqual([
      'functions/core/routing/route-ticket.ts → functions/router/handler.ts',
    ]);
    expect(acrossFunctions(made)).toEqual([
      'functions/scheduler/run-follow-up.ts → functions/router/router-metrics.ts',
    ]);
    expect(consoleReachingUp(made)).toEqual([
      'functions/console/src/reports/reports-page.tsx → functions/cli/report.ts',
    ]);
  });
});
