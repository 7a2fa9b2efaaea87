import { describe, expect, it } from "vitest";
import { action as cityAction, loader as cityLoader } from "../../app/routes/cities.$slug._index";
import { action as editAction, loader as editLoader } from "../../app/routes/cities.$slug.edit";
import { loader as directoryLoader } from "../../app/routes/cities._index";
import { City } from "../../models/city.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { createColleagues } from "../factories/registration";
import { thrownResponse } from "../factories/responses";
import { isByIdAlone, recordQueryFilters, type RecordedQuery } from "../helpers/queries";
import { formReply } from "../factories/form-replies";
import { toastAfter } from "../factories/toast";

withTestDatabase();

const cityPost = async (personId: string, slug: string, fields: Record<string, string>) =>
  cityAction({ request: await formRequest(personId, `/cities/${slug}`, fields), params: { slug }, context: {} });

describe("the city directory and city pages", () => {
  it("lists every city with membership, sponsor and lead names and taskforce size: cities in a fixed number of queries, contacts by _id alone", async () => {
    const bristol = await createCity("bristol", { sponsorRole: "Deputy Mayor", learningPartnerSlug: "birmingham" });
    await createCity("birmingham", { membership: "phase-two", phaseJoined: 2 });
    const [sponsor] = await createColleagues(bristol, 1, "sponsor");
    await City.updateOne(
      { _id: bristol },
      { $set: { sponsorPersonId: sponsor, taskforce: [{ name: "A", sector: "arts" }] } },
    );
    type Directory = {
      cities: Array<{ name: string; sponsorName: string | null; leadName: string | null; taskforceSize: number }>;
    };
    const directory = async () => {
      const request = await requestAs(null, "/cities");
      return recordQueryFilters(
        async () => (await (await directoryLoader({ request, params: {}, context: {} })).json()) as Directory,
      );
    };
    const small = await directory();
    expect(small.result.cities.map((city) => [city.name, city.sponsorName, city.taskforceSize])).toEqual([
      ["Birmingham", null, 0],
      ["Bristol", "Sponsor 01", 1],
    ]);
    // The cities and their contacts in two queries, not one per city; the contacts' names read by
    // _id, the one lookup FerretDB serves from an index (models/by-id.server.ts).
    const cityQueries = (queries: RecordedQuery[]) => queries.filter(({ query }) => !query.startsWith("people."));
    const peopleReads = (queries: RecordedQuery[]) => queries.filter(({ query }) => query.startsWith("people."));
    expect(cityQueries(small.queries).map(({ query }) => query)).toEqual(["cities.find", "cities.find"]);
    expect(peopleReads(small.queries).every(({ filter }) => isByIdAlone(filter))).toBe(true);

    // Ten more cities, each with a sponsor, a lead and a taskforce: still the same three.
    for (let index = 0; index < 10; index += 1) {
      const cityId = await createCity(`city-${index}`);
      const [citySponsor] = await createColleagues(cityId, 1, "sponsor");
      const [cityLead] = await createColleagues(cityId, 1, "lead");
      await City.updateOne(
        { _id: cityId },
        {
          $set: {
            sponsorPersonId: citySponsor,
            leadPersonId: cityLead,
            taskforce: [{ name: "B", sector: "employer" }],
          },
        },
      );
    }
    const large = await directory();
    expect(large.result.cities).toHaveLength(12);
    expect(large.result.cities.find((city) => city.name === "City 7")).toMatchObject({
      sponsorName: "Sponsor 01",
      leadName: "Lead 01",
      taskforceSize: 1,
    });
    expect(cityQueries(large.queries).map(({ query }) => query)).toEqual(["cities.find", "cities.find"]);
    expect(peopleReads(large.queries)).toHaveLength(21); // Bristol's sponsor and 10 sponsors and leads
    expect(peopleReads(large.queries).every(({ filter }) => isByIdAlone(filter))).toBe(true);
  });

  it("shows a city's membership, partner and contacts, hiding taskforce names from anonymous visitors and emails from all but managers and the contact", async () => {
    const bristol = await createCity("bristol", { learningPartnerSlug: "birmingham" });
    await createCity("birmingham", { membership: "phase-two", phaseJoined: 2 });
    const [lead] = await createColleagues(bristol, 1, "lead");
    await City.updateOne(
      { _id: bristol },
      {
        $set: {
          leadPersonId: lead,
          taskforce: [{ name: "Taskforce Tina", organisation: "Housing Trust", sector: "housing-association" }],
        },
      },
    );
    const anonymous = (await (
      await cityLoader({ request: await requestAs(null, "/cities/bristol"), params: { slug: "bristol" }, context: {} })
    ).json()) as Record<string, unknown>;
    expect(anonymous).toMatchObject({
      partner: { slug: "birmingham", name: "Birmingham" },
      lead: { name: "Lead 01", email: null },
      taskforce: [],
      taskforceSize: 1,
      canEdit: false,
    });
    const participant = await createAccount({ role: "participant" });
    const signedIn = (await (
      await cityLoader({
        request: await requestAs(participant.id, "/cities/bristol"),
        params: { slug: "bristol" },
        context: {},
      })
    ).json()) as Record<string, unknown>;
    expect(signedIn).toMatchObject({
      lead: { name: "Lead 01", email: null },
      taskforce: [expect.objectContaining({ name: "Taskforce Tina", sector: "housing-association" })],
      canEdit: false,
    });
    const pageAs = async (personId: string) =>
      (await (
        await cityLoader({
          request: await requestAs(personId, "/cities/bristol"),
          params: { slug: "bristol" },
          context: {},
        })
      ).json()) as { lead: { email: string | null } };
    const manager = await createAccount({ role: "manager" });
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const leadWithAccount = await createAccount({ role: "participant", cityId: bristol });
    await City.updateOne({ _id: bristol }, { $set: { leadPersonId: leadWithAccount.id } });
    expect([
      (await pageAs(manager.id)).lead.email,
      (await pageAs(leadWithAccount.id)).lead.email,
      (await pageAs(rep.id)).lead.email,
    ]).toEqual([leadWithAccount.email, leadWithAccount.email, null]);
  });

  it("offers the action plan link only to people who may read plans, and shows the sponsor's role as one value", async () => {
    const bristol = await createCity("bristol", { sponsorRole: "Deputy Mayor" });
    const cityPage = async (personId: string | null) =>
      (await (
        await cityLoader({
          request: await requestAs(personId, "/cities/bristol"),
          params: { slug: "bristol" },
          context: {},
        })
      ).json()) as Record<string, unknown>;
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const participant = await createAccount({ role: "participant", cityId: bristol });
    const manager = await createAccount({ role: "manager" });
    expect(await cityPage(null)).toMatchObject({
      canSeePlan: false,
      sponsor: null,
      city: { sponsorRole: "Deputy Mayor" },
    });
    expect(await cityPage(participant.id)).toMatchObject({ canSeePlan: false });
    expect(await cityPage(rep.id)).toMatchObject({ canSeePlan: true });
    expect(await cityPage(manager.id)).toMatchObject({ canSeePlan: true });
  });

  it("answers an unknown city with 404", async () => {
    expect(
      (
        await thrownResponse(
          cityLoader({ request: await requestAs(null, "/cities/atlantis"), params: { slug: "atlantis" }, context: {} }),
        )
      ).status,
    ).toBe(404);
  });
});

