import { describe, expect, it } from "vitest";
import {
  conveningItems,
  feedbackItems,
  isShown,
  overdueItems,
  undeliveredMailItem,
  type QueueConvening,
} from "./queue";

const bristol = { id: "b".repeat(24), slug: "bristol", name: "Bristol" };
const cardiff = { id: "c".repeat(24), slug: "cardiff", name: "Cardiff" };
const glasgow = { id: "d".repeat(24), slug: "glasgow", name: "Glasgow" };
const cities = [bristol, cardiff, glasgow];

function meeting(overrides: Partial<QueueConvening> = {}): QueueConvening {
  return {
    id: "e".repeat(24),
    title: "City Working Group meeting: Cardiff",
    startsAt: new Date("2030-10-10T09:00:00Z"),
    daysAway: 20,
    capacity: null,
    placesFor: () => 2,
    entries: [],
    ...overrides,
  };
}

describe("a convening's items", () => {
  it("counts pending approvals per city, and a waitlist only where its city has a place free", () => {
    const items = conveningItems(
      meeting({
        entries: [
          { cityId: bristol.id, status: "pending" },
          { cityId: bristol.id, status: "registered" },
          { cityId: bristol.id, status: "waitlisted" },
          { cityId: cardiff.id, status: "registered" },
          { cityId: cardiff.id, status: "waitlisted" },
          { cityId: glasgow.id, status: "registered" },
          { cityId: glasgow.id, status: "registered" },
        ],
      }),
      cities,
      4,
    );
    expect(items.map((item) => [item.kind, item.cityId, item.count])).toEqual([
      ["pending-approvals", bristol.id, 1],
      ["waitlist-with-free-places", cardiff.id, 1],
      ["unfilled-places", cardiff.id, 1],
    ]);
    expect(items[1].message).toBe(
      "1 person on the waitlist for City Working Group meeting: Cardiff (Cardiff) while 1 place is free",
    );
    expect(items[0].href).toBe(`/convenings/${"e".repeat(24)}/attendees`);
  });

  it("names cities with nobody registered only within the weeks before, and never a city with no places", () => {
    const far = conveningItems(meeting({ daysAway: 40 }), cities, 4);
    expect(far).toEqual([]);
    const near = conveningItems(
      meeting({ daysAway: 10, placesFor: (cityId) => (cityId === glasgow.id ? 0 : 2) }),
      cities,
      4,
    );
    expect(near.map((item) => item.message)).toEqual([
      "Bristol has registered nobody for City Working Group meeting: Cardiff, which starts in 10 days",
      "Cardiff has registered nobody for City Working Group meeting: Cardiff, which starts in 10 days",
    ]);
  });

  it("offers no free place on a waitlist when the convening is full, whatever the city's own places", () => {
    const items = conveningItems(
      meeting({
        capacity: 1,
        daysAway: 60,
        entries: [
          { cityId: bristol.id, status: "registered" },
          { cityId: cardiff.id, status: "waitlisted" },
        ],
      }),
      cities,
      4,
    );
    expect(items).toEqual([]);
  });
});

describe("programme items and dismissals", () => {
  it("lists each city with overdue actions, and undelivered mail once", () => {
    expect(overdueItems(cities, new Map([[cardiff.id, 3]])).map((item) => [item.message, item.href])).toEqual([
      ["Cardiff has 3 overdue follow-up actions", "/cities/cardiff/plan"],
    ]);
    expect(undeliveredMailItem(0)).toEqual([]);
    expect(undeliveredMailItem(2)[0].message).toBe("2 emails could not be delivered");
  });

  it("keeps a dismissed item away while its count stays, and a snoozed one until its time", () => {
    const [item] = overdueItems(cities, new Map([[cardiff.id, 3]]));
    const now = new Date("2030-01-10T12:00:00Z");
    expect(isShown(item, undefined, now)).toBe(true);
    expect(isShown(item, { count: 3, until: null }, now)).toBe(false);
    expect(isShown(item, { count: 2, until: null }, now)).toBe(true);
    expect(isShown(item, { count: 3, until: new Date("2030-01-11T00:00:00Z") }, now)).toBe(false);
    expect(isShown(item, { count: 3, until: new Date("2030-01-10T00:00:00Z") }, now)).toBe(true);
  });
});

describe("a convening's feedback items", () => {
  const now = new Date("2030-11-20T12:00:00Z");
  const DAY = 24 * 3600 * 1000;
  const settings = { lowResponseDays: 10, lowResponsePercent: 30 };
  const ended = (days: number) => ({
    id: "f".repeat(24),
    title: "Liverpool meeting",
    endsAt: new Date(now.getTime() - days * DAY),
  });
  const openForm = { closedAt: null, closesAt: new Date(now.getTime() + 5 * DAY) };
  const invited = (cityId: string, daysAgo: number, isAnswered: boolean) => ({
    cityId,
    sentAt: new Date(now.getTime() - daysAgo * DAY),
    answeredAt: isAnswered ? now : null,
  });

  it("says a form was not sent once the convening ended more than a day ago, to the programme only", () => {
    expect(feedbackItems({ convening: ended(0.5), form: null, invitations: [] }, cities, null, settings, now)).toEqual(
      [],
    );
    expect(feedbackItems({ convening: ended(3), form: null, invitations: [] }, cities, null, settings, now)).toEqual([
      {
        key: `feedback-not-sent:${"f".repeat(24)}`,
        kind: "feedback-not-sent",
        cityId: null,
        count: 1,
        message: "No feedback form has gone out for Liverpool meeting, which ended 3 days ago",
        values: { title: "Liverpool meeting", days: 3 },
        href: `/convenings/${"f".repeat(24)}/feedback`,
      },
    ]);
    expect(
      feedbackItems({ convening: ended(3), form: null, invitations: [] }, cities, bristol.id, settings, now),
    ).toEqual([]);
    expect(feedbackItems({ convening: ended(31), form: null, invitations: [] }, cities, null, settings, now)).toEqual(
      [],
    );
  });

  it("raises a low response on an open form once its invitations are old enough, per city for a representative", () => {
    const invitations = [
      invited(bristol.id, 12, true),
      invited(bristol.id, 12, false),
      invited(cardiff.id, 12, false),
      invited(cardiff.id, 12, false),
      invited(cardiff.id, 12, false),
      invited(cardiff.id, 2, false),
    ];
    const feedback = { convening: ended(13), form: openForm, invitations };
    expect(
      feedbackItems(feedback, cities, null, settings, now).map((item) => [item.key, item.count, item.message]),
    ).toEqual([
      [
        `feedback-low-response:${"f".repeat(24)}:none`,
        4,
        "4 people have not answered the feedback on Liverpool meeting: 1 of 5 answered (20 %)",
      ],
    ]);
    expect(
      feedbackItems(feedback, cities, cardiff.id, settings, now).map((item) => [item.cityId, item.message]),
    ).toEqual([
      [cardiff.id, "3 people (Cardiff) have not answered the feedback on Liverpool meeting: 0 of 3 answered (0 %)"],
    ]);
    // Bristol answered one in two: not low.
    expect(feedbackItems(feedback, cities, bristol.id, settings, now)).toEqual([]);
    expect(feedbackItems({ ...feedback, form: { ...openForm, closedAt: now } }, cities, null, settings, now)).toEqual(
      [],
    );
    expect(
      feedbackItems({ ...feedback, invitations: [invited(cardiff.id, 9, false)] }, cities, null, settings, now),
    ).toEqual([]);
  });
});
