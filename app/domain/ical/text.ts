// Sanitising of user-typed text and URLs before they reach the iCalendar writer or a
// calendar deep link. Shared by build-calendar.ts and calendar-links.ts.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// U+2028/U+2029/NEL are line breaks to many readers; treat them like a typed newline.
const NEWLINES = /\r\n|\r|\n|\u2028|\u2029|\u0085/g;
// C0 controls except TAB and LF, DEL and C1 controls: not allowed in an iCalendar TEXT value.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Newlines normalised to "\n", other control characters removed, lone UTF-16 surrogates
 * (which cannot be encoded as UTF-8) replaced by U+FFFD. Tabs are kept: TEXT allows HTAB.
 */
export function cleanText(value: string | null | undefined): string {
  if (value == null) return "";
  return String(value).replace(LONE_SURROGATE, "\uFFFD").replace(NEWLINES, "\n").replace(CONTROL, "");
}

/** cleanText, folded onto one line (for values that cannot hold a newline, e.g. names). */
export function cleanLine(value: string | null | undefined): string {
  return cleanText(value)
    .replace(/[\n\t]+/g, " ")
    .trim();
}

/** RFC 5545 §3.3.11 TEXT escaping of an already cleaned string. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => "\\" + c).replace(/\n/g, "\\n");
}

/**
 * An absolute http(s) URL in canonical form, or undefined if `value` is not one.
 * URI values are not TEXT, so backslash escaping would corrupt them; instead the characters a
 * TEXT escaper touches (and anything that could end the line) are percent-encoded.
 */
export function cleanUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(cleanLine(value));
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  return url.href.replace(/[,;\\"\s]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(value.charAt(cut - 1))) cut--;
  return value.slice(0, cut) + "…";
}
