import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { diploma, enrolment, loadRegisterDirect, person, residence } from "../support/register-builder.js";
import { computeResults } from "../../src/engine/compute.js";
import { type MonthlySignal, monthlySignals } from "../../src/engine/monthly-signals.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import type { IsoDate } from "../../src/domain/dates.js";
import { personSignals, runStarts, signalMonths, signalPeildatum } from "../../src/domain/signalling.js";
import type { ReportMonth } from "../../src/domain/duo/report-month.js";
import type { PersonFacts } from "../../src/domain/register.js";

const T = parseTeljaar("2022-2023");
const mbo = (id: string, start: string, end: string | null, extra: Partial<Parameters<typeof enrolment>[0]> = {}) =>
  enrolment({ enrolmentId: id, level: "2", start, end, ...extra });

/** One person per rule of the monthly signalling, all in the start population of 2022-2023 at 27GZ. */
const people: PersonFacts[] = [
  // leaves on 15 February 2023: on the list from February on, through the A14 months.
  person("FEB", "2005-01-01", { enrolments: [mbo("FEB-1", "2021-08-01", "2023-02-15")] }),
  // ends on the last day of January: the January list is taken on 1 February, so January.
  person("JAN31", "2005-01-01", { enrolments: [mbo("JAN31-1", "2021-08-01", "2023-01-31")] }),
  // leaves in November 2022, re-enrols on 15 April 2023: on the lists November-March, gone from April.
  person("BACK", "2005-01-01", { enrolments: [mbo("BACK-1", "2021-08-01", "2022-11-20"), mbo("BACK-2", "2023-04-15", null, { institution: "25LZ" })] }),
  // obtains an mbo-2 diploma (an SK) in January and leaves: never on a list.
  person("SK", "2005-01-01", { enrolments: [mbo("SK-1", "2021-08-01", "2023-01-31")], diplomas: [diploma("MBO-2", "2023-01-20")] }),
  // an mbo-1 diploma is not an SK: on the list from January.
  person("MBO1", "2005-01-01", { enrolments: [mbo("MBO1-1", "2021-08-01", "2023-01-31", { level: "1" })], diplomas: [diploma("MBO-1", "2023-01-20")] }),
  // stays enrolled: never on a list.
  person("STAY", "2005-01-01", { enrolments: [mbo("STAY-1", "2021-08-01", null)] }),
  // leaves at the end of December, back on 1 February (off the January list), leaves again at the end of May.
  person("TWICE", "2005-01-01", { enrolments: [mbo("TWICE-1", "2021-08-01", "2022-12-31"), mbo("TWICE-2", "2023-02-01", "2023-05-31")] }),
  // enrolled up to 30 September 2023: on the September list (taken on 1 October t+1) and the A14 lists.
  person("SEP", "2005-01-01", { enrolments: [mbo("SEP-1", "2021-08-01", "2023-09-30")] }),
  // leaves in June, a late SK on 15 November 2023: on the A14 list of October, not of November.
  person("LATESK", "2005-01-01", { enrolments: [mbo("LATESK-1", "2021-08-01", "2023-06-30")], diplomas: [diploma("MBO-2", "2023-11-15")] }),
  // leaves in March, to higher education in September (funded, any sector keeps one off the list).
  person("HO", "2005-01-01", { enrolments: [mbo("HO-1", "2021-08-01", "2023-03-31"), enrolment({ enrolmentId: "HO-2", sector: "HO", level: "HBO", leerweg: null, start: "2023-09-01" })] }),
  // leaves in March, to unfunded education in April: still on the list (a possible vsv'er).
  person("UNF", "2005-01-01", { enrolments: [mbo("UNF-1", "2021-08-01", "2023-03-31"), mbo("UNF-2", "2023-04-01", null, { funded: false })] }),
  // not in the start population (holds an SK on 1 October 2022): never on a list.
  person("HADSK", "2004-01-01", { enrolments: [mbo("HADSK-1", "2021-08-01", "2023-01-31")], diplomas: [diploma("HAVO", "2021-07-01")] }),
  // re-enrolment in October 2023 registered after the register's as-of date: not known yet.
  person("LATEREC", "2005-01-01", { enrolments: [mbo("LATEREC-1", "2021-08-01", "2023-08-31"), mbo("LATEREC-2", "2023-10-10", null, { recordedOn: "2023-12-01" })] }),
  // the only enrolment was registered after the register's as-of date: as known then, never enrolled.
  person("UNKNOWN", "2005-01-01", { enrolments: [mbo("UNKNOWN-1", "2021-08-01", null, { recordedOn: "2023-12-01" })] }),
  // another region and institution, leaves in March.
  person("FRL", "2005-01-01", { enrolments: [mbo("FRL-1", "2021-08-01", "2023-03-31", { institution: "25LZ" })], residences: [residence("0080", "2000-01-01")] }),
];

