import { describe, expect, it } from "vitest";
import { action as cancelAction } from "../../app/routes/convenings.$conveningId.cancel";
import { action as completeAction } from "../../app/routes/convenings.$conveningId.complete";
import { action as duplicateAction } from "../../app/routes/convenings.$conveningId.duplicate";
import { action as editAction, loader as editLoader } from "../../app/routes/convenings.$conveningId.edit";
import { loader as conveningLoader } from "../../app/routes/convenings.$conveningId._index";
import { action as publishAction } from "../../app/routes/convenings.$conveningId.publish";
import { action as newSessionAction } from "../../app/routes/convenings.$conveningId.sessions.new";
import { loader as agendaJsonLoader } from "../../app/routes/convenings.$conveningId.agenda[.]json";
import { loader as listLoader } from "../../app/routes/convenings._index";
import { action as newAction, loader as newLoader } from "../../app/routes/convenings.new";
import { loader as shareLoader } from "../../app/routes/share.$token";
import { loader as rootLoader } from "../../app/root";
import { listSessions } from "../../models/agenda-session.server";
import { getConvening } from "../../models/convening.server";
import { Registration } from "../../models/registration.server";
import { conveningFields, conveningIdFrom, postForm, sessionFields } from "../factories/convenings";
import { toastAfter } from "../factories/toast";
import { createAccount, createCity, requestAs } from "../factories/people";
import { formReply } from "../factories/form-replies";
import { withTestDatabase } from "../setup/database";
import { createDraft, publish } from "../helpers/convenings";
import { load } from "../helpers/routes";

withTestDatabase();

