import { beforeEach, describe, expect, it } from "vitest";
import {
  action as attendanceAction,
  loader as attendanceLoader,
} from "../../app/routes/convenings.$conveningId.attendance";
import {
  action as attendeesAction,
  loader as attendeesLoader,
} from "../../app/routes/convenings.$conveningId.attendees";
import { action as editAction, loader as editLoader } from "../../app/routes/convenings.$conveningId.edit";
import { loader as csvLoader } from "../../app/routes/convenings.$conveningId.attendees[.]csv";
import { action as myConveningsAction, loader as myConveningsLoader } from "../../app/routes/me.convenings";
import { notifyConveningCancelled } from "../../app/registration/notifications.server";
import { Convening } from "../../models/convening.server";
import { Registration } from "../../models/registration.server";
import { withTestDatabase } from "../setup/database";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { calendarPartOf, invitationEvent } from "../helpers/calendar-mail";
import { createAccount, formRequest, requestAs } from "../factories/people";
import { createColleagues } from "../factories/registration";
import { thrownResponse } from "../factories/responses";
import { formReply } from "../factories/form-replies";
import {
  register,
  registrationIdOf,
  registrationStatusOf as statusOf,
  setUpRegistration as setup,
} from "../helpers/registration";
import { toastAfter } from "../factories/toast";

withTestDatabase();
beforeEach(() => clearSentEmails());

async function attendees(actorId: string, conveningId: string, fields: Record<string, string>) {
  return attendeesAction({
    request: await formRequest(actorId, `/convenings/${conveningId}/attendees`, fields),
    params: { conveningId },
    context: {},
  });
}

describe("approval", () => {
  it("holds a place as pending until a manager approves, then emails the confirmation with the calendar invitation", async () => {
    const { rep, manager, bristol, conveningId } = await setup({ isApprovalRequired: true, placesPerCity: 1 });
    const [first, second] = await createColleagues(bristol, 2);
    await register(rep.id, conveningId, { personId: first });
    await register(rep.id, conveningId, { personId: second });
    expect([await statusOf(conveningId, first), await statusOf(conveningId, second)]).toEqual([
      "pending",
      "waitlisted",
    ]);
    expect(sentEmails[0].subject).toMatch(/^Your registration is waiting for approval/);
    clearSentEmails();
    const response = await attendees(manager.id, conveningId, {
      intent: "approve",
      registrationId: await registrationIdOf(conveningId, first),
    });
    expect(response.status).toBe(200);
    expect(await statusOf(conveningId, first)).toBe("registered");
    expect(sentEmails).toHaveLength(1);
    expect(sentEmails[0].subject).toMatch(/^Your registration is approved/);
    expect(calendarPartOf(sentEmails[0])?.method).toBe("REQUEST");
  });

  it("declines with a reason that is emailed, and the freed place goes to the next person (pending again)", async () => {
    const { rep, manager, bristol, conveningId } = await setup({ isApprovalRequired: true, placesPerCity: 1 });
    const [first, second] = await createColleagues(bristol, 2);
    await register(rep.id, conveningId, { personId: first });
    await register(rep.id, conveningId, { personId: second });
    clearSentEmails();
    const response = await attendees(manager.id, conveningId, {
      intent: "decline",
      registrationId: await registrationIdOf(conveningId, first),
      reason: "Places are for officers this time",
      confirmed: "yes",
    });
    expect(response.status).toBe(200);
    expect(await Registration.findOne({ conveningId, personId: first }).lean()).toMatchObject({
      status: "declined",
      declineReason: "Places are for officers this time",
    });
    expect(await statusOf(conveningId, second)).toBe("pending");
    const decline = sentEmails.find((email) => email.subject.startsWith("Your registration was declined"));
    expect(decline?.text).toContain("Reason: Places are for officers this time");
  });

  it("asks for a reason before declining", async () => {
    const { rep, manager, conveningId } = await setup({ isApprovalRequired: true });
    await register(rep.id, conveningId, { personId: rep.id });
    const response = await attendees(manager.id, conveningId, {
      intent: "decline",
      registrationId: await registrationIdOf(conveningId, rep.id),
      reason: " ",
    });
    expect(response.status).toBe(400);
    expect((await formReply(response)).errors.reason).toBe("Give a reason: it is sent to the person");
    expect(await statusOf(conveningId, rep.id)).toBe("pending");
  });

  it("does not let a city rep approve", async () => {
    const { rep, conveningId } = await setup({ isApprovalRequired: true });
    await register(rep.id, conveningId, { personId: rep.id });
    const response = await thrownResponse(
      attendees(rep.id, conveningId, {
        intent: "approve",
        registrationId: await registrationIdOf(conveningId, rep.id),
      }),
    );
    expect(response.status).toBe(403);
  });
});

