// The Inclusive Cities programme on record (DOMAIN.md and the learning report): phases, cities,
// and the convenings held (the framework's titles are in app/domain/vocabulary/framework.ts). Plain data so the seed, tests and benchmarks share it.
import type { CitySummary } from "~models/city.server";
import type { ConveningFormat, ConveningKind } from "~/domain/vocabulary/convenings";
import type { PhaseEntry } from "~models/phase.server";

export const PHASES: PhaseEntry[] = [
  {
    number: 1,
    name: "Phase one",
    startsOn: "2017-03-01",
    endsOn: "2019-05-31",
    description: "Five founder cities with London as an associate member.",
  },
  {
    number: 2,
    name: "Phase two",
    startsOn: "2019-06-01",
    endsOn: "2022-05-31",
    description: "Six new cities join; bilateral learning partnerships with founder cities.",
  },
];

type CitySeed = Omit<CitySummary, "id">;
const city = (
  slug: string,
  name: string,
  membership: CitySeed["membership"],
  nation: CitySeed["nation"],
  department = "",
  sponsorRole = "",
): CitySeed => ({
  slug,
  name,
  membership,
  phaseJoined: membership === "phase-two" ? 2 : 1,
  nation,
  timeZone: "Europe/London",
  department,
  sponsorRole,
  learningPartnerSlug: null,
});

export const CITIES: CitySeed[] = [
  city("bristol", "Bristol", "founder", "England", "Mayor's Office", "Deputy Mayor"),
  city(
    "cardiff",
    "Cardiff",
    "founder",
    "Wales",
    "Communities",
    "Director of Communities, Housing and Customer Services",
  ),
  city("glasgow", "Glasgow", "founder", "Scotland", "Economic Regeneration", "Leader"),
  city(
    "liverpool",
    "Liverpool",
    "founder",
    "England",
    "Community Safety and Cohesion",
    "Executive Member for Housing, Fairness and Equalities",
  ),
  city(
    "peterborough",
    "Peterborough",
    "founder",
    "England",
    "Housing, Communities and Youth",
    "Cabinet Member for Communities",
  ),
  city("london", "London", "associate", "England", "Social Inclusion", "Deputy Mayor for Social Inclusion"),
  city("belfast", "Belfast", "phase-two", "Northern Ireland"),
  city("birmingham", "Birmingham", "phase-two", "England"),
  city("brighton", "Brighton", "phase-two", "England"),
  city("newry-mourne-and-down", "Newry, Mourne and Down", "phase-two", "Northern Ireland"),
  city("newport", "Newport", "phase-two", "Wales"),
  city("sheffield", "Sheffield", "phase-two", "England"),
];

export type PlaceSeed = {
  name: string;
  address: string;
  region: string;
  country: string;
  timeZone: string;
  /** The days spent there on a multi-place exchange, YYYY-MM-DD at the place. */
  firstDay?: string;
  lastDay?: string;
};

export type ConveningSeed = {
  seedKey: string;
  kind: ConveningKind;
  title: string;
  summary: string;
  phase: 1 | 2;
  hostCitySlug: string | null;
  places: PlaceSeed[];
  format: ConveningFormat;
  timeZone: string;
  firstDay: string; // local calendar days at the place; the meeting runs 09:00–17:00 local
  lastDay: string;
  aims: string[];
  themes: string[];
  status: "draft" | "published" | "cancelled" | "completed";
  placesPerCity: number | null;
  capacity: number | null;
};

const ukPlace = (name: string, region: string): PlaceSeed => ({
  name,
  address: "",
  region,
  country: "United Kingdom",
  timeZone: "Europe/London",
});

