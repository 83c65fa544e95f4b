/**
 * Random registers for property tests: people with enrolments, diplomas, residences, statuses and
 * jobs whose dates cluster around the boundaries of teljaar 2023-2024 (peildata, late-SK window,
 * cut-offs), so that edge cases come up often.
 */
import fc from "fast-check";
import type { IsoDate } from "../../src/domain/dates.js";
import { addDays } from "../../src/domain/dates.js";
import { DIPLOMA_LEVELS, LEVELS_BY_SECTOR, SECTORS, type Sector } from "../../src/domain/education.js";
import { STATUS_KINDS } from "../../src/domain/register-format.js";
import type { PersonFacts } from "../../src/domain/register.js";
import { diploma, enrolment, job, person, residence, status } from "./register-builder.js";

const BOUNDARIES = [
  "2022-08-01", "2023-07-31", "2023-08-01", "2023-09-30", "2023-10-01", "2023-10-02", "2024-01-31", "2024-06-30",
  "2024-09-30", "2024-10-01", "2024-10-02", "2024-12-31", "2025-01-01", "2025-02-01", "2025-02-02", "2025-10-01", "2025-10-02",
];

export const someDate: fc.Arbitrary<IsoDate> = fc.oneof(
  fc.constantFrom(...BOUNDARIES) as fc.Arbitrary<IsoDate>,
  fc.integer({ min: 0, max: 1400 }).map((n) => addDays("2022-06-01" as IsoDate, n)),
);

const maybeRecorded = fc.option(someDate, { nil: null, freq: 2 });

/** A period [from, to] with to >= from, or open. */
const period = fc.tuple(someDate, fc.option(fc.integer({ min: 0, max: 900 }), { nil: null })).map(([from, len]) => ({ from, to: len === null ? null : addDays(from, len) }));

const sectorWeights: Sector[] = ["MBO", "MBO", "MBO", "VO", "VO", "VAVO", ...SECTORS];

const anEnrolment = fc
  .record({
    sector: fc.constantFrom(...sectorWeights),
    levelIndex: fc.nat(10),
    period,
    /** One in ten enrolments is unfunded. */
    unfunded: fc.integer({ min: 0, max: 9 }),
    recordedOn: maybeRecorded,
    leerweg: fc.constantFrom("BOL", "BBL"),
    institution: fc.constantFrom("27GZ", "25LZ", "00AB"),
  })
  .map((r) => {
    const levels = LEVELS_BY_SECTOR[r.sector];
    return enrolment({
      sector: r.sector,
      level: levels[r.levelIndex % levels.length]!,
      leerweg: r.sector === "MBO" ? (r.leerweg as "BOL" | "BBL") : null,
      funded: r.unfunded !== 0,
      start: r.period.from,
      end: r.period.to,
      recordedOn: r.recordedOn,
      institution: r.institution,
    });
  });

const aDiploma = fc.record({ level: fc.constantFrom(...DIPLOMA_LEVELS, "MBO-1", "MBO-2"), date: someDate, recordedOn: maybeRecorded }).map((r) => diploma(r.level, r.date, r.recordedOn));
const aStatus = fc.record({ kind: fc.constantFrom(...STATUS_KINDS), period, recordedOn: maybeRecorded }).map((r) => status(r.kind, r.period.from, r.period.to, r.recordedOn));
const aJob = fc.record({ hours: fc.constantFrom(4, 8, 11.5, 12, 20, 38), period, recordedOn: maybeRecorded }).map((r) => job(r.hours, r.period.from, r.period.to, r.recordedOn));

/** Residences of one person: consecutive, non-overlapping periods. */
const residences = fc
  .array(fc.record({ municipality: fc.constantFrom("0363", "0599", "0080", "0014", "0344"), days: fc.integer({ min: 1, max: 800 }), recordedOn: maybeRecorded }), { maxLength: 3 })
  .map((parts) => {
    let from = "2015-01-01" as IsoDate;
    return parts.map((p, i) => {
      const to = i === parts.length - 1 ? null : addDays(from, p.days);
      const r = residence(p.municipality, from, to, p.recordedOn);
      if (to) from = addDays(to, 1);
      return r;
    });
  });

const birthDate = fc.oneof(
  fc.constantFrom("2000-10-01", "2000-10-02", "1996-10-01", "1996-10-02", "2004-02-29") as fc.Arbitrary<string>,
  fc.integer({ min: 0, max: 6000 }).map((n) => addDays("1996-01-01" as IsoDate, n) as string),
  fc.integer({ min: 0, max: 1500 }).map((n) => addDays("2003-01-01" as IsoDate, n) as string),
);

/** Most people are in the start population and many leave during the teljaar: where the rules bite. */
const baseEnrolment = fc.option(
  fc.record({ sector: fc.constantFrom("MBO", "MBO", "VO", "VAVO") as fc.Arbitrary<Sector>, end: fc.option(fc.integer({ min: 0, max: 420 }), { nil: null, freq: 4 }), recordedOn: maybeRecorded }).map((r) =>
    enrolment({ sector: r.sector, level: LEVELS_BY_SECTOR[r.sector][1]!, leerweg: r.sector === "MBO" ? "BOL" : null, start: "2022-08-01", end: r.end === null ? null : addDays("2023-10-01" as IsoDate, r.end), recordedOn: r.recordedOn }),
  ),
  { nil: null, freq: 5 },
);

export function aPerson(id: string): fc.Arbitrary<PersonFacts> {
  return fc
    .record({
      birth: birthDate,
      base: baseEnrolment,
      extra: fc.array(anEnrolment, { minLength: 0, maxLength: 2 }),
      diplomas: fc.array(aDiploma, { maxLength: 2 }),
      statuses: fc.array(aStatus, { maxLength: 2 }),
      jobs: fc.array(aJob, { maxLength: 2 }),
      residences,
      sex: fc.constantFrom("M", "V", "X", null),
    })
    .map((r) =>
      person(id, r.birth, { enrolments: r.base ? [r.base, ...r.extra] : r.extra, diplomas: r.diplomas, statuses: r.statuses, jobs: r.jobs, residences: r.residences, sex: r.sex as PersonFacts["sex"] }),
    );
}

/** A register of up to `max` people with ids P000…; enrolment ids made unique per register. */
export function aRegister(max = 25): fc.Arbitrary<PersonFacts[]> {
  return fc.integer({ min: 1, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => aPerson(`P${String(i).padStart(3, "0")}`)))).map((people) =>
    people.map((p) => ({ ...p, enrolments: p.enrolments.map((e, k) => ({ ...e, enrolmentId: `${p.personId}-${k}` })) })),
  );
}
