// Calendar feeds in Welsh (?lang=cy): the feed's own words in Welsh with LANGUAGE=cy on the text
// properties, Welsh versions of titles where written, read back with both of the tests' parsers;
// an unknown language is a plain-text 400; the English and Welsh copies of a feed are memoised
// apart, with their own ETags, and never answer a conditional request for each other.
import type { LoaderFunctionArgs } from "@remix-run/node";
import ICAL from "ical.js";
import nodeIcal, { type VEvent } from "node-ical";
import { afterEach, describe, expect, it } from "vitest";
import { clearFeedCache } from "../../app/calendar/feeds.server";
import { actionUid, conveningUid, sessionUid } from "../../app/domain/ical/calendar-uids";
import { loader as cityLoader } from "../../app/routes/calendar.cities.$slug[.ics]";
import { loader as conveningFeedLoader } from "../../app/routes/calendar.convenings.$conveningId[.ics]";
import { loader as personalLoader } from "../../app/routes/calendar.me.$token[.ics]";
import { loader as programmeLoader } from "../../app/routes/calendar.programme[.ics]";
import { loader as conveningEventLoader } from "../../app/routes/convenings.$conveningId.event[.ics]";
import { loader as sessionEventLoader } from "../../app/routes/convenings.$conveningId.sessions.$sessionId.event[.ics]";
import { AgendaSession } from "../../models/agenda-session.server";
import { rotateCalendarToken } from "../../models/person.server";
import { createAction, createConvening, createSession, register } from "../factories/calendar";
import { createAccount, createCity, requestAs } from "../factories/people";
import { withTestDatabase } from "../setup/database";
import { parseFeed, textOf } from "./calendar-helpers";

withTestDatabase();

afterEach(() => {
  ICAL.TimezoneService.reset();
});

type Loader = (args: LoaderFunctionArgs) => Promise<Response>;

async function get(loader: Loader, url: string, params: Record<string, string> = {}, headers?: Record<string, string>) {
  return loader({ request: await requestAs(null, url, { headers }), params, context: {} });
}

async function text(response: Response): Promise<string> {
  if (response.status !== 200) throw new Error(`expected 200, got ${response.status}: ${await response.text()}`);
  return response.text();
}

/** The LANGUAGE parameter of each text property of one event, as ical.js reads it. */
function languagesOf(vevent: ICAL.Component) {
  const language = (name: string) => vevent.getFirstProperty(name)?.getParameter("language") ?? null;
  return { summary: language("summary"), description: language("description"), location: language("location") };
}

async function cardiffMeeting() {
  const cardiff = await createCity("cardiff", { name: "Cardiff" });
  const conveningId = await createConvening({
    title: "Phase two launch",
    summary: "The Framework is launched.",
    hostCityId: cardiff,
    places: [{ name: "City Hall", address: "Cathays Park", timeZone: "Europe/London" }],
    themes: ["T1"],
  });
  const sessionId = await createSession(conveningId, {
    title: "Welcome",
    titleCy: "Croeso",
    description: "Opening words.",
    descriptionCy: "Geiriau agoriadol.",
    kind: "plenary",
    themes: ["T2"],
  });
  const englishOnly = await createSession(conveningId, { title: "Site visit to the library", kind: "site-visit" });
  return { cardiff, conveningId, sessionId, englishOnly };
}

