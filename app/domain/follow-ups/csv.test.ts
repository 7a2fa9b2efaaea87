import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV export cells", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('Say "hello", then leave')).toBe('"Say ""hello"", then leave"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(3)).toBe("3");
  });

  it("stops a spreadsheet running a typed title as a formula", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-2 staff")).toBe("'-2 staff");
    expect(csvCell("Plan +1")).toBe("Plan +1");
  });

  it("ends every row with CRLF", () => {
    expect(toCsv(["a", "b"], [["1", "2"]])).toBe("a,b\r\n1,2\r\n");
  });
});
