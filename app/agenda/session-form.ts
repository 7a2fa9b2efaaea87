// The session form: wall-clock times at the session's place (a travel leg may end in another
// zone), speakers from the system or as free-text guests, and checks with messages per field.
import type { SessionInput, SpeakerInput } from "~models/agenda-session.server";
import { instantToWallClock, isSecondOccurrence, isValidTimeZone, wallClockToInstant } from "~/domain/local-time";
import { THEME_CODES } from "~/domain/vocabulary/framework";
import { SESSION_KIND_LABELS, SESSION_KINDS } from "~/domain/vocabulary/sessions";
import { line, list, lines, text, type FieldErrors, type FormValues } from "~/forms/form-values";
import type { ParseResult } from "~/convenings/convening-form";

export const SESSION_KIND_OPTIONS = SESSION_KINDS.map((value) => ({ value, label: SESSION_KIND_LABELS[value] }));

export const SESSION_MULTI_FIELDS = ["themes", "facilitatorIds", "speakerIds"] as const;
const LIMITS = { title: 160, description: 4000, room: 160, placeName: 160, track: 60, guest: 120, speakers: 30 };
const MAX_SESSION_MS = 7 * 86_400_000;

function checkLength(errors: FieldErrors, key: string, value: string, max: number, label: string) {
  if (value.length > max) errors[key] ??= `${label} must be ${max} characters or fewer (it has ${value.length})`;
}

export function parseSessionForm(values: FormValues, options: { people: ReadonlyMap<string, string> }): ParseResult<SessionInput> {
  const errors: FieldErrors = {};
  const notes: string[] = [];
  const title = line(values, "title");
  if (!title) errors.title = "Enter a title";
  checkLength(errors, "title", title, LIMITS.title, "Title");
  const description = text(values, "description");
  checkLength(errors, "description", description, LIMITS.description, "Description");
  const kind = text(values, "kind");
  if (!SESSION_KIND_OPTIONS.some((option) => option.value === kind)) errors.kind = "Choose what kind of session this is";
  const room = text(values, "room");
  checkLength(errors, "room", room, LIMITS.room, "Room");
  const placeName = text(values, "placeName");
  checkLength(errors, "placeName", placeName, LIMITS.placeName, "Place");
  const track = text(values, "track");
  checkLength(errors, "track", track, LIMITS.track, "Parallel track");
  const themes = list(values, "themes");
  if (themes.some((theme) => !(THEME_CODES as readonly string[]).includes(theme))) errors.themes = "Choose themes from the framework";

  const speakers: SpeakerInput[] = [];
  for (const [field, role] of [["facilitatorIds", "facilitator"], ["speakerIds", "speaker"]] as const) {
    for (const personId of list(values, field)) {
      const name = options.people.get(personId);
      if (!name) errors[field] = "Choose people from the list";
      else speakers.push({ personId, name, role });
    }
  }
  for (const [field, role] of [["guestFacilitators", "facilitator"], ["guestSpeakers", "speaker"]] as const) {
    for (const name of lines(values, field)) {
      if (name.length > LIMITS.guest) errors[field] = `Each name must be ${LIMITS.guest} characters or fewer`;
      speakers.push({ personId: null, name, role });
    }
  }
  if (speakers.length > LIMITS.speakers) errors.guestSpeakers ??= `A session can have at most ${LIMITS.speakers} facilitators and speakers`;

  const timeZone = text(values, "timeZone");
  if (!timeZone) errors.timeZone = "Enter the time zone of the session's place";
  else if (!isValidTimeZone(timeZone)) errors.timeZone = `"${timeZone}" is not a recognised IANA time zone (for example "Europe/London" or "America/New_York").`;
  const endZoneRaw = text(values, "endTimeZone");
  if (endZoneRaw && !isValidTimeZone(endZoneRaw)) errors.endTimeZone = `"${endZoneRaw}" is not a recognised IANA time zone (for example "Europe/London" or "America/New_York").`;
  const endTimeZone = endZoneRaw && endZoneRaw !== timeZone ? endZoneRaw : null;
  const preferLaterOffset = text(values, "repeatedHour") === "later";

  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  if (!errors.timeZone) {
    const start = wallClockToInstant(text(values, "startDate"), text(values, "startTime"), timeZone, { preferLaterOffset });
    if (!start.ok) errors.startTime = start.reason === "invalid-format" ? "Enter the start as a date and a 24-hour time" : start.message;
    else {
      startsAt = start.instant;
      if (start.offsetNote) notes.push(`Start: ${start.offsetNote}`);
    }
  }
  if (!errors.timeZone && !errors.endTimeZone) {
    const endDate = text(values, "endDate") || text(values, "startDate");
    const end = wallClockToInstant(endDate, text(values, "endTime"), endTimeZone ?? timeZone, { preferLaterOffset });
    if (!end.ok) errors.endTime = end.reason === "invalid-format" ? "Enter the end as a 24-hour time (and a date if it ends on another day)" : end.message;
    else {
      endsAt = end.instant;
      if (end.offsetNote) notes.push(`End: ${end.offsetNote}`);
    }
  }
  if (startsAt && endsAt) {
    if (endsAt.getTime() <= startsAt.getTime()) errors.endTime = "The end must be after the start";
    else if (endsAt.getTime() - startsAt.getTime() > MAX_SESSION_MS) errors.endTime = "A session can last at most 7 days";
  }

  if (Object.keys(errors).length > 0 || !startsAt || !endsAt) return { ok: false, errors };
  return {
    ok: true,
    notes,
    data: {
      title,
      description,
      kind: kind as SessionInput["kind"],
      startsAt,
      endsAt,
      timeZone,
      endTimeZone,
      room,
      placeName,
      track,
      themes: THEME_CODES.filter((code) => themes.includes(code)),
      speakers,
    },
  };
}

/** The form's values for an existing session, times as wall-clock at its place(s). */
export function sessionFormValues(session: SessionInput & { revision: number }): FormValues {
  const start = instantToWallClock(session.startsAt, session.timeZone);
  const end = instantToWallClock(session.endsAt, session.endTimeZone ?? session.timeZone);
  const people = (role: string) => session.speakers.filter((speaker) => speaker.role === role);
  return {
    title: session.title,
    description: session.description,
    kind: session.kind,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    timeZone: session.timeZone,
    endTimeZone: session.endTimeZone ?? "",
    room: session.room,
    placeName: session.placeName,
    track: session.track,
    themes: session.themes,
    facilitatorIds: people("facilitator").flatMap((speaker) => (speaker.personId ? [speaker.personId] : [])),
    speakerIds: people("speaker").flatMap((speaker) => (speaker.personId ? [speaker.personId] : [])),
    guestFacilitators: people("facilitator").filter((speaker) => !speaker.personId).map((speaker) => speaker.name).join("\n"),
    guestSpeakers: people("speaker").filter((speaker) => !speaker.personId).map((speaker) => speaker.name).join("\n"),
    // Saving the form unchanged must keep a session set in the repeated hour's second occurrence.
    repeatedHour:
      isSecondOccurrence(session.startsAt, session.timeZone) || isSecondOccurrence(session.endsAt, session.endTimeZone ?? session.timeZone)
        ? "later"
        : "earlier",
    revision: String(session.revision),
  };
}
