import type { OpenTicketEntry } from './due-filter';

/** A team's open tickets of one list status: one partition of the index a full listing reads. */
export interface ListingPart {
  readonly team: string;
  readonly listStatus: OpenTicketEntry['listStatus'];
}

/** The list statuses of a team's tickets that are not resolved, in the order a listing reads. */
export const OPEN_LIST_STATUSES: readonly OpenTicketEntry['listStatus'][] = [
  'assigned',
  'queued',
  'acknowledged',
];

/**
 * How far one part has been read: `'done'` once its last page was read, else the position its
 * next page starts from (opaque here: the store's own key).
 */
export type PartPosition = Readonly<Record<string, unknown>> | 'done';

/** Per part (partKey), how far it has been read; a part not begun yet is absent. */
export type ListingPositions = Readonly<Record<string, PartPosition>>;

/**
 * A listing of every open ticket that may take several scheduler runs: the configuration
 * version it lists with, when it began, and how far each part has been read.
 */
export interface FullListing {
  readonly configVersion: number;
  /** Epoch ms of the run that began it: what the listing saw no earlier than. */
  readonly startedAt: number;
  readonly positions: ListingPositions;
}

/** The key a part's position is kept under: `<team>#<listStatus>`. */
export function partKey(part: ListingPart): string {
  return `${part.team}#${part.listStatus}`;
}

/** Every part of these teams' open tickets. */
export function listingParts(teamIds: readonly string[]): ListingPart[] {
  return teamIds.flatMap((team) => OPEN_LIST_STATUSES.map((listStatus) => ({ team, listStatus })));
}

/**
 * The listing a run at `now` goes on with: the one begun with configuration `version`, or a new
 * one when none is under way or it was begun with another version (whose due filter read shifts
 * that may have moved since).
 *
 * @example resumeListing(undefined, 4, now) // { configVersion: 4, startedAt: now, positions: {} }
 */
export function resumeListing(
  listing: FullListing | undefined,
  version: number,
  now: number,
): FullListing {
  return listing !== undefined && listing.configVersion === version
    ? listing
    : { configVersion: version, startedAt: now, positions: {} };
}

/** Whether every part of these teams has been read to its end. */
export function listingComplete(listing: FullListing, teamIds: readonly string[]): boolean {
  return listingParts(teamIds).every((part) => listing.positions[partKey(part)] === 'done');
}
