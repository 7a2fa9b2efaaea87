import { describe, expect, it } from "vitest";
import { action, loader } from "../../app/routes/people.import";
import { City } from "../../models/city.server";
import { createPerson, Person } from "../../models/person.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { thrownResponse } from "../factories/responses";
import { toastAfter } from "../factories/toast";

withTestDatabase();

type Row = { row: number; status: string; message?: string; existing?: { name: string } };

async function preview(personId: string, csv: string, asFile = true) {
  const body = new FormData();
  body.set("intent", "preview");
  if (asFile) body.set("file", new File([csv], "people.csv", { type: "text/csv" }));
  else body.set("csv", csv);
  const response = await action({
    request: await requestAs(personId, "/people/import", { method: "POST", body }),
    params: {},
    context: {},
  });
  const data = (await response.json()) as { plan: { rows: Row[] }; fieldError: string | null };
  return { status: response.status, data };
}

function confirm(personId: string, csv: string, existing = "skip") {
  return formRequest(personId, "/people/import", { intent: "confirm", csv, existing }).then((request) =>
    action({ request, params: {}, context: {} }),
  );
}

const HEADER = "name,email,city,role,programme role,organisation,sector,taskforce";

/** 200 people in Leeds; rows 2–201 of the file. */
function twoHundredRows(): string[] {
  return Array.from(
    { length: 200 },
    (_, index) => `Person ${index},person${index}@example.org,leeds,participant,,Org ${index},,no`,
  );
}

describe("importing people from CSV", () => {
  it("reports exactly the 5 bad rows of 200, with their row numbers, and imports nothing", async () => {
    await createCity("leeds");
    const manager = await createAccount({ role: "manager" });
    const rows = twoHundredRows();
    rows[5] = "Bob,bob@,leeds,participant,,,,no"; // row 7
    rows[40] = "Ann,ann@example.org,atlantis,participant,,,,no"; // row 42
    rows[99] = ",nameless@example.org,leeds,,,,,"; // row 101
    rows[150] = "Twice,PERSON3@example.org,leeds,,,,,"; // row 152: person3 is on row 5
    rows[199] = "Tess,tess@example.org,leeds,,,,,maybe"; // row 201
    const csv = `\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`;
    const { status, data } = await preview(manager.id, csv);
    expect(status).toBe(200);
    const errors = (data.plan.rows as Row[]).filter((row) => row.status === "error");
    expect(errors.map((row) => `Row ${row.row}: ${row.message}`)).toEqual([
      "Row 7: email 'bob@' is not an email address",
      "Row 42: city 'atlantis' is not a city of the programme",
      "Row 101: the name is empty",
      "Row 152: email 'person3@example.org' is already on row 5",
      "Row 201: taskforce 'maybe' must be yes or no",
    ]);
    expect((data.plan.rows as Row[]).filter((row) => row.status === "new")).toHaveLength(195);
    const refused = await confirm(manager.id, csv);
    expect(refused.status).toBe(400);
    expect((await refused.json()).message).toBe("Nothing was imported: 5 rows have an error");
    expect(await Person.countDocuments({ email: /@example\.org$/, role: "participant" })).toBe(0);
  });

  it("imports all 200 rows in one go, with the columns in any order, and says so", async () => {
    const leeds = await createCity("leeds");
    const manager = await createAccount({ role: "manager" });
    const csv = [
      "Email,Name,City",
      ...twoHundredRows().map((row) => {
        const [name, email] = row.split(",");
        return `${email},"${name}, Jr",Leeds`;
      }),
    ].join("\n");
    expect((await preview(manager.id, csv, false)).status).toBe(200);
    const response = await confirm(manager.id, csv);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/people");
    expect(await toastAfter(response)).toBe("Imported: 200 added.");
    expect(await Person.countDocuments({ cityId: leeds })).toBe(200);
    expect(await Person.findOne({ email: "person7@example.org" }).select("name role -_id").lean()).toEqual({
      name: "Person 7, Jr",
      role: "participant",
    });
  });

  it("matches people already known by email, whatever the case, and updates or leaves them as chosen", async () => {
    const leeds = await createCity("leeds");
    const manager = await createAccount({ role: "manager" });
    const rep = await createAccount({ role: "city-rep", cityId: leeds, email: "rep@leeds.example", name: "Leeds Rep" });
    const csv = [
      "name,email,organisation,programme role,taskforce,sector,city",
      "Leeds Representative,REP@Leeds.example,Leeds City Council,Operational lead,yes,public-agency,leeds",
      "Nia Newcomer,nia@example.org,Leeds Arts,,yes,Arts,Leeds",
    ].join("\n");
    const { data } = await preview(manager.id, csv);
    expect((data.plan.rows as Row[]).map((row) => [row.row, row.status, row.existing?.name ?? null])).toEqual([
      [2, "existing", "Leeds Rep"],
      [3, "new", null],
    ]);
    expect(await toastAfter(await confirm(manager.id, csv, "skip"))).toBe(
      "Imported: 1 added, 1 already known and left as they were, 1 added to city taskforces.",
    );
    expect((await Person.findById(rep.id).lean())!.name).toBe("Leeds Rep");
    expect(await toastAfter(await confirm(manager.id, csv, "update"))).toBe(
      "Imported: 0 added, 2 updated, 1 added to city taskforces.",
    );
    expect(await Person.findById(rep.id).select("name role organisation programmeRole -_id").lean()).toEqual({
      name: "Leeds Representative",
      role: "city-rep",
      organisation: "Leeds City Council",
      programmeRole: "operational-lead",
    });
    const taskforce = (await City.findById(leeds).lean())!.taskforce.map((member) => [member.name, member.sector]);
    expect(taskforce).toEqual([
      ["Nia Newcomer", "arts"],
      ["Leeds Representative", "public-agency"],
    ]);
    expect((await Person.findOne({ email: "nia@example.org" }).lean())!.programmeRole).toBe("taskforce-member");
  });

  it("refuses a file whose header is unreadable, naming the column", async () => {
    const manager = await createAccount({ role: "manager" });
    const { status, data } = await preview(manager.id, "name,email,shoe size\nAnn,ann@example.org,5");
    expect(status).toBe(400);
    expect(data.fieldError).toBe("Row 1: the column 'shoe size' is not one this import reads");
    expect((await preview(manager.id, "", false)).data.fieldError).toBe("Choose a CSV file or paste the rows of one");
  });

  it("is the programme team's: a city representative is refused", async () => {
    const leeds = await createCity("leeds");
    const rep = await createAccount({ role: "city-rep", cityId: leeds });
    await createPerson({ name: "x", email: "x@example.org", role: "participant" });
    const response = await thrownResponse(
      loader({ request: await requestAs(rep.id, "/people/import"), params: {}, context: {} }),
    );
    expect(response.status).toBe(403);
    const refused = await thrownResponse(confirm(rep.id, `${HEADER}\nA,a@example.org,leeds,,,,,`));
    expect(refused.status).toBe(403);
  });
});
