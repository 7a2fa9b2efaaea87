// A download's Content-Disposition (RFC 6266): `attachment`, an ASCII filename for old clients
// and the exact name as UTF-8 in filename* (RFC 8187), so no name can break the header or
// smuggle a path, quote or line break into it.

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** The name with what a file name must not carry removed: control characters and any folders. */
export function cleanFilename(name: string, fallback = "download"): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  const cleaned = base.replace(CONTROL_CHARACTERS, "").trim().replace(/^\.+/, "");
  return (cleaned || fallback).slice(0, 200);
}

// attr-char of RFC 8187: everything else is percent-encoded.
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

function encodeRfc8187(value: string): string {
  return [...new TextEncoder().encode(value)]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return byte < 0x80 && ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    })
    .join("");
}

const toAscii = (value: string) =>
  value
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\%]/g, "_")
    .trim();

/** `attachment; filename="Plan daction.pdf"; filename*=UTF-8''Plan%20d%E2%80%99action.pdf` */
export function attachmentDisposition(filename: string): string {
  const name = cleanFilename(filename);
  const dot = name.lastIndexOf(".");
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  const ascii = `${toAscii(stem) || "download"}${toAscii(extension)}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}
