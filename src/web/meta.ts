/** The API's /meta, loaded once by the app and shared through context. */
import { createContext, useContext } from "react";
import type { Answer } from "./api/types.js";

/** GET /meta: what is computed. */
export type Meta = Answer<"/meta">;

export const MetaContext = createContext<Meta | null>(null);

export function useMeta(): Meta {
  const m = useContext(MetaContext);
  if (!m) throw new Error("useMeta outside MetaContext");
  return m;
}
