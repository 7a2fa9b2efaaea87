// Importing people from CSV: a preview of every row, then all valid rows written or none. New
// people are inserted with ids chosen beforehand (the unique email index refuses doubles), so if
// a write fails part-way the rows this import wrote are removed again by those ids, the updated
// people get their earlier details back and added taskforce members are taken off.
import { addTaskforceMembersOnce, listCities, removeTaskforceMember } from "~models/city.server";
import {
  deletePeopleByIds,
  findPeopleByEmails,
  insertPeopleWithIds,
  newPersonId,
  updateImportedPerson,
  type PersonCard,
} from "~models/person.server";
import { emailsInCsv, planImport, type ImportPerson, type ImportPlan, type ImportRow } from "./people-import";

async function plan(csv: string): Promise<ImportPlan> {
  const [cities, existing] = await Promise.all([listCities(), findPeopleByEmails(emailsInCsv(csv))]);
  return planImport(csv, { cities, existingByEmail: existing });
}

export function previewImport(csv: string): Promise<ImportPlan> {
  return plan(csv);
}

export type ImportOutcome =
  | { ok: true; created: number; updated: number; skipped: number; taskforceAdded: number }
  | { ok: false; plan: ImportPlan; message: string };

/** Writes every valid row, or nothing: a file with any row in error is refused whole. */
export async function confirmImport(
  csv: string,
  { isUpdatingExisting }: { isUpdatingExisting: boolean },
): Promise<ImportOutcome> {
  const checked = await plan(csv);
  if (!checked.ok) return { ok: false, plan: checked, message: checked.message };
  const errors = checked.rows.filter((row) => row.status === "error").length;
  if (errors > 0)
    return {
      ok: false,
      plan: checked,
      message: `Nothing was imported: ${errors === 1 ? "1 row has" : `${errors} rows have`} an error`,
    };
  const existingCards = isUpdatingExisting ? await findPeopleByEmails(checked.rows.flatMap(existingEmail)) : new Map();
  const newRows = checked.rows.flatMap((row) => (row.status === "new" ? [{ ...row.person, id: newPersonId() }] : []));
  const updates = isUpdatingExisting
    ? checked.rows.flatMap((row) => (row.status === "existing" ? [{ id: row.existing.id, person: row.person }] : []))
    : [];
  const insertedIds = newRows.map((row) => row.id);
  const restored: PersonCard[] = [];
  const taskforceAdded: Array<{ cityId: string; memberId: string }> = [];
  try {
    await insertPeopleWithIds(newRows.map(({ taskforceSector: _sector, ...person }) => person));
    for (const update of updates) {
      const before = existingCards.get(update.person.email);
      await updateImportedPerson(update.id, {
        name: update.person.name,
        cityId: update.person.cityId,
        // An import never changes how someone signs in: their role stays as it is.
        role: before?.role ?? update.person.role,
        programmeRole: update.person.programmeRole,
        organisation: update.person.organisation,
      });
      if (before) restored.push(before);
    }
    const taskforce = [...newRows, ...updates.map((update) => update.person)].filter(
      (person): person is ImportPerson & { cityId: string } => Boolean(person.taskforceSector && person.cityId),
    );
    for (const cityId of new Set(taskforce.map((person) => person.cityId))) {
      const ids = await addTaskforceMembersOnce(
        cityId,
        taskforce
          .filter((person) => person.cityId === cityId)
          .map((person) => ({ name: person.name, organisation: person.organisation, sector: person.taskforceSector! })),
      );
      taskforceAdded.push(...ids.map((memberId) => ({ cityId, memberId })));
    }
    return {
      ok: true,
      created: newRows.length,
      updated: updates.length,
      skipped: isUpdatingExisting ? 0 : checked.rows.filter((row) => row.status === "existing").length,
      taskforceAdded: taskforceAdded.length,
    };
  } catch (error) {
    await undo(insertedIds, restored, taskforceAdded);
    const replanned = await plan(csv);
    return {
      ok: false,
      plan: replanned,
      message: `Nothing was imported: a row could not be written (${describe(error)}), and the rows already written were removed again`,
    };
  }
}

const existingEmail = (row: ImportRow) => (row.status === "existing" ? [row.person.email] : []);

function describe(error: unknown): string {
  if ((error as { code?: number }).code === 11000) return "someone with one of these emails was added meanwhile";
  return "the database refused a write";
}

async function undo(
  insertedIds: string[],
  restored: PersonCard[],
  taskforce: Array<{ cityId: string; memberId: string }>,
) {
  await deletePeopleByIds(insertedIds);
  for (const person of restored)
    await updateImportedPerson(person.id, {
      name: person.name,
      cityId: person.cityId,
      role: person.role,
      programmeRole: person.programmeRole,
      organisation: person.organisation,
    });
  for (const entry of taskforce) await removeTaskforceMember(entry.cityId, entry.memberId);
}
