/** A CDK context value the stack cannot be built without is missing or malformed. */
export class StackContextError extends Error {
  constructor(
    readonly key: string,
    problem: string,
  ) {
    super(`CDK context "${key}" ${problem}`);
    this.name = 'StackContextError';
  }
}
