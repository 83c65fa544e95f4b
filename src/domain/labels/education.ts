/**
 * Sorts and levels of education, leerwegen and the reasons on a signal list as a Dutch reader says them: the codes
 * the register, DUO's files and the figures use (`VO-ONDERBOUW`, `VMBO-BB`, `MBO-3`, `BOL`, `GEEN INSCHRIJVING`) never
 * reach a reader as they are. Pure data: importable by the server, the report and the web app.
 */
import { DUO_LEVEL_LABELS } from "../duo/levels.js";

/** The figures' `education_type` (src/engine/dimensions.ts) and the register's levels. */
export const EDUCATION_TYPE_LABELS: Readonly<Record<string, string>> = {
  "VO-ONDERBOUW": "Vo onderbouw",
  "VMBO-BB": "Vmbo basis",
  "VMBO-KB": "Vmbo kader",
  "VMBO-GT": "Vmbo gemengd/theoretisch",
  VMBO: "Vmbo bovenbouw",
  HAVO: "Havo",
  VWO: "Vwo",
  "HAVO-VWO": "Havo/vwo bovenbouw",
  "MBO-1": "Mbo niveau 1 (entree)",
  "MBO-2": "Mbo niveau 2",
  "MBO-3": "Mbo niveau 3",
  "MBO-4": "Mbo niveau 4",
  VAVO: "Vavo",
  PRO: "Praktijkonderwijs",
  VSO: "Voortgezet speciaal onderwijs",
};

/** Leerwegen as DUO writes them (src/domain/duo/leerweg.ts): mbo's BOL/BBL/EX and vmbo's BB/KB/GL/TL. */
export const LEERWEG_LABELS: Readonly<Record<string, string>> = {
  BOL: "bol (beroepsopleidende leerweg)",
  BBL: "bbl (beroepsbegeleidende leerweg)",
  EX: "extraneus",
  BB: "basisberoepsgerichte leerweg",
  KB: "kaderberoepsgerichte leerweg",
  GL: "gemengde leerweg",
  TL: "theoretische leerweg",
};

/** The figures' `sector` (the register's sector of the main enrolment). */
export const SECTOR_LABELS: Readonly<Record<string, string>> = {
  VO: "Voortgezet onderwijs (vo)",
  MBO: "Middelbaar beroepsonderwijs (mbo)",
  VAVO: "Vavo (voortgezet algemeen volwassenenonderwijs)",
};

/** The figures' `age_group` (age on 1 October of the teljaar). */
export const AGE_GROUP_LABELS: Readonly<Record<string, string>> = {
  "0-17": "Jonger dan 18 jaar",
  "18-22": "18 tot en met 22 jaar",
  "23-26": "23 tot en met 26 jaar",
};

/** Why someone is on a signal list: DUO's REDEN, and the engine's own reason. */
export const SIGNAL_REASON_LABELS: Readonly<Record<string, string>> = {
  "GEEN INSCHRIJVING": "Niet meer ingeschreven",
};

function lookup(labels: Readonly<Record<string, string>>, code: string): string | undefined {
  return Object.hasOwn(labels, code) ? labels[code] : undefined;
}

/** A level or sort of education in words (`MBO-3` → "Mbo 3"); an unknown code as DUO wrote it. */
export function levelLabel(code: string): string {
  const upper = code.trim().toUpperCase();
  // The register spells an mbo level as its number alone.
  if (/^[1-4]$/.test(upper)) return EDUCATION_TYPE_LABELS[`MBO-${upper}`]!;
  return lookup(DUO_LEVEL_LABELS, upper) ?? lookup(EDUCATION_TYPE_LABELS, upper) ?? code;
}

/** A leerweg in words (`BOL` → "bol (beroepsopleidende leerweg)"); an unknown one as written. */
export function leerwegLabel(code: string): string {
  return lookup(LEERWEG_LABELS, code.trim().toUpperCase()) ?? code;
}

/** Level and leerweg together, as a signal list shows them: `MBO-3` + `BOL` → "Mbo 3, bol (beroepsopleidende leerweg)". */
export function educationLabel(level: string | null | undefined, leerweg: string | null | undefined): string | null {
  const parts = [level ? levelLabel(level) : null, leerweg ? leerwegLabel(leerweg) : null].filter((p): p is string => p !== null);
  return parts.length ? parts.join(", ") : null;
}

/** The reason on a signal list in words (`GEEN INSCHRIJVING` → "Niet meer ingeschreven"); DUO's own text otherwise. */
export function signalReasonLabel(reason: string): string {
  return lookup(SIGNAL_REASON_LABELS, reason.trim().toUpperCase()) ?? reason;
}
