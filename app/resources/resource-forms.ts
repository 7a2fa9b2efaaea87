// The resources page's forms: add a document (multipart, with the file), add a link, change one
// (title, session, public or private) and delete one. Each has an intent sent by its button and a
// zod schema built from the shared field schemas; the file itself is checked while it streams in
// (resource-upload.server.ts), and its message is added at the `file` field.
import { z } from "zod";
import { checkbox, optionalId, text, title, tooLong } from "~/forms/fields";

export const ADD_FILE_INTENT = "add-file";
export const ADD_LINK_INTENT = "add-link";
export const UPDATE_RESOURCE_INTENT = "update";
export const DELETE_RESOURCE_INTENT = "delete";

/** The name of the file input: the one file part an upload keeps. */
export const FILE_FIELD = "file";

const TITLE_MAX = 160;
const URL_MAX = 2000;

const sessionId = () => optionalId("Choose one of this convening's sessions, or the whole convening");
const resourceId = () => optionalId("This resource is not on the list any more").refine(Boolean, "Choose a resource");

/** Whether a typed address is a full http(s) web address with a host name. */
export function isWebAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") && !url.username;
  } catch {
    return false;
  }
}

const webAddress = () =>
  text().superRefine((value, context) => {
    const issue = (message: string) => context.addIssue({ code: z.ZodIssueCode.custom, message });
    if (value === "") issue("Enter the link's web address");
    else if (value.length > URL_MAX) issue(tooLong("The web address", URL_MAX)(value.length));
    else if (!isWebAddress(value)) issue("Enter a full web address starting with https:// (or http://)");
  });

export const addFileSchema = z.object({
  intent: z.literal(ADD_FILE_INTENT),
  // Blank: the file's name is its title.
  title: text({ max: TITLE_MAX, tooLong: tooLong("Title", TITLE_MAX) }),
  sessionId: sessionId(),
  isPublic: checkbox(),
});

export const addLinkSchema = z.object({
  intent: z.literal(ADD_LINK_INTENT),
  title: title("Give the link a title", { max: TITLE_MAX, tooLong: tooLong("Title", TITLE_MAX) }),
  url: webAddress(),
  sessionId: sessionId(),
  isPublic: checkbox(),
});

export const updateResourceSchema = z.object({
  intent: z.literal(UPDATE_RESOURCE_INTENT),
  resourceId: resourceId(),
  title: title("A resource needs a title", { max: TITLE_MAX, tooLong: tooLong("Title", TITLE_MAX) }),
  sessionId: sessionId(),
  isPublic: checkbox(),
});

export const deleteResourceSchema = z.object({
  intent: z.literal(DELETE_RESOURCE_INTENT),
  resourceId: resourceId(),
});

/** A file's title when none was typed: its name without the extension. */
export function titleFromFilename(filename: string): string {
  return (filename.replace(/\.[A-Za-z0-9]{1,8}$/, "").trim() || filename).slice(0, TITLE_MAX);
}
