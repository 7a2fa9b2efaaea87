// Demo-only data: an upcoming learning exchange modelled on the 2018 US visit. Five days (Monday to
// Friday in late May of a year to come): Pittsburgh PA, Montgomery County MD, Washington DC, all
// America/New_York; twelve delegates, two for each founder city and London; their flights, the coach
// and the train; two hotels; travel documents with some parts missing; a few costs. Days are
// counted from the exchange's Monday, times are wall-clock at the place, so the data stays upcoming.
import type { SessionKind } from "~/domain/vocabulary/sessions";
import type { TravelMode } from "~/domain/vocabulary/travel";
import type { CostCategory } from "~/domain/vocabulary/delegate-costs";
import type { CurrencyCode } from "~/domain/vocabulary/currencies";
import type { EntryPermissionKind, EntryPermissionStatus } from "~/domain/vocabulary/travel-documents";

export const DEMO_EXCHANGE_SEED_KEY = "demo-exchange-us-upcoming";
const NY = "America/New_York";
export const DEMO_EXCHANGE_ZONE = NY;

/** The exchange's places in route order: the days there as offsets from its Monday. */
export const DEMO_EXCHANGE_PLACES = [
  {
    name: "Pittsburgh",
    address: "City-County Building, 414 Grant Street",
    region: "PA",
    country: "United States",
    timeZone: NY,
    days: [0, 1],
  },
  {
    name: "Montgomery County",
    address: "Executive Office Building, 101 Monroe Street, Rockville",
    region: "MD",
    country: "United States",
    timeZone: NY,
    days: [2, 3],
  },
  {
    name: "Washington DC",
    address: "John A. Wilson Building, 1350 Pennsylvania Avenue NW",
    region: "",
    country: "United States",
    timeZone: NY,
    days: [4, 4],
  },
] as const;

export const DEMO_EXCHANGE = {
  seedKey: DEMO_EXCHANGE_SEED_KEY,
  kind: "learning-exchange",
  title: "US learning exchange: Pittsburgh, Montgomery County and Washington DC",
  summary:
    "Five days with Welcoming America: Pittsburgh's welcoming strategy, Montgomery County's approach to newcomers and public services, and meetings with policy makers in Washington DC. Twelve representatives of six cities, two per city.",
  phase: 2,
  format: "in-person",
  aims: [
    "Learn from US welcoming cities' strategies matched to each city's action plan",
    "Meet the people who run them, from mayors' offices to community organisations",
    "Bring back one change for each city's action plan",
  ],
  themes: ["T1", "T2", "T4"],
  status: "published",
  placesPerCity: 2,
  capacity: 12,
} as const;

/** A delegate: two per founder city and London; `key` names them in the data below. */
export type DemoDelegate = { key: string; citySlug: string; name: string; jobTitle: string };

export const DEMO_EXCHANGE_DELEGATES: DemoDelegate[] = [
  { key: "bristol-1", citySlug: "bristol", name: "Asha Okafor", jobTitle: "Deputy Mayor" },
  { key: "bristol-2", citySlug: "bristol", name: "Tom Hendry", jobTitle: "Inclusion lead, Mayor's Office" },
  { key: "cardiff-1", citySlug: "cardiff", name: "Sian Howells", jobTitle: "Director of Communities" },
  { key: "cardiff-2", citySlug: "cardiff", name: "Yusuf Rahman", jobTitle: "Community cohesion officer" },
  { key: "glasgow-1", citySlug: "glasgow", name: "Morag Campbell", jobTitle: "Leader's adviser" },
  { key: "glasgow-2", citySlug: "glasgow", name: "Daniel Kowalski", jobTitle: "Economic regeneration officer" },
  { key: "liverpool-1", citySlug: "liverpool", name: "Grace Mensah", jobTitle: "Executive Member for Fairness" },
  { key: "liverpool-2", citySlug: "liverpool", name: "Liam Doherty", jobTitle: "Community safety manager" },
  { key: "peterborough-1", citySlug: "peterborough", name: "Priya Shah", jobTitle: "Cabinet Member for Communities" },
  { key: "peterborough-2", citySlug: "peterborough", name: "Ewan Clarke", jobTitle: "Housing and communities officer" },
  { key: "london-1", citySlug: "london", name: "Nadia Haddad", jobTitle: "Deputy Mayor's adviser" },
  { key: "london-2", citySlug: "london", name: "Oliver Bennett", jobTitle: "Social inclusion lead" },
];

