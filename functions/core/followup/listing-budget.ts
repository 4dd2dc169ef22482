/** What one scheduler run may spend on listing every open ticket before it stops for the next. */
export interface ListingBudget {
  /** Pages at most, over all parts. */
  readonly maxPages: number;
  /**
   * Time the run keeps for reading and following up what it found (and for its own item): no
   * page is begun once less than this is left.
   */
  readonly reserveMs: number;
}

/**
 * Asks, before each page, whether the run may read one more: counts the pages granted, and says
 * no once `maxPages` were or less than `reserveMs` of the run's time is left (`remainingMs`, read
 * when asked). A page begun is read whole, so a run overshoots by at most the pages in flight.
 *
 * @example const mayRead = pageAllowance({ maxPages: 2, reserveMs: 0 }, () => 60_000);
 * mayRead(); mayRead(); mayRead() // true, true, false
 */
export function pageAllowance(
  budget: ListingBudget,
  remainingMs: () => number,
): { (): boolean; readonly granted: () => number } {
  let granted = 0;
  const mayRead = () => {
    if (granted >= budget.maxPages || remainingMs() < budget.reserveMs) return false;
    granted += 1;
    return true;
  };
  return Object.assign(mayRead, { granted: () => granted });
}
