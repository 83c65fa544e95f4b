/**
 * Hand-built people for the follow-up, NEET and transition rules (teljaar 2023-2024: peildata 1 October 2023 and
 * 2024, follow-up day 1 October 2025; NEET year 2024). Each carries the answer the rules must give; the domain tests
 * check the pure rules against it and the engine tests check the SQL against the pure rules.
 */
import { diploma, enrolment, job, person, residence, status } from "../support/register-builder.js";
import type { PersonFacts } from "../../src/domain/register.js";

/** Left mbo-2 on 1 March 2024 without SK: a vsv'er of 2023-2024 (definition 23, born 2005). */
const left = (extra: Parameters<typeof enrolment>[0] = { start: "2022-08-01", end: "2024-03-01" }) => enrolment({ sector: "MBO", level: "2", leerweg: "BOL", programme: "25655", ...extra });
const vsver = (id: string, facts: Partial<Omit<PersonFacts, "personId" | "birthDate">> = {}) =>
  person(id, "2005-01-01", { ...facts, enrolments: [left(), ...(facts.enrolments ?? [])] });

export const FOLLOW_UP_CASES: { person: PersonFacts; expected: string | null; why: string }[] = [
  { person: vsver("FA", { diplomas: [diploma("MBO-2", "2025-06-30")] }), expected: "sk", why: "an SK obtained after the late-SK window but before 1 October t+2" },
  { person: vsver("FB", { enrolments: [enrolment({ sector: "MBO", level: "1", start: "2025-08-01" })] }), expected: "education", why: "a funded enrolment active on 1 October t+2" },
  { person: vsver("FC", { jobs: [job(20, "2025-01-01")] }), expected: "work", why: "a 20-hour job" },
  { person: vsver("FD", { jobs: [job(6, "2025-01-01"), job(6, "2025-09-01", "2025-10-01")], residences: [residence("0599", "2000-01-01")] }), expected: "work", why: "two 6-hour jobs add up to 12" },
  { person: vsver("FE", { jobs: [job(11.5, "2025-01-01")] }), expected: "vsv", why: "11.5 hours is under 12" },
  { person: vsver("FF", { diplomas: [diploma("MBO-3", "2025-07-01")], enrolments: [enrolment({ sector: "HO", level: "HBO", leerweg: null, start: "2025-09-01" })], jobs: [job(30, "2025-01-01")] }), expected: "sk", why: "SK comes before education and work" },
  { person: vsver("FG", { enrolments: [enrolment({ sector: "MBO", level: "2", start: "2025-08-01", funded: false })] }), expected: "vsv", why: "unfunded education does not count as back in education" },
  { person: vsver("FH", { enrolments: [enrolment({ sector: "MBO", level: "2", start: "2025-08-01", recordedOn: "2025-10-02" })] }), expected: "vsv", why: "an enrolment recorded after the definitive cut-off is not known" },
  { person: vsver("FI", { jobs: [job(38, "2024-11-01", "2025-09-30")] }), expected: "vsv", why: "a job that ended the day before does not count" },
  { person: vsver("FJ", { enrolments: [enrolment({ sector: "MBO", level: "2", start: "2025-01-01", end: "2025-10-01" })], residences: [residence("0599", "2000-01-01")] }), expected: "education", why: "an enrolment ending on 1 October t+2 is active that day" },
  { person: person("FK", "2005-01-01", { enrolments: [left({ start: "2022-08-01", end: null })] }), expected: null, why: "still enrolled: not a vsv'er" },
  { person: vsver("FL", { statuses: [status("EMIGRATED", "2025-03-01")] }), expected: "deceased_emigrated", why: "emigrated between 1 October t+1 and 1 October t+2" },
  { person: vsver("FM", { statuses: [status("DECEASED", "2025-10-01")] }), expected: "deceased_emigrated", why: "died on 1 October t+2 itself" },
  { person: vsver("FN", { statuses: [status("EMIGRATED", "2025-10-02")] }), expected: "vsv", why: "emigrated the day after the follow-up day" },
  { person: vsver("FO", { statuses: [status("EMIGRATED", "2025-03-01", null, "2025-10-02")] }), expected: "vsv", why: "an emigration recorded after the cut-off is not known" },
  { person: vsver("FP", { statuses: [status("EMIGRATED", "2025-03-01")], jobs: [job(20, "2025-01-01")] }), expected: "work", why: "work on the day comes before leaving the country" },
  { person: vsver("FQ", { statuses: [status("EMIGRATED", "2024-10-01")] }), expected: null, why: "emigrated on 1 October t+1: left out of the vsv count itself" },
  { person: vsver("FR", { statuses: [status("NEWCOMER", "2025-03-01")] }), expected: "vsv", why: "another status kind does not count" },
];

