import { beforeEach, describe, expect, it } from "vitest";
import { action as attendeesAction } from "../../app/routes/convenings.$conveningId.attendees";
import { action as registerAction } from "../../app/routes/convenings.$conveningId.register";
import { RegistrationEnding } from "../../models/registration-ending.server";
import { withTestDatabase } from "../setup/database";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { calendarPartOf, invitationEvent } from "../helpers/calendar-mail";
import { createAccount, formRequest } from "../factories/people";
import { createColleagues } from "../factories/registration";
import { thrownResponse } from "../factories/responses";
import {
  register,
  registrationIdOf,
  registrationStatusOf as statusOf,
  setUpRegistration as setup,
} from "../helpers/registration";

withTestDatabase();
beforeEach(() => clearSentEmails());

type Answer = {
  message: string | null;
  problem?: string | null;
  confirm?: { title: string; yesLabel: string; fields: Record<string, string> } | null;
  undo?: { registrationId: string; untilText: string } | null;
  waitlistFor?: { registrationId: string; personName: string } | null;
};

async function onRegisterPage(actorId: string, conveningId: string, fields: Record<string, string>) {
  const response = await registerAction({
    request: await formRequest(actorId, `/convenings/${conveningId}/register`, fields),
    params: { conveningId },
    context: {},
  });
  return { status: response.status, answer: (await response.json()) as Answer };
}

async function onAttendeesPage(actorId: string, conveningId: string, fields: Record<string, string>) {
  const response = await attendeesAction({
    request: await formRequest(actorId, `/convenings/${conveningId}/attendees`, fields),
    params: { conveningId },
    context: {},
  });
  return { status: response.status, answer: (await response.json()) as Answer };
}

describe("cancelling asks first", () => {
  it("answers a cancel without confirmed=yes with the question and changes nothing", async () => {
    const { rep, bristol, conveningId } = await setup();
    const [amina] = await createColleagues(bristol, 1);
    await register(rep.id, conveningId, { personId: amina });
    clearSentEmails();
    const registrationId = await registrationIdOf(conveningId, amina);
    const { answer } = await onRegisterPage(rep.id, conveningId, { intent: "cancel", registrationId });
    expect(answer.confirm).toMatchObject({
      title: "Cancel Colleague 01's registration?",
      yesLabel: "Yes, cancel Colleague 01's registration",
      fields: { intent: "cancel", registrationId },
    });
    expect(await statusOf(conveningId, amina)).toBe("registered");
    expect(sentEmails).toEqual([]);
  });

  it("answers a decline without confirmed=yes with the question, the reason repeated, and changes nothing", async () => {
    const { rep, manager, conveningId } = await setup({ isApprovalRequired: true });
    await register(rep.id, conveningId, { personId: rep.id });
    const registrationId = await registrationIdOf(conveningId, rep.id);
    const { answer } = await onAttendeesPage(manager.id, conveningId, {
      intent: "decline",
      registrationId,
      reason: "Officers only",
    });
    expect(answer.confirm?.fields).toEqual({ intent: "decline", registrationId, reason: "Officers only" });
    expect(await statusOf(conveningId, rep.id)).toBe("pending");
  });

  it("does not ask a Cardiff rep anything about a Bristol registration: it is refused", async () => {
    const { rep, conveningId, cardiff } = await setup();
    await register(rep.id, conveningId, { personId: rep.id });
    const cardiffRep = await createAccount({ role: "city-rep", cityId: cardiff, name: "Cardiff Rep" });
    const response = await thrownResponse(
      registerAction({
        request: await formRequest(cardiffRep.id, `/convenings/${conveningId}/register`, {
          intent: "cancel",
          registrationId: await registrationIdOf(conveningId, rep.id),
        }),
        params: { conveningId },
        context: {},
      }),
    );
    expect(response.status).toBe(403);
  });
});