describe("raising the limits", () => {
  it("gives the new places to the waitlist as soon as the manager saves, in arrival order, and says so", async () => {
    const { rep, manager, bristol, conveningId } = await setup({ placesPerCity: 1 });
    const [first, second, third] = await createColleagues(bristol, 3);
    for (const personId of [first, second, third]) await register(rep.id, conveningId, { personId });
    expect([await statusOf(conveningId, second), await statusOf(conveningId, third)]).toEqual([
      "waitlisted",
      "waitlisted",
    ]);
    clearSentEmails();

    const opened = (await (
      await editLoader({
        request: await requestAs(manager.id, `/convenings/${conveningId}/edit`),
        params: { conveningId },
        context: {},
      })
    ).json()) as { values: Record<string, string> };
    const saved = await editAction({
      request: await formRequest(manager.id, `/convenings/${conveningId}/edit`, {
        ...opened.values,
        placesPerCity: "2",
      }),
      params: { conveningId },
      context: {},
    });
    expect(saved.status).toBe(302);
    expect(await toastAfter(saved)).toContain("1 person from the waitlist got a place and was emailed.");
    expect([await statusOf(conveningId, second), await statusOf(conveningId, third)]).toEqual([
      "registered",
      "waitlisted",
    ]);
    expect(sentEmails.map((email) => email.subject)).toEqual([
      expect.stringMatching(/^A place has opened up: you are registered/),
    ]);
    // The place came from the raised limit, not from someone cancelling.
    expect(sentEmails.map((email) => email.text.split("\n\n")[1])).toEqual([
      "More places were made available, so you have moved from the waitlist to a place at City Working Group meeting.",
    ]);
  });

  it("tells the person promoted after a cancellation that someone cancelled", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 1 });
    const [first, second] = await createColleagues(bristol, 2);
    for (const personId of [first, second]) await register(rep.id, conveningId, { personId });
    clearSentEmails();
    await attendees(rep.id, conveningId, {
      intent: "cancel",
      registrationId: await registrationIdOf(conveningId, first),
      confirmed: "yes",
    });
    expect(await statusOf(conveningId, second)).toBe("registered");
    expect(sentEmails.map((email) => email.subject.split(":")[0])).toEqual([
      "Your registration is cancelled",
      "A place has opened up",
    ]);
    expect(sentEmails[1].text.split("\n\n")[1]).toBe(
      "Someone cancelled, so you have moved from the waitlist to a place at City Working Group meeting.",
    );
  });
});

describe("lowering the limits", () => {
  it("refuses a total or per-city limit below the places people already hold, at the field, keeping the input", async () => {
    const { rep, manager, bristol, conveningId } = await setup({ placesPerCity: 2, capacity: 10 });
    const colleagues = await createColleagues(bristol, 2);
    for (const personId of colleagues) await register(rep.id, conveningId, { personId });
    const opened = (await (
      await editLoader({
        request: await requestAs(manager.id, `/convenings/${conveningId}/edit`),
        params: { conveningId },
        context: {},
      })
    ).json()) as { values: Record<string, string> };
    const edit = (fields: Record<string, string>) =>
      formRequest(manager.id, `/convenings/${conveningId}/edit`, { ...opened.values, ...fields }).then((request) =>
        editAction({ request, params: { conveningId }, context: {} }),
      );

    const tooFewInTotal = (await edit({ capacity: "1", summary: "A new summary" })) as Response;
    expect(tooFewInTotal.status).toBe(400);
    const total = await formReply(tooFewInTotal);
    expect(total.errors.capacity).toBe("2 people already hold places: choose 2 or more, or cancel registrations first");
    expect(total.values.summary).toBe("A new summary");

    const tooFewForBristol = (await edit({ placesPerCity: "1" })) as Response;
    expect(tooFewForBristol.status).toBe(400);
    expect((await formReply(tooFewForBristol)).errors.placesPerCity).toMatch(
      /^Bristol already has 2 people holding places/,
    );
    expect((await Convening.findById(conveningId).lean())!.registration!.capacity).toBe(10);

    expect(((await edit({ capacity: "2", placesPerCity: "2" })) as Response).status).toBe(302);
  });
});