export const MBO_LEAVER_CASES: { person: PersonFacts; expected: { withSk: boolean; working: boolean; inEducation: boolean; programme: string | null; level: string } | null; why: string }[] = [
  {
    person: person("ML1", "2003-05-01", { enrolments: [enrolment({ sector: "MBO", level: "2", programme: "25655", start: "2021-08-01", end: "2024-06-30" })], diplomas: [diploma("MBO-2", "2024-06-30")], jobs: [job(32, "2024-09-01")] }),
    expected: { withSk: true, working: true, inEducation: false, programme: "25655", level: "2" }, why: "graduated and working",
  },
  {
    person: person("ML2", "2003-05-01", { enrolments: [enrolment({ sector: "MBO", level: "1", programme: "25348", start: "2023-08-01", end: "2024-02-01" })], jobs: [job(8, "2025-01-01")] }),
    expected: { withSk: false, working: false, inEducation: false, programme: "25348", level: "1" }, why: "left entree, 8 hours is not work",
  },
  { person: person("ML3", "2003-05-01", { enrolments: [enrolment({ sector: "MBO", level: "3", start: "2021-08-01", end: "2024-06-30" }), enrolment({ sector: "MBO", level: "4", start: "2024-08-15" })] }), expected: null, why: "re-enrolled in mbo by 1 October t+1" },
  { person: person("ML4", "2003-05-01", { enrolments: [enrolment({ sector: "MBO", level: "3", start: "2021-08-01", end: "2023-09-30" })] }), expected: null, why: "left before the teljaar" },
  {
    person: person("ML5", "2003-05-01", { enrolments: [enrolment({ sector: "MBO", level: "4", programme: "25604", start: "2020-08-01", end: "2024-09-30" })], diplomas: [diploma("MBO-4", "2024-07-01")] }),
    expected: { withSk: true, working: false, inEducation: false, programme: "25604", level: "4" }, why: "left on the last day of the teljaar",
  },
  {
    person: person("ML6", "2003-05-01", {
      enrolments: [enrolment({ sector: "MBO", level: "2", programme: "A", start: "2022-08-01", end: "2024-01-31" }), enrolment({ sector: "MBO", level: "3", programme: "B", start: "2023-08-01", end: "2024-05-31" }), enrolment({ sector: "HO", level: "HBO", leerweg: null, start: "2025-09-01" })],
    }),
    expected: { withSk: false, working: false, inEducation: true, programme: "B", level: "3" }, why: "the enrolment that ended last; in higher education a year later",
  },
];

export const NEET_CASES: { person: PersonFacts; expected: boolean | null; why: string }[] = [
  { person: person("N1", "2000-10-01"), expected: true, why: "24, no education, no job" },
  { person: person("N2", "2009-10-02"), expected: null, why: "14 on the peildatum" },
  { person: person("N3", "2009-10-01"), expected: true, why: "turns 15 on the peildatum" },
  { person: person("N4", "1997-10-01"), expected: null, why: "turns 27 on the peildatum" },
  { person: person("N5", "1997-10-02"), expected: true, why: "still 26" },
  { person: person("N6", "2002-01-01", { jobs: [job(4, "2024-01-01")] }), expected: false, why: "a 4-hour job is work" },
  { person: person("N7", "2002-01-01", { enrolments: [enrolment({ sector: "HO", level: "WO", leerweg: null, funded: false, start: "2023-09-01" })] }), expected: false, why: "unfunded education is education" },
  { person: person("N8", "2002-01-01", { statuses: [status("EMIGRATED", "2024-05-01")] }), expected: null, why: "emigrated" },
  { person: person("N9", "2002-01-01", { residences: [residence("0363", "2000-01-01", "2024-01-01")] }), expected: null, why: "no residence on the peildatum" },
  { person: person("N10", "2002-01-01", { enrolments: [enrolment({ sector: "MBO", level: "3", start: "2024-08-01", recordedOn: "2025-10-02" })], residences: [residence("0599", "2000-01-01")] }), expected: true, why: "an enrolment recorded after 1 October Y+1 is not known" },
  { person: person("N11", "2002-01-01", { enrolments: [enrolment({ sector: "MBO", level: "3", start: "2024-08-01" })], residences: [residence("0599", "2000-01-01")] }), expected: false, why: "in mbo" },
];

