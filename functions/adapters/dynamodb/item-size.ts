/** DynamoDB refuses an item larger than this, attribute names included. */
export const ITEM_LIMIT_BYTES = 400 * 1024;

/**
 * An item's size as DynamoDB counts it, closely enough to refuse an item before DynamoDB does:
 * names and strings in UTF-8, binary as its bytes, a number by its digits, three bytes per map or
 * list and one per element.
 */
export function itemBytes(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(value).length / 2) + 1;
  if (typeof value === 'boolean' || value === null || value === undefined) return 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value))
    return 3 + value.reduce((sum: number, element) => sum + 1 + itemBytes(element), 0);
  return (
    3 +
    Object.entries(value as Record<string, unknown>).reduce(
      (sum, [name, element]) => sum + Buffer.byteLength(name) + 1 + itemBytes(element),
      0,
    )
  );
}
