// The personal feed (token, rotation, what it holds), single-event downloads and HTTP caching.
import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { actionUid, conveningUid, sessionUid } from "../../app/domain/ical/calendar-uids";
import { conveningCalendarLinks } from "../../app/calendar/feeds.server";
import { sessionCalendarLinks } from "~/calendar/components/add-to-calendar";
import { action as calendarPageAction, loader as calendarPageLoader } from "../../app/routes/me.calendar";
import { FollowUpAction } from "../../models/follow-up-action.server";
import { Person, rotateCalendarToken } from "../../models/person.server";
import { at, createAction, createConvening, createSession, register } from "../factories/calendar";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { withTestDatabase } from "../setup/database";
import { feedOf, fetchFeed, local, parseFeed } from "./calendar-helpers";

withTestDatabase();

const NY = "America/New_York";

afterEach(() => {
  ICAL.TimezoneService.reset();
});

async function registeredPerson() {
  const bristol = await createCity("bristol");
  const person = await createAccount({ role: "city-rep", cityId: bristol, name: "Bethan Rees" });
  const hybrid = await createConvening({
    title: "Hybrid meeting",
    format: "hybrid",
    onlineUrl: "https://meet.example.org/room-42",
    hostCityId: bristol,
  });
  const session = await createSession(hybrid, {
    title: "Opening",
    timeZone: NY,
    startsAt: at("2018-05-21T09:30", NY),
    endsAt: at("2018-05-21T10:30", NY),
  });
  await register(hybrid, person.id, bristol);
  return { bristol, person, hybrid, session };
}

async function pageAction(personId: string, intent: string) {
  const response = await calendarPageAction({
    request: await formRequest(personId, "/me/calendar", { intent, confirmed: "yes" }),
    params: {},
    context: {},
  });
  return (await response.json()) as { token?: string; feedUrl?: string };
}

