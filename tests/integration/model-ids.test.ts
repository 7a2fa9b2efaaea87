// Model functions check ids before any query: a malformed id finds nothing (a 404 or a field
// error in the page) and never reaches the database as a CastError.
import { describe, expect, it } from "vitest";
import { getSession, listAgendaSessions } from "../../models/agenda-session.server";
import { getConvening, getRegistrationConvening } from "../../models/convening.server";
import { listChanges } from "../../models/convening-change.server";
import { getFollowUpAction } from "../../models/follow-up-action.server";
import { getPerson, getPersonDataExport } from "../../models/person.server";
import {
  findRegistrationOf,
  getRegistration,
  listRegistrationsOfPerson,
  moveRegistrationStatus,
} from "../../models/registration.server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const MALFORMED = ["not-an-id", "abcdefghijkl", ""];

describe("malformed ids", () => {
  it.each(MALFORMED)("find nothing for %j, whatever the model", async (id) => {
    expect(await getConvening(id)).toBe(null);
    expect(await getRegistrationConvening(id)).toBe(null);
    expect(await getSession(id, id)).toBe(null);
    expect(await listAgendaSessions(id)).toEqual([]);
    expect(await listChanges(id)).toEqual([]);
    expect(await getFollowUpAction(id)).toBe(null);
    expect(await getPerson(id)).toBe(null);
    expect(await getPersonDataExport(id)).toBe(null);
    expect(await getRegistration(id)).toBe(null);
    expect(await findRegistrationOf(id, id)).toBe(null);
    expect(await listRegistrationsOfPerson(id)).toEqual([]);
    expect(await moveRegistrationStatus(id, ["waitlisted"], "registered")).toBe(false);
  });
});
