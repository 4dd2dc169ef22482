// Why a stand-in could not start, as types a caller (npm start, a test's globalSetup) can tell
// apart and print as they are: each message says what to do next.

export class JavaNotFoundError extends Error {
  override readonly name = 'JavaNotFoundError';
  constructor(readonly javaPath: string) {
    super(
      `DynamoDB Local needs Java, but "${javaPath}" was not found. Install a Java runtime ` +
        '(Debian/Ubuntu: sudo apt-get install -y default-jre-headless) or point JAVA_HOME at one.',
    );
  }
}

export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(
    readonly service: string,
    readonly port: number,
  ) {
    super(
      `${service} cannot listen on port ${port}: it is in use. Stop whatever holds it ` +
        `(lsof -i :${port}) or choose another port.`,
    );
  }
}

export class StandInStartError extends Error {
  override readonly name = 'StandInStartError';
  constructor(
    readonly service: string,
    reason: string,
    /** The last lines the process printed, which usually name the cause. */
    readonly output = '',
  ) {
    super(`${service} did not start: ${reason}${output ? `\n${output}` : ''}`);
  }
}

/** A stand-in accepted a create call but did not return what AWS would have. */
export class ResourceCreationError extends Error {
  override readonly name = 'ResourceCreationError';
}
