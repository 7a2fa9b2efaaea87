import { beforeEach, describe, expect, it } from "vitest";
import { action as attendeesAction } from "../../app/routes/convenings.$conveningId.attendees";
import { withTestDatabase } from "../setup/database";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { createAccount, formRequest } from "../factories/people";
import { createColleagues, createConvening } from "../factories/registration";
import { thrownResponse } from "../factories/responses";
import {
  register,
  registrationIdOf,
  registrationStatusOf as statusOf,
  setUpRegistration as setup,
} from "../helpers/registration";

withTestDatabase();
beforeEach(() => clearSentEmails());

async function attendees(actorId: string, conveningId: string, fields: Record<string, string | string[]>) {
  return attendeesAction({
    request: await formRequest(actorId, `/convenings/${conveningId}/attendees`, fields),
    params: { conveningId },
    context: {},
  });
}

type Answer = {
  message: string | null;
  problem: string | null;
  confirm: { title: string } | null;
  reasonError: string | null;
};
const answerOf = async (response: Response) => (await response.json()) as Answer;

/** Bristol with two places needing approval: three registered (two pending, one waitlisted), Cardiff one pending. */
async function withPending() {
  const context = await setup({ isApprovalRequired: true, placesPerCity: 2 });
  const [amina, ben, cy] = await createColleagues(context.bristol, 3);
  for (const personId of [amina, ben, cy]) await register(context.rep.id, context.conveningId, { personId });
  const cardiffRep = await createAccount({ role: "city-rep", cityId: context.cardiff, name: "Cardiff Rep" });
  await register(cardiffRep.id, context.conveningId, { personId: cardiffRep.id });
  const ids = {
    amina: await registrationIdOf(context.conveningId, amina),
    ben: await registrationIdOf(context.conveningId, ben),
    cy: await registrationIdOf(context.conveningId, cy),
    cardiff: await registrationIdOf(context.conveningId, cardiffRep.id),
  };
  clearSentEmails();
  return { ...context, cardiffRep, people: { amina, ben, cy }, ids };
}

describe("approving the selected registrations", () => {
  it("approves each pending one by the one-at-a-time rule, emails each, and names who went to the waitlist and why", async () => {
    const { manager, conveningId, ids, people } = await withPending();
    const response = await attendees(manager.id, conveningId, {
      intent: "approve-selected",
      registrationId: [ids.amina, ids.ben, ids.cy, ids.cardiff],
    });
    expect(response.status).toBe(200);
    expect((await answerOf(response)).message).toBe(
      "Approved 3 registrations: each person was emailed a confirmation with the calendar invitation. Colleague 03 is on the waitlist because Bristol's places are full.",
    );
    expect([
      await statusOf(conveningId, people.amina),
      await statusOf(conveningId, people.ben),
      await statusOf(conveningId, people.cy),
    ]).toEqual(["registered", "registered", "waitlisted"]);
    expect(sentEmails.map((email) => email.subject.split(":")[0])).toEqual([
      "Your registration is approved",
      "Your registration is approved",
      "Your registration is approved",
    ]);
  });

  it("sent again, approves nobody twice and says they were not awaiting approval", async () => {
    const { manager, conveningId, ids } = await withPending();
    await attendees(manager.id, conveningId, { intent: "approve-selected", registrationId: [ids.amina, ids.ben] });
    clearSentEmails();
    const again = await attendees(manager.id, conveningId, {
      intent: "approve-selected",
      registrationId: [ids.amina, ids.ben],
    });
    expect((await answerOf(again)).message).toBe(
      "Nobody was approved. Not awaiting approval, so left as they were: Colleague 01 (registered) and Colleague 02 (registered).",
    );
    expect(sentEmails).toEqual([]);
  });

  it("with nobody selected, says so at the form and changes nothing", async () => {
    const { manager, conveningId, people } = await withPending();
    const response = await attendees(manager.id, conveningId, { intent: "approve-selected" });
    expect(response.status).toBe(400);
    expect((await answerOf(response)).problem).toBe("Select at least one person first: tick the box beside each name.");
    expect(await statusOf(conveningId, people.amina)).toBe("pending");
  });

  it("refuses the whole post when one id is another convening's, acting on none", async () => {
    const { manager, conveningId, ids, people, rep } = await withPending();
    const otherConvening = await createConvening({ isApprovalRequired: true, title: "Another meeting" });
    await register(rep.id, otherConvening, { personId: rep.id });
    const foreign = await registrationIdOf(otherConvening, rep.id);
    const response = await attendees(manager.id, conveningId, {
      intent: "approve-selected",
      registrationId: [ids.amina, foreign],
    });
    expect(response.status).toBe(400);
    expect((await answerOf(response)).problem).toBe(
      "Some of the selected people are not registered for this convening.",
    );
    expect(await statusOf(conveningId, people.amina)).toBe("pending");
  });

  it("is for managers only: a city rep's bulk approval is refused", async () => {
    const { rep, conveningId, ids } = await withPending();
    const response = await thrownResponse(
      attendees(rep.id, conveningId, { intent: "approve-selected", registrationId: [ids.amina] }),
    );
    expect(response.status).toBe(403);
  });
});

describe("declining the selected registrations", () => {
  it("asks first, with the count and the reason, and changes nothing until confirmed", async () => {
    const { manager, conveningId, ids, people } = await withPending();
    const fields = { intent: "decline-selected", registrationId: [ids.amina, ids.cy], reason: "Officers only" };
    const asked = await answerOf(await attendees(manager.id, conveningId, fields));
    expect(asked.confirm?.title).toBe("Decline 2 registrations?");
    expect([await statusOf(conveningId, people.amina), await statusOf(conveningId, people.cy)]).toEqual([
      "pending",
      "waitlisted",
    ]);
    expect(sentEmails).toEqual([]);

    const confirmed = await attendees(manager.id, conveningId, {
      intent: "decline-selected",
      registrationIds: `${ids.amina},${ids.cy}`,
      reason: "Officers only",
      confirmed: "yes",
    });
    expect((await answerOf(confirmed)).message).toBe("Declined 2 registrations: each person was emailed the reason.");
    expect([await statusOf(conveningId, people.amina), await statusOf(conveningId, people.cy)]).toEqual([
      "declined",
      "declined",
    ]);
  });

  it("wants a reason, at its field, keeping the selection", async () => {
    const { manager, conveningId, ids } = await withPending();
    const response = await attendees(manager.id, conveningId, {
      intent: "decline-selected",
      registrationId: [ids.amina],
      reason: "",
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as Answer & { selected: string[] };
    expect([answer.reasonError, answer.selected]).toEqual(["Give a reason: it is sent to the person", [ids.amina]]);
  });
});