let db: DuckDBInstance;
let conn: DuckDBConnection;

async function setAsOf(asOf: string | null) {
  await conn.run("DROP TABLE IF EXISTS register.coverage");
  if (asOf) await conn.run(`CREATE TABLE register.coverage AS SELECT DATE '${asOf}' AS as_of, NULL::VARCHAR AS first_teljaar, NULL::VARCHAR AS last_teljaar`);
}

beforeAll(async () => {
  db = await DuckDBInstance.create(":memory:");
  conn = await db.connect();
  await loadRegisterDirect(conn, people);
  await computeResults(conn, { teljaren: [T] });
});
afterAll(() => {
  conn.closeSync();
  db.closeSync();
});

const q = (asOf: string | null, scope: Parameters<typeof monthlySignals>[1]["scope"] = { kind: "national" }) =>
  ({ teljaar: T, stage: "definitive" as const, definition: 23 as const, scope, asOf: asOf as IsoDate | null });

function monthsOf(rows: readonly MonthlySignal[], id: string): string[] {
  return rows.filter((r) => r.personId === id).map((r) => r.reportMonth);
}
function row(rows: readonly MonthlySignal[], id: string, month: string): MonthlySignal | undefined {
  return rows.find((r) => r.personId === id && r.reportMonth === month);
}
const range = (from: string, to: string) => signalMonths(T).map((m) => m.month as string).filter((m) => m >= from && m <= to);

describe("monthly signalling: the report months and their peildatum", () => {
  it("has twelve A04 months October t - September t+1 and three A14 months October - December t+1", () => {
    const months = signalMonths(T);
    expect(months.map((m) => m.month)).toEqual([...range("2022-10", "2023-09"), "2023-10", "2023-11", "2023-12"]);
    expect(months.map((m) => m.kind)).toEqual([...Array(12).fill("A04"), "A14", "A14", "A14"]);
  });

  it("takes each month's list on the first day after the month (September t+1: the second peildatum)", () => {
    expect(signalPeildatum("2023-01" as ReportMonth)).toBe("2023-02-01");
    expect(signalPeildatum("2023-09" as ReportMonth)).toBe("2023-10-01");
    expect(signalPeildatum("2023-12" as ReportMonth)).toBe("2024-01-01");
  });

  it("starts a run where someone comes on the list and restarts it after a gap", () => {
    expect(runStarts([false, true, true, false, true])).toEqual([null, 1, 1, null, 4]);
  });
});

