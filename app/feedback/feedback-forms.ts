// The manager's forms on a convening's feedback page, one intent each: add a question, remove
// one, make the form named or confidential (all three only before it is sent), send it now, close it.
import { z } from "zod";
import { QUESTION_TEXT_MAX } from "~/domain/feedback/feedback-rules";
import { checkbox, choice, requiredText, text, tooLong } from "~/forms/fields";

export const ADD_QUESTION_INTENT = "add-question";
export const REMOVE_QUESTION_INTENT = "remove-question";
export const SET_NAMED_INTENT = "set-named";
export const SEND_NOW_INTENT = "send-now";
export const CLOSE_FORM_INTENT = "close";

const revision = () => z.coerce.number().int().min(1);

export const ADDED_QUESTION_KINDS = ["scale", "text"] as const;

export const addQuestionSchema = z.object({
  intent: z.literal(ADD_QUESTION_INTENT),
  revision: revision(),
  kind: choice(ADDED_QUESTION_KINDS, "Choose a score from 1 to 5 or an open answer"),
  text: requiredText("Write the question", {
    max: QUESTION_TEXT_MAX,
    tooLong: tooLong("The question", QUESTION_TEXT_MAX),
  }),
});

export const removeQuestionSchema = z.object({
  intent: z.literal(REMOVE_QUESTION_INTENT),
  revision: revision(),
  key: text().refine((key) => key !== "", "Choose a question to remove"),
});

export const setNamedSchema = z.object({
  intent: z.literal(SET_NAMED_INTENT),
  revision: revision(),
  named: checkbox(),
});

export const sendNowSchema = z.object({ intent: z.literal(SEND_NOW_INTENT) });
export const closeFormSchema = z.object({ intent: z.literal(CLOSE_FORM_INTENT), revision: revision() });
