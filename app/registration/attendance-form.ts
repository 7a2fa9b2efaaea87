// The attendance page's forms: a mark for one person on one day or at one session, and switching
// attendance on or off for a session. Each names the intent its button sends.
import { z } from "zod";
import { choice, text } from "~/forms/fields";

export const MARK_INTENT = "mark";
export const SESSION_ATTENDANCE_INTENT = "session-attendance";
/** "Mark selected as here": the ticked people, on the page's day or at its session. */
export const MARK_SELECTED_HERE_INTENT = "mark-selected-here";

/** Where the ticked people are marked: the page's day, or its session. */
export const markSelectedSchema = z.object({ day: text(), session: text(), q: text({ max: 120 }) });

/** What a row's buttons send: "clear" is pressing the button that is already pressed. */
export const MARK_CHOICES = ["here", "away", "clear"] as const;
export type MarkChoice = (typeof MARK_CHOICES)[number];

export const markSchema = z.object({
  registrationId: text(),
  mark: choice(MARK_CHOICES, "Choose here or not here."),
  /** The day ("2018-05-21"), or "" when the mark is for a session. */
  day: text(),
  /** The session, or "" when the mark is for a day. */
  session: text(),
  /** What the search box held, so the page comes back filtered the same way. */
  q: text({ max: 120 }),
  /** Sent by the page once its script runs: answer with data instead of a redirect. */
  answer: text(),
});

export const sessionAttendanceSchema = z.object({
  session: text(),
  isOn: choice(["on", "off"], "Choose to take attendance or not."),
  day: text(),
});
