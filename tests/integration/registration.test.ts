import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { REGISTRATION_CONCURRENCY, setRegistrationConcurrency } from "../../app/registration/registration.server";
import { loader as registerLoader } from "../../app/routes/convenings.$conveningId.register";
import { Registration } from "../../models/registration.server";
import { PlaceSeat } from "../../models/place-seat.server";
import { withTestDatabase } from "../setup/database";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { calendarPartOf, invitationEvent } from "../helpers/calendar-mail";
import { conveningUid } from "../../app/domain/ical/calendar-uids";
import { createAccount, createCity, requestAs } from "../factories/people";
import { createColleagues, createConvening } from "../factories/registration";
import { thrownResponse } from "../factories/responses";
import { formReply } from "../factories/form-replies";
import { placesBanner } from "../../app/registration/format";
import { translatorFor } from "../../app/i18n/translate.server";
import {
  cancelRegistration,
  register,
  registrationIdOf,
  registrationStatusOf as statusOf,
  setUpRegistration as setup,
} from "../helpers/registration";

withTestDatabase();
beforeEach(() => clearSentEmails());

const DAY = 24 * 3600 * 1000;

describe("registering for a convening", () => {
  it("lets a city rep register themselves, with the event as a calendar invitation in the confirmation", async () => {
    const { rep, conveningId } = await setup();
    const response = await register(rep.id, conveningId, {
      personId: rep.id,
      roleAtEvent: "Delegate",
      dietaryNeeds: "Vegetarian",
      isContactShared: "on",
    });
    expect(response).toHaveStatus(200);
    const doc = await Registration.findOne({ conveningId, personId: rep.id }).lean();
    expect(doc).toMatchObject({
      status: "registered",
      roleAtEvent: "Delegate",
      dietaryNeeds: "Vegetarian",
      isContactShared: true,
    });
    expect(sentEmails).toHaveLength(1);
    expect(sentEmails[0].to).toEqual([rep.email]);
    expect(sentEmails[0].subject).toMatch(/^You are registered/);
    const invitation = invitationEvent(calendarPartOf(sentEmails[0])!);
    expect([invitation.method, invitation.uid]).toEqual(["REQUEST", conveningUid(conveningId)]);
    expect(sentEmails[0].text).not.toContain("Vegetarian");
  });

  it("lets a rep add a new colleague of their city by name and email, creating a person without an account", async () => {
    const { rep, bristol, conveningId } = await setup();
    const response = await register(rep.id, conveningId, {
      personId: "new",
      newName: "Ada Colleague",
      newEmail: "ada@bristol.example",
    });
    expect(response).toHaveStatus(200);
    const doc = await Registration.findOne({ conveningId })
      .populate<{ personId: { name: string; cityId: unknown; passwordHash: string | null } }>("personId")
      .lean();
    expect(doc?.personId.name).toBe("Ada Colleague");
    expect(String(doc?.personId.cityId)).toBe(bristol);
    expect(doc?.personId.passwordHash).toBeNull();
  });

  it("refuses a Bristol rep registering a Cardiff officer with 403", async () => {
    const { rep, cardiff, conveningId } = await setup();
    const [cardiffOfficer] = await createColleagues(cardiff, 1, "officer");
    const response = await thrownResponse(register(rep.id, conveningId, { personId: cardiffOfficer }));
    expect(response).toHaveStatus(403);
    expect(await response.text()).toBe("You can only register people from your own city.");
    expect(await Registration.countDocuments()).toBe(0);
  });

  it("refuses a rep adding a 'new colleague' whose email belongs to another city's person", async () => {
    const { rep, cardiff, conveningId } = await setup();
    await createColleagues(cardiff, 1, "officer");
    const response = await thrownResponse(
      register(rep.id, conveningId, {
        personId: "new",
        newName: "Someone",
        newEmail: `officer.01.${cardiff}@example.org`,
      }),
    );
    expect(response).toHaveStatus(403);
  });

  it("lets a manager register anyone, including people without a city", async () => {
    const { manager, cardiff, conveningId } = await setup();
    const [cardiffOfficer] = await createColleagues(cardiff, 1, "officer");
    expect(await register(manager.id, conveningId, { personId: cardiffOfficer })).toHaveStatus(200);
    expect(
      await register(manager.id, conveningId, {
        personId: "new",
        newName: "Guest Speaker",
        newEmail: "speaker@example.org",
      }),
    ).toHaveStatus(200);
    expect(await Registration.countDocuments({ status: "registered" })).toBe(2);
  });

  it("gives a participant (not a rep) 403 on the register page", async () => {
    const { bristol, conveningId } = await setup();
    const participant = await createAccount({ role: "participant", cityId: bristol });
    const response = await thrownResponse(
      registerLoader({
        request: await requestAs(participant.id, `/convenings/${conveningId}/register`),
        params: { conveningId },
        context: {},
      }),
    );
    expect(response).toHaveStatus(403);
  });

  it("answers a malformed or unknown convening id with 404", async () => {
    const { rep } = await setup();
    for (const conveningId of ["not-an-id", "64b7f0000000000000000000"]) {
      const response = await thrownResponse(
        registerLoader({
          request: await requestAs(rep.id, `/convenings/${conveningId}/register`),
          params: { conveningId },
          context: {},
        }),
      );
      expect(response).toHaveStatus(404);
    }
  });

  it("tells the user clearly when the person is already registered, and makes no duplicate", async () => {
    const { rep, conveningId } = await setup();
    await register(rep.id, conveningId, { personId: rep.id });
    const response = await register(rep.id, conveningId, { personId: rep.id, roleAtEvent: "Again" });
    expect(response).toHaveStatus(400);
    const body = await formReply(response);
    expect(body.errors.personId).toBe("Bristol Rep is already on the list for this convening (registered).");
    expect(body.values.roleAtEvent).toBe("Again");
    expect(await Registration.countDocuments({ conveningId })).toBe(1);
  });

  it("keeps other input and names the field when the new colleague's email is malformed or missing", async () => {
    const { rep, conveningId } = await setup();
    const response = await register(rep.id, conveningId, {
      personId: "new",
      newName: "",
      newEmail: "not-an-email",
      roleAtEvent: "Observer",
      dietaryNeeds: "Halal",
    });
    expect(response).toHaveStatus(400);
    const body = await formReply(response);
    expect(body.errors).toEqual({
      newName: "Enter your colleague's name",
      newEmail: "Enter an email address like name@example.org",
    });
    expect(body.values).toMatchObject({ roleAtEvent: "Observer", dietaryNeeds: "Halal", newEmail: "not-an-email" });
    const missing = await formReply(await register(rep.id, conveningId, { personId: "" }));
    expect(missing.errors.personId).toBe("Choose who you are registering");
  });

  it("refuses departure before arrival", async () => {
    const { rep, conveningId } = await setup();
    const body = await formReply(
      await register(rep.id, conveningId, { personId: rep.id, arrivalDate: "2027-03-26", departureDate: "2027-03-25" }),
    );
    expect(body.errors.departureDate).toBe("Departure must be on or after arrival");
  });

  it("refuses registration for a draft convening, a cancelled one, before the window opens and after it closes, each with its reason", async () => {
    const { manager, rep } = await setup();
    const cases: Array<[NonNullable<Parameters<typeof createConvening>[0]>, RegExp]> = [
      [{ status: "draft" }, /still a draft/],
      [{ status: "cancelled" }, /has been cancelled/],
      [{ opensAt: new Date(Date.now() + DAY) }, /^Registration opens on/],
      [{ closesAt: new Date(Date.now() - DAY) }, /^Registration closed on/],
    ];
    for (const [options, reason] of cases) {
      const conveningId = await createConvening(options);
      const response = await register(options.status === "draft" ? manager.id : rep.id, conveningId, {
        personId: rep.id,
      });
      expect(response).toHaveStatus(409);
      expect((await formReply(response)).errors.form).toMatch(reason);
    }
    expect(await Registration.countDocuments()).toBe(0);
  });

  it("hides a draft convening's register page from reps (404)", async () => {
    const { rep } = await setup();
    const conveningId = await createConvening({ status: "draft" });
    const response = await thrownResponse(
      registerLoader({
        request: await requestAs(rep.id, `/convenings/${conveningId}/register`),
        params: { conveningId },
        context: {},
      }),
    );
    expect(response).toHaveStatus(404);
  });
});

