// "Cancel my place" on My convenings asks first and can be undone for ten minutes, as a
// manager's cancel can (decisions 029 and 035).
import { beforeEach, describe, expect, it } from "vitest";
import { action as myConveningsAction } from "../../app/routes/me.convenings";
import { RegistrationEnding } from "../../models/registration-ending.server";
import { withTestDatabase } from "../setup/database";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { createAccount, formRequest } from "../factories/people";
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
  problem: string | null;
  confirm: { title: string; message: string; yesLabel: string; noLabel: string; fields: Record<string, string> } | null;
  undo: { registrationId: string; conveningId: string; untilText: string } | null;
  waitlistFor: { conveningId: string; registrationId: string } | null;
};

async function onMyConvenings(personId: string, fields: Record<string, string>) {
  const response = await myConveningsAction({
    request: await formRequest(personId, "/me/convenings", fields),
    params: {},
    context: {},
  });
  return { status: response.status, answer: (await response.json()) as Answer };
}

/** A Bristol participant registered for a convening with one place per city. */
async function participantWithPlace() {
  const { rep, bristol, conveningId } = await setup({ placesPerCity: 1, title: "Autumn meeting" });
  const participant = await createAccount({ role: "participant", cityId: bristol, name: "Pat Participant" });
  await register(rep.id, conveningId, { personId: participant.id });
  const registrationId = await registrationIdOf(conveningId, participant.id);
  clearSentEmails();
  return { rep, bristol, conveningId, participant, registrationId };
}

describe("cancelling one's own place", () => {
  it("answers a post without confirmed=yes with the question in the person's own words, and changes nothing", async () => {
    const { conveningId, participant, registrationId } = await participantWithPlace();
    const { status, answer } = await onMyConvenings(participant.id, { intent: "cancel", conveningId, registrationId });
    expect(status).toBe(200);
    expect(answer.confirm).toEqual({
      title: "Cancel your place at Autumn meeting?",
      message:
        "You lose your place (or your spot on the waitlist) and are emailed that your registration is cancelled; the convening leaves your calendar. The place goes to the first person waiting, if anyone is. You can undo it for 10 minutes afterwards, while the place is still free.",
      yesLabel: "Yes, cancel my place",
      noLabel: "No, keep my place",
      fields: { intent: "cancel", conveningId, registrationId },
    });
    expect(answer.message).toBeNull();
    expect(await statusOf(conveningId, participant.id)).toBe("registered");
    expect(sentEmails).toEqual([]);
  });

  it("refuses before asking when the registration is someone else's", async () => {
    const { conveningId, bristol, participant, registrationId } = await participantWithPlace();
    const other = await createAccount({ role: "participant", cityId: bristol });
    const refused = await thrownResponse(onMyConvenings(other.id, { intent: "cancel", conveningId, registrationId }));
    expect([refused.status, await refused.text()]).toEqual([
      403,
      "You can only change registrations of your own city.",
    ]);
    expect(await statusOf(conveningId, participant.id)).toBe("registered");
  });

  it("cancels once confirmed and offers undo, which gives the place back", async () => {
    const { conveningId, participant, registrationId } = await participantWithPlace();
    const cancelled = await onMyConvenings(participant.id, {
      intent: "cancel",
      conveningId,
      registrationId,
      confirmed: "yes",
    });
    expect(cancelled.answer.message).toBe("Your place at Autumn meeting is cancelled, and you were emailed.");
    expect(cancelled.answer.undo).toMatchObject({ registrationId, conveningId });
    expect(await statusOf(conveningId, participant.id)).toBe("cancelled");
    expect(await RegistrationEnding.countDocuments({ _id: registrationId })).toBe(1);

    const undone = await onMyConvenings(participant.id, { intent: "undo", conveningId, registrationId });
    expect(undone.status).toBe(200);
    expect(undone.answer.message).toBe(
      "Undone: your place at Autumn meeting is yours again, and a new calendar invitation was emailed to you.",
    );
    expect(await statusOf(conveningId, participant.id)).toBe("registered");
    expect(await RegistrationEnding.countDocuments({ _id: registrationId })).toBe(0);
  });

  it("offers the waitlist when the place was taken meanwhile, and joins it on request", async () => {
    const { rep, conveningId, participant, registrationId } = await participantWithPlace();
    await onMyConvenings(participant.id, { intent: "cancel", conveningId, registrationId, confirmed: "yes" });
    await register(rep.id, conveningId, { personId: rep.id }); // Bristol's one place goes to the rep
    expect(await statusOf(conveningId, rep.id)).toBe("registered");

    const refused = await onMyConvenings(participant.id, { intent: "undo", conveningId, registrationId });
    expect(refused.status).toBe(409);
    expect(refused.answer.problem).toBe(
      "Your place at Autumn meeting could not be given back: it was taken meanwhile. You can join the waitlist instead.",
    );
    expect(refused.answer.waitlistFor).toEqual({ conveningId, registrationId });
    expect(await statusOf(conveningId, participant.id)).toBe("cancelled");

    const joined = await onMyConvenings(participant.id, { intent: "join-waitlist", conveningId, registrationId });
    expect(joined.answer.message).toBe("You are on the waitlist for Autumn meeting, and were emailed.");
    expect(await statusOf(conveningId, participant.id)).toBe("waitlisted");
  });

  it("refuses an undo after ten minutes with the reason", async () => {
    const { conveningId, participant, registrationId } = await participantWithPlace();
    await onMyConvenings(participant.id, { intent: "cancel", conveningId, registrationId, confirmed: "yes" });
    await RegistrationEnding.updateOne({ _id: registrationId }, { endedAt: new Date(Date.now() - 11 * 60_000) });
    const refused = await onMyConvenings(participant.id, { intent: "undo", conveningId, registrationId });
    expect(refused.status).toBe(409);
    expect(refused.answer.problem).toMatch(
      /^Undo was possible for 10 minutes after the change, and that time has passed\./,
    );
    expect(refused.answer.waitlistFor).toBeNull();
    expect(await statusOf(conveningId, participant.id)).toBe("cancelled");
  });
});
