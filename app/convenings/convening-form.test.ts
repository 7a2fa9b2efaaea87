import { parseWithZod } from "@conform-to/zod/v3";
import { describe, expect, it } from "vitest";
import { diffFields, isCalendarChange } from "~/domain/agenda/changes";
import { english } from "~/i18n/catalogues/english";
import { welsh } from "~/i18n/catalogues/welsh";
import { createTranslator } from "~/i18n/translator";
import { addPlaceReply, conveningFormSchemaFor, conveningFormValues } from "./convening-form";
import { shownPlaceRows } from "./place-rows";
import type { FormFields as FormValues } from "~/forms/schema-form";

const cityIds = new Set(["c1", "c2"]);

/** The form posted as a browser posts it and read by its schema, as the action does. */
function parseConveningForm(
  values: FormValues,
  options: { cityIds: ReadonlySet<string> },
  t = createTranslator("en", english),
) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(values))
    for (const item of Array.isArray(value) ? value : [value]) formData.append(name, item);
  const submission = parseWithZod(formData, { schema: conveningFormSchemaFor(t, options) });
  if (submission.status === "success")
    return { ok: true as const, data: submission.value.convening, notes: submission.value.notes };
  return {
    ok: false as const,
    errors: Object.fromEntries(Object.entries(submission.error ?? {}).map(([name, messages]) => [name, messages?.[0]])),
  };
}

function fields(overrides: FormValues = {}): FormValues {
  return {
    kind: "learning-exchange",
    title: "US learning exchange",
    phase: "1",
    hostCityId: "",
    format: "in-person",
    "places.0.name": "Pittsburgh",
    "places.0.timeZone": "America/New_York",
    "places.1.name": "Montgomery County",
    "places.1.timeZone": "America/New_York",
    "places.2.name": "",
    "places.2.timeZone": "",
    startDate: "2018-05-21",
    startTime: "09:00",
    endDate: "2018-05-25",
    endTime: "17:00",
    aims: "Learn from US cities\n\nFeed learning into action plans\n",
    themes: ["T4", "T1"],
    ...overrides,
  };
}

describe("the convening form", () => {
  it("reads several places, skips blank rows, and takes dates at the first place", () => {
    const result = parseConveningForm(fields(), { cityIds });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.places.map((place) => place.name)).toEqual(["Pittsburgh", "Montgomery County"]);
    expect(result.data.timeZone).toBe("America/New_York");
    expect(result.data.startsAt.toISOString()).toBe("2018-05-21T13:00:00.000Z");
    expect(result.data.aims).toEqual(["Learn from US cities", "Feed learning into action plans"]);
    expect(result.data.themes).toEqual(["T1", "T4"]);
  });

  it("asks for a joining link for an online or hybrid convening, and an https one", () => {
    const missing = parseConveningForm(fields({ format: "online" }), { cityIds });
    expect(!missing.ok && missing.errors.onlineUrl).toBe(
      "Enter the online joining link for an online or hybrid convening",
    );
    const insecure = parseConveningForm(fields({ format: "hybrid", onlineUrl: "http://meet.example.org/x" }), {
      cityIds,
    });
    expect(!insecure.ok && insecure.errors.onlineUrl).toBe(
      "Enter the joining link as a full address starting with https://",
    );
  });

  it("refuses a host city not in the programme, a window that closes before it opens, and too many days", () => {
    const result = parseConveningForm(
      fields({
        hostCityId: "c9",
        registrationOpens: "2018-05-01",
        registrationCloses: "2018-04-01",
        endDate: "2018-07-01",
      }),
      { cityIds },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.hostCityId).toBe("Choose a host city from the list, or none");
    expect(result.errors.registrationCloses).toBe("Registration must close after it opens");
    expect(result.errors.endDate).toBe("A convening can last at most 31 days");
  });

  it("gives its messages in Welsh to a Welsh reader, a too-long title and a bad count among them", () => {
    const result = parseConveningForm(
      fields({
        title: "T".repeat(161),
        hostCityId: "c9",
        registrationOpens: "2018-05-01",
        registrationCloses: "2018-04-01",
        placesPerCity: "lots",
        "places.1.name": "",
        "places.1.country": "USA",
      }),
      { cityIds },
      createTranslator("cy", welsh),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      title: "Teitl: hyd at 160 nod, os gwelwch yn dda (mae 161 yma)",
      hostCityId: "Dewiswch ddinas letya o'r rhestr, neu ddim un",
      registrationCloses: "Rhaid i gofrestru gau ar ôl iddo agor",
      placesPerCity: "Lleoedd i bob dinas: rhowch rif cyfan rhwng 0 a 1000",
      "places.1.name": "Rhowch enw'r lleoliad",
    });
  });

  it("needs at least one place", () => {
    const result = parseConveningForm(
      fields({ "places.0.name": "", "places.0.timeZone": "", "places.1.name": "", "places.1.timeZone": "" }),
      { cityIds },
    );
    expect(!result.ok && result.errors["places.0.name"]).toMatch(/Enter at least one place/);
  });

  it("turns a saved convening back into the same form values", () => {
    const result = parseConveningForm(fields({ placesPerCity: "2", [`cityPlaces.c2`]: "3" }), { cityIds });
    if (!result.ok) throw new Error("expected valid input");
    const values = conveningFormValues({ ...result.data, revision: 4 });
    expect(values).toMatchObject({
      startDate: "2018-05-21",
      startTime: "09:00",
      endDate: "2018-05-25",
      endTime: "17:00",
      placesPerCity: "2",
      "cityPlaces.c2": "3",
      revision: "4",
    });
    const again = parseConveningForm(values, { cityIds });
    expect(again.ok && again.data).toEqual(result.data);
  });
});