describe("monthly signalling: who is on the list", () => {
  let rows: MonthlySignal[];
  beforeAll(async () => {
    await setAsOf(null);
    rows = await monthlySignals(conn, q(null));
  });

  it("lists someone who leaves in February from the February list on, since February, with the end of the enrolment", () => {
    expect(monthsOf(rows, "FEB")).toEqual(range("2023-02", "2023-12"));
    expect(row(rows, "FEB", "2023-06")).toMatchObject({ listedSince: "2023-02", deregistrationDate: "2023-02-15", kind: "A04" });
    expect(row(rows, "FEB", "2023-11")).toMatchObject({ listedSince: "2023-02", kind: "A14" });
  });

  it("puts an enrolment ending on the last day of a month on that month's list", () => {
    expect(monthsOf(rows, "JAN31")[0]).toBe("2023-01");
  });

  it("drops someone who re-enrols in April from the April list on", () => {
    expect(monthsOf(rows, "BACK")).toEqual(range("2022-11", "2023-03"));
    expect(row(rows, "BACK", "2023-03")).toMatchObject({ listedSince: "2022-11", deregistrationDate: "2022-11-20" });
  });

  it("never lists someone who obtains an SK before leaving", () => {
    expect(monthsOf(rows, "SK")).toEqual([]);
  });

  it("lists someone whose diploma is mbo-1 (not an SK)", () => {
    expect(monthsOf(rows, "MBO1")[0]).toBe("2023-01");
  });

  it("never lists someone who stays enrolled, nor someone outside the start population", () => {
    expect(monthsOf(rows, "STAY")).toEqual([]);
    expect(monthsOf(rows, "HADSK")).toEqual([]);
  });

  it("starts a new run, with a new 'since' month and deregistration date, when someone leaves again", () => {
    expect(monthsOf(rows, "TWICE")).toEqual(["2022-12", ...range("2023-05", "2023-12")]);
    expect(row(rows, "TWICE", "2022-12")).toMatchObject({ listedSince: "2022-12", deregistrationDate: "2022-12-31" });
    expect(row(rows, "TWICE", "2023-07")).toMatchObject({ listedSince: "2023-05", deregistrationDate: "2023-05-31" });
  });

  it("lists someone enrolled up to 30 September t+1 on the September list and the A14 lists", () => {
    expect(monthsOf(rows, "SEP")).toEqual(["2023-09", "2023-10", "2023-11", "2023-12"]);
    expect(row(rows, "SEP", "2023-10")).toMatchObject({ kind: "A14", listedSince: "2023-09" });
  });

  it("shows late changes in the A14 months: a late SK in November drops someone from the November list", () => {
    expect(monthsOf(rows, "LATESK")).toEqual(range("2023-06", "2023-10"));
  });

  it("keeps off the list someone enrolled in funded higher education, not someone in unfunded education", () => {
    expect(monthsOf(rows, "HO")).toEqual(range("2023-03", "2023-07"));
    expect(monthsOf(rows, "UNF")).toEqual(range("2023-03", "2023-12"));
  });

  it("follows the scope: an institution's lists hold the people with their main enrolment there on 1 October t", async () => {
    const at25 = await monthlySignals(conn, q(null, { kind: "institution", code: "25LZ" }));
    expect([...new Set(at25.map((r) => r.personId))]).toEqual(["FRL"]);
    const region04 = await monthlySignals(conn, q(null, { kind: "region", code: "04" }));
    expect([...new Set(region04.map((r) => r.personId))]).toEqual(["FRL"]);
  });
});

describe("monthly signalling on the register as known on its as-of date", () => {
  afterAll(() => setAsOf(null));

  it("covers only months whose peildatum the register reaches, and ignores facts recorded later", async () => {
    await setAsOf("2023-11-15");
    const rows = await monthlySignals(conn, q("2023-11-15"));
    expect([...new Set(rows.map((r) => r.reportMonth))].at(-1)).toBe("2023-10");
    // LATEREC's re-enrolment of 10 October was recorded on 1 December: as known on 15 November, still on the October list.
    expect(monthsOf(rows, "LATEREC")).toEqual(["2023-08", "2023-09", "2023-10"]);
    // UNKNOWN's only enrolment was recorded on 1 December: as known on 15 November, on every list, without a deregistration date.
    expect(monthsOf(rows, "UNKNOWN")).toEqual(range("2022-10", "2023-10"));
    expect(row(rows, "UNKNOWN", "2022-10")).toMatchObject({ listedSince: "2022-10", deregistrationDate: null });
    const all = await monthlySignals(conn, q(null));
    expect(monthsOf(all, "UNKNOWN")).toEqual([]);
    expect(monthsOf(all, "LATEREC")).toEqual(["2023-08", "2023-09"]);
  });
});

describe("monthly signalling: the engine agrees with the pure rules", () => {
  it("gives every person of the start population the months, since-months and dates of personSignals", async () => {
    for (const asOf of [null, "2023-11-15", "2023-06-20"] as const) {
      await setAsOf(asOf);
      const rows = await monthlySignals(conn, q(asOf));
      const inSp = await conn.runAndReadAll("SELECT person_id FROM results.persons WHERE stage = 'definitive' AND in_sp23");
      const ids = inSp.getRowObjectsJS().map((r) => r.person_id as string);
      for (const p of people.filter((x) => ids.includes(x.personId))) {
        const expected = personSignals(p, T, asOf as IsoDate | null)
          .filter((s) => s.listed)
          .map((s) => ({ personId: p.personId as string, reportMonth: s.month, kind: s.kind, listedSince: s.listedSince, deregistrationDate: s.deregistrationDate }));
        expect(rows.filter((r) => r.personId === p.personId), `${p.personId}, as of ${asOf}`).toEqual(expected);
      }
    }
  });
});