describe("places and the waitlist", () => {
  it("waitlists the third person from a city with two places and emails them that they are waitlisted", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 2 });
    const colleagues = await createColleagues(bristol, 3);
    for (const personId of colleagues) await register(rep.id, conveningId, { personId });
    expect(await Promise.all(colleagues.map((id) => statusOf(conveningId, id)))).toEqual([
      "registered",
      "registered",
      "waitlisted",
    ]);
    expect(sentEmails.map((email) => email.subject.split(":")[0])).toEqual([
      "You are registered",
      "You are registered",
      "You are on the waitlist",
    ]);
    expect(sentEmails[2].attachments).toEqual([]);
  });

  it("applies a city's own override of the per-city places", async () => {
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const conveningId = await createConvening({ placesPerCity: 2, cityPlaces: [{ cityId: bristol, places: 1 }] });
    const colleagues = await createColleagues(bristol, 2);
    for (const personId of colleagues) await register(rep.id, conveningId, { personId });
    expect(await Promise.all(colleagues.map((id) => statusOf(conveningId, id)))).toEqual(["registered", "waitlisted"]);
  });

  it("waitlists people once the total capacity is reached even when their city has places", async () => {
    const { manager, bristol, cardiff } = await setup();
    const conveningId = await createConvening({ placesPerCity: 2, capacity: 3 });
    const [b1, b2] = await createColleagues(bristol, 2);
    const [c1, c2] = await createColleagues(cardiff, 2);
    for (const personId of [b1, b2, c1, c2]) await register(manager.id, conveningId, { personId });
    expect(await Promise.all([b1, b2, c1, c2].map((id) => statusOf(conveningId, id)))).toEqual([
      "registered",
      "registered",
      "registered",
      "waitlisted",
    ]);
  });

  it("tells a rep the convening's total is full, not their city's places, in the answer and the banner", async () => {
    const { rep, manager, bristol, cardiff } = await setup();
    const conveningId = await createConvening({ placesPerCity: 2, capacity: 2 });
    for (const personId of await createColleagues(cardiff, 2)) await register(manager.id, conveningId, { personId });
    const [colleague] = await createColleagues(bristol, 1);
    const answer = await formReply<{ message: string }>(await register(rep.id, conveningId, { personId: colleague }));
    expect(answer.message).toBe(
      "All 2 places at the convening are taken (the city still has places of its own), so Colleague 01 is on the waitlist and will move up automatically if a place frees up.",
    );
    expect(await statusOf(conveningId, colleague)).toBe("waitlisted");
    const page = (await (
      await registerLoader({
        request: await requestAs(rep.id, `/convenings/${conveningId}/register`),
        params: { conveningId },
        context: {},
      })
    ).json()) as { ownCity: { places: number; held: number }; totalHeld: number; convening: { capacity: number } };
    expect([page.ownCity.places, page.ownCity.held, page.totalHeld, page.convening.capacity]).toEqual([2, 0, 2, 2]);
    expect(
      placesBanner(translatorFor("en"), { name: "Bristol", ...page.ownCity }, { capacity: 2, held: page.totalHeld }),
    ).toBe(
      "Bristol has 2 places: 0 taken, 2 free. But all 2 places at the convening are taken, so people join the waitlist in the order they are registered.",
    );
  });

  it("tells a rep their city's places are taken when those are the limit that is full", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 1, capacity: 10 });
    const [first, second] = await createColleagues(bristol, 2);
    await register(rep.id, conveningId, { personId: first });
    const answer = await formReply<{ message: string }>(await register(rep.id, conveningId, { personId: second }));
    expect(answer.message).toBe(
      "Your city's places are taken, so Colleague 02 is on the waitlist and will move up automatically if a place frees up.",
    );
  });

  it("promotes the first on that city's waitlist when someone cancels, and emails them the calendar invitation", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 2 });
    const [first, second, third, fourth] = await createColleagues(bristol, 4);
    for (const personId of [first, second, third, fourth]) await register(rep.id, conveningId, { personId });
    clearSentEmails();
    const response = await cancelRegistration(rep.id, conveningId, await registrationIdOf(conveningId, first));
    expect(response).toHaveStatus(200);
    expect(await Promise.all([first, second, third, fourth].map((id) => statusOf(conveningId, id)))).toEqual([
      "cancelled",
      "registered",
      "registered",
      "waitlisted",
    ]);
    expect(sentEmails.map((email) => [email.to[0], email.subject.split(":")[0]])).toEqual([
      [`colleague.01.${bristol}@example.org`, "Your registration is cancelled"],
      [`colleague.03.${bristol}@example.org`, "A place has opened up"],
    ]);
    expect(calendarPartOf(sentEmails[1])?.method).toBe("REQUEST");
  });

  it("does not let a Cardiff rep cancel a Bristol registration", async () => {
    const { rep, cardiff, conveningId } = await setup();
    await register(rep.id, conveningId, { personId: rep.id });
    const cardiffRep = await createAccount({ role: "city-rep", cityId: cardiff });
    const response = await thrownResponse(
      cancelRegistration(cardiffRep.id, conveningId, await registrationIdOf(conveningId, rep.id)),
    );
    expect(response).toHaveStatus(403);
    expect(await statusOf(conveningId, rep.id)).toBe("registered");
  });

  it("lets a cancelled person register again at the back of the queue", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 1 });
    const [first, second] = await createColleagues(bristol, 2);
    await register(rep.id, conveningId, { personId: first });
    await cancelRegistration(rep.id, conveningId, await registrationIdOf(conveningId, first));
    await register(rep.id, conveningId, { personId: second });
    expect(await register(rep.id, conveningId, { personId: first })).toHaveStatus(200);
    expect(await statusOf(conveningId, first)).toBe("waitlisted");
    expect(await Registration.countDocuments({ conveningId })).toBe(2);
  });
});