describe("a feed asked for in Welsh", () => {
  it("writes the programme feed's words in Welsh with LANGUAGE=cy, Welsh titles where written, English ones marked en-GB", async () => {
    const { conveningId, sessionId, englishOnly } = await cardiffMeeting();
    const response = await get(programmeLoader, "/calendar/programme.ics?lang=cy");
    expect(response.headers.get("Content-Language")).toBe("cy");
    const feed = parseFeed(await text(response));

    expect(feed.vcalendar.getFirstPropertyValue("x-wr-calname")).toBe("Rhaglen Dinasoedd Cynhwysol");
    const welcome = feed.vevents.find((vevent) => vevent.getFirstPropertyValue("uid") === sessionUid(sessionId))!;
    expect(welcome.getFirstPropertyValue("summary")).toBe("Croeso");
    expect(textOf(welcome, "description")).toBe("Geiriau agoriadol.\n\nRhan o Phase two launch.");
    expect(welcome.getFirstProperty("categories")!.getValues()).toEqual(["Sesiwn lawn", "Twf economaidd cynhwysol"]);
    expect(languagesOf(welcome)).toEqual({ summary: "cy", description: "cy", location: "cy" });

    const visit = feed.vevents.find((vevent) => vevent.getFirstPropertyValue("uid") === sessionUid(englishOnly))!;
    expect(visit.getFirstPropertyValue("summary")).toBe("Site visit to the library");
    expect(languagesOf(visit)).toEqual({ summary: "en-GB", description: "cy", location: "cy" });
    expect(visit.getFirstProperty("categories")!.getValues()).toEqual(["Ymweliad safle", expect.any(String)]);

    const meeting = feed.vevents.find((vevent) => vevent.getFirstPropertyValue("uid") === conveningUid(conveningId))!;
    expect(textOf(meeting, "description")).toBe("The Framework is launched.\n\nY ddinas sy'n cynnal: Cardiff.");
    expect(meeting.getFirstProperty("categories")!.getValues()).toEqual([
      "Cyfarfod Gweithgor y Dinasoedd",
      "Stori leol gyffredin (naratif) am gynhwysiant",
    ]);
  });

  it("reads the same in node-ical: Welsh words, the LANGUAGE parameters and a cancelled session marked in Welsh", async () => {
    const { conveningId, sessionId } = await cardiffMeeting();
    await AgendaSession.updateOne({ _id: sessionId }, { $set: { isCancelled: true, cancelledAt: new Date() } });
    const body = await text(
      await get(conveningFeedLoader, `/calendar/convenings/${conveningId}.ics?lang=cy`, { conveningId }),
    );
    const welcome = nodeIcal.sync.parseICS(body)[sessionUid(sessionId)] as VEvent;
    expect(welcome.summary).toEqual({ params: { LANGUAGE: "cy" }, val: "Wedi'i ganslo: Croeso" });
    expect(welcome.description).toEqual({
      params: { LANGUAGE: "cy" },
      val: "Mae'r sesiwn hon wedi'i chanslo.\n\nGeiriau agoriadol.\n\nRhan o Phase two launch.",
    });
    expect(welcome.location).toEqual({ params: { LANGUAGE: "cy" }, val: "Council Chamber, Town Hall, Cathays Park" });
    expect(body).toContain("X-WR-CALDESC:Agenda Phase two launch (rhaglen Dinasoedd Cynhwysol).");
  });

  it("gives the English feed no LANGUAGE parameters and its English words, as before", async () => {
    const { sessionId } = await cardiffMeeting();
    const body = await text(await get(programmeLoader, "/calendar/programme.ics?lang=en"));
    const feed = parseFeed(body);
    expect(body).not.toContain("LANGUAGE=");
    expect(feed.vcalendar.getFirstPropertyValue("x-wr-calname")).toBe("Inclusive Cities programme");
    const welcome = feed.vevents.find((vevent) => vevent.getFirstPropertyValue("uid") === sessionUid(sessionId))!;
    expect([welcome.getFirstPropertyValue("summary"), textOf(welcome, "description")]).toEqual([
      "Welcome",
      "Opening words.\n\nPart of Phase two launch.",
    ]);
    expect(await text(await get(programmeLoader, "/calendar/programme.ics"))).toBe(body);
  });

  it("writes a person's own feed in Welsh: their follow-up actions and the feed's name", async () => {
    const { cardiff, conveningId } = await cardiffMeeting();
    const person = await createAccount({ role: "city-rep", cityId: cardiff, name: "Owain Jones" });
    await register(conveningId, person.id, cardiff);
    const action = await createAction({
      ownerCityId: cardiff,
      ownerPersonId: person.id,
      title: "Publish the welcome strategy",
      dueOn: "2019-06-30",
      status: "in-progress",
      conveningId,
    });
    const token = await rotateCalendarToken(person.id);
    const response = await get(personalLoader, `/calendar/me/${token}.ics?lang=cy`, { token });
    expect(response.headers.get("Cache-Control")).toBe("private, max-age=300");
    const feed = parseFeed(await text(response));
    expect(feed.vcalendar.getFirstPropertyValue("x-wr-calname")).toBe("Fy nghalendr Dinasoedd Cynhwysol");
    const due = feed.vevents.find((vevent) => vevent.getFirstPropertyValue("uid") === actionUid(action))!;
    expect(due.getFirstPropertyValue("summary")).toBe("Cam gweithredu i'w gwblhau: Publish the welcome strategy");
    expect(textOf(due, "description")).toBe("Cam gweithredu dilynol o Phase two launch.\n\nStatws: ar y gweill.");
    expect(languagesOf(due)).toEqual({ summary: "cy", description: "cy", location: null });
  });

  it("downloads one session in Welsh, named by its Welsh title", async () => {
    const { conveningId, sessionId } = await cardiffMeeting();
    const response = await get(
      sessionEventLoader,
      `/convenings/${conveningId}/sessions/${sessionId}/event.ics?lang=cy`,
      {
        conveningId,
        sessionId,
      },
    );
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="croeso.ics"');
    const feed = parseFeed(await text(response));
    expect(feed.vcalendar.getFirstPropertyValue("x-wr-calname")).toBe("Croeso");
    expect(feed.events.map((event) => event.summary)).toEqual(["Croeso"]);
  });
});

