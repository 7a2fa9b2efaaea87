// A change notice's words: each change as "label: from → to", times written at the place (the
// zone each was entered in) and, when the reader's own clock reads differently, again in their zone.
import { DateTime } from "luxon";
import { conveningFormatLabel } from "~/domain/vocabulary/convenings";
import { formatDayHeading, formatLocalTime, isValidTimeZone } from "~/domain/local-time";
import { TIME_FIELDS, type NoticeChange, type NoticeField } from "./notice-changes";

const CONVENING_LABELS: Partial<Record<NoticeField, string>> = {
  startsAt: "Starts",
  endsAt: "Ends",
  places: "Place",
  format: "Format",
  onlineUrl: "Online joining link",
};

const SESSION_LABELS: Partial<Record<NoticeField, string>> = {
  startsAt: "starts",
  endsAt: "ends",
  place: "place",
  status: "status",
};

/** "Thursday 10 October 2030, 09:30 BST": the day and the clock at `zone`. */
export function formatMoment(instant: Date, zone: string): string {
  return `${formatDayHeading(instant, zone)}, ${formatLocalTime(instant, zone)}`;
}

function value(change: NoticeChange, side: "from" | "to", zone: string): string {
  const raw = change[side];
  if (raw === "") return "none";
  if (TIME_FIELDS.has(change.field)) return formatMoment(new Date(raw), zone);
  if (change.field === "format") return conveningFormatLabel(raw);
  return raw;
}

function label(change: NoticeChange): string {
  return change.sessionId === null
    ? (CONVENING_LABELS[change.field] ?? change.field)
    : `“${change.subject}” ${SESSION_LABELS[change.field] ?? change.field}`;
}

const offsetAt = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).offset;

/** True when a clock at `readerZone` shows either instant of a time change differently from the place's. */
function isReadDifferently(change: NoticeChange, readerZone: string): boolean {
  return (
    offsetAt(new Date(change.from), change.fromZone) !== offsetAt(new Date(change.from), readerZone) ||
    offsetAt(new Date(change.to), change.toZone) !== offsetAt(new Date(change.to), readerZone)
  );
}

export type DescribedChange = {
  /** "“Opening” starts: Thursday 10 October 2030, 09:30 BST → Thursday 10 October 2030, 11:00 BST" */
  text: string;
  /** The same two times at the reader's zone, or null when their clock reads as the place's. */
  readerText: string | null;
};

/** One change in words; `readerZone` is the reader's own zone, or null when not known (the place's time only). */
export function describeChange(change: NoticeChange, readerZone: string | null): DescribedChange {
  const text = `${label(change)}: ${value(change, "from", change.fromZone)} → ${value(change, "to", change.toZone)}`;
  const isTime = TIME_FIELDS.has(change.field) && change.from !== "" && change.to !== "";
  if (!isTime || !readerZone || !isValidTimeZone(readerZone) || !isReadDifferently(change, readerZone)) {
    return { text, readerText: null };
  }
  return {
    text,
    readerText: `Your time (${readerZone}): ${value(change, "from", readerZone)} → ${value(change, "to", readerZone)}`,
  };
}

/** A notice's changes as an email's list: "- " items, the reader's times on an indented line below. */
export function changeList(changes: readonly NoticeChange[], readerZone: string | null): string {
  return changes
    .map((change) => {
      const { text, readerText } = describeChange(change, readerZone);
      return readerText ? `- ${text}\n  ${readerText}` : `- ${text}`;
    })
    .join("\n");
}