/** A loader's JSON, or an action's with its form reply read as `errors` and `values`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of loaders under test
async function body(response: Response): Promise<any> {
  return formReply(response);
}

describe("creating convenings", () => {
  it("saves a manager's convening as a draft with every field, times at the place", async () => {
    const manager = await createAccount({ role: "manager" });
    const cardiff = await createCity("cardiff");
    const id = await createDraft(manager.id, {
      hostCityId: cardiff,
      format: "hybrid",
      onlineUrl: "https://meet.example.org/cwg",
      "places.1.name": "Cardiff Bay",
      "places.1.timeZone": "Europe/London",
      registrationOpens: "2030-09-01",
      registrationCloses: "2030-10-01",
      isApprovalRequired: "on",
    });
    const convening = await getConvening(id);
    expect(convening).toMatchObject({
      status: "draft",
      title: "City Working Group meeting: Cardiff",
      hostCityId: cardiff,
      format: "hybrid",
      onlineUrl: "https://meet.example.org/cwg",
      timeZone: "Europe/London",
      aims: ["Present draft action plans", "Agree follow-up actions"],
      themes: ["T1", "T4"],
      registration: { placesPerCity: 2, capacity: 30, isApprovalRequired: true },
    });
    expect(convening?.places.map((place) => place.name)).toEqual(["Cardiff City Hall", "Cardiff Bay"]);
    // 09:00 BST on 10 October 2030 is 08:00 UTC.
    expect(convening?.startsAt.toISOString()).toBe("2030-10-10T08:00:00.000Z");
    expect(convening?.endsAt.toISOString()).toBe("2030-10-11T16:00:00.000Z");
    expect(convening?.registration.opensAt?.toISOString()).toBe("2030-08-31T23:00:00.000Z");
  });

  it("refuses an empty title, an end before the start, an unknown time zone and over-long text, keeping the input", async () => {
    const manager = await createAccount({ role: "manager" });
    const response = await postForm(
      newAction,
      manager.id,
      "/convenings/new",
      {},
      conveningFields({
        title: "  ",
        summary: "x".repeat(4001),
        "places.0.timeZone": "Europe/Cardiff",
        "places.0.name": "Somewhere new",
      }),
    );
    expect(response).toHaveStatus(400);
    const data = await body(response);
    expect(data.errors.title).toBe("Enter a title");
    expect(data.errors.summary).toMatch(/4000 characters or fewer/);
    expect(data.errors["places.0.timeZone"]).toBe(
      "Choose the time zone from the list, for example Europe/London or America/New_York",
    );
    expect(data.values["places.0.name"]).toBe("Somewhere new");
    expect(data.values.themes).toEqual(["T1", "T4"]);

    const backwards = await postForm(
      newAction,
      manager.id,
      "/convenings/new",
      {},
      conveningFields({ endDate: "2030-10-09" }),
    );
    expect(backwards).toHaveStatus(400);
    expect((await body(backwards)).errors.endDate).toBe("The end must be after the start");
  });

  it("refuses implausible years and a total capacity of 0, and notes dates in the past", async () => {
    const manager = await createAccount({ role: "manager" });
    const oneLine = await postForm(
      newAction,
      manager.id,
      "/convenings/new",
      {},
      conveningFields({ title: "Cardiff\r\n  meeting" }),
    );
    expect((await getConvening(conveningIdFrom(oneLine)))!.title).toBe("Cardiff meeting");
    const typo = await postForm(
      newAction,
      manager.id,
      "/convenings/new",
      {},
      conveningFields({ startDate: "0203-10-10", endDate: "2030-10-11", capacity: "0" }),
    );
    expect(typo).toHaveStatus(400);
    const errors = (await body(typo)).errors;
    expect(errors.startDate).toMatch(/^Enter a first day between 2010 and \d{4}$/);
    expect(errors.capacity).toBe("Total capacity must be at least 1; leave it blank for no limit");

    const past = await postForm(
      newAction,
      manager.id,
      "/convenings/new",
      {},
      conveningFields({ startDate: "2019-05-21", endDate: "2019-05-22" }),
    );
    expect(past).toHaveStatus(302);
    expect(await toastAfter(past)).toContain("Its dates are in the past, so it is listed with past convenings.");
  });

  it("refuses a first day that falls in a spring-forward gap with the clock-change message", async () => {
    const manager = await createAccount({ role: "manager" });
    const response = await postForm(
      newAction,
      manager.id,
      "/convenings/new",
      {},
      conveningFields({ startDate: "2019-03-31", startTime: "01:30", endDate: "2019-04-01" }),
    );
    expect(response).toHaveStatus(400);
    expect((await body(response)).errors.startDate).toBe(
      "01:30 on 31 March 2019 does not exist in Europe/London: clocks go forward from 01:00 to 02:00 (GMT to BST). Choose a time before 01:00 or from 02:00.",
    );
  });
});

describe("who can see and change convenings", () => {
  it("shows drafts to managers only: 404 for reps and guests, and not in their lists", async () => {
    const manager = await createAccount({ role: "manager" });
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const id = await createDraft(manager.id, { title: "Secret draft" });
    expect(await load(conveningLoader, rep.id, `/convenings/${id}`, { conveningId: id })).toHaveStatus(404);
    expect(await load(conveningLoader, null, `/convenings/${id}`, { conveningId: id })).toHaveStatus(404);
    expect(await load(conveningLoader, manager.id, `/convenings/${id}`, { conveningId: id })).toHaveStatus(200);
    const repList = await body(await load(listLoader, rep.id, "/convenings?when=all"));
    expect(repList.convenings).toEqual([]);
    const managerList = await body(await load(listLoader, manager.id, "/convenings?when=all"));
    expect(managerList.convenings.map((item: { title: string }) => item.title)).toEqual(["Secret draft"]);
  });

  it("refuses every editing page and action to city reps and participants (403) and guests (sign in)", async () => {
    const manager = await createAccount({ role: "manager" });
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const participant = await createAccount({ role: "participant", cityId: bristol });
    const id = await createDraft(manager.id);
    const params = { conveningId: id };
    for (const person of [rep, participant]) {
      expect(await load(newLoader, person.id, "/convenings/new")).toHaveStatus(403);
      expect(await postForm(newAction, person.id, "/convenings/new", {}, conveningFields())).toHaveStatus(403);
      expect(await load(editLoader, person.id, `/convenings/${id}/edit`, params)).toHaveStatus(403);
      expect(
        await postForm(editAction, person.id, `/convenings/${id}/edit`, params, conveningFields({ revision: "1" })),
      ).toHaveStatus(403);
      expect(await postForm(publishAction, person.id, `/convenings/${id}/publish`, params, {})).toHaveStatus(403);
      expect(
        await postForm(cancelAction, person.id, `/convenings/${id}/cancel`, params, { reason: "No" }),
      ).toHaveStatus(403);
      expect(
        await postForm(duplicateAction, person.id, `/convenings/${id}/duplicate`, params, {
          title: "Copy",
          firstDay: "2031-10-10",
        }),
      ).toHaveStatus(403);
      expect(
        await postForm(newSessionAction, person.id, `/convenings/${id}/sessions/new`, params, sessionFields()),
      ).toHaveStatus(403);
    }
    const guest = await postForm(publishAction, null, `/convenings/${id}/publish`, params, {});
    expect(guest).toHaveStatus(302);
    expect(guest.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    expect((await getConvening(id))?.status).toBe("draft");
  });

  it("answers a malformed or unknown convening id with 404, not 500", async () => {
    const manager = await createAccount({ role: "manager" });
    expect(await load(conveningLoader, manager.id, "/convenings/not-an-id", { conveningId: "not-an-id" })).toHaveStatus(
      404,
    );
    expect(
      await load(conveningLoader, null, "/convenings/0123456789abcdef01234567", {
        conveningId: "0123456789abcdef01234567",
      }),
    ).toHaveStatus(404);
    expect(await load(editLoader, manager.id, "/convenings/xyz/edit", { conveningId: "xyz" })).toHaveStatus(404);
    expect(await load(shareLoader, null, "/share/nope", { token: "nope" })).toHaveStatus(404);
  });
});

describe("publishing, cancelling and duplicating", () => {
  it("shows nothing for a crafted ?note= link, to anyone: a note comes only with the site's own redirect", async () => {
    const manager = await createAccount({ role: "manager" });
    const rep = await createAccount({ role: "city-rep", cityId: await createCity("bristol") });
    const id = await createDraft(manager.id);
    const published = await postForm(publishAction, manager.id, `/convenings/${id}/publish`, { conveningId: id }, {});
    expect(published.headers.get("Location")).toBe(`/convenings/${id}`);
    expect(await toastAfter(published)).toBe("Published: everyone can now see it, and the share link works.");
    const url = `/convenings/${id}?note=${encodeURIComponent("Registration moved: pay at evil.example")}`;
    for (const viewer of [null, rep.id, manager.id]) {
      const request = await requestAs(viewer, url);
      const page = JSON.stringify(await body(await load(conveningLoader, viewer, url, { conveningId: id })));
      const root = (await (await rootLoader({ request, params: {}, context: {} })).json()) as { toast: unknown };
      expect([page.includes("evil.example"), root.toast]).toEqual([false, null]);
    }
  });

  it("publishes a draft for everyone and bumps the calendar sequence", async () => {
    const manager = await createAccount({ role: "manager" });
    const id = await createDraft(manager.id);
    const before = await getConvening(id);
    await publish(manager.id, id);
    const after = await getConvening(id);
    expect(after?.status).toBe("published");
    expect(after!.sequence).toBe(before!.sequence + 1);
    expect(await load(conveningLoader, null, `/convenings/${id}`, { conveningId: id })).toHaveStatus(200);
  });

  it("cancels with a reason that everyone sees, sets cancelledAt and bumps the sequence", async () => {
    const manager = await createAccount({ role: "manager" });
    const id = await createDraft(manager.id);
    await postForm(
      newSessionAction,
      manager.id,
      `/convenings/${id}/sessions/new`,
      { conveningId: id },
      sessionFields({ title: "Opening plenary" }),
    );
    await publish(manager.id, id);
    const published = await getConvening(id);
    const empty = await postForm(
      cancelAction,
      manager.id,
      `/convenings/${id}/cancel`,
      { conveningId: id },
      { reason: "" },
    );
    expect(empty).toHaveStatus(400);
    expect((await body(empty)).errors.reason).toMatch(/Give a reason/);
    const response = await postForm(
      cancelAction,
      manager.id,
      `/convenings/${id}/cancel`,
      { conveningId: id },
      { reason: "The council elections moved to that week." },
    );
    expect(response).toHaveStatus(302);
    const cancelled = await getConvening(id);
    expect(cancelled?.status).toBe("cancelled");
    expect(cancelled?.cancelledAt).toBeInstanceOf(Date);
    expect(cancelled!.sequence).toBe(published!.sequence + 1);
    const guestView = await body(await load(conveningLoader, null, `/convenings/${id}`, { conveningId: id }));
    expect(guestView.convening.status).toBe("cancelled");
    expect(guestView.convening.cancelReason).toBe("The council elections moved to that week.");
    const shared = await body(
      await load(shareLoader, null, `/share/${cancelled!.shareToken}`, { token: cancelled!.shareToken }),
    );
    expect(shared.convening.cancelReason).toBe("The council elections moved to that week.");
    // Its sessions read as cancelled everywhere, as in the calendar feeds (no add-to-calendar offers).
    expect(guestView.days[0].items[0]).toMatchObject({ title: "Opening plenary", isCancelled: true });
    expect(shared.days[0].items[0].isCancelled).toBe(true);
    const agenda = await body(await load(agendaJsonLoader, null, `/convenings/${id}/agenda.json`, { conveningId: id }));
    expect(agenda.sessions.map((session: { status: string }) => session.status)).toEqual(["cancelled"]);
  });

  it("refuses to cancel a draft, which was never public, so its title cannot reach public feeds", async () => {
    const manager = await createAccount({ role: "manager" });
    const id = await createDraft(manager.id);
    const refused = await postForm(
      cancelAction,
      manager.id,
      `/convenings/${id}/cancel`,
      { conveningId: id },
      { reason: "Not going ahead" },
    ).catch((error: unknown) => error as Response);
    expect(refused).toHaveStatus(409);
    expect(await refused.text()).toMatch(/never published/);
    expect((await getConvening(id))?.status).toBe("draft");
  });

  it("duplicates a convening as a new draft with its agenda moved to the new dates at the same local times", async () => {
    const manager = await createAccount({ role: "manager" });
    const id = await createDraft(manager.id);
    await postForm(
      newSessionAction,
      manager.id,
      `/convenings/${id}/sessions/new`,
      { conveningId: id },
      sessionFields({ startDate: "2030-10-11", startTime: "14:00", endTime: "15:30", title: "Workshop" }),
    );
    await publish(manager.id, id);
    // From October (BST) to March (GMT): wall-clock times stay, instants shift by the offset.
    const response = await postForm(
      duplicateAction,
      manager.id,
      `/convenings/${id}/duplicate`,
      { conveningId: id },
      { title: "Spring meeting", firstDay: "2031-03-06" },
    );
    expect(response).toHaveStatus(302);
    const copyId = conveningIdFrom(response);
    expect(copyId).not.toBe(id);
    const copy = await getConvening(copyId);
    expect(copy).toMatchObject({
      status: "draft",
      title: "Spring meeting",
      aims: ["Present draft action plans", "Agree follow-up actions"],
    });
    expect(copy?.startsAt.toISOString()).toBe("2031-03-06T09:00:00.000Z");
    const [session] = await listSessions(copyId);
    expect(session.title).toBe("Workshop");
    expect(session.startsAt.toISOString()).toBe("2031-03-07T14:00:00.000Z");
    expect(await listSessions(id)).toHaveLength(1);
  });

  it("says which sessions moved because their local time does not exist on the new date (clocks going forward)", async () => {
    const manager = await createAccount({ role: "manager" });
    const id = await createDraft(manager.id);
    await postForm(
      newSessionAction,
      manager.id,
      `/convenings/${id}/sessions/new`,
      { conveningId: id },
      sessionFields({ startDate: "2030-10-11", startTime: "01:30", endTime: "02:30", title: "Night walk" }),
    );
    await publish(manager.id, id);
    // The second day becomes Sunday 30 March 2031, when 01:00-02:00 does not exist in London.
    const response = await postForm(
      duplicateAction,
      manager.id,
      `/convenings/${id}/duplicate`,
      { conveningId: id },
      { title: "Spring meeting", firstDay: "2031-03-29" },
    );
    expect(response).toHaveStatus(302);
    expect(await toastAfter(response)).toContain(
      "The clocks go forward during one session; check “Night walk” (01:30 does not exist that day: now 02:30 BST).",
    );
    const typo = await postForm(
      duplicateAction,
      manager.id,
      `/convenings/${id}/duplicate`,
      { conveningId: id },
      { title: "Typo", firstDay: "0231-03-29" },
    );
    expect(typo).toHaveStatus(400);
  });

  it("keeps a duplicate's title on one line, whatever a crafted form sends", async () => {
    const manager = await createAccount({ role: "manager" });
    const id = await createDraft(manager.id);
    const response = await postForm(
      duplicateAction,
      manager.id,
      `/convenings/${id}/duplicate`,
      { conveningId: id },
      { title: " Spring\r\n\t meeting ", firstDay: "2031-03-06" },
    );
    expect(response).toHaveStatus(302);
    expect((await getConvening(conveningIdFrom(response)))?.title).toBe("Spring meeting");
  });
});

describe("registration settings and completion", () => {
  it("keeps per-city places for particular cities and refuses a non-number", async () => {
    const manager = await createAccount({ role: "manager" });
    const bristol = await createCity("bristol");
    const london = await createCity("london");
    const id = await createDraft(manager.id, { [`cityPlaces.${london}`]: "4", [`cityPlaces.${bristol}`]: "" });
    expect((await getConvening(id))?.registration.cityPlaces).toEqual([{ cityId: london, places: 4 }]);
    const bad = await postForm(
      newAction,
      manager.id,
      "/convenings/new",
      {},
      conveningFields({ [`cityPlaces.${london}`]: "lots" }),
    );
    expect(bad).toHaveStatus(400);
    const data = await body(bad);
    expect(data.errors[`cityPlaces.${london}`]).toBe("Places for this city must be a whole number from 0 to 1000");
    expect(data.values[`cityPlaces.${london}`]).toBe("lots");
  });

  it("marks a published convening as completed only once it has ended, and only for managers", async () => {
    const manager = await createAccount({ role: "manager" });
    const rep = await createAccount({ role: "city-rep", cityId: await createCity("bristol") });
    const past = await createDraft(manager.id, { startDate: "2019-10-10", endDate: "2019-10-11" });
    const future = await createDraft(manager.id);
    await publish(manager.id, past);
    await publish(manager.id, future);
    expect(await postForm(completeAction, rep.id, "/x", { conveningId: past }, {})).toHaveStatus(403);
    await postForm(completeAction, manager.id, "/x", { conveningId: past }, {});
    await postForm(completeAction, manager.id, "/x", { conveningId: future }, {});
    expect((await getConvening(past))?.status).toBe("completed");
    expect((await getConvening(future))?.status).toBe("published");
  });
});

describe("two managers editing at once", () => {
  it("refuses the second save of a stale form with a clear message and keeps that manager's input", async () => {
    const first = await createAccount({ role: "manager", name: "First Manager" });
    const second = await createAccount({ role: "manager", name: "Second Manager" });
    const id = await createDraft(first.id);
    const params = { conveningId: id };
    const openedByFirst = await body(await load(editLoader, first.id, `/convenings/${id}/edit`, params));
    const openedBySecond = await body(await load(editLoader, second.id, `/convenings/${id}/edit`, params));
    expect(openedByFirst.values.revision).toBe("1");
    const saved = await postForm(editAction, first.id, `/convenings/${id}/edit`, params, {
      ...openedByFirst.values,
      title: "Title from the first manager",
    });
    expect(saved).toHaveStatus(302);
    const stale = await postForm(editAction, second.id, `/convenings/${id}/edit`, params, {
      ...openedBySecond.values,
      title: "Title from the second manager",
    });
    expect(stale).toHaveStatus(409);
    const data = await body(stale);
    expect(data.errors.form).toMatch(/changed by someone else since you opened it/);
    expect(data.values.title).toBe("Title from the second manager");
    expect((await getConvening(id))?.title).toBe("Title from the first manager");
    // Having seen the warning, saving again is a deliberate overwrite.
    const again = await postForm(editAction, second.id, `/convenings/${id}/edit`, params, data.values);
    expect(again).toHaveStatus(302);
    expect((await getConvening(id))?.title).toBe("Title from the second manager");
  });

  it("bumps the sequence when the time moves but not when only the summary changes", async () => {
    const manager = await createAccount({ role: "manager" });
    const id = await createDraft(manager.id);
    const params = { conveningId: id };
    const values = (await body(await load(editLoader, manager.id, `/convenings/${id}/edit`, params))).values;
    await postForm(editAction, manager.id, `/convenings/${id}/edit`, params, { ...values, summary: "A new summary" });
    const afterSummary = await getConvening(id);
    expect(afterSummary?.sequence).toBe(0);
    await postForm(editAction, manager.id, `/convenings/${id}/edit`, params, {
      ...values,
      summary: "A new summary",
      revision: String(afterSummary!.revision),
      startTime: "10:00",
    });
    expect((await getConvening(id))?.sequence).toBe(1);
  });
});

describe("lists and filters", () => {
  it("filters by kind, phase, host city, theme, and splits upcoming from past", async () => {
    const manager = await createAccount({ role: "manager" });
    const glasgow = await createCity("glasgow");
    const make = async (overrides: Record<string, string | string[]>) =>
      publish(manager.id, await createDraft(manager.id, overrides));
    await make({
      title: "Glasgow 2017",
      phase: "1",
      hostCityId: glasgow,
      startDate: "2017-10-19",
      endDate: "2017-10-20",
      themes: ["T1", "T3"],
    });
    await make({
      title: "US exchange",
      kind: "learning-exchange",
      phase: "1",
      startDate: "2018-05-21",
      endDate: "2018-05-25",
      themes: ["T2"],
      "places.0.timeZone": "America/New_York",
      "places.0.name": "Pittsburgh",
    });
    await make({ title: "Future workshop", kind: "workshop", phase: "2", themes: ["T5"] });
    const titles = async (query: string) =>
      (await body(await load(listLoader, null, `/convenings?${query}`))).convenings.map(
        (item: { title: string }) => item.title,
      );
    expect(await titles("")).toEqual(["Future workshop"]);
    expect(await titles("when=past")).toEqual(["US exchange", "Glasgow 2017"]);
    expect(await titles("when=all&kind=learning-exchange")).toEqual(["US exchange"]);
    expect(await titles("when=all&phase=1")).toEqual(["Glasgow 2017", "US exchange"]);
    expect(await titles(`when=all&hostCityId=${glasgow}`)).toEqual(["Glasgow 2017"]);
    expect(await titles("when=all&theme=T3")).toEqual(["Glasgow 2017"]);
    expect(await titles("when=all&hostCityId=garbage")).toEqual([]);
  });
});

describe("the convening page", () => {
  it("shows counts per city to everyone and names only to signed-in programme members", async () => {
    const manager = await createAccount({ role: "manager" });
    const bristol = await createCity("bristol");
    const cardiff = await createCity("cardiff");
    const rep = await createAccount({ role: "city-rep", cityId: bristol, name: "Bea Bristol" });
    const participant = await createAccount({ role: "participant", cityId: cardiff, name: "Cai Cardiff" });
    const waitlisted = await createAccount({ role: "participant", cityId: cardiff, name: "Wyn Waiting" });
    const id = await createDraft(manager.id);
    await postForm(
      newSessionAction,
      manager.id,
      `/convenings/${id}/sessions/new`,
      { conveningId: id },
      sessionFields({ title: "Panel", guestSpeakers: "Gwen Guestspeaker" }),
    );
    await publish(manager.id, id);
    await Registration.create([
      { conveningId: id, personId: rep.id, cityId: bristol, status: "registered" },
      { conveningId: id, personId: participant.id, cityId: cardiff, status: "attended" },
      { conveningId: id, personId: waitlisted.id, cityId: cardiff, status: "waitlisted" },
    ]);
    const guest = await body(await load(conveningLoader, null, `/convenings/${id}`, { conveningId: id }));
    expect(guest.coming.total).toBe(2);
    expect(guest.coming.byCity).toEqual([
      // Each city's own number of places beside its count (the form's default, two per city).
      { cityId: bristol, cityName: "Bristol", count: 1, places: 2 },
      { cityId: cardiff, cityName: "Cardiff", count: 1, places: 2 },
    ]);
    expect(guest.coming.people).toBeNull();
    // No names and no person ids of any kind reach a guest: attendees, speakers.
    for (const secret of ["Bea Bristol", "Gwen Guestspeaker", rep.id, participant.id])
      expect(JSON.stringify(guest)).not.toContain(secret);
    const member = await body(await load(conveningLoader, participant.id, `/convenings/${id}`, { conveningId: id }));
    expect(member.coming.people.map((person: { name: string }) => person.name)).toEqual(["Bea Bristol", "Cai Cardiff"]);
    expect(member.days[0].items[0].speakers.map((speaker: { name: string }) => speaker.name)).toEqual([
      "Gwen Guestspeaker",
    ]);
  });

  it("shows the online joining link only to managers and people registered for it", async () => {
    const manager = await createAccount({ role: "manager" });
    const bristol = await createCity("bristol");
    const registered = await createAccount({ role: "participant", cityId: bristol });
    const other = await createAccount({ role: "city-rep", cityId: bristol });
    const id = await createDraft(manager.id, { format: "online", onlineUrl: "https://meet.example.org/secret-room" });
    await publish(manager.id, id);
    await Registration.create({ conveningId: id, personId: registered.id, cityId: bristol, status: "registered" });
    const view = async (personId: string | null) =>
      (await body(await load(conveningLoader, personId, `/convenings/${id}`, { conveningId: id }))).convening.onlineUrl;
    expect(await view(manager.id)).toBe("https://meet.example.org/secret-room");
    expect(await view(registered.id)).toBe("https://meet.example.org/secret-room");
    expect(await view(other.id)).toBeNull();
    expect(await view(null)).toBeNull();
  });

  it("offers reps the register link only while registration is open", async () => {
    const manager = await createAccount({ role: "manager" });
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const open = await createDraft(manager.id);
    await publish(manager.id, open);
    const closed = await createDraft(manager.id, { registrationOpens: "2020-01-01", registrationCloses: "2020-02-01" });
    await publish(manager.id, closed);
    const canRegister = async (id: string) =>
      (await body(await load(conveningLoader, rep.id, `/convenings/${id}`, { conveningId: id }))).viewer.canRegister;
    expect(await canRegister(open)).toBe(true);
    expect(await canRegister(closed)).toBe(false);
  });
});
