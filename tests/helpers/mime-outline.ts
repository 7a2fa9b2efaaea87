// The MIME structure of a raw message as nested content types, e.g.
// { "multipart/mixed": [{ "multipart/alternative": ["text/plain", "text/html"] }, "application/ics"] },
// and each part's Content-Type parameters: what mail clients see, independent of any parser's summary.

export type MimeOutline = string | { [multipartType: string]: MimeOutline[] };

type Part = { type: string; params: Record<string, string>; body: string };

function splitPart(raw: string): Part {
  const text = raw.replace(/\r\n/g, "\n");
  const end = text.indexOf("\n\n");
  const head = (end === -1 ? text : text.slice(0, end)).replace(/\n[ \t]+/g, " ");
  const body = end === -1 ? "" : text.slice(end + 2);
  const contentType = /^content-type:\s*(.*)$/im.exec(head)?.[1] ?? "text/plain";
  const [type, ...rest] = contentType.split(";");
  const params: Record<string, string> = {};
  for (const param of rest) {
    const match = /^\s*([\w-]+)\s*=\s*"?([^"]*)"?\s*$/.exec(param);
    if (match) params[match[1].toLowerCase()] = match[2];
  }
  return { type: type.trim().toLowerCase(), params, body };
}

function childrenOf(part: Part): string[] {
  const delimiter = `--${part.params.boundary}`;
  const sections = part.body.split(delimiter).slice(1);
  return sections.filter((section) => !section.startsWith("--")).map((section) => section.replace(/^\n/, ""));
}

export function mimeOutline(raw: string): MimeOutline {
  const part = splitPart(raw);
  if (!part.type.startsWith("multipart/")) return part.type;
  return { [part.type]: childrenOf(part).map(mimeOutline) };
}

/** The Content-Type parameters of every leaf part of this type, in message order. */
export function partParams(raw: string, type: string): Array<Record<string, string>> {
  const part = splitPart(raw);
  if (part.type.startsWith("multipart/")) return childrenOf(part).flatMap((child) => partParams(child, type));
  return part.type === type ? [part.params] : [];
}
