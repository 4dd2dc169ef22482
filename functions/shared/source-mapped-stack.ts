import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

/** A source map for a generated file, or undefined when it has none. */
export type SourceMapLoader = (generatedFile: string) => SourceMap | undefined;

// `    at fn (/var/task/index.js:1:2345)` or `    at /var/task/index.js:1:2345`
const FRAME = /^(\s*at (?:.*? \()?)(\/[^():]+\.c?js):(\d+):(\d+)(\)?)$/;

/**
 * The stack with every frame in a file that has a source map pointing at the original source,
 * line and column. Frames without a map, or that the map does not cover, stay as they are.
 */
export function sourceMappedStack(stack: string, loadMap: SourceMapLoader): string {
  return stack
    .split('\n')
    .map((line) => {
      const frame = FRAME.exec(line);
      if (!frame) return line;
      const [, head, file, generatedLine, generatedColumn, tail] = frame;
      const entry = loadMap(file!)?.findEntry(
        Number(generatedLine) - 1,
        Number(generatedColumn) - 1,
      );
      if (!entry || !('originalSource' in entry)) return line;
      const { originalSource, originalLine, originalColumn } = entry;
      // esbuild names sources relative to the bundle (`../../functions/router/handler.ts`).
      const source = originalSource.replace(/^(\.\.\/)+/, '');
      return `${head}${source}:${originalLine + 1}:${originalColumn + 1}${tail}`;
    })
    .join('\n');
}

const loaded = new Map<string, SourceMap | undefined>();

/**
 * Reads `<file>.map` beside a generated file once per process. Only when an error is logged: Node's
 * `--enable-source-maps` would parse the router's ~1 MB map on every cold start (~20 ms).
 */
export const besideFileSourceMaps: SourceMapLoader = (generatedFile) => {
  if (!loaded.has(generatedFile)) {
    let map: SourceMap | undefined;
    try {
      const payload: unknown = JSON.parse(readFileSync(`${generatedFile}.map`, 'utf8'));
      map = new SourceMap(payload as ConstructorParameters<typeof SourceMap>[0]);
    } catch {
      // No map, or an unreadable one: the frame stays as generated, and logging goes on.
      map = undefined;
    }
    loaded.set(generatedFile, map);
  }
  return loaded.get(generatedFile);
};
