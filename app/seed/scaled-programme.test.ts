import { describe, expect, it } from "vitest";
import { PLACE_HOLDING_STATUSES } from "~/domain/vocabulary/registrations";
import { DEMO_SIZE, programmeSize, scaledProgramme } from "./scaled-programme";

const TODAY = "2026-12-02";

describe("the scaled programme", () => {
  it("is nothing at scale 1: the demo as it is", () => {
    expect(scaledProgramme(1, TODAY)).toEqual({
      people: [],
      convenings: [],
      sessions: [],
      actions: [],
      registrations: [],
    });
    expect(programmeSize(1, TODAY)).toEqual(DEMO_SIZE);
  });

  it("holds about 200 convenings, 8,000 sessions, 5,000 actions and 10,000 registrations at 10×", () => {
    // The demo itself holds the demo exchange's 12 delegates, its 11 sessions and 12 registrations,
    // its learning loop 14 feedback respondents, 2 round-table sessions and 1 action, and the
    // manager's queue 2 meetings, 2 people and 8 registrations.
    expect(programmeSize(10, TODAY)).toEqual({
      people: 1337,
      convenings: 209,
      sessions: 7939,
      actions: 5002,
      registrations: 10023,
    });
  });

  it("is the same on every run, and a larger scale keeps the copies of a smaller one", () => {
    const three = scaledProgramme(3, TODAY);
    expect(scaledProgramme(3, TODAY)).toEqual(three);
    const ten = scaledProgramme(10, TODAY);
    expect(ten.convenings.slice(0, three.convenings.length)).toEqual(three.convenings);
    expect(ten.registrations.slice(0, three.registrations.length)).toEqual(three.registrations);
  });

  it("names everything once: seed keys and emails are unique", () => {
    const { people, convenings, sessions, actions } = scaledProgramme(4, TODAY);
    for (const keys of [
      people.map((person) => person.email),
      convenings.map((convening) => convening.seedKey),
      sessions.map((session) => session.seedKey),
      actions.map((action) => action.seedKey),
    ])
      expect(new Set(keys).size).toBe(keys.length);
  });

  it("mixes kinds and statuses as the demo does, mostly published", () => {
    const { convenings } = scaledProgramme(2, TODAY);
    const count = (key: "kind" | "status") =>
      Object.fromEntries(
        [...new Set(convenings.map((convening) => convening[key]))].map((value) => [
          value,
          convenings.filter((convening) => convening[key] === value).length,
        ]),
      );
    expect(count("status")).toEqual({ completed: 6, published: 12, cancelled: 2, draft: 2 });
    expect(count("kind")).toEqual({
      "working-group-meeting": 10,
      "learning-exchange": 3,
      workshop: 5,
      "online-meeting": 4,
    });
    const now = new Date(`${TODAY}T12:00:00Z`);
    for (const convening of convenings) {
      if (convening.status === "completed") expect(convening.endsAt < now).toBe(true);
      else expect(convening.startsAt > now).toBe(true);
    }
  });

  it("gives every convening 40 sessions within its days", () => {
    const { convenings, sessions } = scaledProgramme(2, TODAY);
    for (const convening of convenings) {
      const own = sessions.filter((session) => session.conveningSeedKey === convening.seedKey);
      expect(own).toHaveLength(40);
      for (const session of own) {
        expect(session.startsAt >= convening.startsAt && session.endsAt <= convening.endsAt).toBe(true);
        expect(session.timeZone).toBe(convening.timeZone);
      }
    }
  });

  it("registers nobody for a draft, once per person, and never more than the places", () => {
    const { convenings, registrations } = scaledProgramme(3, TODAY);
    for (const convening of convenings) {
      const own = registrations.filter((registration) => registration.conveningSeedKey === convening.seedKey);
      if (convening.status === "draft") expect(own).toEqual([]);
      expect(new Set(own.map((registration) => registration.personEmail)).size).toBe(own.length);
      const holding = own.filter((registration) =>
        (PLACE_HOLDING_STATUSES as readonly string[]).includes(registration.status),
      );
      expect(own.filter((registration) => registration.seats !== null)).toEqual(holding);
      if (convening.capacity !== null) {
        expect(holding.length).toBeLessThanOrEqual(convening.capacity);
        expect(holding.map((registration) => Number(registration.seats!.total)).sort((a, b) => a - b)).toEqual(
          holding.map((_, index) => index),
        );
      }
      for (const citySlug of new Set(own.map((registration) => registration.citySlug))) {
        const cityHolding = holding.filter((registration) => registration.citySlug === citySlug);
        if (convening.placesPerCity === null) expect(cityHolding.every((r) => r.seats!.city === null)).toBe(true);
        else {
          expect(cityHolding.length).toBeLessThanOrEqual(convening.placesPerCity);
          expect(new Set(cityHolding.map((registration) => registration.seats!.city)).size).toBe(cityHolding.length);
        }
      }
    }
  });

  it("waitlists someone only when their city or the convening is full, as the register action would", () => {
    const { convenings, registrations } = scaledProgramme(2, TODAY);
    for (const convening of convenings) {
      const queue = registrations
        .filter((registration) => registration.conveningSeedKey === convening.seedKey)
        .sort((a, b) => a.queueKey.localeCompare(b.queueKey));
      const held = new Map<string, number>();
      let total = 0;
      for (const registration of queue) {
        if (registration.status === "cancelled") continue;
        const cityFull =
          convening.placesPerCity !== null && (held.get(registration.citySlug) ?? 0) >= convening.placesPerCity;
        const totalFull = convening.capacity !== null && total >= convening.capacity;
        expect(registration.status === "waitlisted").toBe(cityFull || totalFull);
        if (registration.seats) {
          held.set(registration.citySlug, (held.get(registration.citySlug) ?? 0) + 1);
          total += 1;
        }
      }
    }
  });

  it("dates each action's timeline from when it was raised, ending in its status", () => {
    const { actions } = scaledProgramme(2, TODAY);
    const noon = new Date(`${TODAY}T12:00:00Z`);
    for (const action of actions) {
      expect(action.progress[0]).toMatchObject({ statusFrom: null, statusTo: "open" });
      const times = action.progress.map((update) => update.at.getTime());
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(times.at(-1)!).toBeLessThanOrEqual(noon.getTime());
      const lastMove = action.progress.filter((update) => update.statusTo !== null).at(-1)!;
      expect(lastMove.statusTo).toBe(action.status);
    }
  });
});
