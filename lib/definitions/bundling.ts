// How function code is bundled, as plain data shared by the CDK constructs and the benchmarks
// that time the code as it ships.

/**
 * ES module bundles have no `require`; the yaml package's Node build calls `require('process')`
 * and `require('buffer')` at run time, so every bundle gets one.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";
