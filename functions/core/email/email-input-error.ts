/**
 * Why an email cannot be rendered, naming the input field (`agents[3].email`, `decision.agent`)
 * so the on-call engineer knows what to fix in the configuration or the caller.
 */
export class EmailInputError extends Error {
  override readonly name = 'EmailInputError';

  constructor(
    readonly field: string,
    /** What is wrong, phrased to follow the field: `is missing: agent jonas has no address`. */
    readonly problem: string,
  ) {
    super(`${field} ${problem}`);
  }
}
