// The manager's queue of what needs attention on the home page: real registrations through the
// register form, each item linking where it is acted on, dismissed and snoozed through the
// queue's own buttons, and a representative's queue holding their own city only.
import { describe, expect, it } from "vitest";
import { loader as homeLoader } from "../../app/routes/_index";
import { action as attentionAction } from "../../app/routes/attention";
import { withTestDatabase } from "../setup/database";
import { createAccount, formRequest, requestAs } from "../factories/people";
import { createColleagues, createConvening } from "../factories/registration";
import { register } from "../helpers/registration";
import { body, responseOf } from "../helpers/routes";
import { toastAfter } from "../factories/toast";
import { createCity } from "../factories/people";
import { addDelegate, createExchange } from "../factories/exchanges";

withTestDatabase();

type Item = { key: string; kind: string; cityId: string | null; count: number; message: string; href: string };
type Home = { attention: { items: Item[]; hidden: number; scope: string } | null };

const DAY = 24 * 3600 * 1000;

async function home(personId: string | null) {
  return (
    await body<Home>(await responseOf(homeLoader({ request: await requestAs(personId, "/"), params: {}, context: {} })))
  ).attention;
}

async function press(personId: string, fields: Record<string, string>) {
  return responseOf(
    attentionAction({ request: await formRequest(personId, "/attention", fields), params: {}, context: {} }),
  );
}

async function world() {
  const bristol = await createCity("bristol");
  const cardiff = await createCity("cardiff", { nation: "Wales" });
  const manager = await createAccount({ role: "manager" });
  const bristolRep = await createAccount({ role: "city-rep", cityId: bristol, name: "Bristol Rep" });
  const cardiffRep = await createAccount({ role: "city-rep", cityId: cardiff, name: "Cardiff Rep" });
  const conveningId = await createConvening({
    title: "City Working Group meeting: Cardiff",
    isApprovalRequired: true,
    startsAt: new Date(Date.now() + 10 * DAY),
  });
  const [bea] = await createColleagues(bristol, 1);
  expect(await responseOf(register(bristolRep.id, conveningId, { personId: bea }))).toHaveStatus(200);
  return { bristol, cardiff, manager, bristolRep, cardiffRep, conveningId };
}

describe("the attention queue", () => {
  it("shows a manager the programme's to-dos, each with its count and the page to act on", async () => {
    const w = await world();
    const queue = await home(w.manager.id);
    expect(queue?.scope).toBe("The programme");
    expect(queue?.items.map((item) => [item.kind, item.message, item.href])).toEqual([
      [
        "pending-approvals",
        "1 registration awaiting approval for City Working Group meeting: Cardiff (Bristol)",
        `/convenings/${w.conveningId}/attendees`,
      ],
      [
        "unfilled-places",
        "Bristol has 1 place of 2 unfilled for City Working Group meeting: Cardiff, which starts in 10 days",
        `/convenings/${w.conveningId}/register`,
      ],
      [
        "city-with-nobody",
        "Cardiff has registered nobody for City Working Group meeting: Cardiff, which starts in 10 days",
        `/convenings/${w.conveningId}/register`,
      ],
    ]);
  });

  it("shows a representative only their own city's items, and a participant no queue", async () => {
    const w = await world();
    const cardiffQueue = await home(w.cardiffRep.id);
    expect([cardiffQueue?.scope, cardiffQueue?.items.map((item) => item.kind)]).toEqual([
      "Cardiff",
      ["city-with-nobody"],
    ]);
    expect((await home(w.bristolRep.id))?.items.map((item) => item.cityId)).toEqual([w.bristol, w.bristol]);
    const participant = await createAccount({ role: "participant", cityId: w.bristol });
    expect(await home(participant.id)).toBeNull();
    expect(await home(null)).toBeNull();
  });

  it("keeps a dismissed item away until its count changes, and brings everything back on request", async () => {
    const w = await world();
    const pending = (await home(w.manager.id))!.items[0];
    const dismissed = await press(w.manager.id, { intent: "dismiss", key: pending.key });
    expect(dismissed).toHaveStatus(302);
    expect(await toastAfter(dismissed)).toBe("Dismissed. It comes back if its count changes.");
    let queue = (await home(w.manager.id))!;
    expect([queue.items.map((item) => item.kind), queue.hidden]).toEqual([["unfilled-places", "city-with-nobody"], 1]);

    const [bo] = await createColleagues(w.bristol, 1, "second");
    await register(w.bristolRep.id, w.conveningId, { personId: bo });
    queue = (await home(w.manager.id))!;
    expect(queue.items.map((item) => [item.kind, item.count])).toEqual([
      ["pending-approvals", 2],
      ["city-with-nobody", 1],
    ]);

    await press(w.manager.id, { intent: "snooze", key: queue.items[1].key });
    expect((await home(w.manager.id))!.items.map((item) => item.kind)).toEqual(["pending-approvals"]);
    // Another person's queue is their own.
    expect((await home(w.cardiffRep.id))!.items.map((item) => item.kind)).toEqual(["city-with-nobody"]);

    await press(w.manager.id, { intent: "restore-all" });
    expect((await home(w.manager.id))!.items).toHaveLength(2);
  });

  it("counts an exchange's delegates whose travel documents are missing, per city, and never says what", async () => {
    const w = await world();
    const exchangeId = await createExchange({ createdById: w.manager.id });
    await addDelegate(exchangeId, w.cardiff, "Dai Morgan");
    await addDelegate(exchangeId, w.cardiff, "Eira Jones");
    const item = (await home(w.cardiffRep.id))!.items.find((entry) => entry.kind === "travel-documents-missing");
    expect([item?.message, item?.href]).toEqual([
      "2 delegates (Cardiff) for US learning exchange have travel documents missing",
      `/convenings/${exchangeId}/itinerary`,
    ]);
    expect((await home(w.bristolRep.id))!.items.some((entry) => entry.kind === "travel-documents-missing")).toBe(false);
  });

  it("refuses to set aside an item a representative cannot see, and a button it does not know", async () => {
    const w = await world();
    const bristolItem = (await home(w.bristolRep.id))!.items[0];
    const refused = await press(w.cardiffRep.id, { intent: "dismiss", key: bristolItem.key });
    expect(await toastAfter(refused)).toBe("That item is no longer in your queue.");
    const unknown = await press(w.manager.id, { intent: "explode" });
    expect(await toastAfter(unknown)).toBe("That button was not understood: nothing was changed.");
    const participant = await createAccount({ role: "participant", cityId: w.bristol });
    expect(await press(participant.id, { intent: "restore-all" })).toHaveStatus(403);
  });
});