export const CONVENINGS_ON_RECORD: ConveningSeed[] = [
  {
    seedKey: "cwg-2017-glasgow",
    kind: "working-group-meeting",
    title: "First City Working Group meeting",
    summary:
      "Hosted by Glasgow City Council, the first meeting brought together representatives of each city and the project partners.",
    phase: 1,
    hostCitySlug: "glasgow",
    places: [ukPlace("Glasgow City Chambers", "Glasgow")],
    format: "in-person",
    timeZone: "Europe/London",
    firstDay: "2017-10-19",
    lastDay: "2017-10-20",
    aims: [
      "Formally start the project: get to know one another and share priorities, concerns and aspirations",
      "Discuss and take inspiration from examples of good practice raised by the cities, Welcoming America and the working paper",
      "Begin to shape action plans and understand how the Taskforce can contribute to their delivery",
      "Identify areas where the programme team can provide further research input and support",
    ],
    themes: ["T1", "T3"],
    status: "completed",
    placesPerCity: 2,
    capacity: 20,
  },
  {
    seedKey: "exchange-2018-us",
    kind: "learning-exchange",
    title: "US learning exchange",
    summary:
      "Five days with Pittsburgh, Montgomery County and policy makers in Washington DC, developed with Welcoming America. Twelve representatives of six cities, two per city.",
    phase: 1,
    hostCitySlug: null,
    places: [
      {
        name: "Pittsburgh",
        address: "",
        region: "Pennsylvania",
        country: "United States",
        timeZone: "America/New_York",
        firstDay: "2018-05-21",
        lastDay: "2018-05-22",
      },
      {
        name: "Montgomery County",
        address: "",
        region: "Maryland",
        country: "United States",
        timeZone: "America/New_York",
        firstDay: "2018-05-23",
        lastDay: "2018-05-24",
      },
      {
        name: "Washington DC",
        address: "",
        region: "District of Columbia",
        country: "United States",
        timeZone: "America/New_York",
        firstDay: "2018-05-25",
        lastDay: "2018-05-25",
      },
    ],
    format: "in-person",
    timeZone: "America/New_York",
    firstDay: "2018-05-21",
    lastDay: "2018-05-25",
    aims: [
      "Learn from US cities' welcoming strategies matched to the six cities' areas of interest",
      "Feed what is learned into each city's action plan",
    ],
    themes: ["T1", "T2", "T4"],
    status: "completed",
    placesPerCity: 2,
    capacity: 12,
  },
  {
    seedKey: "cwg-2018-liverpool",
    kind: "working-group-meeting",
    title: "Second City Working Group meeting (mid-point)",
    summary:
      "Hosted by Liverpool City Council with Welcoming America / Welcoming International: an intensive two-day convening at the mid-point of phase one.",
    phase: 1,
    hostCitySlug: "liverpool",
    places: [ukPlace("Liverpool Town Hall", "Liverpool")],
    format: "in-person",
    timeZone: "Europe/London",
    firstDay: "2018-10-11",
    lastDay: "2018-10-12",
    aims: [
      "Each city presents its draft action plan and receives feedback",
      "Identify and discuss emerging learning, including reflections on the US exchange",
      "Look forward to the next phase, including input on developing a Framework",
    ],
    themes: ["T1", "T4"],
    status: "completed",
    placesPerCity: 2,
    capacity: 20,
  },
  {
    seedKey: "cwg-2019-bristol",
    kind: "working-group-meeting",
    title: "Final phase-one convening",
    summary:
      "Hosted by Bristol: share learning, consolidate action plans, collect feedback on phase one and draft the Inclusive Cities Framework.",
    phase: 1,
    hostCitySlug: "bristol",
    places: [ukPlace("Bristol City Hall", "Bristol")],
    format: "in-person",
    timeZone: "Europe/London",
    firstDay: "2019-02-28",
    lastDay: "2019-03-01",
    aims: [
      "Share learning and consolidate action plans",
      "Collect feedback on the first phase of the programme",
      "Develop the Inclusive Cities Framework and agree plans for phase two",
    ],
    themes: ["T1", "T2", "T3", "T4", "T5"],
    status: "completed",
    placesPerCity: 2,
    capacity: 20,
  },
  {
    seedKey: "cwg-2019-cardiff",
    kind: "working-group-meeting",
    title: "Phase-two launch convening",
    summary:
      "Hosted by Cardiff: phase two begins with six new cities, and the Framework is launched at a roundtable of political leaders.",
    phase: 2,
    hostCitySlug: "cardiff",
    places: [ukPlace("Cardiff City Hall", "Cardiff")],
    format: "in-person",
    timeZone: "Europe/London",
    firstDay: "2019-10-16",
    lastDay: "2019-10-17",
    aims: [
      "Welcome the six phase-two cities and start the bilateral learning partnerships",
      "Launch the Inclusive Cities Framework at a roundtable of political leaders",
    ],
    themes: ["T1", "T5"],
    status: "completed",
    placesPerCity: 2,
    capacity: 30,
  },
  {
    seedKey: "cwg-2020-online",
    kind: "online-meeting",
    title: "Second phase-two convening (online)",
    summary: "The second phase-two convening, held online.",
    phase: 2,
    hostCitySlug: null,
    places: [{ name: "Online", address: "", region: "", country: "", timeZone: "Europe/London" }],
    format: "online",
    timeZone: "Europe/London",
    firstDay: "2020-03-26",
    lastDay: "2020-03-26",
    aims: ["Review progress on action plans", "Share responses to emerging local pressures"],
    themes: ["T3", "T4"],
    status: "completed",
    placesPerCity: null,
    capacity: null,
  },
];
