/** The function was deployed without a variable the stack always sets: a deployment problem. */
export class MissingEnvironmentError extends Error {
  override readonly name = 'MissingEnvironmentError';

  constructor(readonly variable: string) {
    super(
      `environment variable ${variable} is not set; the router's stack sets it, check the deployment`,
    );
  }
}