describe("limits under concurrency", () => {
  // No in-process queue: every request reaches the database at once, so only the seats guard places.
  beforeAll(() => setRegistrationConcurrency(1000));
  afterAll(() => setRegistrationConcurrency(REGISTRATION_CONCURRENCY));

  it("50 concurrent registrations from one city with 2 places: exactly 2 registered, 48 waitlisted in arrival order, none lost or duplicated", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 2, capacity: 30 });
    const colleagues = await createColleagues(bristol, 50);
    const responses = await Promise.all(colleagues.map((personId) => register(rep.id, conveningId, { personId })));
    expect(responses.map((response) => response.status)).toEqual(colleagues.map(() => 200));
    const docs = await Registration.find({ conveningId })
      .select("personId status queueKey")
      .sort({ queueKey: 1, _id: 1 })
      .lean();
    expect(docs).toHaveLength(50);
    expect(new Set(docs.map((doc) => String(doc.personId))).size).toBe(50);
    expect(docs.filter((doc) => doc.status === "registered")).toHaveLength(2);
    expect(docs.filter((doc) => doc.status === "waitlisted")).toHaveLength(48);
    expect(await PlaceSeat.countDocuments({ conveningId, pool: `city:${bristol}` })).toBe(2);
    // Arrival order: every queue key is distinct, and the page lists the waitlist 1..48 in that order.
    expect(new Set(docs.map((doc) => doc.queueKey)).size).toBe(50);
    const page = (await (
      await registerLoader({
        request: await requestAs(rep.id, `/convenings/${conveningId}/register`),
        params: { conveningId },
        context: {},
      })
    ).json()) as { registrations: Array<{ status: string; personId: string; waitlistPosition: number | null }> };
    const waitlisted = page.registrations.filter((line) => line.status === "waitlisted");
    const expectedOrder = docs.filter((doc) => doc.status === "waitlisted").map((doc) => String(doc.personId));
    expect(waitlisted.map((line) => line.personId)).toEqual(expectedOrder);
    expect(waitlisted.map((line) => line.waitlistPosition)).toEqual(
      Array.from({ length: 48 }, (_, index) => index + 1),
    );
  });

  // 150 registrations at once against one embedded database: slow on a small machine, never timed.
  it("tells each of 50 concurrent registrations into 2 places what really happened to it, in three rounds", async () => {
    const { rep, bristol } = await setup();
    for (let round = 1; round <= 3; round += 1) {
      clearSentEmails();
      const conveningId = await createConvening({ placesPerCity: 2 });
      const colleagues = await createColleagues(bristol, 50, `round${round}`);
      const answers = await Promise.all(
        colleagues.map(async (personId) =>
          formReply<{ message: string }>(await register(rep.id, conveningId, { personId })),
        ),
      );
      const statuses = await Promise.all(colleagues.map((id) => statusOf(conveningId, id)));
      expect(statuses.filter((status) => status === "registered")).toHaveLength(2);
      const told = answers.map((answer) =>
        answer.message.endsWith("is registered. A confirmation email with a calendar file is on its way.")
          ? "registered"
          : "waitlisted",
      );
      expect(told).toEqual(statuses);
      // The last email each person got says where they stand.
      const lastSubject = new Map<string, string>();
      for (const email of sentEmails) lastSubject.set(email.to[0], email.subject.split(":")[0]);
      const expected = statuses.map((status) => (status === "registered" ? "registered" : "You are on the waitlist"));
      const got = colleagues.map((_, index) => {
        const subject = lastSubject.get(`round${round}.${String(index + 1).padStart(2, "0")}.${bristol}@example.org`);
        return subject === "You are registered" || subject === "A place has opened up" ? "registered" : subject;
      });
      expect(got).toEqual(expected);
    }
  }, 120_000);

  it("the same registration form sent twice, at once or as a retry, registers once and sends one email", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 2 });
    const [colleague] = await createColleagues(bristol, 1);
    const [first, second] = await Promise.all(
      [1, 2].map(async () => (await register(rep.id, conveningId, { personId: colleague })).status),
    );
    expect([first, second].sort()).toEqual([200, 400]);
    const retry = await formReply(await register(rep.id, conveningId, { personId: colleague }));
    expect(retry.errors).toEqual({ personId: "Colleague 01 is already on the list for this convening (registered)." });
    expect(await Registration.countDocuments({ conveningId })).toBe(1);
    expect(await statusOf(conveningId, colleague)).toBe("registered");
    expect(sentEmails.map((email) => email.subject.split(":")[0])).toEqual(["You are registered"]);
  });

  it("concurrent cancellations promote exactly as many waitlisted people as places freed, each once, in order", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 2 });
    const colleagues = await createColleagues(bristol, 6);
    for (const personId of colleagues) await register(rep.id, conveningId, { personId });
    clearSentEmails();
    const placed = await Registration.find({ conveningId, status: "registered" }).lean();
    await Promise.all(placed.map((registration) => cancelRegistration(rep.id, conveningId, String(registration._id))));
    const statuses = await Promise.all(colleagues.map((id) => statusOf(conveningId, id)));
    expect(statuses).toEqual(["cancelled", "cancelled", "registered", "registered", "waitlisted", "waitlisted"]);
    expect(await PlaceSeat.countDocuments({ conveningId, pool: `city:${bristol}` })).toBe(2);
    expect(sentEmails.filter((email) => email.subject.startsWith("A place has opened up"))).toHaveLength(2);
  });

  it("a cancellation racing a new registration never leaves the city over its places", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 2 });
    const colleagues = await createColleagues(bristol, 8);
    for (const personId of colleagues.slice(0, 3)) await register(rep.id, conveningId, { personId });
    const first = await registrationIdOf(conveningId, colleagues[0]);
    await Promise.all([
      cancelRegistration(rep.id, conveningId, first),
      ...colleagues.slice(3).map((personId) => register(rep.id, conveningId, { personId })),
    ]);
    expect(await Registration.countDocuments({ conveningId, status: "registered" })).toBe(2);
    expect(await Registration.countDocuments({ conveningId, status: "waitlisted" })).toBe(5);
    expect(await statusOf(conveningId, colleagues[2])).toBe("registered");
  });
});
