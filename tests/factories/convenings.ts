// Convening and session form fields as a manager's browser would post them, plus direct helpers.
import type { ActionFunctionArgs } from "@remix-run/node";
import { formRequest } from "./people";

export function conveningFields(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    kind: "working-group-meeting",
    title: "City Working Group meeting: Cardiff",
    summary: "Two days on action plans.",
    phase: "2",
    hostCityId: "",
    format: "in-person",
    onlineUrl: "",
    "places.0.name": "Cardiff City Hall",
    "places.0.address": "Cathays Park",
    "places.0.region": "Cardiff",
    "places.0.country": "United Kingdom",
    "places.0.timeZone": "Europe/London",
    startDate: "2030-10-10",
    startTime: "09:00",
    endDate: "2030-10-11",
    endTime: "17:00",
    aims: "Present draft action plans\nAgree follow-up actions",
    themes: ["T1", "T4"],
    placesPerCity: "2",
    capacity: "30",
    registrationOpens: "",
    registrationCloses: "",
    ...overrides,
  };
}

export function sessionFields(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: "Welcome and introductions",
    description: "",
    kind: "plenary",
    timeZone: "Europe/London",
    startDate: "2030-10-10",
    startTime: "09:30",
    endDate: "",
    endTime: "10:30",
    endTimeZone: "",
    repeatedHour: "earlier",
    placeName: "Cardiff City Hall",
    room: "Council Chamber",
    track: "",
    guestFacilitators: "",
    guestSpeakers: "",
    ...overrides,
  };
}

type Action = (args: ActionFunctionArgs) => Promise<unknown>;

/** Posts a form to an action and returns the Response, whether the action returned or threw it. */
export async function postForm(
  action: Action,
  personId: string | null,
  url: string,
  params: Record<string, string>,
  fields: Record<string, string | string[]>,
): Promise<Response> {
  try {
    return (await action({ request: await formRequest(personId, url, fields), params, context: {} })) as Response;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}

/** The convening id from a redirect to /convenings/:id. */
export function conveningIdFrom(response: Response): string {
  const location = response.headers.get("Location") ?? "";
  const match = /^\/convenings\/([a-f0-9]{24})/.exec(location);
  if (!match) throw new Error(`expected a redirect to a convening, got ${response.status} ${location}`);
  return match[1];
}