describe("attendee views and attendance", () => {
  it("shows a manager every city with counts, waitlists and a needs summary", async () => {
    const { rep, manager, bristol, cardiff, conveningId } = await setup({ placesPerCity: 1 });
    const [b1, b2] = await createColleagues(bristol, 2);
    const [c1] = await createColleagues(cardiff, 1);
    await register(rep.id, conveningId, { personId: b1, dietaryNeeds: "Vegan" });
    await register(rep.id, conveningId, { personId: b2, dietaryNeeds: "Vegan" });
    await register(manager.id, conveningId, { personId: c1, dietaryNeeds: "Vegan", accessNeeds: "Step-free access" });
    const page = (await (
      await attendeesLoader({
        request: await requestAs(manager.id, `/convenings/${conveningId}/attendees`),
        params: { conveningId },
        context: {},
      })
    ).json()) as {
      counts: Array<{ cityName: string; registered: number; waitlisted: number; places: number }>;
      needs: { dietary: Array<{ need: string; count: number }>; access: Array<{ need: string; count: number }> };
      lines: Array<{ name: string; status: string; waitlistPosition: number | null }>;
    };
    expect(page.counts).toEqual([
      expect.objectContaining({ cityName: "Bristol", registered: 1, waitlisted: 1, places: 1 }),
      expect.objectContaining({ cityName: "Cardiff", registered: 1, waitlisted: 0, places: 1 }),
    ]);
    expect(page.needs.dietary).toEqual([{ need: "Vegan", count: 2 }]);
    expect(page.needs.access).toEqual([{ need: "Step-free access", count: 1 }]);
    expect(page.lines.find((line) => line.name === "Colleague 02")?.waitlistPosition).toBe(1);
  });

  it("shows a city rep their own city's registrations and only counts for other cities", async () => {
    const { rep, manager, bristol, cardiff, conveningId } = await setup();
    const [b1] = await createColleagues(bristol, 1);
    const [c1] = await createColleagues(cardiff, 1, "officer");
    await register(rep.id, conveningId, { personId: b1 });
    await register(manager.id, conveningId, { personId: c1 });
    const page = (await (
      await attendeesLoader({
        request: await requestAs(rep.id, `/convenings/${conveningId}/attendees`),
        params: { conveningId },
        context: {},
      })
    ).json()) as {
      counts: Array<{ cityName: string; registered: number }>;
      lines: Array<{ name: string }>;
      needs: unknown;
    };
    expect(page.lines.map((line) => line.name)).toEqual(["Colleague 01"]);
    expect(page.counts.map((count) => [count.cityName, count.registered])).toEqual([
      ["Bristol", 1],
      ["Cardiff", 1],
    ]);
    expect(page.needs).toBeNull();
  });

  it("exports the attendee list as CSV for managers, with spreadsheet formulas neutralised", async () => {
    const { manager, bristol, conveningId } = await setup();
    const [b1] = await createColleagues(bristol, 1);
    await register(manager.id, conveningId, {
      personId: b1,
      roleAtEvent: '=HYPERLINK("http://x")',
      dietaryNeeds: "Gluten-free",
    });
    const response = await csvLoader({
      request: await requestAs(manager.id, `/convenings/${conveningId}/attendees.csv`),
      params: { conveningId },
      context: {},
    });
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "City,Name,Email,Organisation,Status,Role at event,Arrival,Departure,Shares contact details,Dietary needs,Access needs",
    );
    expect(lines[1]).toBe(
      `Bristol,Colleague 01,colleague.01.${bristol}@example.org,,registered,"'=HYPERLINK(""http://x"")",,,no,Gluten-free,`,
    );
  });

  it("refuses to mark attendance before the first day, which would take away people's cancel button", async () => {
    const { manager, rep, bristol, conveningId } = await setup({ placesPerCity: 1 });
    const [b1] = await createColleagues(bristol, 1);
    await register(rep.id, conveningId, { personId: b1 });
    const page = (await (
      await attendanceLoader({
        request: await requestAs(manager.id, `/convenings/${conveningId}/attendance`),
        params: { conveningId },
        context: {},
      })
    ).json()) as { notYetOpen: string | null };
    expect(page.notYetOpen).toMatch(/^Attendance can be marked from the first day, \w+day \d{1,2} \w+ \d{4}\.$/);
    const early = await thrownResponse(
      attendanceAction({
        request: await formRequest(manager.id, `/convenings/${conveningId}/attendance`, {
          registrationId: await registrationIdOf(conveningId, b1),
          status: "attended",
        }),
        params: { conveningId },
        context: {},
      }),
    );
    expect(early.status).toBe(409);
    expect(await early.text()).toBe(page.notYetOpen);
    expect(await statusOf(conveningId, b1)).toBe("registered");
  });

  it("lets a manager mark attendance from the phone list on the day, and refuses a waitlisted person", async () => {
    const { manager, rep, bristol, conveningId } = await setup({
      placesPerCity: 1,
      startsAt: new Date(Date.now() - 3_600_000),
    });
    const [b1, b2] = await createColleagues(bristol, 2);
    await register(rep.id, conveningId, { personId: b1 });
    await register(rep.id, conveningId, { personId: b2 });
    const list = (await (
      await attendanceLoader({
        request: await requestAs(manager.id, `/convenings/${conveningId}/attendance`),
        params: { conveningId },
        context: {},
      })
    ).json()) as { people: Array<{ name: string }> };
    expect(list.people.map((person) => person.name)).toEqual(["Colleague 01"]);
    const mark = async (personId: string, status: string) =>
      attendanceAction({
        request: await formRequest(manager.id, `/convenings/${conveningId}/attendance`, {
          registrationId: await registrationIdOf(conveningId, personId),
          status,
        }),
        params: { conveningId },
        context: {},
      });
    expect((await mark(b1, "attended")).status).toBe(200);
    expect(await statusOf(conveningId, b1)).toBe("attended");
    expect((await mark(b1, "no-show")).status).toBe(200);
    expect(await statusOf(conveningId, b1)).toBe("no-show");
    expect((await thrownResponse(mark(b2, "attended"))).status).toBe(409);
    expect(
      (
        await thrownResponse(
          attendanceLoader({
            request: await requestAs(rep.id, `/convenings/${conveningId}/attendance`),
            params: { conveningId },
            context: {},
          }),
        )
      ).status,
    ).toBe(403);
  });
});

