/** The API's /meta, loaded once by the app and shared through context. */
import { createContext, useContext } from "react";
import type { Meta } from "./api.js";

export const MetaContext = createContext<Meta | null>(null);

export function useMeta(): Meta {
  const m = useContext(MetaContext);
  if (!m) throw new Error("useMeta outside MetaContext");
  return m;
}

/** The API returns lists either bare or wrapped ({ rows: [...] } / { items: [...] } / { data: [...] }). */
export function rowsOf<T>(x: unknown, ...keys: string[]): T[] {
  if (Array.isArray(x)) return x as T[];
  if (x && typeof x === "object") {
    for (const k of [...keys, "rows", "items", "data", "series", "figures"]) {
      const v = (x as Record<string, unknown>)[k];
      if (Array.isArray(v)) return v as T[];
    }
  }
  return [];
}
