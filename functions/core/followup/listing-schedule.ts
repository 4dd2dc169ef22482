import type { CompiledConfig } from '../routing/compiled-config';
import { holderLeavesAt } from './plan-follow-up';

/**
 * What the scheduler keeps between runs to know when its index of due tickets (the instants
 * nextFollowUpAt wrote) is not enough and every open ticket must be listed instead.
 */
export interface ListingSchedule {
  /** The configuration version the last full listing was made with. */
  readonly configVersion: number;
  /** Epoch ms: instants at or after which a run lists every open ticket once more. */
  readonly listings: readonly number[];
}

/**
 * Whether the run at `now` lists every open ticket: when no full listing was ever made (tickets
 * from before the index), when the configuration changed since the last one, or when a listing
 * it asked for has come.
 */
export function needsFullListing(
  schedule: ListingSchedule | undefined,
  version: number,
  now: number,
): boolean {
  if (schedule === undefined || schedule.configVersion !== version) return true;
  return schedule.listings.some((instant) => instant <= now);
}

/** A team or an agent whose tickets are handed over when it leaves. */
type Holder =
  { readonly team: string; readonly agent: null } | { readonly team: null; readonly agent: string };

function holders(compiled: CompiledConfig): Holder[] {
  return [
    ...compiled.teams.map((team): Holder => ({ team: team.id, agent: null })),
    ...[...compiled.agentsById.keys()].map((agent): Holder => ({ team: null, agent })),
  ];
}

/** `routing.handoffLead` before the holder next leaves: when its tickets start being handed over. */
function handoverStart(compiled: CompiledConfig, holder: Holder, now: number): number {
  return (
    holderLeavesAt(compiled, { ...holder, decision: { at: new Date(now).toISOString() } }, now) -
    compiled.handoffLeadMs
  );
}

/**
 * The schedule after a full listing at `now` with `current` (version `version`). `previous` are
 * the versions tickets may have been written with since the listing before (empty on the first
 * listing): a ticket's indexed instant holds its holder's handover as one of them computed it, so
 * a holder whose handover now starts earlier than in any of them would be missed until the
 * instant written. For each such holder a full listing is asked for when its handover starts,
 * and, for any change at all, one more a configuration refresh after this run (`refreshMs`),
 * when no function can still be writing with an older version. Listings already asked for and
 * not yet come are kept.
 */
export function scheduleAfterListing(options: {
  readonly schedule: ListingSchedule | undefined;
  readonly version: number;
  readonly current: CompiledConfig;
  readonly previous: readonly CompiledConfig[];
  readonly now: number;
  readonly refreshMs: number;
}): ListingSchedule {
  const { schedule, version, current, previous, now, refreshMs } = options;
  const settled = now + refreshMs;
  const listings = new Set((schedule?.listings ?? []).filter((instant) => instant > now));
  const changed = schedule !== undefined && schedule.configVersion !== version;
  if (changed) listings.add(settled);
  for (const holder of holders(current)) {
    const starts = handoverStart(current, holder, now);
    if (previous.some((earlier) => starts < handoverStart(earlier, holder, now))) {
      listings.add(Math.max(settled, starts));
    }
  }
  return { configVersion: version, listings: [...listings].sort((a, b) => a - b) };
}