export const VULNERABLE_CASES: { person: PersonFacts; expected: { group: string; leaver: boolean; after: string | null } | null; why: string }[] = [
  { person: person("V1", "2005-01-01", { enrolments: [enrolment({ sector: "VSO", level: "VSO", start: "2020-08-01", end: "2024-07-31" })], jobs: [job(20, "2025-01-01")] }), expected: { group: "vso", leaver: true, after: "work" }, why: "left vso, working a year later" },
  { person: person("V2", "2007-01-01", { enrolments: [enrolment({ sector: "PRO", level: "PRO", start: "2020-08-01" })] }), expected: { group: "pro", leaver: false, after: null }, why: "still in pro" },
  { person: person("V3", "2005-01-01", { enrolments: [enrolment({ sector: "MBO", level: "1", start: "2023-08-01", end: "2024-06-30" }), enrolment({ sector: "MBO", level: "2", start: "2024-08-01" })] }), expected: { group: "entree", leaver: true, after: "education" }, why: "from entree on to mbo-2" },
  { person: person("V4", "2005-01-01", { enrolments: [enrolment({ sector: "MBO", level: "2", leerweg: "BBL", start: "2023-08-01", end: "2024-02-01" })] }), expected: null, why: "mbo-2 BBL is not a vulnerable group" },
  { person: person("V5", "2005-01-01", { enrolments: [enrolment({ sector: "VSO", level: "VSO", start: "2019-08-01" }), enrolment({ sector: "MBO", level: "1", start: "2023-08-01" })] }), expected: { group: "vso", leaver: false, after: null }, why: "vso comes first" },
  { person: person("V6", "2005-01-01", { enrolments: [enrolment({ sector: "MBO", level: "2", leerweg: "BOL", start: "2022-08-01", end: "2024-02-01" })] }), expected: { group: "mbo2_bol", leaver: true, after: "neither" }, why: "left mbo-2 BOL, nothing a year later" },
];

export const VSO_MBO_CASES: { person: PersonFacts; expected: { level: string; origin: string; vsv: boolean } | null; why: string }[] = [
  { person: person("W1", "2005-01-01", { enrolments: [enrolment({ sector: "VSO", level: "VSO", start: "2019-08-01", end: "2023-07-31" }), enrolment({ sector: "MBO", level: "1", start: "2023-08-01", end: "2024-02-01" })] }), expected: { level: "entree", origin: "vso", vsv: true }, why: "from vso into entree, dropped out" },
  { person: person("W2", "2005-01-01", { enrolments: [enrolment({ sector: "MBO", level: "2", start: "2022-08-01" })] }), expected: { level: "mbo2", origin: "other", vsv: false }, why: "no vso or pro before, still enrolled" },
  { person: person("W3", "2005-01-01", { enrolments: [enrolment({ sector: "PRO", level: "PRO", start: "2018-08-01", end: "2022-07-31" }), enrolment({ sector: "MBO", level: "2", start: "2022-08-01", end: "2024-01-01" })] }), expected: { level: "mbo2", origin: "pro", vsv: true }, why: "from pro" },
  { person: person("W4", "2005-01-01", { enrolments: [enrolment({ sector: "VSO", level: "VSO", start: "2019-08-01", end: "2023-07-31" }), enrolment({ sector: "MBO", level: "3", start: "2023-08-01" })] }), expected: null, why: "mbo-3 is not entree or mbo-2" },
];

export const VMBO_MBO_CASES: { person: PersonFacts; expected: { vmboLevel: string; outcome: string } | null; why: string }[] = [
  { person: person("X1", "2007-03-01", { diplomas: [diploma("VMBO-KB", "2023-07-01")], enrolments: [enrolment({ sector: "MBO", level: "2", start: "2023-08-01" })] }), expected: { vmboLevel: "VMBO-KB", outcome: "mbo_stayed" }, why: "started and stayed" },
  { person: person("X2", "2007-03-01", { diplomas: [diploma("VMBO-GT", "2023-07-01")], enrolments: [enrolment({ sector: "MBO", level: "3", start: "2023-08-01", end: "2024-03-01" })] }), expected: { vmboLevel: "VMBO-GT", outcome: "mbo_left_first_year" }, why: "left mbo in the first year" },
  { person: person("X3", "2007-03-01", { diplomas: [diploma("VMBO-BB", "2023-07-01")] }), expected: { vmboLevel: "VMBO-BB", outcome: "no_education" }, why: "did not start anything" },
  { person: person("X4", "2007-03-01", { diplomas: [diploma("VMBO-GT", "2023-07-01")], enrolments: [enrolment({ sector: "VO", level: "HAVO", start: "2023-08-01" })] }), expected: { vmboLevel: "VMBO-GT", outcome: "other_education" }, why: "went on to havo" },
  { person: person("X5", "2007-03-01", { diplomas: [diploma("VMBO-GT", "2022-07-01")] }), expected: null, why: "diploma a year earlier" },
  { person: person("X6", "2007-03-01", { diplomas: [diploma("VMBO-BB", "2023-06-01"), diploma("VMBO-KB", "2023-07-01")], enrolments: [enrolment({ sector: "MBO", level: "2", start: "2023-08-01", funded: false })] }), expected: { vmboLevel: "VMBO-KB", outcome: "no_education" }, why: "the highest vmbo diploma; unfunded mbo is not mbo" },
];

export const ALL_PEOPLE: PersonFacts[] = [
  ...FOLLOW_UP_CASES, ...MBO_LEAVER_CASES, ...NEET_CASES, ...VULNERABLE_CASES, ...VSO_MBO_CASES, ...VMBO_MBO_CASES,
].map((c) => c.person);
