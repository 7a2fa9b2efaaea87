// Importing people (and city taskforce members) from CSV: each row of the file checked against
// the programme's cities and the people already known, before anything is written. Pure: the
// server module reads the cities and people and writes the rows this plans.
import { parseCsv } from "~/domain/csv/parse-csv";
import { SECTOR_LABELS, TASKFORCE_SECTORS, type TaskforceSector } from "~/domain/vocabulary/cities";
import {
  PROGRAMME_ROLE_LABELS,
  PROGRAMME_ROLES,
  ROLE_LABELS,
  ROLES,
  type ProgrammeRole,
  type Role,
} from "~/domain/vocabulary/people";
import { isEmailAddress } from "~/forms/fields";

export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_CHARACTERS = 1_000_000;

const COLUMNS = {
  name: ["name", "full name"],
  email: ["email", "email address", "e-mail"],
  city: ["city"],
  role: ["role"],
  programmeRole: ["programme role", "program role", "role in the programme"],
  organisation: ["organisation", "organization"],
  sector: ["sector"],
  taskforce: ["taskforce", "taskforce member"],
} as const;
type Column = keyof typeof COLUMNS;

export type ImportCity = { id: string; slug: string; name: string };
export type ExistingPerson = { id: string; name: string; email: string };

export type ImportPerson = {
  name: string;
  email: string;
  cityId: string | null;
  role: Role;
  programmeRole: ProgrammeRole | null;
  organisation: string;
  /** Added to the city's taskforce with this sector. */
  taskforceSector: TaskforceSector | null;
};

export type ImportRow =
  | { row: number; status: "new"; person: ImportPerson }
  | { row: number; status: "existing"; person: ImportPerson; existing: ExistingPerson }
  | { row: number; status: "error"; message: string };

export type ImportPlan = { ok: true; rows: ImportRow[] } | { ok: false; message: string };

const normalise = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");

/** A value of a vocabulary, given as its code or its label, whatever the case. */
function vocabularyValue<T extends string>(values: readonly T[], labels: Record<T, string>, given: string): T | null {
  const wanted = normalise(given);
  return values.find((value) => normalise(value) === wanted || normalise(labels[value]) === wanted) ?? null;
}

function readHeader(fields: string[]): { ok: true; columns: Map<Column, number> } | { ok: false; message: string } {
  const columns = new Map<Column, number>();
  for (const [index, heading] of fields.entries()) {
    const wanted = normalise(heading);
    if (wanted === "") continue;
    const column = (Object.keys(COLUMNS) as Column[]).find((key) =>
      (COLUMNS[key] as readonly string[]).includes(wanted),
    );
    if (!column) return { ok: false, message: `Row 1: the column '${heading.trim()}' is not one this import reads` };
    if (columns.has(column)) return { ok: false, message: `Row 1: the column '${heading.trim()}' appears twice` };
    columns.set(column, index);
  }
  const missing = (["name", "email"] as const).filter((column) => !columns.has(column));
  if (missing.length > 0)
    return { ok: false, message: `Row 1: the header row needs a column '${missing.join("' and '")}'` };
  return { ok: true, columns };
}

