/**
 * The target group's groups and list in Dutch (docs/target-group.md). Pure data: importable by the server and the
 * web app.
 */
import type { TargetGroup } from "../target-group.js";

export const TARGET_GROUP_LABELS: Readonly<Record<TargetGroup, string>> = {
  vso: "Voortgezet speciaal onderwijs",
  pro: "Praktijkonderwijs",
  entree: "Entree (mbo 1)",
  mbo2_bol: "Mbo 2 bol",
  vsv: "Vsv'er",
};

/** The worklist's name, as the list selector and headings show it. */
export const TARGET_GROUP_LIST_LABEL = "Doelgroep Doorstroompunt";

export function targetGroupLabel(group: string): string {
  return Object.hasOwn(TARGET_GROUP_LABELS, group) ? TARGET_GROUP_LABELS[group as TargetGroup] : group;
}