describe("editing cities", () => {
  it("lets a city's rep add and remove taskforce members and set contacts from their city", async () => {
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const [sponsor] = await createColleagues(bristol, 1, "sponsor");
    expect(
      (
        await cityPost(rep.id, "bristol", {
          intent: "add-member",
          name: "Omar Employer",
          organisation: "Big Firm",
          sector: "employer",
        })
      ).status,
    ).toBe(200);
    const city = await City.findById(bristol).lean();
    expect(city?.taskforce.map((member) => member.name)).toEqual(["Omar Employer"]);
    expect(
      (await cityPost(rep.id, "bristol", { intent: "remove-member", memberId: String(city!.taskforce[0]._id) })).status,
    ).toBe(200);
    expect((await City.findById(bristol).lean())?.taskforce).toHaveLength(0);
    expect(
      (await cityPost(rep.id, "bristol", { intent: "set-contacts", sponsorPersonId: sponsor, leadPersonId: rep.id }))
        .status,
    ).toBe(200);
    expect(await City.findById(bristol).select("sponsorPersonId leadPersonId").lean()).toMatchObject({
      sponsorPersonId: expect.anything(),
      leadPersonId: expect.anything(),
    });
    expect(String((await City.findById(bristol).lean())?.sponsorPersonId)).toBe(sponsor);
  });

  it("keeps input and names the field when a taskforce member has no name or sector", async () => {
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const response = await cityPost(rep.id, "bristol", {
      intent: "add-member",
      name: "",
      organisation: "Kept Org",
      sector: "",
    });
    expect(response.status).toBe(400);
    const body = await formReply(response);
    expect(body.errors).toEqual({ name: "Enter the member's name", sector: "Choose a sector" });
    expect(body.values.organisation).toBe("Kept Org");
  });

  it("refuses a rep naming a contact from another city", async () => {
    const bristol = await createCity("bristol");
    const cardiff = await createCity("cardiff", { nation: "Wales" });
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const [outsider] = await createColleagues(cardiff, 1);
    const response = await cityPost(rep.id, "bristol", {
      intent: "set-contacts",
      sponsorPersonId: outsider,
      leadPersonId: "",
    });
    expect(response.status).toBe(400);
    expect((await formReply(response)).errors.sponsorPersonId).toBe("Choose someone from this city");
  });

  it("gives another city's rep 403 on a city's taskforce", async () => {
    await createCity("bristol");
    const cardiff = await createCity("cardiff", { nation: "Wales" });
    const cardiffRep = await createAccount({ role: "city-rep", cityId: cardiff });
    expect(
      (await thrownResponse(cityPost(cardiffRep.id, "bristol", { intent: "add-member", name: "X", sector: "arts" })))
        .status,
    ).toBe(403);
  });

  it("lets only managers edit city details, with validation", async () => {
    const bristol = await createCity("bristol");
    await createCity("birmingham", { membership: "phase-two", phaseJoined: 2 });
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const manager = await createAccount({ role: "manager" });
    expect(
      (
        await thrownResponse(
          editLoader({
            request: await requestAs(rep.id, "/cities/bristol/edit"),
            params: { slug: "bristol" },
            context: {},
          }),
        )
      ).status,
    ).toBe(403);
    const bad = await editAction({
      request: await formRequest(manager.id, "/cities/bristol/edit", {
        name: "Bristol",
        membership: "founder",
        phaseJoined: "3",
        nation: "England",
        learningPartnerSlug: "bristol",
      }),
      params: { slug: "bristol" },
      context: {},
    });
    expect(bad.status).toBe(400);
    const refused = await formReply(bad);
    expect(refused.errors.phaseJoined).toBe("Choose phase one or two");
    expect(refused.errors.learningPartnerSlug).toBe("Choose another city from the list"); // not itself
    const response = await editAction({
      request: await formRequest(manager.id, "/cities/bristol/edit", {
        name: "Bristol",
        membership: "founder",
        phaseJoined: "1",
        nation: "England",
        department: "Mayor's Office",
        sponsorRole: "Deputy Mayor",
        learningPartnerSlug: "birmingham",
      }),
      params: { slug: "bristol" },
      context: {},
    });
    expect(response.status).toBe(302);
    expect(await City.findById(bristol).lean()).toMatchObject({
      department: "Mayor's Office",
      sponsorRole: "Deputy Mayor",
      learningPartnerSlug: "birmingham",
    });
  });
});

