/**
 * Values of the closed part a reader would otherwise see as codes: where a signal list's rows come from, and the
 * purpose of an audit entry (stored as `case_work: Begeleiden van …`, the processing activity and its purpose).
 * Pure data: importable by the server and the web app.
 */
import { PROCESSING_ACTIVITIES } from "../casework/processing-activities.js";

/** The source of a signal list's rows (`mixed`: the regions in view differ). */
export const SIGNAL_SOURCE_LABELS: Readonly<Record<string, string>> = {
  engine: "berekend uit de onderwijsregistratie",
  duo: "bestanden van DUO",
  mixed: "per regio verschillend (berekend uit de onderwijsregistratie of bestanden van DUO)",
};

export function signalSourceLabel(source: string): string {
  return Object.hasOwn(SIGNAL_SOURCE_LABELS, source) ? SIGNAL_SOURCE_LABELS[source]! : source;
}

/** An audit entry's purpose in words: the processing activity's Dutch purpose, without its code. */
export function purposeLabel(purpose: string): string {
  const m = /^([a-z_]+):\s*(.*)$/s.exec(purpose);
  if (!m) return purpose;
  const activity = m[1]!;
  if (Object.hasOwn(PROCESSING_ACTIVITIES, activity)) return PROCESSING_ACTIVITIES[activity as keyof typeof PROCESSING_ACTIVITIES];
  return m[2] || purpose;
}