/** The demo delegate's address: made up, on the reserved example.org domain. */
export function demoDelegateEmail(delegate: DemoDelegate): string {
  return `${delegate.name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.org`;
}

type Clock = [number, number];
export type DemoExchangeSession = {
  seedKey: string;
  title: string;
  description: string;
  kind: SessionKind;
  day: number;
  start: Clock;
  end: Clock;
  /** The place of DEMO_EXCHANGE_PLACES, by index. */
  place: number;
  room: string;
  themes: string[];
};

const session = (
  seedKey: string,
  day: number,
  start: Clock,
  end: Clock,
  kind: SessionKind,
  title: string,
  place: number,
  room = "",
  themes: string[] = [],
  description = "",
): DemoExchangeSession => ({ seedKey, title, description, kind, day, start, end, place, room, themes });

// The five days; travel legs are agenda items too, and the coach and the train link to them.
export const DEMO_EXCHANGE_SESSIONS: DemoExchangeSession[] = [
  session("demo-x-s01", 0, [18, 30], [20, 30], "meal", "Welcome dinner with Welcoming Pittsburgh", 0, "", ["T1"]),
  session(
    "demo-x-s02",
    1,
    [9, 0],
    [10, 30],
    "plenary",
    "Welcoming Pittsburgh: the plan and its results",
    0,
    "Council Chambers",
    ["T1"],
  ),
  session("demo-x-s03", 1, [11, 0], [12, 30], "site-visit", "Site visit: the Latino Family Center", 0, "", ["T3"]),
  session(
    "demo-x-s04",
    1,
    [14, 0],
    [16, 0],
    "workshop",
    "Inclusive economic growth with local employers",
    0,
    "Council Chambers",
    ["T2"],
  ),
  session(
    "demo-x-s05",
    2,
    [7, 30],
    [12, 30],
    "travel",
    "Coach to Montgomery County",
    1,
    "",
    [],
    "Coach from the Pittsburgh hotel to Rockville, MD.",
  ),
  session(
    "demo-x-s06",
    2,
    [14, 0],
    [16, 30],
    "roundtable",
    "Montgomery County's Office of Community Partnerships",
    1,
    "Executive Office Building",
    ["T4"],
  ),
  session("demo-x-s07", 3, [9, 30], [12, 0], "site-visit", "Site visit: a welcome centre and ESOL classes", 1, "", [
    "T3",
    "T4",
  ]),
  session(
    "demo-x-s08",
    3,
    [13, 30],
    [16, 0],
    "workshop",
    "Data and evidence: measuring inclusion",
    1,
    "Executive Office Building",
    ["T4"],
  ),
  session(
    "demo-x-s09",
    4,
    [8, 0],
    [8, 40],
    "travel",
    "Train to Washington DC",
    2,
    "",
    [],
    "Rockville to Washington Union Station.",
  ),
  session("demo-x-s10", 4, [10, 0], [12, 0], "roundtable", "Policy makers' roundtable on integration", 2, "Room 412", [
    "T1",
    "T5",
  ]),
  session("demo-x-s11", 4, [13, 0], [14, 30], "plenary", "What each city takes home: closing session", 2, "Room 412", [
    "T1",
  ]),
];

export type DemoSegment = {
  /** Names the segment so a second run finds it (with the exchange, its carrier and number). */
  key: string;
  mode: TravelMode;
  carrier: string;
  number: string;
  from: { place: string; timeZone: string; day: number; time: Clock };
  to: { place: string; timeZone: string; day: number; time: Clock };
  /** Delegate keys; empty with isForEveryone. */
  delegates: string[];
  isForEveryone: boolean;
  bookingReference: string;
  /** The travel leg on the agenda, by seed key. */
  sessionSeedKey: string | null;
};

