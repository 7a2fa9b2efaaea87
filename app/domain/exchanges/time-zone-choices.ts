// The IANA zones people choose from for travel and hotels: the runtime's own list (Intl), and the
// check that a zone sent by a form is one of them, spelled as the list spells it.
import { isValidTimeZone } from "../local-time";

// Runtimes list canonical names only ("Asia/Calcutta"); the newer spellings are zones too.
const IANA_NAME = /^(UTC|[A-Z][A-Za-z_]+(\/[A-Z][A-Za-z0-9_+-]*)+)$/;

let choices: string[] | undefined;

/** Every IANA zone the runtime lists, in alphabetical order, "UTC" included. */
export function timeZoneChoices(): string[] {
  choices ??= [...new Set([...Intl.supportedValuesOf("timeZone"), "UTC"])].sort();
  return choices;
}

/**
 * The zone as stored, or null for anything that is not an IANA zone name: "europe/london" becomes
 * "Europe/London"; "EST", "UTC+1" and "London" are refused.
 */
export function chosenTimeZone(typed: string): string | null {
  const zone = typed.trim();
  if (zone === "") return null;
  const listed = timeZoneChoices().find((choice) => choice.toLowerCase() === zone.toLowerCase());
  if (listed) return listed;
  return IANA_NAME.test(zone) && isValidTimeZone(zone) ? zone : null;
}
