// The respondent's side: their one-time link opens the convening's form (no account), and one
// submission stores their answers. The response is inserted first under its own unique _id (an
// HMAC of the token), so a second submission of the same link finds it taken; then the
// invitation is marked answered (again by that second submission, should the first have stopped between). Bad answers store nothing and come back to their fields.
import { checkAnswers, isFormOpen, submissionDay, type FeedbackQuestion } from "~/domain/feedback/feedback-rules";
import { invariantResponse } from "~/utils/invariant";
import { findConveningBriefs } from "~models/queries/feedback-recipients.server";
import { getFeedbackForm, type FeedbackFormRecord } from "~models/feedback-form.server";
import {
  findFeedbackInvitationByToken,
  markFeedbackInvitationAnswered,
  type FeedbackInvitationRecord,
} from "~models/feedback-invitation.server";
import { insertFeedbackResponse } from "~models/feedback-response.server";
import { feedbackResponseId } from "./response-id.server";

export const LINK_USED_MESSAGE = "This link has already been used: thank you, your answers were saved.";
export const FORM_CLOSED_MESSAGE =
  "This feedback form has closed: answers are no longer taken. Thank you all the same.";
export const UNKNOWN_LINK_MESSAGE =
  "This feedback link is not known. It may have been mistyped, or replaced by the link in a reminder email.";

export type RespondentPage = {
  convening: { title: string };
  named: boolean;
  questions: FeedbackQuestion[];
  state: "open" | "closed" | "answered";
};

async function lookUp(
  token: string,
): Promise<{ invitation: FeedbackInvitationRecord; form: FeedbackFormRecord; title: string }> {
  const invitation = await findFeedbackInvitationByToken(token);
  invariantResponse(invitation, UNKNOWN_LINK_MESSAGE, { status: 404 });
  const [form, [convening]] = await Promise.all([
    getFeedbackForm(invitation.conveningId),
    findConveningBriefs([invitation.conveningId]),
  ]);
  invariantResponse(form && convening, UNKNOWN_LINK_MESSAGE, { status: 404 });
  return { invitation, form, title: convening.title };
}

export async function loadRespondentPage(token: string, now = new Date()): Promise<RespondentPage> {
  const { invitation, form, title } = await lookUp(token);
  return {
    convening: { title },
    named: form.named,
    questions: form.questions,
    state: invitation.answeredAt ? "answered" : isFormOpen(form, now) ? "open" : "closed",
  };
}

export type SubmitResult =
  | { status: "saved" }
  | { status: "refused"; message: string }
  | { status: "invalid"; errors: Record<string, string>; values: Record<string, string> };

export async function submitFeedback(token: string, formData: FormData, now = new Date()): Promise<SubmitResult> {
  const { invitation, form } = await lookUp(token);
  if (invitation.answeredAt) return { status: "refused", message: LINK_USED_MESSAGE };
  if (!isFormOpen(form, now)) return { status: "refused", message: FORM_CLOSED_MESSAGE };
  const fields: Record<string, string> = {};
  for (const question of form.questions) {
    const value = formData.get(question.key);
    fields[question.key] = typeof value === "string" ? value : "";
  }
  const checked = checkAnswers(form.questions, fields);
  if (!checked.ok) return { status: "invalid", errors: checked.errors, values: checked.values };
  const stored = await insertFeedbackResponse(feedbackResponseId(token), {
    conveningId: invitation.conveningId,
    cityId: invitation.cityId,
    role: invitation.role,
    ...(form.named ? { personId: invitation.personId } : {}),
    answers: checked.answers,
    submittedOn: submissionDay(now),
  });
  // Marked answered on "used" too: a first submission cut off after its insert is finished here.
  await markFeedbackInvitationAnswered(invitation, now);
  return stored === "used" ? { status: "refused", message: LINK_USED_MESSAGE } : { status: "saved" };
}
