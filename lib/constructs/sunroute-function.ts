import { join } from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

export interface SunrouteFunctionProps {
  /** The handler module; it exports the handler as `handler` unless `handlerName` says otherwise. */
  readonly entry: string;
  /** The export of `entry` Lambda invokes, when a module serves two functions (ingest). */
  readonly handlerName?: string;
  /** Holds package-lock.json; NodejsFunction otherwise looks for it from the working directory. */
  readonly projectRoot: string;
  /** What the function is for and may touch, shown on its role. */
  readonly description: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  /** Powertools' service name: logs and the `service` metric dimension. */
  readonly service: string;
  readonly metricsNamespace: string;
  readonly environment?: Readonly<Record<string, string>>;
  /** Executions reserved for it, which is also its ceiling; none: the account's shared pool. */
  readonly reservedConcurrency?: number;
}

/**
 * Every sunroute Lambda is built the same way: an explicit role, a log group with a retention
 * period, Node 22 on arm64, a minified CommonJS bundle with source maps and the runtime's own SDK.
 * The log group, role and function are created as `Logs`, `Role` and `Function` inside `scope`.
 */
export function createSunrouteFunction(
  scope: Construct,
  props: SunrouteFunctionProps,
): NodejsFunction {
  // Lambda's default log group keeps logs forever; these hold ticket excerpts, which the
  // product promises to keep only for a retention period.
  const logGroup = new LogGroup(scope, 'Logs', { retention: RetentionDays.ONE_MONTH });

  // An explicit role instead of AWSLambdaBasicExecutionRole, whose log permissions apply to
  // every log group in the account.
  const role = new Role(scope, 'Role', {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: props.description,
  });
  logGroup.grantWrite(role);

  const fn = new NodejsFunction(scope, 'Function', {
    entry: props.entry,
    projectRoot: props.projectRoot,
    depsLockFilePath: join(props.projectRoot, 'package-lock.json'),
    handler: props.handlerName ?? 'handler',
    // The oldest runtime that is not deprecated, so production runs as close as possible to
    // the Node 20 the tests run on.
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    memorySize: props.memoryMb,
    timeout: Duration.seconds(props.timeoutSeconds),
    ...(props.reservedConcurrency === undefined
      ? {}
      : { reservedConcurrentExecutions: props.reservedConcurrency }),
    role,
    logGroup,
    bundling: {
      // CommonJS (index.js), which the Node runtime loads with `require`: the same bundle loaded
      // as an ES module spends ~50 ms more of each cold start in Node's ES-module loader
      // resolving and wrapping the SDK's CommonJS packages (docs/benchmarks.md, "Router
      // Lambda"). Nothing the handlers import uses top-level await or `import.meta`, which
      // CommonJS output cannot express (esbuild would fail or warn on them; the router's
      // import-graph test builds it as CommonJS and expects neither).
      format: OutputFormat.CJS,
      minify: true,
      sourceMap: true,
      // Stack traces only need the mappings; the sources would double the upload.
      sourcesContent: false,
      // The Node 22 runtime ships SDK v3: bundling it again would spend about 200 KB of the
      // 1 MiB zipped budget (measured with the four clients the router uses).
      externalModules: ['@aws-sdk/*', '@smithy/*'],
    },
    environment: {
      ...props.environment,
      POWERTOOLS_SERVICE_NAME: props.service,
      POWERTOOLS_METRICS_NAMESPACE: props.metricsNamespace,
      // No NODE_OPTIONS=--enable-source-maps: it parses the whole map on every cold start (17–26
      // ms of the router's, docs/benchmarks.md); lambdaLogger maps logged errors' stacks itself,
      // reading the map only when an error is logged.
    },
  });

  Validations.of(fn).acknowledge({
    id: 'AwsSolutions-L1',
    reason:
      'Node 22 is chosen on purpose over the newest runtime: it is the oldest non-deprecated ' +
      'one, closest to the Node 20 on which the handler and its tests run locally.',
  });
  return fn;
}