describe("the language of a feed", () => {
  it("answers 400 in plain text for a language the planner does not have, an empty one or two at once", async () => {
    const { cardiff, conveningId } = await cardiffMeeting();
    expect(cardiff).toMatch(/^[0-9a-f]{24}$/);
    const asked = [
      await get(programmeLoader, "/calendar/programme.ics?lang=fr"),
      await get(programmeLoader, "/calendar/programme.ics?lang="),
      await get(programmeLoader, "/calendar/programme.ics?lang=cy&lang=en"),
      await get(cityLoader, "/calendar/cities/cardiff.ics?lang=CY", { slug: "cardiff" }),
      await get(conveningEventLoader, `/convenings/${conveningId}/event.ics?lang=fr`, { conveningId }),
    ];
    expect(asked.map((response) => [response.status, response.headers.get("Content-Type")])).toEqual(
      asked.map(() => [400, "text/plain; charset=utf-8"]),
    );
    expect(await asked[0].text()).toBe(
      "Unknown language: use lang=en for English or lang=cy for Welsh.\n" +
        "Iaith anhysbys: defnyddiwch lang=cy ar gyfer Cymraeg neu lang=en ar gyfer Saesneg.\n",
    );
  });

  it("keeps the English and Welsh copies apart: their own bytes, ETags and 304s, in either order", async () => {
    const { conveningId } = await cardiffMeeting();
    clearFeedCache();
    const url = `/calendar/convenings/${conveningId}.ics`;
    const welshFirst = await get(conveningFeedLoader, `${url}?lang=cy`, { conveningId });
    const english = await get(conveningFeedLoader, url, { conveningId });
    const welshAgain = await get(conveningFeedLoader, `${url}?lang=cy`, { conveningId });
    const [welshBody, englishBody, welshAgainBody] = await Promise.all([
      text(welshFirst),
      text(english),
      text(welshAgain),
    ]);
    const welshTag = welshFirst.headers.get("ETag")!;
    const englishTag = english.headers.get("ETag")!;

    expect(welshBody).toContain("X-WR-CALDESC:Agenda Phase two launch (rhaglen Dinasoedd Cynhwysol).");
    expect(englishBody).toContain("X-WR-CALDESC:Agenda of Phase two launch (Inclusive Cities programme).");
    expect(welshAgainBody).toBe(welshBody);
    expect(welshTag).not.toBe(englishTag);
    expect(welshAgain.headers.get("ETag")).toBe(welshTag);

    const conditional = async (lang: string, etag: string) =>
      (await get(conveningFeedLoader, `${url}${lang}`, { conveningId }, { "If-None-Match": etag })).status;
    expect([
      await conditional("?lang=cy", welshTag),
      await conditional("", englishTag),
      await conditional("?lang=cy", englishTag),
      await conditional("", welshTag),
    ]).toEqual([304, 304, 200, 200]);
  });

  it("builds the Welsh programme and city feeds without touching the English ones' memo", async () => {
    await cardiffMeeting();
    clearFeedCache();
    const english = await get(programmeLoader, "/calendar/programme.ics");
    const englishBody = await text(english);
    await text(await get(programmeLoader, "/calendar/programme.ics?lang=cy"));
    const welshCity = await text(await get(cityLoader, "/calendar/cities/cardiff.ics?lang=cy", { slug: "cardiff" }));
    const englishAgain = await get(programmeLoader, "/calendar/programme.ics");

    expect(welshCity).toContain("X-WR-CALNAME:Dinasoedd Cynhwysol: Cardiff");
    expect(await text(englishAgain)).toBe(englishBody);
    expect(englishAgain.headers.get("ETag")).toBe(english.headers.get("ETag"));
    expect(englishAgain.headers.get("Last-Modified")).toBe(english.headers.get("Last-Modified"));
  });
});
