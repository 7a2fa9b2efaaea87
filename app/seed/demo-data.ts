// Demo-only data: an upcoming meeting with an agenda, a draft, and illustrative learning partners.
import type { SessionKind } from "~/domain/vocabulary/sessions";
import type { ConveningSeed } from "./programme-data";

export function demoRepEmail(citySlug: string) {
  return `rep.${citySlug}@example.org`;
}

// Illustrative founder/phase-two pairings; the real pairings are not on record.
export const DEMO_LEARNING_PARTNERS: Array<[string, string]> = [
  ["bristol", "birmingham"],
  ["cardiff", "newport"],
  ["glasgow", "belfast"],
  ["liverpool", "sheffield"],
  ["peterborough", "brighton"],
  ["london", "newry-mourne-and-down"],
];

export const DEMO_CONVENINGS: ConveningSeed[] = [
  {
    seedKey: "demo-cwg-2027-sheffield",
    kind: "working-group-meeting",
    title: "City Working Group meeting: Sheffield",
    summary:
      "Two days on making action plans land: owners, resources and follow-through, with site visits to Sheffield's welcome hubs.",
    phase: 2,
    hostCitySlug: "sheffield",
    places: [
      {
        name: "Sheffield Town Hall",
        address: "Pinstone Street, Sheffield S1 2HH",
        region: "South Yorkshire",
        country: "United Kingdom",
        timeZone: "Europe/London",
      },
    ],
    format: "hybrid",
    timeZone: "Europe/London",
    firstDay: "2027-03-25",
    lastDay: "2027-03-26",
    aims: [
      "Review each city's action plan progress",
      "Agree owners and due dates for follow-up actions",
      "Learn from Sheffield's welcome hubs",
    ],
    themes: ["T3", "T4"],
    status: "published",
    placesPerCity: 2,
    capacity: 30,
  },
  {
    seedKey: "demo-exchange-2027-europe",
    kind: "learning-exchange",
    title: "European learning exchange (draft)",
    summary: "A draft study visit being planned with Welcoming International.",
    phase: 2,
    hostCitySlug: null,
    places: [
      { name: "Amsterdam", address: "", region: "North Holland", country: "Netherlands", timeZone: "Europe/Amsterdam" },
    ],
    format: "in-person",
    timeZone: "Europe/Amsterdam",
    firstDay: "2027-06-14",
    lastDay: "2027-06-16",
    aims: ["Learn from European welcoming cities"],
    themes: ["T2"],
    status: "draft",
    placesPerCity: 2,
    capacity: 24,
  },
];

type DemoSession = {
  seedKey: string;
  conveningSeedKey: string;
  title: string;
  description: string;
  kind: SessionKind;
  day: string;
  start: [number, number];
  end: [number, number];
  room: string;
  themes: string[];
};

const sheffield = "demo-cwg-2027-sheffield";
export const DEMO_SESSIONS: DemoSession[] = [
  {
    seedKey: "demo-s1",
    conveningSeedKey: sheffield,
    title: "Welcome and introductions",
    description: "Hosted by Sheffield City Council.",
    kind: "plenary",
    day: "2027-03-25",
    start: [9, 30],
    end: [10, 30],
    room: "Council Chamber",
    themes: ["T1"],
  },
  {
    seedKey: "demo-s2",
    conveningSeedKey: sheffield,
    title: "Action plan progress: round the table",
    description: "Each city shares what landed and what stalled.",
    kind: "roundtable",
    day: "2027-03-25",
    start: [10, 45],
    end: [12, 30],
    room: "Council Chamber",
    themes: ["T4"],
  },
  {
    seedKey: "demo-s3",
    conveningSeedKey: sheffield,
    title: "Lunch",
    description: "",
    kind: "meal",
    day: "2027-03-25",
    start: [12, 30],
    end: [13, 30],
    room: "Reception Room",
    themes: [],
  },
  {
    seedKey: "demo-s4",
    conveningSeedKey: sheffield,
    title: "Site visit: welcome hubs",
    description: "Visit two of Sheffield's welcome hubs.",
    kind: "site-visit",
    day: "2027-03-25",
    start: [13, 30],
    end: [16, 30],
    room: "",
    themes: ["T3"],
  },
  {
    seedKey: "demo-s5",
    conveningSeedKey: sheffield,
    title: "Workshop: owners and resources for follow-up actions",
    description: "",
    kind: "workshop",
    day: "2027-03-26",
    start: [9, 30],
    end: [12, 0],
    room: "Committee Room 1",
    themes: ["T4"],
  },
  {
    seedKey: "demo-s6",
    conveningSeedKey: sheffield,
    title: "Close and next steps",
    description: "",
    kind: "plenary",
    day: "2027-03-26",
    start: [13, 0],
    end: [14, 0],
    room: "Council Chamber",
    themes: ["T1"],
  },
];

/** The cities whose rep is registered for the upcoming demo meeting. */
export const DEMO_REGISTERED_CITY_SLUGS = ["bristol", "cardiff", "glasgow", "sheffield"];

/** Demo follow-up actions from the last meeting on record, so plans and the dashboard have content. */
export type DemoAction = {
  seedKey: string;
  conveningSeedKey: string;
  citySlug: string;
  title: string;
  themes: string[];
  principles: string[];
  priority: "low" | "medium" | "high";
  dueInDays: number | null; // from the day the demo is seeded: some overdue, some due soon
  hasOwner: boolean;
};

const online2020 = "cwg-2020-online";
export const DEMO_ACTIONS: DemoAction[] = [
  {
    seedKey: "demo-a1",
    conveningSeedKey: online2020,
    citySlug: "bristol",
    title: "Publish the refreshed One City inclusion narrative",
    themes: ["T1"],
    principles: ["P1"],
    priority: "high",
    dueInDays: -12,
    hasOwner: true,
  },
  {
    seedKey: "demo-a2",
    conveningSeedKey: online2020,
    citySlug: "cardiff",
    title: "Share ESOL waiting-list data with the programme team",
    themes: ["T4"],
    principles: ["P4"],
    priority: "medium",
    dueInDays: 4,
    hasOwner: true,
  },
  {
    seedKey: "demo-a3",
    conveningSeedKey: online2020,
    citySlug: "glasgow",
    title: "Convene employers on recognising overseas qualifications",
    themes: ["T2"],
    principles: ["P2"],
    priority: "high",
    dueInDays: 30,
    hasOwner: false,
  },
  {
    seedKey: "demo-a4",
    conveningSeedKey: online2020,
    citySlug: "liverpool",
    title: "Co-design the welcome event with newcomer groups",
    themes: ["T3", "T5"],
    principles: ["P3"],
    priority: "medium",
    dueInDays: -3,
    hasOwner: true,
  },
  {
    seedKey: "demo-a5",
    conveningSeedKey: online2020,
    citySlug: "sheffield",
    title: "Map the welcome hubs' opening hours and languages",
    themes: ["T3"],
    principles: ["P4"],
    priority: "low",
    dueInDays: 6,
    hasOwner: true,
  },
  {
    seedKey: "demo-a6",
    conveningSeedKey: online2020,
    citySlug: "peterborough",
    title: "Brief the new cabinet member on the action plan",
    themes: ["T5"],
    principles: ["P1"],
    priority: "medium",
    dueInDays: 21,
    hasOwner: false,
  },
];
