/**
 * An item read from a table does not have the shape this code wrote: names the table, the key and
 * the attribute, so the on-call engineer can look at exactly that item.
 */
export class StoredItemError extends Error {
  override readonly name = 'StoredItemError';

  constructor(
    readonly table: string,
    readonly key: string,
    readonly attribute: string,
    readonly problem: string,
  ) {
    super(`${table} item ${key}: ${attribute} ${problem}`);
  }
}