const LONDON = "Europe/London";
const DUBLIN = "Europe/Dublin";
const HEATHROW_GROUP = [
  "bristol-1",
  "bristol-2",
  "cardiff-1",
  "cardiff-2",
  "peterborough-1",
  "peterborough-2",
  "london-1",
  "london-2",
];
const at = (place: string, timeZone: string, day: number, time: Clock) => ({ place, timeZone, day, time });

// Out on the Monday (day 0), home on the Friday night. Liverpool's delegates change planes at
// Philadelphia with 45 minutes, and Ewan Clarke (Peterborough) stays on with no way back yet:
// both show as warnings on the itinerary.
export const DEMO_EXCHANGE_SEGMENTS: DemoSegment[] = [
  {
    key: "out-heathrow",
    mode: "flight",
    carrier: "British Airways",
    number: "BA 1122",
    from: at("London Heathrow", LONDON, 0, [11, 0]),
    to: at("Pittsburgh International", NY, 0, [14, 30]),
    delegates: HEATHROW_GROUP,
    isForEveryone: false,
    bookingReference: "XK7Q2P",
    sessionSeedKey: null,
  },
  {
    key: "out-manchester-1",
    mode: "flight",
    carrier: "American Airlines",
    number: "AA 735",
    from: at("Manchester", LONDON, 0, [10, 15]),
    to: at("Philadelphia International", NY, 0, [13, 5]),
    delegates: ["liverpool-1", "liverpool-2"],
    isForEveryone: false,
    bookingReference: "MQ4T8L",
    sessionSeedKey: null,
  },
  {
    key: "out-manchester-2",
    mode: "flight",
    carrier: "American Airlines",
    number: "AA 4471",
    from: at("Philadelphia International", NY, 0, [13, 50]),
    to: at("Pittsburgh International", NY, 0, [15, 5]),
    delegates: ["liverpool-1", "liverpool-2"],
    isForEveryone: false,
    bookingReference: "MQ4T8L",
    sessionSeedKey: null,
  },
  {
    key: "out-glasgow-1",
    mode: "flight",
    carrier: "United Airlines",
    number: "UA 162",
    from: at("Glasgow", LONDON, 0, [9, 40]),
    to: at("Newark Liberty", NY, 0, [12, 25]),
    delegates: ["glasgow-1", "glasgow-2"],
    isForEveryone: false,
    bookingReference: "GL9W3D",
    sessionSeedKey: null,
  },
  {
    key: "out-glasgow-2",
    mode: "flight",
    carrier: "United Airlines",
    number: "UA 4120",
    from: at("Newark Liberty", NY, 0, [14, 45]),
    to: at("Pittsburgh International", NY, 0, [16, 20]),
    delegates: ["glasgow-1", "glasgow-2"],
    isForEveryone: false,
    bookingReference: "GL9W3D",
    sessionSeedKey: null,
  },
  {
    key: "coach",
    mode: "coach",
    carrier: "Keystone Coach Lines",
    number: "Charter 2",
    from: at("Pittsburgh, Omni William Penn Hotel", NY, 2, [7, 30]),
    to: at("Rockville, MD", NY, 2, [12, 30]),
    delegates: [],
    isForEveryone: true,
    bookingReference: "KCL-5521",
    sessionSeedKey: "demo-x-s05",
  },
  {
    key: "train",
    mode: "train",
    carrier: "MARC",
    number: "Brunswick Line 872",
    from: at("Rockville", NY, 4, [8, 0]),
    to: at("Washington Union Station", NY, 4, [8, 40]),
    delegates: [],
    isForEveryone: true,
    bookingReference: "AMT-88213",
    sessionSeedKey: "demo-x-s09",
  },
  {
    key: "home-heathrow",
    mode: "flight",
    carrier: "British Airways",
    number: "BA 292",
    from: at("Washington Dulles", NY, 4, [18, 40]),
    to: at("London Heathrow", LONDON, 5, [7, 10]),
    delegates: HEATHROW_GROUP.filter((key) => key !== "peterborough-2"),
    isForEveryone: false,
    bookingReference: "XK7Q2P",
    sessionSeedKey: null,
  },
  {
    key: "home-manchester",
    mode: "flight",
    carrier: "American Airlines",
    number: "AA 734",
    from: at("Philadelphia International", NY, 4, [20, 5]),
    to: at("Manchester", LONDON, 5, [8, 15]),
    delegates: ["liverpool-1", "liverpool-2"],
    isForEveryone: false,
    bookingReference: "MQ4T8L",
    sessionSeedKey: null,
  },
  {
    key: "home-glasgow-1",
    mode: "flight",
    carrier: "Aer Lingus",
    number: "EI 118",
    from: at("Washington Dulles", NY, 4, [18, 10]),
    to: at("Dublin", DUBLIN, 5, [6, 10]),
    delegates: ["glasgow-1", "glasgow-2"],
    isForEveryone: false,
    bookingReference: "EI2H6K",
    sessionSeedKey: null,
  },
  {
    key: "home-glasgow-2",
    mode: "flight",
    carrier: "Aer Lingus",
    number: "EI 3254",
    from: at("Dublin", DUBLIN, 5, [8, 30]),
    to: at("Glasgow", LONDON, 5, [9, 40]),
    delegates: ["glasgow-1", "glasgow-2"],
    isForEveryone: false,
    bookingReference: "EI2H6K",
    sessionSeedKey: null,
  },
];

