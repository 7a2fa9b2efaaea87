import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  action as attendeesAction,
  loader as attendeesLoader,
} from "../../app/routes/convenings.$conveningId.attendees";
import { loader as csvLoader } from "../../app/routes/convenings.$conveningId.attendees[.]csv";
import { loader as registerLoader } from "../../app/routes/convenings.$conveningId.register";
import { action as myDataAction } from "../../app/routes/me.data";
import { loader as myDataJsonLoader } from "../../app/routes/me.data[.]json";
import { Person } from "../../models/person.server";
import { Registration } from "../../models/registration.server";
import { withTestDatabase } from "../setup/database";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { createColleagues, createConvening } from "../factories/registration";
import { register, registrationStatusOf } from "../helpers/registration";

withTestDatabase();
beforeEach(() => clearSentEmails());

const DAY = 24 * 3600 * 1000;
const DIET = "Coeliac, no gluten";
const ACCESS = "Wheelchair user";

async function setupWithNeeds(options: Parameters<typeof createConvening>[0] = {}) {
  const bristol = await createCity("bristol");
  const rep = await createAccount({ role: "city-rep", cityId: bristol });
  const manager = await createAccount({ role: "manager" });
  const participant = await createAccount({ role: "participant", cityId: bristol, name: "Pat Participant" });
  const conveningId = await createConvening(options);
  const logged = vi.spyOn(console, "log");
  await register(rep.id, conveningId, {
    personId: participant.id,
    dietaryNeeds: DIET,
    accessNeeds: ACCESS,
    isContactShared: "on",
  });
  return { bristol, rep, manager, participant, conveningId, logged };
}

