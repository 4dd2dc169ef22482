import { describe, expect, it } from 'vitest';
import {
  listingComplete,
  listingParts,
  partKey,
  resumeListing,
  type FullListing,
} from '../../../../functions/core/followup/full-listing';

const BEGAN = Date.parse('2026-12-22T09:00:00Z');
const LATER = BEGAN + 5 * 60_000;

describe('full listing across runs', () => {
  it('lists each team’s assigned, queued and acknowledged tickets as parts of their own', () => {
    expect(listingParts(['berlin', 'york']).map(partKey)).toEqual([
      'berlin#assigned',
      'berlin#queued',
      'berlin#acknowledged',
      'york#assigned',
      'york#queued',
      'york#acknowledged',
    ]);
  });

  it('begins a listing when none is under way, and goes on with the one of the same version', () => {
    const begun = resumeListing(undefined, 4, BEGAN);
    expect(begun).toEqual({ configVersion: 4, startedAt: BEGAN, positions: {} });
    const underWay: FullListing = { ...begun, positions: { 'berlin#assigned': { pk: 'T-9' } } };
    expect(resumeListing(underWay, 4, LATER)).toBe(underWay);
  });

  it('begins again when the configuration changed while a listing was under way', () => {
    const underWay: FullListing = {
      configVersion: 4,
      startedAt: BEGAN,
      positions: { 'berlin#assigned': 'done' },
    };
    expect(resumeListing(underWay, 5, LATER)).toEqual({
      configVersion: 5,
      startedAt: LATER,
      positions: {},
    });
  });

  it('is complete only when every part of every team was read to its end', () => {
    const done = Object.fromEntries(
      listingParts(['berlin', 'york']).map((part) => [partKey(part), 'done' as const]),
    );
    const listing = (positions: FullListing['positions']): FullListing => ({
      configVersion: 1,
      startedAt: BEGAN,
      positions,
    });
    expect(listingComplete(listing(done), ['berlin', 'york'])).toBe(true);
    expect(
      listingComplete(listing({ ...done, 'york#queued': { pk: 'T-3' } }), ['berlin', 'york']),
    ).toBe(false);
    const notBegun = Object.fromEntries(
      Object.entries(done).filter(([key]) => key !== 'york#acknowledged'),
    );
    expect(listingComplete(listing(notBegun), ['berlin', 'york'])).toBe(false);
    // A former team listed since is a part more.
    expect(listingComplete(listing(done), ['berlin', 'york', 'lisbon'])).toBe(false);
  });
});