export type DemoHotel = {
  name: string;
  address: string;
  checkInDay: number;
  checkOutDay: number;
  /** Rooms with who sleeps there (delegate keys); two in a room share by both consenting. */
  rooms: Array<{ label: string; capacity: number; delegates: string[] }>;
};

const twin = (label: string, a: string, b: string) => ({ label, capacity: 2, delegates: [a, b] });
const single = (label: string, delegate: string) => ({ label, capacity: 1, delegates: [delegate] });

export const DEMO_EXCHANGE_HOTELS: DemoHotel[] = [
  {
    name: "Omni William Penn Hotel, Pittsburgh",
    address: "530 William Penn Place, Pittsburgh, PA 15219",
    checkInDay: 0,
    checkOutDay: 2,
    rooms: [
      single("1201", "bristol-1"),
      single("1202", "bristol-2"),
      twin("1203", "cardiff-1", "cardiff-2"),
      twin("1204", "glasgow-1", "glasgow-2"),
      twin("1205", "liverpool-1", "liverpool-2"),
      single("1206", "peterborough-1"),
      single("1207", "peterborough-2"),
      twin("1208", "london-1", "london-2"),
    ],
  },
  {
    name: "Rockville Conference Hotel, Montgomery County",
    address: "1750 Rockville Pike, Rockville, MD 20852",
    checkInDay: 2,
    checkOutDay: 4,
    rooms: [
      single("301", "bristol-1"),
      single("302", "bristol-2"),
      twin("303", "cardiff-1", "cardiff-2"),
      twin("304", "glasgow-1", "glasgow-2"),
      twin("305", "liverpool-1", "liverpool-2"),
      single("306", "peterborough-1"),
      single("307", "peterborough-2"),
      twin("308", "london-1", "london-2"),
    ],
  },
];

/**
 * Travel documents by delegate key, expiries counted from the exchange's year. Most are complete; Yusuf Rahman's ESTA is still pending, Liam
 * Doherty's passport runs out before he comes home, Ewan Clarke has no insurance yet, and Oliver
 * Bennett has entered nothing.
 */
export type DemoTravelDocument = {
  passportName: string;
  nationality: string;
  /** Years after the exchange's year, or -1 for a passport that runs out on the exchange's Wednesday. */
  passportYears: number;
  entryKind: EntryPermissionKind;
  entryStatus: EntryPermissionStatus;
  hasInsurance: boolean;
  emergencyName: string;
  emergencyRelation: string;
  emergencyPhone: string;
};

