/** Epoch milliseconds now. Injected so tests decide what "now" is (shifts, cache refresh). */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
