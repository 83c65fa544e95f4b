import { describe, expect, it } from "vitest";
import { parseIsoDate as d } from "../../src/domain/dates.js";
import { compulsoryEducationOn, dutchDate, givesStartkwalificatie, mayReportStatutory, schoolYearEnd, statutoryRefusal } from "../../src/domain/casework/compulsory-education.js";

const status = (birth: string, day: string, diplomas: { level: string; date: string }[] = []) => compulsoryEducationOn(d(birth), d(day), diplomas).status;

describe("compulsory education on a day (Leerplichtwet 1969)", () => {
  it("begins on the first of the month after the 5th birthday", () => {
    expect(status("2020-03-12", "2025-03-31")).toBe("too_young");
    expect(status("2020-03-12", "2025-04-01")).toBe("leerplicht");
    // Born in December: the month after is January of the next year.
    expect(status("2019-12-05", "2024-12-31")).toBe("too_young");
    expect(status("2019-12-05", "2025-01-01")).toBe("leerplicht");
  });

  it("keeps leerplicht until 31 July of the school year in which the student turns 16, then kwalificatieplicht", () => {
    // Turns 16 on 3 March 2026: school year 2025-2026 ends 31 July 2026.
    expect(status("2010-03-03", "2026-07-31")).toBe("leerplicht");
    expect(status("2010-03-03", "2026-08-01")).toBe("kwalificatieplicht");
    // Turns 16 on 1 August 2026: that is the school year 2026-2027, leerplicht until 31 July 2027.
    expect(status("2010-08-01", "2027-07-31")).toBe("leerplicht");
    expect(status("2010-08-01", "2027-08-01")).toBe("kwalificatieplicht");
    // Turns 16 on 31 July 2026: the last day of school year 2025-2026.
    expect(status("2010-07-31", "2026-07-31")).toBe("leerplicht");
    expect(status("2010-07-31", "2026-08-01")).toBe("kwalificatieplicht");
    expect(schoolYearEnd(d("2026-07-31"))).toBe("2026-07-31");
    expect(schoolYearEnd(d("2026-08-01"))).toBe("2027-07-31");
  });

  it("ends kwalificatieplicht on the 18th birthday", () => {
    expect(status("2008-03-03", "2026-03-02")).toBe("kwalificatieplicht");
    expect(status("2008-03-03", "2026-03-03")).toBe("adult");
    // Born 29 February: the 18th birthday in a non-leap year is 1 March.
    expect(status("2008-02-29", "2026-02-28")).toBe("kwalificatieplicht");
    expect(status("2008-02-29", "2026-03-01")).toBe("adult");
  });

  it("ends kwalificatieplicht with a startkwalificatie obtained on or before the day, not leerplicht", () => {
    const havo = [{ level: "HAVO", date: "2026-06-30" }];
    expect(status("2009-01-10", "2026-06-29", havo)).toBe("kwalificatieplicht");
    expect(status("2009-01-10", "2026-08-01", havo)).toBe("startkwalificatie");
    // Still in full leerplicht (turned 16 in this school year): a diploma does not end it.
    expect(status("2010-01-10", "2026-07-15", [{ level: "HAVO", date: "2026-07-01" }])).toBe("leerplicht");
    // Not a startkwalificatie: vmbo, mbo 1.
    expect(status("2009-01-10", "2026-09-01", [{ level: "VMBO-GT", date: "2025-07-01" }, { level: "MBO-1", date: "2026-07-01" }])).toBe("kwalificatieplicht");
    expect(status("2009-01-10", "2026-09-01", [{ level: "mbo 2", date: "2026-07-01" }])).toBe("startkwalificatie");
    expect(givesStartkwalificatie("vwo")).toBe(true);
    expect(givesStartkwalificatie("MBO-1")).toBe(false);
    expect(givesStartkwalificatie("onbekend")).toBe(false);
  });

  it("allows statutory absence only under leerplicht or kwalificatieplicht, and says in Dutch why not", () => {
    const adult = compulsoryEducationOn(d("2007-01-15"), d("2026-03-03"));
    expect(mayReportStatutory(adult)).toBe(false);
    expect(statutoryRefusal(adult, d("2026-03-03"))).toBe(
      "Deze jongere was op 3 maart 2026 19 jaar en niet meer leerplichtig of kwalificatieplichtig: meld dit verzuim als niet-wettelijk verzuim.",
    );
    const sk = compulsoryEducationOn(d("2009-01-10"), d("2026-09-01"), [{ level: "MBO-2", date: "2026-07-01" }]);
    expect(statutoryRefusal(sk, d("2026-09-01"))).toMatch(/^Deze jongere was op 1 september 2026 17 jaar en had al een startkwalificatie \(MBO-2, behaald 1 juli 2026\)/);
    const young = compulsoryEducationOn(d("2021-05-20"), d("2026-05-25"));
    expect(statutoryRefusal(young, d("2026-05-25"))).toMatch(/nog niet leerplichtig \(de leerplicht begint 1 juni 2026\)/);
    const pupil = compulsoryEducationOn(d("2012-05-20"), d("2026-05-25"));
    expect(mayReportStatutory(pupil)).toBe(true);
    expect(statutoryRefusal(pupil, d("2026-05-25"))).toBeNull();
    expect(dutchDate("2026-12-01")).toBe("1 december 2026");
  });
});
