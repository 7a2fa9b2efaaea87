// The words the scaled programme is made of, taken from the demo and the programme on record:
// venues, places abroad, people's names and jobs, a day's agenda, follow-up actions.
import type { SessionKind } from "~/domain/vocabulary/sessions";
import type { PlaceSeed } from "./programme-data";
import type { SeededRandom } from "./seeded-random";

/** Where each city hosts a meeting. */
export const CITY_VENUES: Record<string, { name: string; region: string }> = {
  bristol: { name: "Bristol City Hall", region: "Bristol" },
  cardiff: { name: "Cardiff City Hall", region: "Cardiff" },
  glasgow: { name: "Glasgow City Chambers", region: "Glasgow" },
  liverpool: { name: "Liverpool Town Hall", region: "Merseyside" },
  peterborough: { name: "Peterborough Town Hall", region: "Cambridgeshire" },
  london: { name: "City Hall, London", region: "Greater London" },
  belfast: { name: "Belfast City Hall", region: "County Antrim" },
  birmingham: { name: "The Council House, Birmingham", region: "West Midlands" },
  brighton: { name: "Brighton Town Hall", region: "East Sussex" },
  "newry-mourne-and-down": { name: "Downshire Civic Centre", region: "County Down" },
  newport: { name: "Newport Civic Centre", region: "Newport" },
  sheffield: { name: "Sheffield Town Hall", region: "South Yorkshire" },
};

/** Learning exchanges abroad: the places visited, in the zone of the first. */
export const EXCHANGE_DESTINATIONS: Array<{ title: string; places: PlaceSeed[] }> = [
  {
    title: "US learning exchange",
    places: [
      {
        name: "Pittsburgh",
        address: "",
        region: "Pennsylvania",
        country: "United States",
        timeZone: "America/New_York",
      },
      {
        name: "Washington DC",
        address: "",
        region: "District of Columbia",
        country: "United States",
        timeZone: "America/New_York",
      },
    ],
  },
  {
    title: "Canadian learning exchange",
    places: [
      { name: "Toronto", address: "", region: "Ontario", country: "Canada", timeZone: "America/Toronto" },
      { name: "Hamilton", address: "", region: "Ontario", country: "Canada", timeZone: "America/Toronto" },
    ],
  },
  {
    title: "European learning exchange",
    places: [
      { name: "Amsterdam", address: "", region: "North Holland", country: "Netherlands", timeZone: "Europe/Amsterdam" },
      { name: "Utrecht", address: "", region: "Utrecht", country: "Netherlands", timeZone: "Europe/Amsterdam" },
    ],
  },
  {
    title: "German learning exchange",
    places: [{ name: "Berlin", address: "", region: "Berlin", country: "Germany", timeZone: "Europe/Berlin" }],
  },
  {
    title: "Portuguese learning exchange",
    places: [{ name: "Lisbon", address: "", region: "Lisbon", country: "Portugal", timeZone: "Europe/Lisbon" }],
  },
];

export const ONLINE_TOPICS = [
  "Review progress on action plans",
  "Responses to emerging local pressures",
  "Data and evidence for inclusion strategies",
  "Welcoming newcomers through public services",
  "Learning partnerships: what is working",
  "Preparing the next City Working Group meeting",
];

export const CONVENING_AIMS = [
  "Review each city's action plan progress",
  "Agree owners and due dates for follow-up actions",
  "Share learning and consolidate action plans",
  "Identify and discuss emerging learning",
  "Learn from the host city's welcoming practice",
  "Feed what is learned into each city's action plan",
  "Identify areas where the programme team can provide research input and support",
];

export const GIVEN_NAMES = [
  "Amira",
  "Ben",
  "Catrin",
  "Daniel",
  "Eilidh",
  "Farah",
  "Gareth",
  "Hannah",
  "Imran",
  "Joanna",
  "Kwame",
  "Laura",
  "Mohammed",
  "Niamh",
  "Olu",
  "Priya",
  "Rhys",
  "Sadia",
  "Tom",
  "Usha",
  "Victoria",
  "Wei",
  "Yasmin",
  "Zoltan",
];

export const FAMILY_NAMES = [
  "Ahmed",
  "Begum",
  "Campbell",
  "Davies",
  "Evans",
  "Fraser",
  "Gallagher",
  "Hughes",
  "Iqbal",
  "Jones",
  "Kowalski",
  "Lewis",
  "McLaughlin",
  "Nowak",
  "O'Neill",
  "Patel",
  "Quinn",
  "Robertson",
  "Singh",
  "Thomas",
];

export function personName(random: SeededRandom): string {
  return `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`;
}

export const JOB_TITLES = [
  "Community cohesion officer",
  "ESOL coordinator",
  "Policy officer, inclusion",
  "Refugee resettlement lead",
  "Equalities manager",
  "Employment support adviser",
  "Neighbourhood partnerships officer",
  "Public health strategist",
];

/** One day of a track: ten slots of 45 minutes from 09:00, the kind and title of each. */
export const DAY_SLOTS: Array<{ kind: SessionKind; title: string; description: string }> = [
  { kind: "plenary", title: "Welcome and introductions", description: "Hosted by the city council." },
  {
    kind: "roundtable",
    title: "Action plan progress: round the table",
    description: "Each city shares what landed and what stalled.",
  },
  { kind: "break", title: "Coffee break", description: "" },
  {
    kind: "workshop",
    title: "Workshop: {theme}",
    description: "Officers from two cities present their approach, then questions.",
  },
  { kind: "panel", title: "Panel: {principle}", description: "Practitioners and partners in conversation." },
  { kind: "meal", title: "Lunch", description: "" },
  { kind: "site-visit", title: "Site visit: welcome hubs", description: "Visit one of the host city's welcome hubs." },
  { kind: "workshop", title: "Workshop: owners and resources for follow-up actions", description: "" },
  {
    kind: "networking",
    title: "Learning partners meet",
    description: "Each pair of learning partners plans its next exchange.",
  },
  { kind: "plenary", title: "Close and next steps", description: "" },
];

export const TRACK_ROOMS = ["Council Chamber", "Committee Room 1", "Committee Room 2", "Reception Room"];

export const ACTION_TITLES = [
  "Publish the refreshed inclusion narrative",
  "Share ESOL waiting-list data with the programme team",
  "Convene employers on recognising overseas qualifications",
  "Co-design the welcome event with newcomer groups",
  "Map the welcome hubs' opening hours and languages",
  "Brief the new cabinet member on the action plan",
  "Agree owners and due dates for the action plan",
  "Collect data on newcomers' access to GP registration",
  "Set up the taskforce's quarterly review",
  "Translate the council tax guide into the five most spoken languages",
  "Invite the learning partner city to the welcome hub launch",
  "Write the case study for the Framework's connecting communities theme",
  "Train front-line staff on the rights of EU citizens",
  "Report progress on the action plan to the scrutiny committee",
  "Recruit newcomer representatives to the taskforce",
];

export const PROGRESS_NOTES = [
  "Progress noted at the working group.",
  "Waiting on data from the partner organisation.",
  "Discussed with the strategic sponsor.",
  "Draft shared with the programme team.",
  "Owner changed after a restructure.",
];
