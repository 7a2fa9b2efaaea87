import { describe, expect, it } from "vitest";
import { planImport } from "./people-import";

const cities = [{ id: "c1", slug: "leeds", name: "Leeds" }];
const plan = (csv: string) => planImport(csv, { cities, existingByEmail: new Map() });
const messages = (csv: string) => {
  const result = plan(csv);
  return result.ok
    ? result.rows.map((row) => (row.status === "error" ? `Row ${row.row}: ${row.message}` : row.status))
    : result.message;
};

describe("planImport", () => {
  it("reads role and programme role by code or label, and the city by slug or name", () => {
    const result = plan(
      "name,email,role,programme role,city\nAnn,Ann@Example.org,City representative,strategic sponsor,LEEDS",
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          status: "new",
          person: {
            name: "Ann",
            email: "ann@example.org",
            cityId: "c1",
            role: "city-rep",
            programmeRole: "sponsor",
            organisation: "",
            taskforceSector: null,
          },
        },
      ],
    });
  });

  it("names what is wrong with each row, numbered as in the file (a quoted line break counts)", () => {
    expect(
      messages(
        'name,email,role,city,taskforce,sector\n"Two\nLines",a@example.org,,,,\nB,b@example.org,king,,,\nC,c@example.org,city-rep,,,\nD,d@example.org,,leeds,yes,\nE,e@example.org,,,,,extra',
      ),
    ).toEqual([
      "new",
      "Row 4: role 'king' is not one of manager, city-rep, participant",
      "Row 5: a city representative needs a city",
      "Row 6: a taskforce member needs a sector",
      "Row 7: it has 7 fields but the header row has 6",
    ]);
  });

  it("refuses a file without the needed columns or without people", () => {
    expect(messages("name,city\nAnn,leeds")).toBe("Row 1: the header row needs a column 'email'");
    expect(messages("name,email\n")).toBe("The file has a header row but no people");
    expect(messages("name,email,Email\n")).toBe("Row 1: the column 'Email' appears twice");
    expect(messages('name,email\n"Ann')).toBe("Row 2: a quoted field is never closed");
  });
});
