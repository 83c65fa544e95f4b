/**
 * Every action, processing activity (and its purpose) and subject kind the code writes into the audit log has a
 * Dutch label (src/domain/labels/audit.ts; docs/audit-log.md, "Labels"). Enumerated from the sources of truth —
 * AUDIT_ACTIONS, the processing-activities list — and from the code itself: every `activity: "…"`,
 * `subjectKind: "…"` and `action: "…"` literal in src/. A new activity or kind without a label fails here.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROCESSING_ACTIVITIES, type ProcessingActivity, purposeOf } from "../../src/domain/casework/processing-activities.js";
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIVITY_LABELS,
  AUDIT_SUBJECT_LABELS,
  auditActionLabel,
  auditActivityLabel,
  auditPurposeLabel,
  auditSentence,
  auditSubjectLabel,
} from "../../src/domain/labels/audit.js";
import { AUDIT_ACTIONS } from "../../src/store/audit.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [p] : [];
  });
}

/** The string literals the code gives a key in an object literal, e.g. every `activity: "case_work"`. */
function written(key: string): Set<string> {
  const found = new Set<string>();
  const re = new RegExp(`\\b${key}:\\s*"([a-z_]+)"`, "g");
  for (const file of sources("src")) for (const m of readFileSync(file, "utf8").matchAll(re)) found.add(m[1]!);
  return found;
}

const dutch = (text: string) => expect(text, text).not.toMatch(/^[a-z]+(_[a-z]+)+$|_/);

describe("the audit log's Dutch labels", () => {
  it("label every action", () => {
    for (const action of AUDIT_ACTIONS) {
      expect(Object.hasOwn(AUDIT_ACTION_LABELS, action), action).toBe(true);
      expect(auditActionLabel(action)).not.toBe(action);
      // The sentence starts with a Dutch verb, not the code.
      expect(auditSentence({ action, purpose: "case_work: x", subject_kind: "case" })).not.toContain(action);
    }
  });

  it("label every processing activity and its purpose", () => {
    const activities = Object.keys(PROCESSING_ACTIVITIES) as ProcessingActivity[];
    expect(activities.length).toBeGreaterThanOrEqual(9);
    for (const activity of activities) {
      const stored = `${activity}: ${purposeOf(activity)}`;
      expect(Object.hasOwn(AUDIT_ACTIVITY_LABELS, activity), activity).toBe(true);
      dutch(auditActivityLabel(stored));
      dutch(auditPurposeLabel(stored));
      expect(auditPurposeLabel(stored)).toBe(purposeOf(activity));
      dutch(auditSentence({ action: "read", purpose: stored, subject_kind: null }));
    }
  });

  it("know every activity, subject kind and action the code writes", () => {
    const activities = written("activity");
    // Routes and commands write these (signals.ts picks school_signal_list for school users in a function).
    expect([...activities]).toEqual(expect.arrayContaining(["case_work", "absence", "audit", "authentication", "account_management", "analysis", "retention", "signal_list"]));
    for (const a of activities) {
      expect(Object.hasOwn(PROCESSING_ACTIVITIES, a), `activity "${a}" is written but is no processing activity`).toBe(true);
      expect(Object.hasOwn(AUDIT_ACTIVITY_LABELS, a), `activity "${a}" has no Dutch label`).toBe(true);
    }
    const kinds = written("subjectKind");
    expect(kinds.size).toBeGreaterThanOrEqual(6);
    for (const k of kinds) {
      expect(Object.hasOwn(AUDIT_SUBJECT_LABELS, k), `subject kind "${k}" has no Dutch label`).toBe(true);
      dutch(auditSubjectLabel(k));
    }
    // Every action literal next to an audit call is one of AUDIT_ACTIONS (others, e.g. a plan's "update", are too).
    for (const file of sources("src")) {
      for (const m of readFileSync(file, "utf8").matchAll(/(?:ctx\.audit|recordAudit|auditCliUse)\([^;]*?\baction:\s*"([a-z_]+)"/gs)) {
        expect(AUDIT_ACTIONS as readonly string[], `${file}: action "${m[1]}"`).toContain(m[1]);
      }
    }
  });

  it("say what a line did in one Dutch sentence", () => {
    expect(auditSentence({ action: "read", purpose: "signal_list: x", subject_kind: "signal_list", persons: 50 })).toBe("bekeek signaallijst, 50 jongeren");
    expect(auditSentence({ action: "update", purpose: "case_work: x", subject_kind: "case", details: { changed: ["status", "next_step"] }, persons: 1 })).toBe("wijzigde dossier: status, volgende stap");
    expect(auditSentence({ action: "create", purpose: "case_work: x", subject_kind: "case", persons: 1 })).toBe("maakte dossier aan, 1 jongere");
    expect(auditSentence({ action: "export", purpose: "school_signal_list: x", subject_kind: "signal_list", persons: 1200 })).toBe("downloadde signaallijst, 1.200 jongeren");
    expect(auditSentence({ action: "read", purpose: "signal_list: x", subject_kind: "person", persons: 31 })).toBe("bekeek signaallijst, 31 jongeren");
    expect(auditSentence({ action: "read", purpose: "case_work: x", subject_kind: "person", persons: 1 })).toBe("bekeek persoonsgegevens, 1 jongere");
    expect(auditSentence({ action: "login", purpose: "authentication: x", subject_kind: "session" })).toBe("logde in");
    expect(auditSentence({ action: "denied", purpose: "audit: x", subject_kind: "audit_log" })).toBe("kreeg geen toegang tot logboek");
  });
});
