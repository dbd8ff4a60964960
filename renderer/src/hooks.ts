import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Runs an async loader on mount and when `deps` change; errors become Vietnamese messages.
 * `arrived`, when it gives data at mount, stands for the first load (data fetched ahead).
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[], arrived?: () => T | undefined): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>(() => {
    const data = arrived?.();
    return data === undefined ? { loading: true } : { data, loading: false };
  });
  const [tick, setTick] = useState(0);
  const skipFirst = useRef(state.data !== undefined);
  // The loader is re-created on each render; `deps` says when it really changed.
  const run = useCallback(load, deps);
  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    run().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) => live && setState({ error: error instanceof Error ? error.message : String(error), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [run, tick]);
  return { data: state.data, error: state.error, loading: state.loading, reload: () => setTick((t) => t + 1) };
}