describe("personal feed", () => {
  it("holds the convenings and sessions the person is registered for, with joining links, and their actions on due dates", async () => {
    const { bristol, person, hybrid, session } = await registeredPerson();
    const notRegistered = await createConvening({ title: "Someone else's meeting" });
    const waitlisted = await createConvening({ title: "Waitlisted meeting" });
    await register(waitlisted, person.id, bristol, "waitlisted");
    const draft = await createConvening({ title: "Draft meeting", status: "draft" });
    await register(draft, person.id, bristol);
    const action = await createAction({
      ownerCityId: bristol,
      ownerPersonId: person.id,
      title: "Publish welcome strategy",
      dueOn: "2019-03-31",
      conveningId: hybrid,
    });
    await createAction({ ownerCityId: bristol, ownerPersonId: null, title: "City-owned action", dueOn: "2019-04-01" });
    await createAction({ ownerCityId: bristol, ownerPersonId: person.id, title: "No date yet", dueOn: null });
    const token = await rotateCalendarToken(person.id);

    const response = await fetchFeed.personal(token);
    expect(response.headers.get("Cache-Control")).toBe("private, max-age=300");
    const feed = await feedOf(response);
    expect(feed.events.map((event) => event.uid).sort()).toEqual(
      [actionUid(action), conveningUid(hybrid), sessionUid(session)].sort(),
    );
    expect(feed.text).not.toContain(notRegistered);
    expect(feed.byUid(conveningUid(hybrid))!.description).toContain("Join online: https://meet.example.org/room-42");
    expect(feed.byUid(sessionUid(session))!.description).toContain("Join online: https://meet.example.org/room-42");
    expect(local(feed.byUid(sessionUid(session))!.startDate)).toBe("2018-05-21T09:30:00");

    const due = feed.byUid(actionUid(action))!;
    expect(due.summary).toBe("Action due: Publish welcome strategy");
    expect(due.startDate.isDate).toBe(true);
    expect([due.startDate.toString(), due.endDate.toString()]).toEqual(["2019-03-31", "2019-04-01"]);
    expect(due.description).toContain("Hybrid meeting");
  });

  it("raises an action's SEQUENCE and keeps its UID when its due date moves; a dropped action shows as cancelled", async () => {
    const { bristol, person } = await registeredPerson();
    const action = await createAction({ ownerCityId: bristol, ownerPersonId: person.id, dueOn: "2019-03-31" });
    const token = await rotateCalendarToken(person.id);
    const before = (await feedOf(fetchFeed.personal(token))).vevents.find(
      (v) => v.getFirstPropertyValue("uid") === actionUid(action),
    )!;
    await FollowUpAction.updateOne({ _id: action }, { $set: { dueOn: "2019-04-05" }, $inc: { sequence: 1 } });
    const moved = await feedOf(fetchFeed.personal(token));
    const after = moved.vevents.find((v) => v.getFirstPropertyValue("uid") === actionUid(action))!;
    expect(after.getFirstPropertyValue("sequence")).toBe(Number(before.getFirstPropertyValue("sequence")) + 1);
    expect(moved.byUid(actionUid(action))!.startDate.toString()).toBe("2019-04-05");

    await FollowUpAction.updateOne({ _id: action }, { $set: { status: "dropped" }, $inc: { sequence: 1 } });
    const dropped = (await feedOf(fetchFeed.personal(token))).vevents.find(
      (v) => v.getFirstPropertyValue("uid") === actionUid(action),
    )!;
    expect(dropped.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(String(dropped.getFirstPropertyValue("summary"))).toMatch(/^Cancelled: /);
  });

  it("answers the same bare 404 for unknown, malformed and revoked tokens", async () => {
    const { person } = await registeredPerson();
    const old = await rotateCalendarToken(person.id);
    const current = await rotateCalendarToken(person.id);
    expect(await fetchFeed.personal(current)).toHaveStatus(200);
    const unknown = "A".repeat(43);
    const bodies = new Set<string>();
    for (const token of [old, unknown, "short", "../../etc", `${current}x`, ""]) {
      const response = await fetchFeed.personal(token);
      expect(response).toHaveStatus(404);
      expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
      bodies.add(await response.text());
    }
    expect([...bodies]).toEqual(["Not found.\n"]);
  });

  it("stores only a hash of the token, never the token itself", async () => {
    const { person } = await registeredPerson();
    const token = await rotateCalendarToken(person.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    const stored = await Person.findById(person.id).lean<Record<string, unknown>>();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored?.calendarTokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("calendar subscriptions page", () => {
  it("shows the token once after creating it, and rotating makes the old URL 404 at once", async () => {
    const { person } = await registeredPerson();
    const before = await (
      await calendarPageLoader({ request: await requestAs(person.id, "/me/calendar"), params: {}, context: {} })
    ).json();
    expect(before.hasPersonalFeed).toBe(false);

    const created = await pageAction(person.id, "rotate");
    expect(created.feedUrl).toBe(`http://planner.test/calendar/me/${created.token}.ics`);
    expect(await fetchFeed.personal(created.token!)).toHaveStatus(200);
    const after = await (
      await calendarPageLoader({ request: await requestAs(person.id, "/me/calendar"), params: {}, context: {} })
    ).json();
    expect(after.hasPersonalFeed).toBe(true);
    expect(JSON.stringify(after)).not.toContain(created.token);

    const rotated = await pageAction(person.id, "rotate");
    expect(rotated.token).not.toBe(created.token);
    expect(await fetchFeed.personal(created.token!)).toHaveStatus(404);
    expect(await fetchFeed.personal(rotated.token!)).toHaveStatus(200);

    await pageAction(person.id, "revoke");
    expect(await fetchFeed.personal(rotated.token!)).toHaveStatus(404);
  });

  it("sends an anonymous visitor to sign in", async () => {
    const thrown = await calendarPageLoader({
      request: await requestAs(null, "/me/calendar"),
      params: {},
      context: {},
    }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(302);
    expect((thrown as Response).headers.get("Location")).toBe("/login?redirectTo=%2Fme%2Fcalendar");
  });
});

describe("single-event downloads", () => {
  it("downloads one session or one convening as a file with one VEVENT and the matching UID", async () => {
    const { hybrid, session } = await registeredPerson();
    const sessionFile = await fetchFeed.sessionEvent(hybrid, session);
    expect(sessionFile.headers.get("Content-Disposition")).toBe('attachment; filename="opening.ics"');
    const parsedSession = parseFeed(await sessionFile.text());
    expect(parsedSession.events.map((event) => event.uid)).toEqual([sessionUid(session)]);
    expect(local(parsedSession.events[0].startDate)).toBe("2018-05-21T09:30:00");
    const conveningFile = await feedOf(fetchFeed.conveningEvent(hybrid));
    expect(conveningFile.events.map((event) => event.uid)).toEqual([conveningUid(hybrid)]);
  });

  it("includes the joining link only for someone registered, and then privately", async () => {
    const { bristol, person, hybrid, session } = await registeredPerson();
    const stranger = await createAccount({ role: "city-rep", cityId: bristol });
    const mine = await fetchFeed.sessionEvent(hybrid, session, { as: person.id });
    expect(mine.headers.get("Cache-Control")).toBe("private, max-age=300");
    expect(await mine.text()).toContain("room-42");
    for (const viewer of [stranger.id, null]) {
      const response = await fetchFeed.sessionEvent(hybrid, session, { as: viewer });
      expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
      expect(await response.text()).not.toContain("room-42");
    }
  });

  it("builds download, Google and Outlook links for a convening and each session, without joining links", async () => {
    const { hybrid, session } = await registeredPerson();
    const convening = await conveningCalendarLinks(hybrid);
    expect(convening!.icsUrl).toBe(`/convenings/${hybrid}/event.ics`);
    expect(new URL(convening!.outlookUrl).searchParams.get("allday")).toBe("true");
    expect(JSON.stringify(convening)).not.toContain("room-42");

    const links = sessionCalendarLinks(hybrid, session);
    expect(links.icsUrl).toBe(`/convenings/${hybrid}/sessions/${session}/event.ics`);
    expect(links.googleUrl).toBe(`/convenings/${hybrid}/sessions/${session}/add/google`);
    const google = await fetchFeed.sessionAdd(hybrid, session, "google");
    expect(google).toHaveStatus(302);
    const googleUrl = new URL(google.headers.get("Location")!);
    expect(googleUrl.origin).toBe("https://calendar.google.com");
    expect(googleUrl.searchParams.get("dates")).toBe("20180521T133000Z/20180521T143000Z");
    expect(googleUrl.searchParams.get("ctz")).toBe(NY);
    const outlook = await fetchFeed.sessionAdd(hybrid, session, "outlook");
    expect(outlook).toHaveStatus(302);
    const outlookUrl = new URL(outlook.headers.get("Location")!);
    expect(outlookUrl.hostname).toMatch(/outlook\./);
    expect(outlookUrl.searchParams.get("startdt")).toBe("2018-05-21T13:30:00Z");
    for (const response of [google, outlook]) expect(response.headers.get("Location")).not.toContain("room-42");
  });

  it("answers 404 to add-to-calendar redirects for drafts, unknown services and malformed ids", async () => {
    const { hybrid, session } = await registeredPerson();
    const draft = await createConvening({ status: "draft" });
    const draftSession = await createSession(draft);
    expect(await conveningCalendarLinks(draft)).toBeNull();
    for (const [conveningId, sessionId, service] of [
      [draft, draftSession, "google"],
      [hybrid, session, "yahoo"],
      [hybrid, "not-an-id", "outlook"],
      ["x", session, "google"],
    ]) {
      const response = await fetchFeed.sessionAdd(conveningId, sessionId, service);
      expect(response).toHaveStatus(404);
      expect(response.headers.get("Location")).toBeNull();
    }
  });

  it("answers 404 for a session of another convening, a draft or malformed ids", async () => {
    const { hybrid, session } = await registeredPerson();
    const other = await createConvening();
    const draft = await createConvening({ status: "draft" });
    const draftSession = await createSession(draft);
    for (const [conveningId, sessionId] of [
      [other, session],
      [draft, draftSession],
      [hybrid, "nope"],
      ["nope", session],
    ]) {
      expect(await fetchFeed.sessionEvent(conveningId, sessionId)).toHaveStatus(404);
    }
  });
});

describe("HTTP caching", () => {
  it("serves text/calendar with a strong ETag, Last-Modified and a short public Cache-Control", async () => {
    await registeredPerson();
    const response = await fetchFeed.programme();
    expect(response).toHaveStatus(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("ETag")).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(Number.isFinite(Date.parse(response.headers.get("Last-Modified")!))).toBe(true);
  });

  it("answers 304 to a matching If-None-Match (also weak or in a list) and 200 to a stale one", async () => {
    await registeredPerson();
    const first = await fetchFeed.programme();
    const etag = first.headers.get("ETag")!;
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = await fetchFeed.programme({ headers: { "If-None-Match": header } });
      expect(again).toHaveStatus(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("ETag")).toBe(etag);
    }
    expect(await fetchFeed.programme({ headers: { "If-None-Match": '"stale"' } })).toHaveStatus(200);
  });

  it("answers 304 to If-Modified-Since at or after Last-Modified, 200 before it, and lets If-None-Match win", async () => {
    await registeredPerson();
    const first = await fetchFeed.programme();
    const lastModified = first.headers.get("Last-Modified")!;
    expect(await fetchFeed.programme({ headers: { "If-Modified-Since": lastModified } })).toHaveStatus(304);
    const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect(await fetchFeed.programme({ headers: { "If-Modified-Since": earlier } })).toHaveStatus(200);
    expect(await fetchFeed.programme({ headers: { "If-Modified-Since": "garbage" } })).toHaveStatus(200);
    expect(
      await fetchFeed.programme({ headers: { "If-Modified-Since": lastModified, "If-None-Match": '"stale"' } }),
    ).toHaveStatus(200);
  });

  it("sends a new ETag and a later Last-Modified after an edit, so 304 stops", async () => {
    const { session, hybrid } = await registeredPerson();
    const first = await fetchFeed.convening(hybrid);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // Last-Modified has whole seconds
    const { AgendaSession } = await import("../../models/agenda-session.server");
    await AgendaSession.updateOne({ _id: session }, { $set: { title: "Opening (moved)" }, $inc: { sequence: 1 } });
    const etag = first.headers.get("ETag")!;
    const second = await fetchFeed.convening(hybrid, { headers: { "If-None-Match": etag } });
    expect(second).toHaveStatus(200);
    expect(second.headers.get("ETag")).not.toBe(etag);
    const ims = await fetchFeed.convening(hybrid, {
      headers: { "If-Modified-Since": first.headers.get("Last-Modified")! },
    });
    expect(ims).toHaveStatus(200);
  });

  it("revalidates the personal feed privately with its own ETag", async () => {
    const { person } = await registeredPerson();
    const token = await rotateCalendarToken(person.id);
    const first = await fetchFeed.personal(token);
    const again = await fetchFeed.personal(token, { headers: { "If-None-Match": first.headers.get("ETag")! } });
    expect(again).toHaveStatus(304);
    expect(again.headers.get("Cache-Control")).toBe("private, max-age=300");
  });
});
