// The session form: wall-clock times at the session's place (a travel leg may end in another
// zone) read by the local-time rules, speakers from the system or as free-text guests, and the
// messages per field. Its output is the session as the model stores it, with the notes to tell.
import { z } from "zod";
import type { SessionInput, SpeakerInput } from "~models/agenda-session.server";
import { instantToWallClock, isSecondOccurrence, isValidTimeZone, wallClockToInstant } from "~/domain/local-time";
import { THEME_CODES } from "~/domain/vocabulary/framework";
import { SESSION_KIND_LABELS, SESSION_KINDS } from "~/domain/vocabulary/sessions";
import { checkboxes, choice, text, textLines, title, tooLong } from "~/forms/fields";
import type { FormFields } from "~/forms/schema-form";
import { unknownZoneMessage } from "~/convenings/convening-form";
import { englishFieldMessages, welshSessionFields } from "~/bilingual/welsh-fields";
import type { Translate } from "~/i18n/translator";

export const SESSION_KIND_OPTIONS = SESSION_KINDS.map((value) => ({ value, label: SESSION_KIND_LABELS[value] }));

/** The buttons of the session page besides saving: cancel a session, or restore a cancelled one. */
export const CANCEL_SESSION_INTENT = "cancel";
export const RESTORE_SESSION_INTENT = "restore";

const LIMITS = { title: 160, description: 4000, room: 160, placeName: 160, track: 60, guest: 120, speakers: 30 };
const MAX_SESSION_MS = 7 * 86_400_000;

type When = {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  endTimeZone: string;
  repeatedHour: string;
};
type Issue = { path: string[]; message: string };

/** The session's instants at its zone (the end at the arrival zone for travel), with problems and notes. */
function sessionTimes(value: When) {
  const issues: Issue[] = [];
  const notes: string[] = [];
  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  const endTimeZone = value.endTimeZone && value.endTimeZone !== value.timeZone ? value.endTimeZone : null;
  const preferLaterOffset = value.repeatedHour === "later";
  const isZoneKnown = value.timeZone !== "" && isValidTimeZone(value.timeZone);
  if (isZoneKnown) {
    const start = wallClockToInstant(value.startDate, value.startTime, value.timeZone, { preferLaterOffset });
    if (!start.ok)
      issues.push({
        path: ["startTime"],
        message: start.reason === "invalid-format" ? "Enter the start as a date and a 24-hour time" : start.message,
      });
    else {
      startsAt = start.instant;
      if (start.offsetNote) notes.push(`Start: ${start.offsetNote}`);
    }
  }
  if (isZoneKnown && (value.endTimeZone === "" || isValidTimeZone(value.endTimeZone))) {
    const end = wallClockToInstant(value.endDate || value.startDate, value.endTime, endTimeZone ?? value.timeZone, {
      preferLaterOffset,
    });
    if (!end.ok)
      issues.push({
        path: ["endTime"],
        message:
          end.reason === "invalid-format"
            ? "Enter the end as a 24-hour time (and a date if it ends on another day)"
            : end.message,
      });
    else {
      endsAt = end.instant;
      if (end.offsetNote) notes.push(`End: ${end.offsetNote}`);
    }
  }
  if (startsAt && endsAt) {
    if (endsAt.getTime() <= startsAt.getTime())
      issues.push({ path: ["endTime"], message: "The end must be after the start" });
    else if (endsAt.getTime() - startsAt.getTime() > MAX_SESSION_MS)
      issues.push({ path: ["endTime"], message: "A session can last at most 7 days" });
  }
  return { startsAt, endsAt, endTimeZone, issues, notes };
}

const guestNames = () =>
  textLines().refine((names) => names.every((name) => name.length <= LIMITS.guest), {
    message: `Each name must be ${LIMITS.guest} characters or fewer`,
  });

type SpeakerLists = {
  facilitatorIds: string[];
  speakerIds: string[];
  guestFacilitators: string[];
  guestSpeakers: string[];
};

function speakersOf(value: SpeakerLists, people: ReadonlyMap<string, string>): SpeakerInput[] {
  const known = ([ids, role]: [string[], SpeakerInput["role"]]) =>
    ids.flatMap((personId) => (people.has(personId) ? [{ personId, name: people.get(personId)!, role }] : []));
  const guests = ([names, role]: [string[], SpeakerInput["role"]]) =>
    names.map((name) => ({ personId: null, name, role }));
  return [
    ...known([value.facilitatorIds, "facilitator"]),
    ...known([value.speakerIds, "speaker"]),
    ...guests([value.guestFacilitators, "facilitator"]),
    ...guests([value.guestSpeakers, "speaker"]),
  ];
}

