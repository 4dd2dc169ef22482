// The AWS services sunroute uses, on this machine, started together: DynamoDB Local (JVM),
// fauxqs (SQS) and aws-ses-v2-local (SES v2). One entry point for `npm start` and the
// integration tests' globalSetup, so what the tests run against is what a newcomer sees.
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local';
import { DEFAULT_PORTS, type StandInPorts } from './ports';
import { startSesLocal, type SesLocal } from './ses-local';
import { startSqsLocal, type SqsLocal } from './sqs-local';
import type { StandInEndpoints } from '../definitions/stand-in-endpoints';

export interface StandInsOptions {
  /** Defaults to DEFAULT_PORTS; 0 takes any free port. */
  readonly ports?: Partial<StandInPorts>;
  /** The java binary for DynamoDB Local; defaults to $JAVA_HOME/bin/java, else `java`. */
  readonly javaPath?: string;
  /** Defaults to FAST_START_JVM_FLAGS; [] runs the JVM as it comes (slower start, C2 compiler). */
  readonly jvmFlags?: readonly string[];
  /** Keeps DynamoDB's tables on disk, so they survive `restartDynamo()`; in memory otherwise. */
  readonly dynamoDataDir?: string;
}

export interface StandIns {
  readonly endpoints: StandInEndpoints;
  /**
   * Kills only DynamoDB Local (SIGTERM: see DynamoDbLocal.restart), keeps it down for `downForMs` and starts it
   * again on the same port; resolves once it answers.
   */
  restartDynamo(options?: { downForMs?: number }): Promise<void>;
  /** Stops all three; afterwards no JVM runs and no port is held. */
  stop(): Promise<void>;
}

type Started = DynamoDbLocal | SqsLocal | SesLocal;

export async function startStandIns(options: StandInsOptions = {}): Promise<StandIns> {
  const ports = { ...DEFAULT_PORTS, ...options.ports };
  const results = await Promise.allSettled([
    startDynamoDbLocal({
      port: ports.dynamodb,
      javaPath: options.javaPath,
      dataDir: options.dynamoDataDir,
      jvmFlags: options.jvmFlags,
    }),
    startSqsLocal({ port: ports.sqs }),
    startSesLocal({ port: ports.sesv2 }),
  ]);
  const [dynamo, sqs, ses] = results;
  if (dynamo.status === 'rejected' || sqs.status === 'rejected' || ses.status === 'rejected') {
    // What did start must not outlive the failure, or the next attempt finds its ports taken.
    await Promise.allSettled(
      results.flatMap((result) => (result.status === 'fulfilled' ? [result.value.stop()] : [])),
    );
    const failure = results.find((result) => result.status === 'rejected');
    throw failure?.reason;
  }
  const started: Started[] = [dynamo.value, sqs.value, ses.value];
  return {
    endpoints: {
      dynamodb: dynamo.value.endpoint,
      sqs: sqs.value.endpoint,
      sesv2: ses.value.endpoint,
      sesStore: ses.value.endpoint,
    },
    restartDynamo: (restartOptions) => dynamo.value.restart(restartOptions),
    async stop() {
      const stops = await Promise.allSettled(started.map((service) => service.stop()));
      const failures = stops.flatMap((stop) => (stop.status === 'rejected' ? [stop.reason] : []));
      if (failures.length > 0) throw new AggregateError(failures, 'stand-ins did not all stop');
    },
  };
}
