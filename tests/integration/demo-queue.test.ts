// The seeded demo gives the manager's queue real to-dos of every kind, from the demo itself and
// dated from the day it is seeded (issue 16: "the queue shows the seeded demo's real to-dos").
import { describe, expect, it } from "vitest";
import { loadAttentionQueue } from "~/attention/queue.server";
import { repairPlaces } from "~/registration/registration.server";
import { DEMO_ENDED_MEETING, DEMO_PARTNERS_MEETING } from "~/seed/demo-queue-data";
import { DEFAULT_DEMO_PASSWORD, seedDemo } from "~/seed/seed.server";
import { Convening } from "../../models/convening.server";
import { MailMessage } from "../../models/mail-message.server";
import { findAccountByEmail } from "../../models/person.server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const DAY = 24 * 60 * 60 * 1000;

describe("the seeded demo's queue", () => {
  it("shows the manager each kind of to-do, from the demo's own meetings, people and mail", async () => {
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    const manager = (await findAccountByEmail("manager@example.org"))!.person;
    const { items } = await loadAttentionQueue({ id: manager.id, role: "manager", cityId: null });
    const partners = DEMO_PARTNERS_MEETING.title;
    const exchange = "US learning exchange: Pittsburgh, Montgomery County and Washington DC";
    expect(items.map((item) => [item.kind, item.message])).toEqual([
      ["pending-approvals", `1 registration awaiting approval for ${partners} (Cardiff)`],
      ["waitlist-with-free-places", `1 person on the waitlist for ${partners} (Bristol) while 1 place is free`],
      ["unfilled-places", `Bristol has 1 place of 2 unfilled for ${partners}, which starts in 3 weeks`],
      ["city-with-nobody", `Newport has registered nobody for ${partners}, which starts in 3 weeks`],
      ["travel-documents-missing", `1 delegate (Cardiff) for ${exchange} has travel documents missing`],
      ["travel-documents-missing", `1 delegate (Liverpool) for ${exchange} has travel documents missing`],
      ["travel-documents-missing", `1 delegate (Peterborough) for ${exchange} has travel documents missing`],
      ["travel-documents-missing", `1 delegate (London) for ${exchange} has travel documents missing`],
      [
        "feedback-not-sent",
        expect.stringMatching(
          new RegExp(`^No feedback form has gone out for ${DEMO_ENDED_MEETING.title}, which ended [23] days ago$`),
        ),
      ],
      ["overdue-actions", "Bristol has 1 overdue follow-up action"],
      ["overdue-actions", "Liverpool has 1 overdue follow-up action"],
      ["undelivered-mail", "1 email could not be delivered"],
    ]);
  });

  it("dates the meetings from the seed's day, and a second run the same day adds nothing", async () => {
    const now = new Date();
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    const ended = await Convening.findOne({ seedKey: DEMO_ENDED_MEETING.seedKey }).lean();
    const partners = await Convening.findOne({ seedKey: DEMO_PARTNERS_MEETING.seedKey }).lean();
    const daysFromNow = (instant: Date) => Math.round((instant.getTime() - now.getTime()) / DAY);
    expect(daysFromNow(ended!.endsAt)).toBe(-3);
    expect(daysFromNow(partners!.startsAt)).toBe(20);
    // Newport hosts it, so the demo shows a meeting written in Welsh as well as English.
    expect(partners).toMatchObject({
      titleCy: "Cyfarfod y partneriaid dysgu: Casnewydd",
      aimsCy: ["Cymharu gwasanaethau croeso'r tair dinas", "Cytuno ar un cam gweithredu ar y cyd ar gyfer y gwanwyn"],
    });
    expect(await Convening.countDocuments({ seedKey: DEMO_PARTNERS_MEETING.seedKey })).toBe(1);
    expect(await MailMessage.countDocuments({ status: "refused" })).toBe(1);
  });

  it("gives the waitlisted officer the free place once the app starts: Bristol's item becomes an approval", async () => {
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    await repairPlaces(); // what the server runs at start
    const manager = (await findAccountByEmail("manager@example.org"))!.person;
    const { items } = await loadAttentionQueue({ id: manager.id, role: "manager", cityId: null });
    const partners = items.filter((item) => item.message.includes(DEMO_PARTNERS_MEETING.title));
    expect(partners.map((item) => item.message)).toEqual([
      `1 registration awaiting approval for ${DEMO_PARTNERS_MEETING.title} (Cardiff)`,
      `1 registration awaiting approval for ${DEMO_PARTNERS_MEETING.title} (Bristol)`,
      `Newport has registered nobody for ${DEMO_PARTNERS_MEETING.title}, which starts in 3 weeks`,
    ]);
  });
});