describe("the convening form's places and days", () => {
  const route = {
    "places.0.name": "Pittsburgh",
    "places.0.region": "PA",
    "places.0.timeZone": "America/New_York",
    "places.0.firstDay": "2018-05-21",
    "places.0.lastDay": "2018-05-22",
    "places.1.name": "Montgomery County",
    "places.1.region": "MD",
    "places.1.timeZone": "america/new_york",
    "places.1.firstDay": "2018-05-23",
    "places.1.lastDay": "2018-05-24",
    "places.2.name": "Washington DC",
    "places.2.timeZone": "America/New_York",
    "places.2.firstDay": "2018-05-25",
    "places.2.lastDay": "",
    "places.3.name": "",
    "places.3.timeZone": "",
  };

  it("reads three places in order with their days, the zone as the list spells it", () => {
    const result = parseConveningForm(fields(route), { cityIds });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.data.places).toEqual([
      {
        name: "Pittsburgh",
        address: "",
        region: "PA",
        country: "",
        timeZone: "America/New_York",
        firstDay: "2018-05-21",
        lastDay: "2018-05-22",
      },
      {
        name: "Montgomery County",
        address: "",
        region: "MD",
        country: "",
        timeZone: "America/New_York",
        firstDay: "2018-05-23",
        lastDay: "2018-05-24",
      },
      {
        name: "Washington DC",
        address: "",
        region: "",
        country: "",
        timeZone: "America/New_York",
        firstDay: "2018-05-25",
        lastDay: "2018-05-25",
      },
    ]);
  });

  it("takes more places than the old form's two, numbered beyond the rows first shown", () => {
    const result = parseConveningForm(
      fields({ ...route, "places.7.name": "Baltimore", "places.7.timeZone": "America/New_York" }),
      { cityIds },
    );
    expect(result.ok && result.data.places.map((place) => place.name)).toEqual([
      "Pittsburgh",
      "Montgomery County",
      "Washington DC",
      "Baltimore",
    ]);
  });

  it("refuses a zone that is not on the list, at the field", () => {
    const result = parseConveningForm(fields({ ...route, "places.1.timeZone": "EST" }), { cityIds });
    expect(!result.ok && result.errors).toEqual({
      "places.1.timeZone": "Choose the time zone from the list, for example Europe/London or America/New_York",
    });
  });

  it("refuses days outside the convening's dates, overlapping days and a last day before the first, each at its field", () => {
    const result = parseConveningForm(
      fields({
        ...route,
        "places.0.firstDay": "2018-05-20",
        "places.1.firstDay": "2018-05-22",
        "places.2.firstDay": "2018-05-25",
        "places.2.lastDay": "2018-05-24",
      }),
      { cityIds },
    );
    expect(!result.ok && result.errors).toEqual({
      "places.0.firstDay": "The first day must be within the convening's dates (21 May 2018 to 25 May 2018)",
      "places.1.firstDay": "22 May 2018 is already a day at Pittsburgh (until 22 May 2018): start the day after",
      "places.2.lastDay": "The last day at Washington DC must be on or after its first day (25 May 2018)",
    });
  });

  it("refuses a day that is not a date", () => {
    const result = parseConveningForm(fields({ ...route, "places.0.lastDay": "22/05/2018" }), { cityIds });
    expect(!result.ok && result.errors).toEqual({
      "places.0.lastDay": "Enter the last day at this place as a date",
    });
  });

  it("keeps a place without days as one (an older convening, a one-place meeting)", () => {
    const result = parseConveningForm(fields(), { cityIds });
    expect(result.ok && result.data.places.map(({ firstDay, lastDay }) => [firstDay, lastDay])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it("turns saved places and days back into the same form values", () => {
    const result = parseConveningForm(fields(route), { cityIds });
    if (!result.ok) throw new Error("expected valid input");
    const values = conveningFormValues({ ...result.data, revision: 1 });
    expect(values).toMatchObject({ "places.1.timeZone": "America/New_York", "places.2.lastDay": "2018-05-25" });
    const again = parseConveningForm(values, { cityIds });
    expect(again.ok && again.data).toEqual(result.data);
  });

  it("answers “Add another place” with the form as typed and no messages", () => {
    const formData = new FormData();
    formData.append("title", "");
    formData.append("places.0.name", "Pittsburgh");
    formData.append("placeRowCount", "2");
    formData.append("addPlace", "1");
    const reply = addPlaceReply(formData);
    expect(reply?.error).toBe(undefined);
    expect(reply?.initialValue).toEqual({
      places: { 0: { name: "Pittsburgh" } },
      placeRowCount: "2",
      addPlace: "1",
    });
    formData.delete("addPlace");
    expect(addPlaceReply(formData)).toBe(null);
  });

  it("shows the rows in use, one blank row, and one more for each “Add another place”", () => {
    expect(shownPlaceRows({ lastUsedIndex: -1, keptCount: 0, isAdding: false })).toBe(2);
    expect(shownPlaceRows({ lastUsedIndex: 2, keptCount: 4, isAdding: false })).toBe(4);
    expect(shownPlaceRows({ lastUsedIndex: 2, keptCount: 4, isAdding: true })).toBe(5);
    expect(shownPlaceRows({ lastUsedIndex: 11, keptCount: 12, isAdding: true })).toBe(12);
  });
});

describe("what counts as a change for calendars", () => {
  it("lists moved times as ISO instants and treats a new time as a calendar change, a new format not", () => {
    const before = { title: "A", startsAt: new Date("2030-01-01T09:00:00Z"), format: "in-person" };
    const moved = diffFields(before, { ...before, startsAt: new Date("2030-01-01T10:00:00Z") }, [
      "title",
      "startsAt",
      "format",
    ]);
    expect(moved).toEqual([{ field: "startsAt", from: "2030-01-01T09:00:00.000Z", to: "2030-01-01T10:00:00.000Z" }]);
    expect(isCalendarChange(moved)).toBe(true);
    expect(isCalendarChange(diffFields(before, { ...before, format: "online" }, ["title", "startsAt", "format"]))).toBe(
      false,
    );
  });
});
