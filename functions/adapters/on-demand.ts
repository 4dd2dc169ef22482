/** A value loaded the first time it is asked for, then shared; see onDemand. */
export interface OnDemand<T> {
  (): Promise<T>;
  /** Whether loading has begun (and not failed since). */
  readonly started: () => boolean;
}

/**
 * `load` run the first time the value is asked for and its promise shared after that; a failed
 * load is tried again at the next ask rather than remembered. For an SDK client and its adapter
 * that a function loads only when used, so that requiring them is not part of every cold start.
 */
export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let value: Promise<T> | undefined;
  const get = (): Promise<T> =>
    (value ??= load().catch((error: unknown) => {
      value = undefined;
      throw error;
    }));
  return Object.assign(get, { started: () => value !== undefined });
}
