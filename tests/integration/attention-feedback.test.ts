// The queue's feedback items: a convening that ended with no form sent, and a form whose
// invitations are ten days old with fewer than 30 % answered; the manager sees the programme's
// figure, a representative their own city's; sending or answering clears the item, and the
// queue reads the same number of times however many convenings ended lately.
import { describe, expect, it } from "vitest";
import { loader as homeLoader } from "../../app/routes/_index";
import { action as attentionAction } from "../../app/routes/attention";
import { runFeedbackMail } from "~/feedback/feedback-mail.server";
import { markFeedbackInvitationAnswered } from "../../models/feedback-invitation.server";
import { createPerson } from "../../models/person.server";
import { upsertSeedRegistration } from "../../models/registration.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { createConvening } from "../factories/registration";
import { body, responseOf } from "../helpers/routes";
import { recordQueries } from "../helpers/queries";

withTestDatabase();

type Item = { key: string; kind: string; cityId: string | null; count: number; message: string; href: string };
type Home = { attention: { items: Item[]; hidden: number } | null };

const DAY = 24 * 3600 * 1000;

async function feedbackItems(personId: string) {
  const home = await body<Home>(
    await responseOf(homeLoader({ request: await requestAs(personId, "/"), params: {}, context: {} })),
  );
  return home.attention!.items.filter((item) => item.kind.startsWith("feedback"));
}

/** A meeting that ended `daysAgo` days ago, attended by two people of Bristol and one of Cardiff. */
async function endedMeeting(
  cities: { bristol: string; cardiff: string },
  daysAgo: number,
  title = "Liverpool meeting",
) {
  const now = Date.now();
  const conveningId = await createConvening({
    title,
    startsAt: new Date(now - (daysAgo + 1) * DAY),
    endsAt: new Date(now - daysAgo * DAY),
  });
  const people: string[] = [];
  for (const [name, cityId] of [
    ["Ann", cities.bristol],
    ["Ben", cities.bristol],
    ["Cat", cities.cardiff],
  ] as const) {
    const personId = await createPerson({
      name,
      email: `${name.toLowerCase()}.${conveningId}@example.org`,
      role: "participant",
      cityId,
    });
    await upsertSeedRegistration({ conveningId, personId, cityId, status: "registered", roleAtEvent: "" });
    people.push(personId);
  }
  return { conveningId, people };
}

async function world() {
  const bristol = await createCity("bristol");
  const cardiff = await createCity("cardiff", { nation: "Wales" });
  const manager = await createAccount({ role: "manager" });
  const bristolRep = await createAccount({ role: "city-rep", cityId: bristol, name: "Bristol Rep" });
  const cardiffRep = await createAccount({ role: "city-rep", cityId: cardiff, name: "Cardiff Rep" });
  return { bristol, cardiff, manager, bristolRep, cardiffRep };
}

describe("the queue's feedback items", () => {
  it("tells the manager a form has not gone out a day after the end, until the job sends it", async () => {
    const w = await world();
    const { conveningId } = await endedMeeting(w, 3);
    expect(await feedbackItems(w.manager.id)).toEqual([
      {
        key: `feedback-not-sent:${conveningId}`,
        kind: "feedback-not-sent",
        cityId: null,
        count: 1,
        message: "No feedback form has gone out for Liverpool meeting, which ended 3 days ago",
        values: { title: "Liverpool meeting", days: 3 },
        href: `/convenings/${conveningId}/feedback`,
      },
    ]);
    expect(await feedbackItems(w.bristolRep.id)).toEqual([]);

    const report = await runFeedbackMail();
    expect(report.sent).toHaveLength(3);
    expect(await feedbackItems(w.manager.id)).toEqual([]);
  });

  it("raises a low response ten days after sending, the programme's for the manager and each city's for its rep", async () => {
    const w = await world();
    const { conveningId, people } = await endedMeeting(w, 13);
    // The job ran the day after the meeting: the invitations are twelve days old.
    await runFeedbackMail({ now: new Date(Date.now() - 12 * DAY) });
    const results = `/convenings/${conveningId}/feedback/results`;
    expect((await feedbackItems(w.manager.id)).map((item) => [item.message, item.href])).toEqual([
      ["3 people have not answered the feedback on Liverpool meeting: 0 of 3 answered (0 %)", results],
    ]);
    expect((await feedbackItems(w.cardiffRep.id)).map((item) => [item.cityId, item.message])).toEqual([
      [w.cardiff, "1 person (Cardiff) has not answered the feedback on Liverpool meeting: 0 of 1 answered (0 %)"],
    ]);

    const [bristolItem] = await feedbackItems(w.bristolRep.id);
    expect(bristolItem.message).toBe(
      "2 people (Bristol) have not answered the feedback on Liverpool meeting: 0 of 2 answered (0 %)",
    );
    const dismissed = await responseOf(
      attentionAction({
        request: await formRequest(w.bristolRep.id, "/attention", { intent: "dismiss", key: bristolItem.key }),
        params: {},
        context: {},
      }),
    );
    expect(dismissed).toHaveStatus(302);
    expect(await feedbackItems(w.bristolRep.id)).toEqual([]);

    // Ann answers: Bristol's count changes (its item is back) and the programme reaches 1 of 3.
    await markFeedbackInvitationAnswered({ conveningId, personId: people[0] }, new Date());
    expect((await feedbackItems(w.bristolRep.id)).map((item) => item.message)).toEqual([]);
    expect(await feedbackItems(w.manager.id)).toEqual([]);
    expect((await feedbackItems(w.cardiffRep.id)).map((item) => item.count)).toEqual([1]);
  });

  it("reads the queue in as many queries for one convening that ended lately as for four", async () => {
    const w = await world();
    await endedMeeting(w, 13, "First meeting");
    await runFeedbackMail({ now: new Date(Date.now() - 12 * DAY) });
    // The first read builds the dashboard's summaries; the queue is counted on later reads.
    await feedbackItems(w.manager.id);
    const one = await recordQueries(() => feedbackItems(w.manager.id));
    for (const title of ["Second meeting", "Third meeting", "Fourth meeting"]) await endedMeeting(w, 13, title);
    await runFeedbackMail({ now: new Date(Date.now() - 12 * DAY) });
    await feedbackItems(w.manager.id);
    const four = await recordQueries(() => feedbackItems(w.manager.id));
    expect(four.result).toHaveLength(4);
    // Reads run side by side, so their order may differ: the same reads, however many convenings.
    expect([...four.queries].sort()).toEqual([...one.queries].sort());
  });
});
