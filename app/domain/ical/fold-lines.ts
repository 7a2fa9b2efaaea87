// RFC 5545 §3.1 line folding, byte-identical to ical-generator's foldLines (a test holds it to
// that) but without its TextEncoder per character, which is about 80% of the time it takes to
// write a large feed. Lines with UTF-16 surrogates (emoji, malformed text) go to the library's
// own function, so its exact handling of them is kept.
import { foldLines as libraryFoldLines } from "ical-generator";

const MAX_OCTETS = 74; // as ical-generator: 74 octets of content per line (75 with the fold's space)
const SURROGATE = /[\uD800-\uDFFF]/;

function foldLine(line: string): string {
  if (line.length <= MAX_OCTETS / 3) return line; // at most 3 octets per BMP character
  if (SURROGATE.test(line)) return libraryFoldLines(line);
  let result = "";
  let segmentStart = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    octets += size;
    if (octets > MAX_OCTETS) {
      result += line.slice(segmentStart, i) + "\r\n ";
      segmentStart = i;
      octets = size;
    }
  }
  return result + line.slice(segmentStart);
}

/** Folds every CRLF-separated line of `text` to at most 75 octets. */
export function foldLines(text: string): string {
  return text.split("\r\n").map(foldLine).join("\r\n");
}