describe("undoing a cancellation", () => {
  it("puts the person back in their free place and sends the calendar invitation again, same UID", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 2 });
    const [amina] = await createColleagues(bristol, 1);
    await register(rep.id, conveningId, { personId: amina });
    const confirmation = calendarPartOf(sentEmails[0]);
    const registrationId = await registrationIdOf(conveningId, amina);
    const cancelled = await onRegisterPage(rep.id, conveningId, { intent: "cancel", registrationId, confirmed: "yes" });
    expect(cancelled.answer.undo?.registrationId).toBe(registrationId);
    expect(await statusOf(conveningId, amina)).toBe("cancelled");
    clearSentEmails();

    const undone = await onRegisterPage(rep.id, conveningId, { intent: "undo", registrationId });
    expect(undone.answer.message).toBe(
      "Undone: Colleague 01 has their place back, and was emailed a new calendar invitation.",
    );
    expect(await statusOf(conveningId, amina)).toBe("registered");
    expect(sentEmails.map((email) => email.subject)).toEqual(["Your registration is back: City Working Group meeting"]);
    const invitation = calendarPartOf(sentEmails[0]);
    expect(invitation?.method).toBe("REQUEST");
    expect(invitationEvent(invitation!).uid).toBe(invitationEvent(confirmation!).uid);

    const again = await onRegisterPage(rep.id, conveningId, { intent: "undo", registrationId });
    expect([again.status, again.answer.problem]).toEqual([
      409,
      "There is nothing to undo: Colleague 01's registration was not just cancelled or declined.",
    ]);
  });

  it("refuses when the place was taken meanwhile, and offers the waitlist, which puts them at its back", async () => {
    const { rep, bristol, conveningId } = await setup({ placesPerCity: 1 });
    const [amina, ben] = await createColleagues(bristol, 2);
    for (const personId of [amina, ben]) await register(rep.id, conveningId, { personId });
    const registrationId = await registrationIdOf(conveningId, amina);
    await onRegisterPage(rep.id, conveningId, { intent: "cancel", registrationId, confirmed: "yes" });
    expect(await statusOf(conveningId, ben)).toBe("registered"); // the waitlist took the place at once
    clearSentEmails();

    const refused = await onRegisterPage(rep.id, conveningId, { intent: "undo", registrationId });
    expect([refused.status, refused.answer.problem, refused.answer.waitlistFor]).toEqual([
      409,
      "Colleague 01's place could not be given back: Bristol's places have been taken meanwhile. You can put them on the waitlist instead.",
      { registrationId, personName: "Colleague 01" },
    ]);
    expect([await statusOf(conveningId, amina), await statusOf(conveningId, ben)]).toEqual(["cancelled", "registered"]);
    expect(sentEmails).toEqual([]);

    const joined = await onRegisterPage(rep.id, conveningId, { intent: "join-waitlist", registrationId });
    expect(joined.answer.message).toBe("Colleague 01 is on the waitlist and was emailed.");
    expect(await statusOf(conveningId, amina)).toBe("waitlisted");
  });

  it("is no longer possible after ten minutes", async () => {
    const { rep, conveningId } = await setup();
    await register(rep.id, conveningId, { personId: rep.id });
    const registrationId = await registrationIdOf(conveningId, rep.id);
    await onRegisterPage(rep.id, conveningId, { intent: "cancel", registrationId, confirmed: "yes" });
    await RegistrationEnding.updateOne(
      { _id: registrationId },
      { $set: { endedAt: new Date(Date.now() - 11 * 60_000) } },
    );
    const late = await onRegisterPage(rep.id, conveningId, { intent: "undo", registrationId });
    expect(late.answer.problem).toBe(
      "Undo was possible for 10 minutes after the change, and that time has passed. Register Bristol Rep again instead: they join the waitlist if the places are full.",
    );
    expect(await statusOf(conveningId, rep.id)).toBe("cancelled");
  });

  it("restores once when two undos race", async () => {
    const { rep, conveningId } = await setup({ placesPerCity: 2 });
    await register(rep.id, conveningId, { personId: rep.id });
    const registrationId = await registrationIdOf(conveningId, rep.id);
    await onRegisterPage(rep.id, conveningId, { intent: "cancel", registrationId, confirmed: "yes" });
    clearSentEmails();
    const answers = await Promise.all([
      onRegisterPage(rep.id, conveningId, { intent: "undo", registrationId }),
      onRegisterPage(rep.id, conveningId, { intent: "undo", registrationId }),
    ]);
    expect(answers.map((entry) => entry.status).sort()).toEqual([200, 409]);
    expect(await statusOf(conveningId, rep.id)).toBe("registered");
    expect(sentEmails).toHaveLength(1);
  });
});

describe("undoing a decline", () => {
  it("puts a declined registration back to awaiting approval while its place is free", async () => {
    const { rep, manager, conveningId } = await setup({ isApprovalRequired: true });
    await register(rep.id, conveningId, { personId: rep.id });
    const registrationId = await registrationIdOf(conveningId, rep.id);
    const declined = await onAttendeesPage(manager.id, conveningId, {
      intent: "decline",
      registrationId,
      reason: "Officers only",
      confirmed: "yes",
    });
    expect(declined.answer.undo?.registrationId).toBe(registrationId);
    clearSentEmails();
    const undone = await onAttendeesPage(manager.id, conveningId, { intent: "undo", registrationId });
    expect(undone.answer.message).toBe(
      "Undone: Bristol Rep's registration is waiting for approval again, and they were emailed.",
    );
    expect(await statusOf(conveningId, rep.id)).toBe("pending");
    expect(sentEmails.map((email) => [email.subject, calendarPartOf(email)])).toEqual([
      ["Your registration is back: City Working Group meeting", undefined],
    ]);
  });
});