describe("learning partnerships", () => {
  const details = (name: string, membership: string, learningPartnerSlug: string) => ({
    name,
    membership,
    phaseJoined: membership === "founder" ? "1" : "2",
    nation: "England",
    department: "",
    sponsorRole: "",
    learningPartnerSlug,
  });
  const partners = async () =>
    Object.fromEntries(
      (await City.find().select("slug learningPartnerSlug").lean()).map((city) => [
        city.slug,
        city.learningPartnerSlug ?? null,
      ]),
    );

  it("are one symmetric pair: a new partner for Bristol clears the old partners of Bristol and of Newport", async () => {
    await createCity("bristol", { learningPartnerSlug: "birmingham" });
    await createCity("birmingham", { membership: "phase-two", phaseJoined: 2, learningPartnerSlug: "bristol" });
    await createCity("cardiff", { nation: "Wales", learningPartnerSlug: "newport" });
    await createCity("newport", {
      nation: "Wales",
      membership: "phase-two",
      phaseJoined: 2,
      learningPartnerSlug: "cardiff",
    });
    const manager = await createAccount({ role: "manager" });
    const save = async (fields: Record<string, string>) =>
      editAction({
        request: await formRequest(manager.id, "/cities/bristol/edit", fields),
        params: { slug: "bristol" },
        context: {},
      });

    const response = await save(details("Bristol", "founder", "newport"));
    expect(response).toHaveStatus(302);
    expect(await toastAfter(response)).toBe("Saved. Bristol and Newport are now each other's learning partner.");
    expect(await partners()).toEqual({ bristol: "newport", newport: "bristol", birmingham: null, cardiff: null });

    const unusual = await save(details("Bristol", "founder", "cardiff"));
    expect(unusual).toHaveStatus(302);
    expect(await toastAfter(unusual)).toBe(
      "Saved. Bristol and Cardiff are now each other's learning partner. Learning partners are usually a founder city and a phase-two city: Bristol (Founder city) and Cardiff (Founder city).",
    );
    expect(await partners()).toEqual({ bristol: "cardiff", cardiff: "bristol", birmingham: null, newport: null });

    const none = await save(details("Bristol", "founder", ""));
    expect(await toastAfter(none)).toBe("Saved. Bristol has no learning partner now.");
    expect(await partners()).toEqual({ bristol: null, cardiff: null, birmingham: null, newport: null });
  });

  it("are made whole when a city left pointing one way is saved again", async () => {
    await createCity("bristol", { learningPartnerSlug: "newport" });
    await createCity("birmingham", { membership: "phase-two", phaseJoined: 2, learningPartnerSlug: "bristol" });
    await createCity("newport", {
      nation: "Wales",
      membership: "phase-two",
      phaseJoined: 2,
      learningPartnerSlug: null,
    });
    const manager = await createAccount({ role: "manager" });
    const response = await editAction({
      request: await formRequest(manager.id, "/cities/bristol/edit", details("Bristol", "founder", "newport")),
      params: { slug: "bristol" },
      context: {},
    });
    expect(await toastAfter(response)).toBe("Saved.");
    expect(await partners()).toEqual({ bristol: "newport", newport: "bristol", birmingham: null });
  });
});
