import { parseWithZod } from "@conform-to/zod/v3";
import { describe, expect, it } from "vitest";
import { diffFields, isCalendarChange } from "~/domain/agenda/changes";
import { conveningFormSchema, conveningFormValues } from "./convening-form";
import type { FormFields as FormValues } from "~/forms/schema-form";

const cityIds = new Set(["c1", "c2"]);

/** The form posted as a browser posts it and read by its schema, as the action does. */
function parseConveningForm(values: FormValues, options: { cityIds: ReadonlySet<string> }) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(values))
    for (const item of Array.isArray(value) ? value : [value]) formData.append(name, item);
  const submission = parseWithZod(formData, { schema: conveningFormSchema(options) });
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
