/**
 * The contract of GET /api/v1/steering/target-group (src/server/routes/steering-target-group.ts): the number of young
 * people in the target group of the Wet van school naar duurzaam werk, nationally and per RMC region, by group
 * (docs/target-group.md). Counts only, protected against small cells (docs/privacy-public.md); never person data.
 */
import { Type } from "typebox";
import { TARGET_AGE_LIMIT, TARGET_GROUPS } from "../../domain/target-group.js";
import { Format, Query } from "./params.js";
import { DateText, Hideable, Strict } from "./responses.js";
import { Hidden, List, Nullable } from "./steering.js";

const Count = (description: string) => Hideable(Type.Integer({ description }));

export const TargetGroupQuery = Query({
  by: Type.Optional(Type.Enum(["region"], { type: "string", description: "region: ook per RMC-regio" })),
  format: Type.Optional(Format),
});

export const TargetGroupCounts = Strict({
  date: DateText({ description: "Peildatum: de laatste dag waarover het register gegevens bevat" }),
  window_start: DateText({ description: "Verlaters tellen mee als zij hun opleiding op of na deze dag verlieten" }),
  age_limit: Type.Integer({ description: `Jonger dan deze leeftijd op de peildatum (${TARGET_AGE_LIMIT})` }),
  vsv_teljaren: List(Type.String(), { description: "De teljaren waarvan de definitieve vsv'ers meetellen (leeg: geen berekend)" }),
  groups: List(Type.String(), { description: `De groepen, in volgorde: ${TARGET_GROUPS.join(", ")}` }),
  rows: List(
    Strict({
      code: Nullable(Type.String({ description: "NL (landelijk), de code van de RMC-regio, of null (woonplaats onbekend)" })),
      name: Nullable(Type.String({ description: "Naam" })),
      total: Count("Jongeren in de doelgroep"),
      vso: Count("Verlaters van het voortgezet speciaal onderwijs"),
      pro: Count("Verlaters van het praktijkonderwijs"),
      entree: Count("Verlaters van de entreeopleiding (mbo 1)"),
      mbo2_bol: Count("Verlaters van mbo 2 bol"),
      vsv: Count("Vsv'ers die niet al in een van de andere groepen vallen"),
      suppressed: Hidden,
    }),
  ),
});
