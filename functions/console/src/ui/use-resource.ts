import { useCallback, useEffect, useState } from 'preact/hooks';

export type Resource<T> =
  | { readonly state: 'loading'; readonly value?: T }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'failed'; readonly error: Error; readonly value?: T };

/**
 * Loads `load()` whenever `keys` change, keeping the previous value while the next loads (so a
 * week's heat map stays on screen while the next week arrives), and ignoring answers that come
 * back after newer ones were asked for.
 */
export function useResource<T>(
  load: () => Promise<T>,
  keys: readonly unknown[],
): [Resource<T>, () => void] {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setResource((previous) => ({
      state: 'loading',
      ...(previous.value === undefined ? {} : { value: previous.value }),
    }));
    load().then(
      (value) => current && setResource({ state: 'ready', value }),
      (error: Error) =>
        current &&
        setResource((previous) => ({
          state: 'failed',
          error,
          ...(previous.value === undefined ? {} : { value: previous.value }),
        })),
    );
    return () => {
      current = false;
    };
    // The caller's keys decide when to reload, as with useEffect's own dependency list.
  }, [...keys, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return [resource, reload];
}
