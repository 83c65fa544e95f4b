/**
 * Regional programmes in the operational store (issue 6, part 5): create one per region and period, read it
 * whole, list them, and change it — one change per call, under optimistic concurrency (`version`), recorded in
 * programme_changes with who, when and what. No person data, so no audit log entries. docs/programmes.md.
 */
import {
  type MeasureStatus,
  type PartyRole,
  type ProgrammePeriod,
  type ProgrammeStatus,
  type ProgrammeTopic,
  isMeasureStatus,
  isProgrammeStatus,
} from "../domain/steering/programmes.js";
import type { RmcRegio } from "../domain/codes.js";
import type { Sql } from "./sql.js";
import { SteeringError, StaleVersion } from "./steering-errors.js";
import { loadProgrammeTopics } from "./steering-reference.js";

/** Who makes a change: an account (null for the system, e.g. the demo seed) and the name the history shows. */
export interface Editor {
  readonly accountId: number | null;
  readonly name: string;
}

export interface Party {
  readonly role: PartyRole;
  readonly code: string;
  readonly name: string;
}

export interface NewProgramme {
  readonly region: RmcRegio;
  readonly regionName: string;
  readonly period: ProgrammePeriod;
  readonly parties: readonly Party[];
  readonly summary?: string;
  readonly pupilsInBelgium?: number;
  readonly status?: ProgrammeStatus;
  /** What the history says for the creation (default "aangemaakt"; starting one says "programma gestart"). */
  readonly historyNote?: string;
}

export interface ProgrammeRow {
  readonly id: number;
  readonly region: string;
  readonly region_name: string;
  readonly period: string;
  readonly status: ProgrammeStatus;
  readonly summary: string;
  readonly pupils_in_belgium: number;
  readonly version: number;
  readonly created_at: Date;
  readonly updated_at: Date;
}

export interface Measure {
  readonly id: number;
  readonly name: string;
  readonly target_group: string;
  readonly topic: string | null;
  readonly budget_eur: number;
  readonly status: MeasureStatus;
}

export interface BudgetLine {
  readonly id: number;
  readonly year: number;
  readonly source: string;
  readonly amount_eur: number;
}

export interface ProgrammeChangeRecord {
  readonly id: number;
  readonly at: Date;
  readonly actor_id: number | null;
  readonly actor_name: string;
  readonly what: string;
  readonly details: Record<string, unknown>;
}

export interface ProgrammeDetail {
  readonly programme: ProgrammeRow;
  readonly parties: readonly Party[];
  readonly topics: readonly (ProgrammeTopic & { readonly agreement: string; readonly updated_at: Date })[];
  readonly measures: readonly Measure[];
  readonly budget_lines: readonly BudgetLine[];
  readonly changes: readonly ProgrammeChangeRecord[];
}

export interface ProgrammeSummary extends ProgrammeRow {
  readonly topics_total: number;
  readonly topics_agreed: number;
  readonly measures: number;
  readonly measures_budget_eur: number;
}

const PROGRAMME_COLUMNS = "id, region, region_name, period, status, summary, pupils_in_belgium, version, created_at, updated_at";

