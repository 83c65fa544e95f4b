/** What a route module gets: the store (or a 503 problem when no figures are computed). */
import { noData } from "./problem.js";
import type { Store, StoreState } from "../service/store.js";

export interface RouteContext {
  /** The open store; throws a 503 problem when there are no computed figures. */
  store(): Store;
}

export function routeContext(state: StoreState): RouteContext {
  return {
    store() {
      if (!state.store) throw noData(state.reason);
      return state.store;
    },
  };
}
