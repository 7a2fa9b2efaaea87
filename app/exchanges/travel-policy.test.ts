import { describe, expect, it } from "vitest";
import {
  canAssignRoom,
  canBookForEveryone,
  canEditTravel,
  canManageHotels,
  canSeeBookingReference,
  canSeeItinerary,
  canSeeTraveller,
} from "./travel-policy";

const manager = { id: "m", role: "manager" as const, cityId: null };
const bristolRep = { id: "r", role: "city-rep" as const, cityId: "bristol" };
const delegate = { id: "ada", role: "participant" as const, cityId: "bristol" };
const ada = { personId: "ada", cityId: "bristol" };
const cy = { personId: "cy", cityId: "bristol" };
const bo = { personId: "bo", cityId: "cardiff" };

describe("the travel policy", () => {
  it("opens the itinerary to managers and city representatives only", () => {
    expect([manager, bristolRep, delegate, null].map((viewer) => canSeeItinerary(viewer))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([canSeeTraveller(bristolRep, ada), canSeeTraveller(bristolRep, bo), canSeeTraveller(manager, bo)]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it("lets a representative change a booking only when everyone on it is of their city", () => {
    expect([
      canEditTravel(bristolRep, [ada, cy]),
      canEditTravel(bristolRep, [ada, bo]),
      canEditTravel(bristolRep, []),
      canEditTravel(manager, [bo]),
    ]).toEqual([true, false, false, true]);
    expect([canBookForEveryone(manager), canBookForEveryone(bristolRep)]).toEqual([true, false]);
  });

  it("shows a booking reference to whoever answers for every traveller on it", () => {
    expect([
      canSeeBookingReference(manager, [ada, bo]),
      canSeeBookingReference(bristolRep, [ada, cy]),
      canSeeBookingReference(bristolRep, [ada, bo]),
      canSeeBookingReference(delegate, [ada]),
      canSeeBookingReference(delegate, [ada, cy]),
    ]).toEqual([true, true, false, true, false]);
  });

  it("keeps hotels to the programme team, and lets a representative fill rooms only within their city", () => {
    expect([canManageHotels(manager), canManageHotels(bristolRep)]).toEqual([true, false]);
    expect([
      canAssignRoom(bristolRep, ada, [cy]),
      canAssignRoom(bristolRep, ada, [bo]),
      canAssignRoom(bristolRep, bo, []),
      canAssignRoom(manager, bo, [ada]),
    ]).toEqual([true, false, false, true]);
  });
});
