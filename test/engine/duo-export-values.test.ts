import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { queryRows, sqlString } from "../../src/engine/database.js";
import {
  duoDateSql,
  duoLevelNameSql,
  duoLevelOf,
  isVestigingSql,
  leerwegSql,
  municipalitySql,
  personKindSql,
  sexSql,
  textSql,
} from "../../src/engine/duo-export-values.js";
import { classifyPersonId } from "../../src/domain/person-id.js";
import { DUO_LEVEL_NAMES, normaliseLevel } from "../../src/domain/duo/levels.js";
import { formatDuoDate, normaliseMunicipalityCode } from "../../src/domain/duo/values.js";
import { LEVELS_BY_SECTOR, SECTORS } from "../../src/domain/education.js";
import { PersonIdFactory, personIdText } from "../../src/synth/ids.js";
import type { IsoDate } from "../../src/domain/dates.js";

let db: DuckDBInstance;
let conn: DuckDBConnection;
beforeAll(async () => {
  db = await DuckDBInstance.create(":memory:");
  conn = await db.connect();
});
afterAll(() => {
  conn.closeSync();
  db.closeSync();
});

async function value(sql: string): Promise<unknown> {
  const rows = await queryRows<{ v: unknown }>(conn, `SELECT ${sql} AS v`);
  return rows[0]!.v;
}
const lit = (s: string | null) => (s === null ? "NULL::VARCHAR" : sqlString(s));

describe("export values: person numbers", () => {
  it("tells a BSN, an onderwijsnummer and a pseudonym apart as classifyPersonId does", async () => {
    const ids = new PersonIdFactory(3);
    const keys = [...Array.from({ length: 20 }, () => personIdText(ids.next("BSN"))), ...Array.from({ length: 20 }, () => personIdText(ids.next("ONDERWIJSNUMMER"))), "P000", "12345678", "ABCDEFGHI"];
    for (const k of keys) expect(await value(personKindSql(lit(k))), k).toBe(classifyPersonId(k) ?? "PSEUDONYM");
  });

  it("agrees with classifyPersonId on any 9 digits that pass one of the checks", async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^\d{9}$/), async (k) => {
        const kind = classifyPersonId(k);
        if (kind === undefined) return;
        expect(await value(personKindSql(lit(k)))).toBe(kind);
      }),
      { numRuns: 300 },
    );
  });
});

describe("export values: levels, leerweg, sex", () => {
  it("gives every vo, mbo, vavo, pro and vso level of the register a DUO level name that reads back as the same level", async () => {
    // Higher education never is a main enrolment of the start population.
    for (const sector of SECTORS.filter((s) => s !== "HO")) {
      for (const level of LEVELS_BY_SECTOR[sector]) {
        const duo = duoLevelOf(sector, level);
        expect(duo, `${sector} ${level}`).not.toBeNull();
        const name = (await value(duoLevelNameSql(lit(sector), lit(level)))) as string;
        expect(name).toBe(DUO_LEVEL_NAMES[duo!]);
        expect(normaliseLevel(name)).toBe(duo);
      }
    }
  });

  it("writes leerweg for mbo only and sex as M or V", async () => {
    expect(await value(leerwegSql("'MBO'", "'BBL'"))).toBe("BBL");
    expect(await value(leerwegSql("'VAVO'", "NULL"))).toBeNull();
    expect(await value(sexSql("'V'"))).toBe("V");
    expect(await value(sexSql("'X'"))).toBeNull();
  });
});

describe("export values: dates, municipalities, locations, text", () => {
  it("writes dates as formatDuoDate does", async () => {
    for (const d of ["2005-03-04", "2023-12-31", "1999-01-01"]) expect(await value(duoDateSql(`DATE '${d}'`))).toBe(formatDuoDate(d as IsoDate));
  });

  it("writes municipality codes without leading zeros, which the import pads again", async () => {
    for (const code of ["0363", "0080", "1900", "0014"]) {
      const written = (await value(municipalitySql(lit(code)))) as string;
      expect(written).toBe(String(Number(code)));
      expect(normaliseMunicipalityCode(written)).toBe(code);
    }
  });

  it("takes a location of the BRIN plus two digits as a vestiging, anything else as an onderwijslocatiecode", async () => {
    const cases: [string | null, boolean][] = [["27GZ00", true], ["27GZ12", true], ["27GZ0A", false], ["25LZ00", false], ["100X758", false], ["27GZ", false], [null, false]];
    for (const [loc, vestiging] of cases) expect(await value(isVestigingSql("'27GZ'", lit(loc))), String(loc)).toBe(vestiging);
  });

  it("replaces semicolons and line breaks in free text (DUO's files have no quoting)", async () => {
    expect(await value(textSql("'A;B' || chr(13) || chr(10) || 'C'"))).toBe("A B  C");
    expect(await value(textSql("NULL::VARCHAR"))).toBeNull();
  });
});
