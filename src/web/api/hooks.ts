/**
 * React hooks over the client: loading, error and data of a request, reloaded when its parameters change. Public
 * figures are cached for the page's life (they change only with a new computation); the closed part's answers are
 * never cached and can be reloaded after a change.
 */
import { useCallback, useEffect, useState } from "react";
import { ApiError, send, type CallOptions } from "./client.js";
import type { Answer, PathWith } from "./types.js";

export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: Error | undefined;
  readonly loading: boolean;
}

export interface Fetched<T> extends Loaded<T> {
  readonly error: ApiError | Error | undefined;
  /** Loads again (after a change); keeps showing the current data meanwhile. */
  reload(): void;
}

const cache = new Map<string, Promise<unknown>>();

function keyOf(method: string, path: string, options: object | undefined): string {
  return `${method} ${path} ${JSON.stringify(options ?? {})}`;
}

/** Loads a public resource (null: nothing to load yet); the answer is kept for the rest of the visit. */
export function useApi<P extends PathWith<"get">>(path: P | null, options?: CallOptions<P, "get">): Loaded<Answer<P, "get">> {
  const key = path === null ? null : keyOf("get", path, options);
  const [state, setState] = useState<{ key: string | null; data?: Answer<P, "get">; error?: Error }>({ key: null });
  useEffect(() => {
    if (key === null || path === null) return;
    let live = true;
    let p = cache.get(key) as Promise<Answer<P, "get">> | undefined;
    if (!p) {
      p = send("get", path, options);
      cache.set(key, p);
      p.catch(() => cache.delete(key));
    }
    p.then(
      (data) => live && setState({ key, data }),
      (error: Error) => live && setState({ key, error }),
    );
    return () => {
      live = false;
    };
    // options are part of key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (key === null || state.key !== key) return { data: undefined, error: undefined, loading: key !== null };
  return { data: state.data, error: state.error, loading: false };
}

/**
 * Loads with any request (key null: nothing to load yet), never cached; `reload` loads again. `key` names the request
 * and its parameters: a new key loads anew.
 */
export function useRequest<T>(key: string | null, load: () => Promise<T>): Fetched<T> {
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ key: string | null; data?: T; error?: Error; loading: boolean }>({ key: null, loading: false });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ key, data, loading: false }),
      (error: Error) => live && setState({ key, error, loading: false }),
    );
    return () => {
      live = false;
    };
    // the request is named by key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const current = state.key === key;
  return { data: current ? state.data : undefined, error: current ? state.error : undefined, loading: key !== null && (!current || state.loading), reload };
}

/** GETs a closed-part resource (null: nothing to load yet): never cached, reloaded on demand. */
export function useLive<P extends PathWith<"get">>(path: P | null, options?: CallOptions<P, "get">): Fetched<Answer<P, "get">> {
  return useRequest(path === null ? null : keyOf("get", path, options), () => send("get", path!, { ...options, noStore: true }));
}
