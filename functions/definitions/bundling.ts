// How function code is bundled, as plain data shared by the CDK constructs and the benchmarks
// that time the code as it ships.

/**
 * ES module bundles have no `require`; the yaml package's Node build calls `require('process')`
 * and `require('buffer')` at run time, so every ES-module bundle gets one (the benchmarks' bundles,
 * scripts/bench/bundle-for-bench.ts). The router's Lambda bundle is CommonJS and needs none.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";
