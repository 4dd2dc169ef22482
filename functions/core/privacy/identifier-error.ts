/** A customer identifier that is not one: names the kind (the option) and the value's problem. */
export class IdentifierError extends Error {
  override readonly name = 'IdentifierError';
  constructor(
    readonly kind: string,
    readonly value: string,
    readonly problem: string,
  ) {
    super(`${kind}: ${JSON.stringify(value.slice(0, 100))} ${problem}`);
  }
}
