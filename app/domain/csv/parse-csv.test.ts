import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv";

describe("parseCsv", () => {
  it("splits records and fields, with CRLF or LF, dropping a byte-order mark and blank lines", () => {
    expect(parseCsv("\uFEFFname,email\r\nAnn,ann@example.org\r\n\r\nBob,bob@example.org\n")).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ["name", "email"] },
        { line: 2, fields: ["Ann", "ann@example.org"] },
        { line: 4, fields: ["Bob", "bob@example.org"] },
      ],
    });
  });

  it("keeps commas, doubled quotes and line breaks inside quotes, and counts lines for the next record", () => {
    expect(parseCsv('"Okafor, Ann","She said ""hi""","two\nlines"\nlast,"",x')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ["Okafor, Ann", 'She said "hi"', "two\nlines"] },
        { line: 3, fields: ["last", "", "x"] },
      ],
    });
  });

  it("keeps empty fields at the ends of a record", () => {
    expect(parseCsv(",a,\n")).toEqual({ ok: true, records: [{ line: 1, fields: ["", "a", ""] }] });
  });

  it("names the line of malformed quoting", () => {
    expect(parseCsv('a,b\n"open,c\nd')).toEqual({ ok: false, line: 2, message: "a quoted field is never closed" });
    expect(parseCsv('a,b\nx,"q"z')).toEqual({ ok: false, line: 2, message: "a closing quote must end its field" });
    expect(parseCsv('a,b"c"')).toEqual({ ok: false, line: 1, message: "a quote may only start a field" });
  });

  it("reads an empty input as no records", () => {
    expect(parseCsv("")).toEqual({ ok: true, records: [] });
    expect(parseCsv("\uFEFF\r\n")).toEqual({ ok: true, records: [] });
  });
});
