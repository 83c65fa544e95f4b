/** Names for the steering API's answers as the pages use them, derived from the API's schema (docs/programmes.md). */
import type { Answer, Item } from "../../api/types.js";

export type ProgrammeList = Answer<"/steering/programmes">;
export type ProgrammeListItem = Item<ProgrammeList["items"]>;
export type ProgrammeDetail = Answer<"/steering/programmes/{region}">;
export type ProgrammeRow = ProgrammeDetail["programme"];
export type ActionPlanAnswer = Answer<"/steering/action-plan">;
export type ActionView = Item<Item<ActionPlanAnswer["lines"]>["actions"]>;
export type LineProgress = ActionPlanAnswer["totals"];
