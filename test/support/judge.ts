/**
 * Judges hand-built people with both implementations of the definition — the pure rules
 * (src/domain/vsv-rules.ts) and the SQL engine (src/engine/compute-sql.ts) — and fails the test
 * when they disagree. Rule tests use it, so every rule is tested in both.
 */
import { expect } from "vitest";
import { DuckDBInstance } from "@duckdb/node-api";
import type { PersonFacts } from "../../src/domain/register.js";
import { type Definition, type Stage, DEFINITIONS, STAGES } from "../../src/domain/definition.js";
import { type Teljaar, parseTeljaar } from "../../src/domain/teljaar.js";
import { type Evaluation, evaluatePerson } from "../../src/domain/vsv-rules.js";
import { computeResults } from "../../src/engine/compute.js";
import { queryRows } from "../../src/engine/database.js";
import { loadRegisterDirect } from "./register-builder.js";

export interface EngineRow {
  person_id: string;
  teljaar: string;
  stage: string;
  in_sp23: boolean;
  in_sp27: boolean;
  vsv: boolean;
  exclusion: string | null;
  enrolment_id: string | null;
  institution: string | null;
  location: string | null;
  level: string | null;
  leerweg: string | null;
  municipality_code: string | null;
  region: string | null;
  age: number;
}

/** Runs the SQL engine on the people for the teljaren and returns its stored per-person rows. */
export async function engineRows(people: readonly PersonFacts[], teljaren: readonly Teljaar[]): Promise<EngineRow[]> {
  const db = await DuckDBInstance.create(":memory:");
  const conn = await db.connect();
  try {
    await loadRegisterDirect(conn, people);
    await computeResults(conn, { teljaren });
    return await queryRows<EngineRow>(conn, "SELECT * FROM results.person_results ORDER BY teljaar, stage, person_id");
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

/** Asserts that the engine row agrees with the pure evaluation (absence = not in the start population). */
export function expectAgreement(ev: Evaluation, personId: string, rows: readonly EngineRow[]): void {
  const row = rows.find((r) => r.person_id === personId && r.teljaar === ev.teljaar && r.stage === ev.stage);
  const inSp = row ? (ev.definition === 23 ? row.in_sp23 : row.in_sp27) : false;
  const context = `person ${personId}, ${ev.teljaar}, ${ev.stage}, definition ${ev.definition}`;
  expect(inSp, `start population: ${context}`).toBe(ev.inStartPopulation);
  if (!ev.inStartPopulation) return;
  expect(row!.vsv, `vsv: ${context}`).toBe(ev.vsv);
  expect(row!.exclusion ?? null, `exclusion: ${context}`).toBe(ev.exclusion);
  expect(row!.enrolment_id, `main enrolment: ${context}`).toBe(ev.mainEnrolment?.enrolmentId ?? null);
  expect(row!.municipality_code ?? null, `municipality: ${context}`).toBe(ev.municipalityCode);
  expect(row!.age, `age: ${context}`).toBe(ev.age);
}

export interface Judgement {
  /** The pure evaluation for a definition and stage. */
  of(definition?: Definition, stage?: Stage): Evaluation;
  readonly rows: readonly EngineRow[];
}

/**
 * Judges one person for one teljaar in every definition and stage with both implementations,
 * asserting agreement; `of()` returns the evaluation (default: definition 23, definitive).
 */
export async function judge(p: PersonFacts, teljaarText: string, others: readonly PersonFacts[] = []): Promise<Judgement> {
  const teljaar = parseTeljaar(teljaarText);
  const rows = await engineRows([p, ...others], [teljaar]);
  const evaluations = new Map<string, Evaluation>();
  for (const definition of DEFINITIONS) {
    for (const stage of STAGES) {
      const ev = evaluatePerson(p, { teljaar, definition, stage });
      expectAgreement(ev, p.personId, rows);
      evaluations.set(`${definition}/${stage}`, ev);
    }
  }
  return { of: (definition = 23, stage = "definitive") => evaluations.get(`${definition}/${stage}`)!, rows };
}
