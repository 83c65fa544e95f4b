/**
 * The person search's text, kept in the page only: never in the URL, the browser's history or storage (it can be a
 * name or a BSN). The search box in every closed page sets it and opens /werk/zoeken, which reads it; signing out
 * clears it (the box unmounts).
 */
import { useSyncExternalStore } from "react";

export interface PersonSearchInput {
  readonly text: string;
  readonly birthDate: string;
  readonly school: string;
}

export const EMPTY_SEARCH: PersonSearchInput = { text: "", birthDate: "", school: "" };

let current: PersonSearchInput = EMPTY_SEARCH;
const listeners = new Set<() => void>();

export function setPersonSearch(next: PersonSearchInput): void {
  current = next;
  for (const l of listeners) l();
}

export function clearPersonSearch(): void {
  setPersonSearch(EMPTY_SEARCH);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePersonSearch(): PersonSearchInput {
  return useSyncExternalStore(subscribe, () => current, () => EMPTY_SEARCH);
}

/** Nothing to search for yet. */
export function isEmptySearch(s: PersonSearchInput): boolean {
  return !s.text.trim() && !s.birthDate && !s.school.trim();
}