export function planImport(
  csv: string,
  { cities, existingByEmail }: { cities: ImportCity[]; existingByEmail: ReadonlyMap<string, ExistingPerson> },
): ImportPlan {
  if (csv.length > MAX_IMPORT_CHARACTERS)
    return { ok: false, message: "The file is too long: import at most 1 MB at a time" };
  const parsed = parseCsv(csv);
  if (!parsed.ok) return { ok: false, message: `Row ${parsed.line}: ${parsed.message}` };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, message: "The file is empty: it needs a header row and a row for each person" };
  const read = readHeader(header.fields);
  if (!read.ok) return read;
  if (records.length === 0) return { ok: false, message: "The file has a header row but no people" };
  if (records.length > MAX_IMPORT_ROWS)
    return { ok: false, message: `The file has ${records.length} people: import at most ${MAX_IMPORT_ROWS} at a time` };
  const cityOf = new Map<string, ImportCity>();
  for (const city of cities) {
    cityOf.set(normalise(city.slug), city);
    cityOf.set(normalise(city.name), city);
  }
  const firstRowOf = new Map<string, number>();
  const rows = records.map((record): ImportRow => {
    const value = (column: Column) => {
      const index = read.columns.get(column);
      return index === undefined ? "" : (record.fields[index] ?? "").trim();
    };
    const fail = (message: string): ImportRow => ({ row: record.line, status: "error", message });
    if (record.fields.length > header.fields.length)
      return fail(`it has ${record.fields.length} fields but the header row has ${header.fields.length}`);
    const name = value("name");
    if (name === "") return fail("the name is empty");
    if (name.length > 120) return fail("the name is longer than 120 characters");
    const email = value("email").toLowerCase();
    if (email === "") return fail("the email is empty");
    if (email.length > 254 || !isEmailAddress(email)) return fail(`email '${value("email")}' is not an email address`);
    const earlier = firstRowOf.get(email);
    if (earlier !== undefined) return fail(`email '${email}' is already on row ${earlier}`);
    firstRowOf.set(email, record.line);
    const cityGiven = value("city");
    const city = cityGiven === "" ? null : (cityOf.get(normalise(cityGiven)) ?? null);
    if (cityGiven !== "" && !city) return fail(`city '${cityGiven}' is not a city of the programme`);
    const roleGiven = value("role");
    const role = roleGiven === "" ? "participant" : vocabularyValue(ROLES, ROLE_LABELS, roleGiven);
    if (!role) return fail(`role '${roleGiven}' is not one of ${ROLES.join(", ")}`);
    if (role === "city-rep" && !city) return fail("a city representative needs a city");
    const programmeRoleGiven = value("programmeRole");
    let programmeRole =
      programmeRoleGiven === "" ? null : vocabularyValue(PROGRAMME_ROLES, PROGRAMME_ROLE_LABELS, programmeRoleGiven);
    if (programmeRoleGiven !== "" && !programmeRole)
      return fail(`programme role '${programmeRoleGiven}' is not one of ${PROGRAMME_ROLES.join(", ")}`);
    const organisation = value("organisation");
    if (organisation.length > 160) return fail("the organisation is longer than 160 characters");
    const taskforceGiven = normalise(value("taskforce"));
    const isTaskforce = ["yes", "y", "true", "1"].includes(taskforceGiven);
    if (!isTaskforce && !["", "no", "n", "false", "0"].includes(taskforceGiven))
      return fail(`taskforce '${value("taskforce")}' must be yes or no`);
    const sectorGiven = value("sector");
    const sector = sectorGiven === "" ? null : vocabularyValue(TASKFORCE_SECTORS, SECTOR_LABELS, sectorGiven);
    if (sectorGiven !== "" && !sector)
      return fail(`sector '${sectorGiven}' is not one of ${TASKFORCE_SECTORS.join(", ")}`);
    if (isTaskforce && !city) return fail("a taskforce member needs a city");
    if (isTaskforce && !sector) return fail("a taskforce member needs a sector");
    if (isTaskforce) programmeRole ??= "taskforce-member";
    const person: ImportPerson = {
      name,
      email,
      cityId: city?.id ?? null,
      role,
      programmeRole,
      organisation,
      taskforceSector: isTaskforce ? sector : null,
    };
    const existing = existingByEmail.get(email);
    return existing
      ? { row: record.line, status: "existing", person, existing }
      : { row: record.line, status: "new", person };
  });
  return { ok: true, rows };
}

/** The emails a file names, to look up who already exists before planning. */
export function emailsInCsv(csv: string): string[] {
  const parsed = parseCsv(csv.slice(0, MAX_IMPORT_CHARACTERS));
  if (!parsed.ok || parsed.records.length === 0) return [];
  const read = readHeader(parsed.records[0].fields);
  if (!read.ok) return [];
  const index = read.columns.get("email")!;
  return parsed.records.slice(1).map((record) => (record.fields[index] ?? "").trim().toLowerCase());
}
