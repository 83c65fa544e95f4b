import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { changeAction, ensureActionPlan, getActionPlan } from "../../src/store/action-plan.js";
import { StaleVersion } from "../../src/store/steering-errors.js";
import { loadActionPlan } from "../../src/store/steering-reference.js";
import { Targets, storeKinds } from "./store-targets.js";
import { refusal } from "../support/refusal.js";

const kinds = await storeKinds();

describe.each(kinds)("the national action plan on %s", (kind) => {
  const targets = new Targets(kind);
  let sql: OperationalStore;
  const reference = loadActionPlan();
  const actionCount = reference.lines.reduce((s, l) => s + l.actions.length, 0);

  beforeAll(async () => {
    sql = await openOperationalStore(await targets.fresh());
  });
  afterAll(async () => {
    await sql?.close();
    await targets.cleanup();
  });

  it("seeds the six lines and their actions from reference/action-plan.json, the annex's progress as first note", async () => {
    expect(await ensureActionPlan(sql)).toBe(actionCount);
    const plan = await getActionPlan(sql);
    expect(plan.lines.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(plan.lines[0]!.actions.map((a) => a.code)).toEqual(["1.1", "1.2", "1.3"]);
    const a12 = plan.lines[0]!.actions[1]!;
    expect(a12).toMatchObject({ title: "Aanwezigheidsaanpak 18-plus", status: "in_progress", version: 1 });
    expect(a12.notes).toHaveLength(1);
    expect(a12.notes[0]).toMatchObject({ noted_on: reference.notedOn });
    expect(a12.notes[0]!.text).toContain("Ingrado");
    expect(plan.lines[0]!.actions[2]!.notes).toEqual([]);
    expect(plan.totals).toMatchObject({ actions: actionCount, byStatus: { not_started: 0, in_progress: actionCount, done: 0 }, donePct: 0 });
  });

  it("is idempotent and keeps changes made since", async () => {
    const changed = await changeAction(sql, "2.2", 1, { status: "done", done_on: "2025-11-01", note: { noted_on: "2025-11-01", text: "Onderzoek Oberon opgeleverd." } }, "Analist");
    expect(changed).toMatchObject({ status: "done", done_on: "2025-11-01", version: 2, updated_by: "Analist" });
    expect(changed.notes.map((n) => n.text)).toEqual(["Onderzoek Oberon opgeleverd.", reference.lines[1]!.actions[1]!.progress]);
    expect(await ensureActionPlan(sql)).toBe(0);
    const plan = await getActionPlan(sql);
    const line2 = plan.lines[1]!;
    expect(line2.actions.find((a) => a.code === "2.2")).toMatchObject({ status: "done", version: 2 });
    expect(line2.actions.find((a) => a.code === "2.2")!.notes).toHaveLength(2);
    expect(line2.progress).toMatchObject({ actions: 4, byStatus: { not_started: 0, in_progress: 3, done: 1 }, donePct: 25 });
  });

  it("refuses a stale version, an unknown action, bad dates and empty changes", async () => {
    const stale = await refusal(changeAction(sql, "2.2", 1, { status: "in_progress" }, "Analist"));
    expect(stale).toBeInstanceOf(StaleVersion);
    expect((stale as StaleVersion).current).toBe(2);
    expect(await refusal(changeAction(sql, "9.9", 1, { status: "done" }, "Analist"))).toMatchObject({ code: "ACTION_NOT_FOUND" });
    expect(await refusal(changeAction(sql, "1.1", 1, { due_on: "1 mei" }, "Analist"))).toMatchObject({ code: "BAD_CHANGE" });
    expect(await refusal(changeAction(sql, "1.1", 1, {}, "Analist"))).toMatchObject({ code: "BAD_CHANGE" });
  });
});
