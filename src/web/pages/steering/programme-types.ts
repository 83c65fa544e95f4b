/** Names for the steering API's answers as the pages use them, derived from the API's schema (docs/programmes.md). */
import type { Answer, Item } from "../../api/types.js";

export type ProgrammeListItem = Item<Answer<"/steering/programmes">["items"]>;
export type ProgrammeDetail = Answer<"/steering/programmes/{region}">;
export type ProgrammeRow = ProgrammeDetail["programme"];
type ActionPlanAnswer = Answer<"/steering/action-plan">;
export type ActionView = Item<Item<ActionPlanAnswer["lines"]>["actions"]>;
export type LineProgress = ActionPlanAnswer["totals"];
