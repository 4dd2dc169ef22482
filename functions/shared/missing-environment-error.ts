/** The function was deployed without a variable the stack always sets: a deployment problem. */
export class MissingEnvironmentError extends Error {
  override readonly name = 'MissingEnvironmentError';

  /** `reader` names the function that read it, since several functions share variable names. */
  constructor(
    readonly variable: string,
    readonly reader: string,
  ) {
    super(
      `environment variable ${variable} is not set for the ${reader}; its stack sets it, check the deployment`,
    );
  }
}
