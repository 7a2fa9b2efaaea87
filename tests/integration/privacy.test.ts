import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  action as attendeesAction,
  loader as attendeesLoader,
} from "../../app/routes/convenings.$conveningId.attendees";
import { loader as csvLoader } from "../../app/routes/convenings.$conveningId.attendees[.]csv";
import { loader as registerLoader } from "../../app/routes/convenings.$conveningId.register";
import { loader as actionLoader } from "../../app/routes/actions.$actionId";
import { loader as actionsCsvLoader } from "../../app/routes/actions.export[.csv]";
import { loader as cityLoader } from "../../app/routes/cities.$slug._index";
import { loader as planLoader } from "../../app/routes/cities.$slug.plan";
import { loader as citiesLoader } from "../../app/routes/cities._index";
import { loader as conveningLoader } from "../../app/routes/convenings.$conveningId._index";
import {
  action as fastEntryAction,
  loader as fastEntryLoader,
} from "../../app/routes/convenings.$conveningId.actions.new";
import { loader as outcomesLoader } from "../../app/routes/convenings.$conveningId.outcomes";
import { loader as dashboardLoader } from "../../app/routes/dashboard";
import { loader as myConveningsLoader } from "../../app/routes/me.convenings";
import { loader as personLoader } from "../../app/routes/people.$personId";
import { loader as peopleLoader } from "../../app/routes/people._index";
import { createFollowUpAction } from "../../models/follow-up-action.server";
import { body, load, type Loader } from "../helpers/routes";
import { action as myDataAction } from "../../app/routes/me.data";
import { loader as myDataJsonLoader } from "../../app/routes/me.data[.]json";
import { Person } from "../../models/person.server";
import { Registration } from "../../models/registration.server";
import { withTestDatabase } from "../setup/database";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { createColleagues, createConvening } from "../factories/registration";
import { cancelRegistration, register, registrationIdOf, registrationStatusOf } from "../helpers/registration";

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

  it("are said to be deleted on the person's My convenings after a purge, not 'None given'", async () => {
    const past = new Date(Date.now() - 10 * DAY);
    const { manager, participant, conveningId } = await setupWithNeeds();
    await Registration.db
      .collection("convenings")
      .updateOne({}, { $set: { startsAt: past, endsAt: new Date(past.getTime() + DAY) } });
    const before = await body<{ registrations: Array<{ dietaryNeeds: string; needsNote: string | null }> }>(
      await load(myConveningsLoader, participant.id, "/me/convenings"),
    );
    expect(before.registrations.map(({ dietaryNeeds, needsNote }) => ({ dietaryNeeds, needsNote }))).toEqual([
      { dietaryNeeds: DIET, needsNote: null },
    ]);
    const purged = await attendeesAction({
      request: await formRequest(manager.id, `/convenings/${conveningId}/attendees`, { intent: "purge-needs" }),
      params: { conveningId },
      context: {},
    });
    expect(purged).toHaveStatus(200);
    const today = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/London" }).format(new Date());
    const after = await body<{
      registrations: Array<{ dietaryNeeds: string; accessNeeds: string; needsNote: string | null }>;
    }>(await load(myConveningsLoader, participant.id, "/me/convenings"));
    expect(
      after.registrations.map(({ dietaryNeeds, accessNeeds, needsNote }) => ({ dietaryNeeds, accessNeeds, needsNote })),
    ).toEqual([{ dietaryNeeds: "", accessNeeds: "", needsNote: `Deleted after the convening, on ${today}.` }]);
  });

  it("of a cancelled registration are no longer shown to the manager", async () => {
    const { rep, manager, participant, conveningId } = await setupWithNeeds();
    await cancelRegistration(rep.id, conveningId, await registrationIdOf(conveningId, participant.id));
    expect(await registrationStatusOf(conveningId, participant.id)).toBe("cancelled");
    const page = await body<{
      lines: Array<{ name: string; status: string; dietaryNeeds?: string; accessNeeds?: string }>;
      needs: { dietary: unknown[]; access: unknown[] } | null;
    }>(await load(attendeesLoader, manager.id, `/convenings/${conveningId}/attendees`, { conveningId }));
    expect(
      page.lines.map(({ name, status, dietaryNeeds, accessNeeds }) => ({ name, status, dietaryNeeds, accessNeeds })),
    ).toEqual([{ name: "Pat Participant", status: "cancelled", dietaryNeeds: undefined, accessNeeds: undefined }]);
    expect(JSON.stringify(page)).not.toContain(DIET);
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

describe("email addresses of people who did not agree to share them", () => {
  it("reach a city rep through no page's data, only the addresses of people who agreed", async () => {
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const [privateId, sharingId] = await createColleagues(bristol, 2);
    const privateEmail = `colleague.01.${bristol}@example.org`;
    const sharingEmail = `colleague.02.${bristol}@example.org`;
    const conveningId = await createConvening({ placesPerCity: 5 });
    await register(rep.id, conveningId, { personId: privateId });
    await register(rep.id, conveningId, { personId: sharingId, isContactShared: "on" });
    const actionId = await createFollowUpAction({
      title: "Publish the welcome strategy",
      description: "",
      conveningId,
      sessionId: null,
      ownerCityId: bristol,
      ownerPersonId: privateId,
      dueOn: "2030-06-30",
      priority: "medium",
      principles: [],
      themes: [],
      resourcesNeeded: "",
      createdBy: { id: rep.id, name: "Test city-rep" },
    });
    const pages: Array<[Loader, string, Record<string, string>]> = [
      [registerLoader, `/convenings/${conveningId}/register`, { conveningId }],
      [attendeesLoader, `/convenings/${conveningId}/attendees`, { conveningId }],
      [csvLoader, `/convenings/${conveningId}/attendees.csv`, { conveningId }],
      [conveningLoader, `/convenings/${conveningId}`, { conveningId }],
      [fastEntryLoader, `/convenings/${conveningId}/actions/new`, { conveningId }],
      [outcomesLoader, `/convenings/${conveningId}/outcomes`, { conveningId }],
      [cityLoader, "/cities/bristol", { slug: "bristol" }],
      [planLoader, "/cities/bristol/plan", { slug: "bristol" }],
      [citiesLoader, "/cities", {}],
      [actionLoader, `/actions/${actionId}`, { actionId }],
      [actionsCsvLoader, "/actions/export.csv?city=bristol", {}],
      [peopleLoader, "/people", {}],
      [personLoader, `/people/${privateId}`, { personId: privateId }],
      [dashboardLoader, "/dashboard", {}],
    ];
    const answers: Array<[string, number, boolean, boolean]> = [];
    for (const [loader, url, params] of pages) {
      const response = await load(loader, rep.id, url, params);
      const text = await response.text();
      answers.push([url, response.status, text.includes(privateEmail), text.includes(sharingEmail)]);
    }
    expect(answers).toEqual([
      [`/convenings/${conveningId}/register`, 200, false, true],
      [`/convenings/${conveningId}/attendees`, 200, false, true],
      [`/convenings/${conveningId}/attendees.csv`, 200, false, true],
      [`/convenings/${conveningId}`, 200, false, false],
      [`/convenings/${conveningId}/actions/new`, 200, false, false],
      [`/convenings/${conveningId}/outcomes`, 200, false, false],
      ["/cities/bristol", 200, false, false],
      ["/cities/bristol/plan", 200, false, false],
      ["/cities", 200, false, false],
      [`/actions/${actionId}`, 200, false, false],
      ["/actions/export.csv?city=bristol", 200, false, false],
      ["/people", 403, false, false],
      [`/people/${privateId}`, 403, false, false],
      ["/dashboard", 403, false, false],
    ]);
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

  it("takes a deleted person out of the registration and owner pickers, and refuses them from a crafted form", async () => {
    const { rep, manager, participant, bristol, conveningId } = await setupWithNeeds();
    const [colleague] = await createColleagues(bristol, 1);
    await myDataAction({
      request: await formRequest(participant.id, "/me/data", { confirm: "delete my data" }),
      params: {},
      context: {},
    });
    const params = { conveningId };
    const ids = (people: Array<{ id: string }>) => people.map((person) => person.id).sort();
    // The owner picker offers the owning city's people only, for a manager once the city is chosen.
    for (const [actorId, choosable, owners] of [
      [manager.id, [rep.id, manager.id, colleague], [rep.id, colleague]],
      [rep.id, [rep.id, colleague], [rep.id, colleague]],
    ] as const) {
      const registerPage = await body<{ candidates: Array<{ id: string }> }>(
        await load(registerLoader, actorId, `/convenings/${conveningId}/register`, params),
      );
      expect(ids(registerPage.candidates)).toEqual([...choosable].sort());
      const entryPage = await body<{ owners: Array<{ id: string }> }>(
        await load(fastEntryLoader, actorId, `/convenings/${conveningId}/actions/new?ownerCityId=${bristol}`, params),
      );
      expect(ids(entryPage.owners)).toEqual([...owners].sort());
    }
    const registered = await register(manager.id, conveningId, { personId: participant.id });
    expect(registered).toHaveStatus(400);
    expect((await body(registered as Response)).errors).toEqual({ personId: "Choose someone from the list" });
    const named = (await fastEntryAction({
      request: await formRequest(manager.id, `/convenings/${conveningId}/actions/new`, {
        title: "Convene the employers' roundtable",
        sessionId: "",
        ownerCityId: bristol,
        ownerPersonId: participant.id,
        dueOn: "",
        priority: "high",
      }),
      params,
      context: {},
    })) as Response;
    expect(named).toHaveStatus(400);
    expect((await body(named)).errors).toEqual({
      ownerPersonId: "That person is not in the programme: choose an owner from the list",
    });
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
