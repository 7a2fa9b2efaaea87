import { describe, expect, it } from "vitest";
import type { Viewer } from "~/accounts/policy";
import { canEditCity, canEditCityDetails, canSeeCityTaskforce, canSeeContactEmail } from "./policy";

const manager: Viewer = { id: "m", role: "manager", cityId: null };
const bristolRep: Viewer = { id: "b", role: "city-rep", cityId: "bristol" };
const participant: Viewer = { id: "p", role: "participant", cityId: "bristol" };

describe("the cities policy", () => {
  it("lets a Bristol rep keep Bristol's contacts and taskforce but not Cardiff's; managers every city's", () => {
    expect([
      canEditCity(bristolRep, "bristol"),
      canEditCity(bristolRep, "cardiff"),
      canEditCity(manager, "cardiff"),
      canEditCity(participant, "bristol"),
      canEditCity(null, "bristol"),
    ]).toEqual([true, false, true, false, false]);
  });

  it("keeps a city's details to managers and the taskforce to signed-in people", () => {
    expect([canEditCityDetails(manager), canEditCityDetails(bristolRep)]).toEqual([true, false]);
    expect([canSeeCityTaskforce(participant), canSeeCityTaskforce(null)]).toEqual([true, false]);
  });

  it("shows a contact's email address to managers and to the contact, not to other signed-in people", () => {
    expect([
      canSeeContactEmail(manager, "p"),
      canSeeContactEmail(participant, "p"),
      canSeeContactEmail(bristolRep, "p"),
      canSeeContactEmail(null, "p"),
    ]).toEqual([true, true, false, false]);
  });
});