/** The session form; `people` are those who can be named as facilitators or speakers (id → name). */
export function sessionFormSchema({
  people,
  t = englishFieldMessages,
}: {
  people: ReadonlyMap<string, string>;
  /** The reader's translator, for the Welsh fields' messages. */
  t?: Translate;
}) {
  const personIds = [...people.keys()];
  return z
    .object({
      title: title("Enter a title", { max: LIMITS.title, tooLong: tooLong("Title", LIMITS.title) }),
      description: text({ max: LIMITS.description, tooLong: tooLong("Description", LIMITS.description) }),
      ...welshSessionFields(t),
      kind: choice(SESSION_KINDS, "Choose what kind of session this is"),
      room: text({ max: LIMITS.room, tooLong: tooLong("Room", LIMITS.room) }),
      placeName: text({ max: LIMITS.placeName, tooLong: tooLong("Place", LIMITS.placeName) }),
      track: text({ max: LIMITS.track, tooLong: tooLong("Parallel track", LIMITS.track) }),
      themes: checkboxes(THEME_CODES, "Choose themes from the framework"),
      facilitatorIds: checkboxes(personIds, "Choose people from the list"),
      speakerIds: checkboxes(personIds, "Choose people from the list"),
      guestFacilitators: guestNames(),
      guestSpeakers: guestNames(),
      timeZone: text().superRefine((zone, context) => {
        if (!zone)
          context.addIssue({ code: z.ZodIssueCode.custom, message: "Enter the time zone of the session's place" });
        else if (!isValidTimeZone(zone))
          context.addIssue({ code: z.ZodIssueCode.custom, message: unknownZoneMessage(zone) });
      }),
      endTimeZone: text().superRefine((zone, context) => {
        if (zone && !isValidTimeZone(zone))
          context.addIssue({ code: z.ZodIssueCode.custom, message: unknownZoneMessage(zone) });
      }),
      repeatedHour: text(),
      startDate: text(),
      startTime: text(),
      endDate: text(),
      endTime: text(),
      revision: text(),
    })
    .superRefine((value, context) => {
      const issue = ({ path, message }: Issue) => context.addIssue({ code: z.ZodIssueCode.custom, path, message });
      if (
        speakersOf(value, people).length > LIMITS.speakers &&
        value.guestSpeakers.every((name) => name.length <= LIMITS.guest)
      ) {
        issue({
          path: ["guestSpeakers"],
          message: `A session can have at most ${LIMITS.speakers} facilitators and speakers`,
        });
      }
      sessionTimes(value).issues.forEach(issue);
    })
    .transform((value) => {
      const times = sessionTimes(value);
      const session: SessionInput = {
        title: value.title,
        description: value.description,
        titleCy: value.titleCy,
        descriptionCy: value.descriptionCy,
        kind: value.kind,
        startsAt: times.startsAt!,
        endsAt: times.endsAt!,
        timeZone: value.timeZone,
        endTimeZone: times.endTimeZone,
        room: value.room,
        placeName: value.placeName,
        track: value.track,
        themes: THEME_CODES.filter((code) => value.themes.includes(code)),
        speakers: speakersOf(value, people),
      };
      return { session, notes: times.notes, revision: Number(value.revision) };
    });
}

/** The form's values for an existing session, times as wall-clock at its place(s), by field name. */
export function sessionFormValues(session: SessionInput & { revision: number }): FormFields {
  const start = instantToWallClock(session.startsAt, session.timeZone);
  const end = instantToWallClock(session.endsAt, session.endTimeZone ?? session.timeZone);
  const people = (role: string) => session.speakers.filter((speaker) => speaker.role === role);
  return {
    title: session.title,
    description: session.description,
    titleCy: session.titleCy ?? "",
    descriptionCy: session.descriptionCy ?? "",
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
    guestFacilitators: people("facilitator")
      .filter((speaker) => !speaker.personId)
      .map((speaker) => speaker.name)
      .join("\n"),
    guestSpeakers: people("speaker")
      .filter((speaker) => !speaker.personId)
      .map((speaker) => speaker.name)
      .join("\n"),
    // Saving the form unchanged must keep a session set in the repeated hour's second occurrence.
    repeatedHour:
      isSecondOccurrence(session.startsAt, session.timeZone) ||
      isSecondOccurrence(session.endsAt, session.endTimeZone ?? session.timeZone)
        ? "later"
        : "earlier",
    revision: String(session.revision),
  };
}