/** Creates a programme with an empty agreement for every mandatory topic. PROGRAMME_EXISTS when the region has one for the period. */
export async function createProgramme(sql: Sql, input: NewProgramme, editor: Editor, topics: readonly ProgrammeTopic[] = loadProgrammeTopics()): Promise<number> {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO programmes (region, region_name, period, status, summary, pupils_in_belgium) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (region, period) DO NOTHING RETURNING id`,
      [input.region, input.regionName, input.period, input.status ?? "draft", input.summary ?? "", input.pupilsInBelgium ?? 0],
    );
    if (!row) throw new SteeringError("PROGRAMME_EXISTS", `Regio ${input.region} heeft al een programma voor ${input.period}: wijzig dat programma`);
    for (const p of input.parties) await tx.query("INSERT INTO programme_parties (programme_id, role, code, name) VALUES ($1, $2, $3, $4)", [row.id, p.role, p.code, p.name]);
    for (const t of topics) await tx.query("INSERT INTO programme_topics (programme_id, topic) VALUES ($1, $2)", [row.id, t.code]);
    await recordChange(tx, row.id, editor, input.historyNote ?? "aangemaakt", { period: input.period });
    return row.id;
  });
}

async function recordChange(sql: Sql, programmeId: number, editor: Editor, what: string, details: Record<string, unknown>): Promise<void> {
  await sql.query("INSERT INTO programme_changes (programme_id, actor_id, actor_name, what, details) VALUES ($1, $2, $3, $4, $5::jsonb)", [
    programmeId,
    editor.accountId,
    editor.name,
    what,
    JSON.stringify(details),
  ]);
}

/** Every programme (the latest period first per region), with how many topics have an agreement and the measures' budget. */
export async function listProgrammes(sql: Sql): Promise<ProgrammeSummary[]> {
  return sql.query<ProgrammeSummary>(
    `SELECT ${PROGRAMME_COLUMNS.split(", ").map((c) => `p.${c}`).join(", ")},
       (SELECT count(*) FROM programme_topics t WHERE t.programme_id = p.id) AS topics_total,
       (SELECT count(*) FROM programme_topics t WHERE t.programme_id = p.id AND t.agreement <> '') AS topics_agreed,
       (SELECT count(*) FROM programme_measures m WHERE m.programme_id = p.id) AS measures,
       (SELECT coalesce(sum(m.budget_eur), 0)::bigint FROM programme_measures m WHERE m.programme_id = p.id AND m.status <> 'stopped') AS measures_budget_eur
     FROM programmes p ORDER BY p.region, p.period DESC`,
  );
}

/** The programme of a region for a period, or its latest period when none is given; null when there is none. */
export async function findProgramme(sql: Sql, region: RmcRegio, period?: ProgrammePeriod): Promise<ProgrammeRow | null> {
  const rows = period
    ? await sql.query<ProgrammeRow>(`SELECT ${PROGRAMME_COLUMNS} FROM programmes WHERE region = $1 AND period = $2`, [region, period])
    : await sql.query<ProgrammeRow>(`SELECT ${PROGRAMME_COLUMNS} FROM programmes WHERE region = $1 ORDER BY period DESC LIMIT 1`, [region]);
  return rows[0] ?? null;
}

/** The periods the region has a programme for, the latest first. */
export async function programmePeriods(sql: Sql, region: RmcRegio): Promise<ProgrammePeriod[]> {
  const rows = await sql.query<{ period: ProgrammePeriod }>("SELECT period FROM programmes WHERE region = $1 ORDER BY period DESC", [region]);
  return rows.map((r) => r.period);
}

export async function getProgrammeDetail(sql: Sql, id: number, topics: readonly ProgrammeTopic[] = loadProgrammeTopics()): Promise<ProgrammeDetail | null> {
  const [programme] = await sql.query<ProgrammeRow>(`SELECT ${PROGRAMME_COLUMNS} FROM programmes WHERE id = $1`, [id]);
  if (!programme) return null;
  const parties = await sql.query<Party>("SELECT role, code, name FROM programme_parties WHERE programme_id = $1 ORDER BY role", [id]);
  const agreements = await sql.query<{ topic: string; agreement: string; updated_at: Date }>("SELECT topic, agreement, updated_at FROM programme_topics WHERE programme_id = $1", [id]);
  const byTopic = new Map(agreements.map((a) => [a.topic, a]));
  const measures = await sql.query<Measure>("SELECT id, name, target_group, topic, budget_eur, status FROM programme_measures WHERE programme_id = $1 ORDER BY id", [id]);
  const budgetLines = await sql.query<BudgetLine>("SELECT id, year, source, amount_eur FROM programme_budget_lines WHERE programme_id = $1 ORDER BY year, id", [id]);
  const changes = await sql.query<ProgrammeChangeRecord>("SELECT id, at, actor_id, actor_name, what, details FROM programme_changes WHERE programme_id = $1 ORDER BY at DESC, id DESC", [id]);
  return {
    programme,
    parties,
    // Topics in the reference's order; one the reference no longer lists is kept (its agreement was made).
    topics: [
      ...topics.filter((t) => byTopic.has(t.code)).map((t) => ({ ...t, agreement: byTopic.get(t.code)!.agreement, updated_at: byTopic.get(t.code)!.updated_at })),
      ...agreements.filter((a) => !topics.some((t) => t.code === a.topic)).map((a) => ({ code: a.topic, title: a.topic, description: "", source: "", agreement: a.agreement, updated_at: a.updated_at })),
    ],
    measures,
    budget_lines: budgetLines,
    changes,
  };
}

export interface MeasureInput {
  readonly name: string;
  readonly target_group: string;
  readonly topic: string | null;
  readonly budget_eur: number;
  readonly status: MeasureStatus;
}

/** One change of a programme. */
export type ProgrammeChange =
  | { readonly kind: "fields"; readonly status?: ProgrammeStatus; readonly summary?: string; readonly pupils_in_belgium?: number }
  | { readonly kind: "topic"; readonly topic: string; readonly agreement: string }
  | { readonly kind: "party"; readonly party: Party }
  | { readonly kind: "add_measure"; readonly measure: MeasureInput }
  | { readonly kind: "update_measure"; readonly id: number; readonly measure: Partial<MeasureInput> }
  | { readonly kind: "remove_measure"; readonly id: number }
  | { readonly kind: "add_budget_line"; readonly line: Omit<BudgetLine, "id"> }
  | { readonly kind: "update_budget_line"; readonly id: number; readonly line: Partial<Omit<BudgetLine, "id">> }
  | { readonly kind: "remove_budget_line"; readonly id: number };

/**
 * Applies one change to programme `id` if it is still at `version` (StaleVersion otherwise), bumps the version and
 * records what changed (old and new values) in its history. Changes that change nothing are refused (BAD_CHANGE).
 */
export async function changeProgramme(sql: Sql, id: number, version: number, change: ProgrammeChange, editor: Editor): Promise<ProgrammeRow> {
  return sql.transaction(async (tx) => {
    const [bumped] = await tx.query<ProgrammeRow>(
      `UPDATE programmes SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING ${PROGRAMME_COLUMNS}`,
      [id, version],
    );
    if (!bumped) {
      const [current] = await tx.query<{ version: number; region: string; period: string }>("SELECT version, region, period FROM programmes WHERE id = $1", [id]);
      if (!current) throw new SteeringError("PROGRAMME_NOT_FOUND", `Er is geen programma ${id}: kies een programma uit de lijst`);
      throw new StaleVersion(version, current.version, `Het programma van regio ${current.region} (${current.period})`);
    }
    const { what, details } = await apply(tx, bumped, change);
    await recordChange(tx, id, editor, what, details);
    const [after] = await tx.query<ProgrammeRow>(`SELECT ${PROGRAMME_COLUMNS} FROM programmes WHERE id = $1`, [id]);
    return after!;
  });
}

function badChange(message: string): SteeringError {
  return new SteeringError("BAD_CHANGE", message);
}

async function apply(tx: Sql, p: ProgrammeRow, change: ProgrammeChange): Promise<{ what: string; details: Record<string, unknown> }> {
  switch (change.kind) {
    case "fields": {
      const next = { status: change.status ?? p.status, summary: change.summary ?? p.summary, pupils_in_belgium: change.pupils_in_belgium ?? p.pupils_in_belgium };
      if (!isProgrammeStatus(next.status)) throw badChange(`Status "${next.status}" is geen programmastatus: kies draft, adopted, running of finished`);
      if (!Number.isInteger(next.pupils_in_belgium) || next.pupils_in_belgium < 0) throw badChange("pupils_in_belgium moet een geheel getal van minstens 0 zijn");
      const diff: Record<string, { from: unknown; to: unknown }> = {};
      for (const k of ["status", "summary", "pupils_in_belgium"] as const) if (next[k] !== p[k]) diff[k] = { from: p[k], to: next[k] };
      if (Object.keys(diff).length === 0) throw badChange("Deze wijziging verandert niets: stuur de velden met hun nieuwe waarden");
      await tx.query("UPDATE programmes SET status = $2, summary = $3, pupils_in_belgium = $4 WHERE id = $1", [p.id, next.status, next.summary, next.pupils_in_belgium]);
      return { what: `gewijzigd: ${Object.keys(diff).join(", ")}`, details: diff };
    }
    case "topic": {
      const [old] = await tx.query<{ agreement: string }>("SELECT agreement FROM programme_topics WHERE programme_id = $1 AND topic = $2", [p.id, change.topic]);
      if (!old) throw new SteeringError("UNKNOWN_TOPIC", `Thema "${change.topic}" is geen thema van dit programma: kies een code uit reference/programme-topics.csv`);
      if (old.agreement === change.agreement) throw badChange("De afspraak is niet veranderd: stuur de nieuwe tekst van de afspraak");
      await tx.query("UPDATE programme_topics SET agreement = $3, updated_at = now() WHERE programme_id = $1 AND topic = $2", [p.id, change.topic, change.agreement]);
      return { what: `afspraak gewijzigd: ${change.topic}`, details: { topic: change.topic, from: old.agreement, to: change.agreement } };
    }
    case "party": {
      const [old] = await tx.query<Party>("SELECT role, code, name FROM programme_parties WHERE programme_id = $1 AND role = $2", [p.id, change.party.role]);
      await tx.query(
        `INSERT INTO programme_parties (programme_id, role, code, name) VALUES ($1, $2, $3, $4)
         ON CONFLICT (programme_id, role) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name`,
        [p.id, change.party.role, change.party.code, change.party.name],
      );
      return { what: `partij gewijzigd: ${change.party.role}`, details: { role: change.party.role, from: old ? { code: old.code, name: old.name } : null, to: { code: change.party.code, name: change.party.name } } };
    }
    case "add_measure": {
      const m = checkMeasure(change.measure);
      const [row] = await tx.query<{ id: number }>(
        "INSERT INTO programme_measures (programme_id, name, target_group, topic, budget_eur, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        [p.id, m.name, m.target_group, m.topic, m.budget_eur, m.status],
      );
      return { what: `maatregel toegevoegd: ${m.name}`, details: { measure_id: row!.id, to: m } };
    }
    case "update_measure": {
      const [old] = await tx.query<Measure>("SELECT id, name, target_group, topic, budget_eur, status FROM programme_measures WHERE programme_id = $1 AND id = $2", [p.id, change.id]);
      if (!old) throw new SteeringError("MEASURE_NOT_FOUND", `Maatregel ${change.id} hoort niet bij dit programma: kies een maatregel uit het programma`);
      const next = checkMeasure({ ...old, ...change.measure });
      const diff: Record<string, { from: unknown; to: unknown }> = {};
      for (const k of ["name", "target_group", "topic", "budget_eur", "status"] as const) if (next[k] !== old[k]) diff[k] = { from: old[k], to: next[k] };
      if (Object.keys(diff).length === 0) throw badChange("Deze wijziging verandert niets: stuur de velden van de maatregel met hun nieuwe waarden");
      await tx.query("UPDATE programme_measures SET name = $3, target_group = $4, topic = $5, budget_eur = $6, status = $7 WHERE programme_id = $1 AND id = $2", [
        p.id, change.id, next.name, next.target_group, next.topic, next.budget_eur, next.status,
      ]);
      return { what: `maatregel gewijzigd: ${next.name}`, details: { measure_id: change.id, ...diff } };
    }
    case "remove_measure": {
      const [old] = await tx.query<Measure>("DELETE FROM programme_measures WHERE programme_id = $1 AND id = $2 RETURNING id, name, target_group, topic, budget_eur, status", [p.id, change.id]);
      if (!old) throw new SteeringError("MEASURE_NOT_FOUND", `Maatregel ${change.id} hoort niet bij dit programma: kies een maatregel uit het programma`);
      return { what: `maatregel verwijderd: ${old.name}`, details: { measure_id: old.id, from: old } };
    }
    case "add_budget_line": {
      const l = checkBudgetLine(change.line, p.period);
      const [row] = await tx.query<{ id: number }>("INSERT INTO programme_budget_lines (programme_id, year, source, amount_eur) VALUES ($1, $2, $3, $4) RETURNING id", [p.id, l.year, l.source, l.amount_eur]);
      return { what: `begrotingsregel toegevoegd: ${l.year} ${l.source}`, details: { budget_line_id: row!.id, to: l } };
    }
    case "update_budget_line": {
      const [old] = await tx.query<BudgetLine>("SELECT id, year, source, amount_eur FROM programme_budget_lines WHERE programme_id = $1 AND id = $2", [p.id, change.id]);
      if (!old) throw new SteeringError("BUDGET_LINE_NOT_FOUND", `Begrotingsregel ${change.id} hoort niet bij dit programma: kies een regel uit het programma`);
      const next = checkBudgetLine({ year: old.year, source: old.source, amount_eur: old.amount_eur, ...change.line }, p.period);
      const diff: Record<string, { from: unknown; to: unknown }> = {};
      for (const k of ["year", "source", "amount_eur"] as const) if (next[k] !== old[k]) diff[k] = { from: old[k], to: next[k] };
      if (Object.keys(diff).length === 0) throw badChange("Deze wijziging verandert niets: stuur de velden van de begrotingsregel met hun nieuwe waarden");
      await tx.query("UPDATE programme_budget_lines SET year = $3, source = $4, amount_eur = $5 WHERE programme_id = $1 AND id = $2", [p.id, change.id, next.year, next.source, next.amount_eur]);
      return { what: `begrotingsregel gewijzigd: ${next.year} ${next.source}`, details: { budget_line_id: change.id, ...diff } };
    }
    case "remove_budget_line": {
      const [old] = await tx.query<BudgetLine>("DELETE FROM programme_budget_lines WHERE programme_id = $1 AND id = $2 RETURNING id, year, source, amount_eur", [p.id, change.id]);
      if (!old) throw new SteeringError("BUDGET_LINE_NOT_FOUND", `Begrotingsregel ${change.id} hoort niet bij dit programma: kies een regel uit het programma`);
      return { what: `begrotingsregel verwijderd: ${old.year} ${old.source}`, details: { budget_line_id: old.id, from: old } };
    }
  }
}

/** A budget line with its source trimmed, or BAD_CHANGE saying what is wrong. */
function checkBudgetLine(l: Omit<BudgetLine, "id">, period: string): Omit<BudgetLine, "id"> {
  const [first, last] = period.split("-").map(Number) as [number, number];
  if (!Number.isInteger(l.year) || l.year < first || l.year > last) throw badChange(`Jaar ${l.year} valt buiten de programmaperiode ${period}: kies een jaar binnen de periode`);
  if (!l.source.trim()) throw badChange("Een begrotingsregel heeft een bron nodig, bijvoorbeeld \"eigen bijdrage gemeente\"");
  if (!Number.isSafeInteger(l.amount_eur) || l.amount_eur < 0) throw badChange("amount_eur moet een geheel aantal euro zijn, minstens 0");
  return { year: l.year, source: l.source.trim(), amount_eur: l.amount_eur };
}

function checkMeasure(m: MeasureInput): MeasureInput {
  const name = m.name.trim();
  if (!name) throw badChange("Een maatregel heeft een naam nodig");
  if (!isMeasureStatus(m.status)) throw badChange(`Status "${m.status}" is geen status van een maatregel: kies planned, running, done of stopped`);
  if (!Number.isSafeInteger(m.budget_eur) || m.budget_eur < 0) throw badChange("budget_eur moet een geheel aantal euro zijn, minstens 0");
  return { name, target_group: m.target_group.trim(), topic: m.topic === "" ? null : m.topic, budget_eur: m.budget_eur, status: m.status };
}
