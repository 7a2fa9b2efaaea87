// The message form: who it goes to, a subject and a plain-text body, and the token the form was
// shown with (one token, one message). "Preview" shows the message and its count; "Send" sends.
import { z } from "zod";
import { choice, optionalId, text, title, tooLong } from "~/forms/fields";
import { MAX_MESSAGE_BODY_LENGTH, MAX_MESSAGE_SUBJECT_LENGTH, MESSAGE_AUDIENCES } from "~/domain/vocabulary/messages";

export const PREVIEW_MESSAGE_INTENT = "preview";
export const SEND_MESSAGE_INTENT = "send";
/** Sends a recorded message to those it has not reached yet (after a send that stopped). */
export const RESUME_MESSAGE_INTENT = "resume";

// Browsers send a textarea's line breaks as CRLF: counted as one character, as the writer sees them.
const messageBody = z
  .string()
  .optional()
  .transform((value) => (value ?? "").replace(/\r\n?/g, "\n").trim())
  .superRefine((value, context) => {
    const issue = (message: string) => context.addIssue({ code: z.ZodIssueCode.custom, message });
    if (value === "") issue("Write the message");
    else if (value.length > MAX_MESSAGE_BODY_LENGTH) issue(tooLong("Message", MAX_MESSAGE_BODY_LENGTH)(value.length));
  });

/** The people ticked on the attendee list, for the "selected" audience: one value or many. */
const registrationIds = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.string().trim()).max(500, "Select at most 500 people at a time"),
);

export const messageSchema = z
  .object({
    formToken: text(),
    registrationIds,
    audience: choice(MESSAGE_AUDIENCES, "Choose who the message goes to"),
    cityId: optionalId("Choose a city from the list"),
    subject: title("Enter a subject", {
      max: MAX_MESSAGE_SUBJECT_LENGTH,
      tooLong: tooLong("Subject", MAX_MESSAGE_SUBJECT_LENGTH),
    }),
    body: messageBody,
  })
  .superRefine((value, context) => {
    if (value.audience === "city" && value.cityId === "") {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["cityId"],
        message: "Choose the city whose delegation gets the message",
      });
    }
  })
  .transform(({ audience, cityId, registrationIds, ...rest }) => ({
    ...rest,
    audience: {
      kind: audience,
      cityId: audience === "city" ? cityId : null,
      registrationIds: audience === "selected" ? registrationIds : [],
    },
  }));

export type MessageForm = z.output<typeof messageSchema>;
