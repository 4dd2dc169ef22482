/**
 * Errors from providers quote addresses: SES's MessageRejected lists the identities that failed
 * its check, recipient included. Before such an error is kept as a cause, and so logged, its
 * addresses are replaced; what an on-call engineer needs (its name, AWS's request id and status)
 * stays.
 */

// Anything shaped like local@domain, as far as mail addresses go in the wild.
const ADDRESS = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+/g;

export function withoutAddresses(text: string): string {
  return text.replace(ADDRESS, '<address>');
}

/** A copy of `error` whose message and stack name no address; AWS's `$metadata` is kept. */
export function addressFreeError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(withoutAddresses(String(error)));
  const copy = new Error(withoutAddresses(error.message));
  copy.name = error.name;
  copy.stack = error.stack === undefined ? undefined : withoutAddresses(error.stack);
  const { $metadata, $fault } = error as { $metadata?: unknown; $fault?: unknown };
  return Object.assign(copy, {
    ...($metadata === undefined ? {} : { $metadata }),
    ...($fault === undefined ? {} : { $fault }),
  });
}
