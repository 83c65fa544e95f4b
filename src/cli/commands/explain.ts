import type { Command } from "../command.js";
import { auditCliUse } from "../audit.js";
import { parseCommandArgs } from "../args.js";
import { TELJAAR_OPTIONS, definitionList, optionalStage, requiredTeljaar } from "./options.js";
import { withDatabase } from "../../engine/database.js";
import { explainPerson, type Explanation } from "../../engine/explain.js";
import { STAGES } from "../../domain/definition.js";
import { VsvError } from "../../domain/errors.js";
import { parseFormat } from "../format.js";

const usage = `Usage: vsv explain --person <person_id> --teljaar 2023-2024 [--definition 23|27] [--stage preliminary|definitive] [--format table|json] [--data-dir ./data]

Why this person is or is not counted, rule by rule, for each definition and stage (or the ones
asked for), with the stored result of \`vsv compute\` beside it. Person-level data: closed use only.`;

function renderText(list: readonly Explanation[]): string {
  const lines: string[] = [];
  for (const { evaluation: ev, stored } of list) {
    const verdict = !ev.inStartPopulation ? "NOT IN THE START POPULATION" : ev.vsv ? "COUNTED AS NEW VSV'ER" : ev.exclusion ? `NOT COUNTED (exclusion ${ev.exclusion})` : "NOT COUNTED";
    lines.push(`== ${ev.teljaar}, younger than ${ev.definition}, ${ev.stage} (register as known on ${ev.cutoff}): ${verdict}`);
    for (const s of ev.steps) lines.push(`  [${s.holds ? "x" : " "}] ${s.rule.padEnd(30)} ${s.detail}`);
    if (stored) {
      const same = stored.inStartPopulation === ev.inStartPopulation && stored.vsv === ev.vsv && (stored.exclusion ?? null) === ev.exclusion;
      lines.push(`  stored result of vsv compute: ${stored.inStartPopulation ? (stored.vsv ? "vsv'er" : `not counted${stored.exclusion ? ` (${stored.exclusion})` : ""}`) : "not in the start population"}${same ? " (agrees)" : " — DISAGREES with the rules above: recompute with vsv compute"}`);
    } else {
      lines.push("  stored result: not computed for this teljaar and stage (run vsv compute)");
    }
    lines.push("");
  }
  return lines.join("\n");
}

export const explainCommand: Command = {
  name: ["explain"],
  summary: "why one person is or is not counted, rule by rule",
  usage,
  async run(args, io) {
    const { values, dataDir } = parseCommandArgs(args, { ...TELJAAR_OPTIONS, person: { type: "string", short: "p" }, format: { type: "string", short: "f" } }, usage);
    if (typeof values.person !== "string") throw new VsvError("BAD_ARGUMENTS", `--person is required\n\n${usage}`);
    const teljaar = requiredTeljaar(values.teljaar, usage);
    const stage = optionalStage(values.stage);
    const combos = definitionList(values.definition).flatMap((definition) => (stage ? [stage] : STAGES).map((s) => ({ definition, stage: s })));
    const format = parseFormat(values.format, ["table", "json"]);
    const person = values.person;
    const list = await withDatabase(dataDir, (db) => explainPerson(db.connection, person, teljaar, combos), { readOnly: true });
    await auditCliUse(dataDir, io, { command: "explain", action: "read", activity: "analysis", subjectKind: "person", personKeys: [person], details: { teljaar, combinations: combos.length } });
    if (format === "json") {
      io.stdout.write(
        `${JSON.stringify(
          list.map(({ evaluation: ev, stored }) => ({
            teljaar: ev.teljaar, definition: ev.definition, stage: ev.stage, cutoff: ev.cutoff,
            in_start_population: ev.inStartPopulation, not_in_start_population_reason: ev.notInStartPopulationReason,
            vsv: ev.vsv, exclusion: ev.exclusion ?? "", applicable_exclusions: ev.applicableExclusions,
            main_enrolment: ev.mainEnrolment?.enrolmentId ?? null, municipality_code: ev.municipalityCode, age: ev.age,
            steps: ev.steps, stored,
          })),
          null,
          2,
        )}\n`,
      );
    } else {
      io.stdout.write(renderText(list));
    }
    return 0;
  },
};