describe("dietary and access needs", () => {
  it("never reach a city rep: not on the register page, the attendee page or their CSV", async () => {
    const { rep, conveningId } = await setupWithNeeds();
    for (const loader of [registerLoader, attendeesLoader]) {
      const body = await (
        await loader({
          request: await requestAs(rep.id, `/convenings/${conveningId}/x`),
          params: { conveningId },
          context: {},
        })
      ).text();
      expect(body).toContain("Pat Participant");
      expect(body).not.toContain(DIET);
      expect(body).not.toContain(ACCESS);
    }
    const csv = await (
      await csvLoader({
        request: await requestAs(rep.id, `/convenings/${conveningId}/attendees.csv`),
        params: { conveningId },
        context: {},
      })
    ).text();
    expect(csv).toContain("Pat Participant");
    expect(csv).not.toContain("Dietary");
    expect(csv).not.toContain(DIET);
    expect(csv).not.toContain(ACCESS);
  });

  it("are in the manager's attendee page and CSV", async () => {
    const { manager, conveningId } = await setupWithNeeds();
    const csv = await (
      await csvLoader({
        request: await requestAs(manager.id, `/convenings/${conveningId}/attendees.csv`),
        params: { conveningId },
        context: {},
      })
    ).text();
    expect(csv).toContain(`"${DIET}",${ACCESS}`);
    const page = await (
      await attendeesLoader({
        request: await requestAs(manager.id, `/convenings/${conveningId}/attendees`),
        params: { conveningId },
        context: {},
      })
    ).text();
    expect(page).toContain(DIET);
  });

  it("are not written to logs or into emails", async () => {
    const { logged } = await setupWithNeeds();
    expect(logged.mock.calls.flat().join(" ")).not.toContain(DIET);
    expect(sentEmails).toHaveLength(1);
    expect(JSON.stringify(sentEmails[0])).not.toContain(DIET);
    expect(JSON.stringify(sentEmails[0])).not.toContain(ACCESS);
  });

  it("can be purged by a manager in one action once the convening has ended, and not before", async () => {
    const past = new Date(Date.now() - 10 * DAY);
    const { manager, participant, conveningId } = await setupWithNeeds({ startsAt: new Date(Date.now() + DAY) });
    const early = await attendeesAction({
      request: await formRequest(manager.id, `/convenings/${conveningId}/attendees`, { intent: "purge-needs" }),
      params: { conveningId },
      context: {},
    });
    expect(early).toHaveStatus(409);
    expect((await Registration.findOne({ conveningId }).lean())?.dietaryNeeds).toBe(DIET);
    await Registration.db
      .collection("convenings")
      .updateOne({}, { $set: { startsAt: past, endsAt: new Date(past.getTime() + DAY) } });
    const response = await attendeesAction({
      request: await formRequest(manager.id, `/convenings/${conveningId}/attendees`, { intent: "purge-needs" }),
      params: { conveningId },
      context: {},
    });
    expect(response).toHaveStatus(200);
    expect(await Registration.findOne({ conveningId, personId: participant.id }).lean()).toMatchObject({
      dietaryNeeds: "",
      accessNeeds: "",
      status: "registered",
    });
  });

  it("cannot be purged by a city rep", async () => {
    const { rep, conveningId } = await setupWithNeeds();
    await expect(
      attendeesAction({
        request: await formRequest(rep.id, `/convenings/${conveningId}/attendees`, { intent: "purge-needs" }),
        params: { conveningId },
        context: {},
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe("a person's own data", () => {
  it("downloads as JSON with their registrations and needs, never the password hash", async () => {
    const { participant, conveningId } = await setupWithNeeds();
    const response = await myDataJsonLoader({
      request: await requestAs(participant.id, "/me/data.json"),
      params: {},
      context: {},
    });
    expect(response.headers.get("Content-Disposition")).toContain("attachment");
    const data = (await response.json()) as {
      profile: Record<string, unknown>;
      registrations: Array<Record<string, unknown>>;
    };
    expect(data.profile).toMatchObject({ name: "Pat Participant", email: participant.email });
    expect(data.profile).not.toHaveProperty("passwordHash");
    expect(data.registrations).toEqual([
      expect.objectContaining({
        dietaryNeeds: DIET,
        accessNeeds: ACCESS,
        convening: expect.objectContaining({ id: conveningId }),
      }),
    ]);
  });

  it("is anonymised on request: registrations kept for counts, nothing identifying left, place passed on", async () => {
    const { rep, participant, bristol, conveningId } = await setupWithNeeds({ placesPerCity: 1 });
    const [waiting] = await createColleagues(bristol, 1);
    await register(rep.id, conveningId, { personId: waiting });
    const wrong = await myDataAction({
      request: await formRequest(participant.id, "/me/data", { confirm: "yes" }),
      params: {},
      context: {},
    });
    expect(wrong).toHaveStatus(400);
    const response = await myDataAction({
      request: await formRequest(participant.id, "/me/data", { confirm: "delete my data" }),
      params: {},
      context: {},
    });
    expect(response).toHaveStatus(302);
    const person = await Person.findById(participant.id).lean();
    expect(person).toMatchObject({ name: "Deleted person", organisation: "", passwordHash: null });
    expect(person?.email).not.toContain(participant.email.split("@")[0]);
    const registration = await Registration.findOne({ conveningId, personId: participant.id }).lean();
    expect(registration).toMatchObject({ status: "cancelled", dietaryNeeds: "", accessNeeds: "" });
    expect(await Registration.countDocuments({ conveningId })).toBe(2);
    expect(await registrationStatusOf(conveningId, waiting)).toBe("registered");
  });

  it("keeps attended counts after deletion of someone who attended", async () => {
    const { participant, conveningId } = await setupWithNeeds();
    await Registration.updateOne({ personId: participant.id }, { $set: { status: "attended" } });
    await myDataAction({
      request: await formRequest(participant.id, "/me/data", { confirm: "delete my data" }),
      params: {},
      context: {},
    });
    expect(await Registration.countDocuments({ conveningId, status: "attended" })).toBe(1);
  });
});
