/**
 * Preact hook around Dexie's `liveQuery`: the component re-renders whenever the data it read
 * changes in any extension context (another tab, the popup, the background).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Result of a live query: `undefined` until the first answer; `error` if it failed. */
export interface Live<T> {
  value: T | undefined;
  error: unknown;
}

/** Subscribe to `query` while mounted; re-subscribes when `deps` change. */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[] = []): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error })),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}