const complete = (passportName: string, emergencyName: string, emergencyRelation: string, emergencyPhone: string) => ({
  passportName,
  nationality: "GB",
  passportYears: 5,
  entryKind: "esta" as const,
  entryStatus: "approved" as const,
  hasInsurance: true,
  emergencyName,
  emergencyRelation,
  emergencyPhone,
});

export const DEMO_TRAVEL_DOCUMENTS: Record<string, DemoTravelDocument> = {
  "bristol-1": complete("ASHA NGOZI OKAFOR", "Chidi Okafor", "Husband", "+44 117 496 0001"),
  "bristol-2": complete("THOMAS JAMES HENDRY", "Ruth Hendry", "Mother", "+44 117 496 0002"),
  "cardiff-1": complete("SIAN ELERI HOWELLS", "Gareth Howells", "Husband", "+44 29 2018 0003"),
  "cardiff-2": { ...complete("YUSUF RAHMAN", "Amina Rahman", "Sister", "+44 29 2018 0004"), entryStatus: "applied" },
  "glasgow-1": complete("MORAG ISLA CAMPBELL", "Iain Campbell", "Brother", "+44 141 496 0005"),
  "glasgow-2": { ...complete("DANIEL KOWALSKI", "Anna Kowalska", "Wife", "+44 141 496 0006"), nationality: "PL" },
  "liverpool-1": complete("GRACE ABENA MENSAH", "Kofi Mensah", "Father", "+44 151 496 0007"),
  "liverpool-2": {
    ...complete("LIAM PATRICK DOHERTY", "Siobhan Doherty", "Wife", "+44 151 496 0008"),
    passportYears: -1,
  },
  "peterborough-1": complete("PRIYA SHAH", "Raj Shah", "Husband", "+44 1733 496 009"),
  "peterborough-2": {
    ...complete("EWAN ROBERT CLARKE", "Helen Clarke", "Wife", "+44 1733 496 010"),
    hasInsurance: false,
  },
  "london-1": complete("NADIA HADDAD", "Sami Haddad", "Brother", "+44 20 7946 0011"),
};

export type DemoCost = {
  /** Names the line so a second run adds nothing (its id is derived from it). */
  key: string;
  delegate: string;
  category: CostCategory;
  description: string;
  amountMinor: number;
  currency: CurrencyCode;
};

export const DEMO_EXCHANGE_COSTS: DemoCost[] = [
  {
    key: "bristol-1-flight",
    delegate: "bristol-1",
    category: "travel",
    description: "BA 1122 and BA 292, economy return",
    amountMinor: 86400,
    currency: "GBP",
  },
  {
    key: "bristol-1-hotels",
    delegate: "bristol-1",
    category: "lodging",
    description: "Four nights, two hotels",
    amountMinor: 98000,
    currency: "USD",
  },
  {
    key: "bristol-1-per-diem",
    delegate: "bristol-1",
    category: "per-diem",
    description: "Five days at $60",
    amountMinor: 30000,
    currency: "USD",
  },
  {
    key: "cardiff-2-flight",
    delegate: "cardiff-2",
    category: "travel",
    description: "BA 1122 and BA 292, economy return",
    amountMinor: 86400,
    currency: "GBP",
  },
  {
    key: "liverpool-1-flight",
    delegate: "liverpool-1",
    category: "travel",
    description: "AA 735, AA 4471 and AA 734",
    amountMinor: 91250,
    currency: "GBP",
  },
  {
    key: "glasgow-1-flight",
    delegate: "glasgow-1",
    category: "travel",
    description: "United out, Aer Lingus home",
    amountMinor: 94300,
    currency: "GBP",
  },
  {
    key: "london-1-esta",
    delegate: "london-1",
    category: "other",
    description: "ESTA application",
    amountMinor: 2100,
    currency: "USD",
  },
];
