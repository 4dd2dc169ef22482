import { isDeepStrictEqual } from 'node:util';
import type { StoredConfigVersion } from './config-store';

/** What a configuration version stores besides its number, who saved it, when, and why. */
export type ConfigContent = Pick<
  StoredConfigVersion,
  'document' | 'format' | 'config' | 'holidays'
>;

/** As stored: JSON, where absent and undefined properties are the same and key order is not kept. */
const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/**
 * Whether a new version would store exactly what `current` stores, so that saving it would only
 * add a line to the history: the same document text (a comment-only edit is a change, so the
 * stored document stays the one kept in git and shown by GET /config), the same format, the same
 * configuration as validated, and the same holiday table (saved in a later year, or after the
 * holiday data changed, the same document renews it).
 */
export function sameConfigContent(next: ConfigContent, current: ConfigContent): boolean {
  return (
    next.document === current.document &&
    next.format === current.format &&
    isDeepStrictEqual(asStored(next.config), asStored(current.config)) &&
    isDeepStrictEqual(asStored(next.holidays), asStored(current.holidays))
  );
}