describe("my convenings and the convening's cancellation", () => {
  it("lists a person's registrations with their own needs and lets them cancel their place", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 1 });
    const participant = await createAccount({ role: "participant", cityId: bristol });
    await register(rep.id, conveningId, { personId: participant.id, dietaryNeeds: "No nuts" });
    await register(rep.id, conveningId, { personId: rep.id });
    const page = (await (
      await myConveningsLoader({ request: await requestAs(participant.id, "/me/convenings"), params: {}, context: {} })
    ).json()) as { registrations: Array<{ id: string; status: string; dietaryNeeds: string }> };
    expect(page.registrations).toEqual([expect.objectContaining({ status: "registered", dietaryNeeds: "No nuts" })]);
    const response = await myConveningsAction({
      request: await formRequest(participant.id, "/me/convenings", {
        intent: "cancel",
        conveningId,
        registrationId: page.registrations[0].id,
        confirmed: "yes",
      }),
      params: {},
      context: {},
    });
    expect(response.status).toBe(200);
    expect(await statusOf(conveningId, participant.id)).toBe("cancelled");
    expect(await statusOf(conveningId, rep.id)).toBe("registered");
  });

  it("lists a place at a cancelled convening under its own heading, not as Registered, and offers no cancel button", async () => {
    const { rep, bristol, conveningId } = await setup();
    const participant = await createAccount({ role: "participant", cityId: bristol });
    await register(rep.id, conveningId, { personId: participant.id });
    await Convening.updateOne({ _id: conveningId }, { $set: { status: "cancelled", cancelReason: "Election called" } });
    const page = (await (
      await myConveningsLoader({ request: await requestAs(participant.id, "/me/convenings"), params: {}, context: {} })
    ).json()) as { registrations: Array<{ id: string; group: string; statusLabel: string; canCancel: boolean }> };
    expect(page.registrations.map(({ group, statusLabel, canCancel }) => ({ group, statusLabel, canCancel }))).toEqual([
      { group: "cancelled", statusLabel: "Convening cancelled", canCancel: false },
    ]);
    const refused = await thrownResponse(
      myConveningsAction({
        request: await formRequest(participant.id, "/me/convenings", {
          conveningId,
          registrationId: page.registrations[0].id,
        }),
        params: {},
        context: {},
      }),
    );
    expect([refused.status, await refused.text()]).toEqual([
      409,
      "This convening is cancelled: there is no place to give up.",
    ]);
    expect(await statusOf(conveningId, participant.id)).toBe("registered");
  });

  it("lists an upcoming place as Registered with a cancel button", async () => {
    const { rep, bristol, conveningId } = await setup();
    const participant = await createAccount({ role: "participant", cityId: bristol });
    await register(rep.id, conveningId, { personId: participant.id });
    const page = (await (
      await myConveningsLoader({ request: await requestAs(participant.id, "/me/convenings"), params: {}, context: {} })
    ).json()) as { registrations: Array<{ group: string; statusLabel: string; canCancel: boolean }> };
    expect(page.registrations.map(({ group, statusLabel, canCancel }) => ({ group, statusLabel, canCancel }))).toEqual([
      { group: "upcoming", statusLabel: "Registered", canCancel: true },
    ]);
  });

  it("does not let a participant cancel someone else's registration", async () => {
    const { rep, bristol, conveningId } = await setup();
    const participant = await createAccount({ role: "participant", cityId: bristol });
    await register(rep.id, conveningId, { personId: rep.id });
    const response = await thrownResponse(
      myConveningsAction({
        request: await formRequest(participant.id, "/me/convenings", {
          conveningId,
          registrationId: await registrationIdOf(conveningId, rep.id),
        }),
        params: {},
        context: {},
      }),
    );
    expect(response.status).toBe(403);
  });

  it("emails everyone with a place (attended included), pending or waitlisted when the convening is cancelled, and nobody who had cancelled", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 2 });
    const [b1, b2, b3, b4] = await createColleagues(bristol, 4);
    for (const personId of [b1, b2, b3, b4]) await register(rep.id, conveningId, { personId });
    await attendees(rep.id, conveningId, {
      intent: "cancel",
      registrationId: await registrationIdOf(conveningId, b1),
      confirmed: "yes",
    });
    // Cancelled on its first day, after the morning's attendance was taken.
    await Registration.updateOne({ conveningId, personId: b2 }, { $set: { status: "attended" } });
    await Convening.updateOne({ _id: conveningId }, { $set: { status: "cancelled", cancelReason: "Election called" } });
    clearSentEmails();
    expect(await notifyConveningCancelled(conveningId)).toBe(3);
    expect(sentEmails.map((email) => email.to[0]).sort()).toEqual(
      [2, 3, 4].map((n) => `colleague.0${n}.${bristol}@example.org`),
    );
    expect(sentEmails[0].subject).toBe("Cancelled: City Working Group meeting");
    expect(sentEmails[0].text).toContain("Reason: Election called");
    // The attended and the registered had the entry in their calendars: it is removed; the waitlisted never had it.
    const calendarOf = (n: number) => {
      const email = sentEmails.find((candidate) => candidate.to[0] === `colleague.0${n}.${bristol}@example.org`)!;
      const part = calendarPartOf(email);
      return part ? [invitationEvent(part).method, invitationEvent(part).status] : null;
    };
    expect([2, 3, 4].map(calendarOf)).toEqual([["CANCEL", "CANCELLED"], ["CANCEL", "CANCELLED"], null]);
  });
});
