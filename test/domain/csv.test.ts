import { describe, expect, it } from "vitest";
import { csvLine, parseCsv, parseCsvObjects } from "../../src/domain/csv.js";

describe("CSV text", () => {
  it("quotes a field only when it holds a comma, quote or line break, doubling its quotes", () => {
    expect(csvLine(["a", 'b"c', "d,e", "f\ng", 1, true, null, undefined])).toBe('a,"b""c","d,e","f\ng",1,true,,\n');
  });

  it("reads back what it writes, with LF or CRLF line ends", () => {
    const rows = [["code", "title"], ["x", 'Eén, "twee"'], ["y", "regel\nnieuw"]];
    const text = rows.map(csvLine).join("");
    expect(parseCsv(text)).toEqual(rows);
    expect(parseCsv(text.replace(/\n(?=[xy])/g, "\r\n"))).toEqual(rows);
  });

  it("gives the records after the header as objects, skipping blank lines", () => {
    expect(parseCsvObjects("a,b\r\n1,2\r\n\r\n3\r\n")).toEqual([{ a: "1", b: "2" }, { a: "3", b: "" }]);
    expect(parseCsvObjects("")).toEqual([]);
  });
});
