/**
 * A customer identifier that is not one: names the kind (the option) and the problem. The value
 * stays out of the message, which a Lambda may log; whoever shows the lead the error quotes what
 * they typed.
 */
export class IdentifierError extends Error {
  override readonly name = 'IdentifierError';
  constructor(
    readonly kind: string,
    readonly problem: string,
  ) {
    super(`${kind}: ${problem}`);
  }
}
