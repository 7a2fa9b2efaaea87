// A convening's feedback page for the programme team: the form's questions (made from the
// convening's aims and sessions the first time it is opened), named or confidential, sent or not,
// and how many were invited and answered per city. Managers change the form until it is sent,
// send it at once, or close it; a city representative sees their own city's response rate only.
import { json } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod/v3";
import { addedQuestionKey, isFormOpen } from "~/domain/feedback/feedback-rules";
import { replyWithErrors, STALE_MESSAGE } from "~/forms/schema-form";
import { redirectWithToast } from "~/utils/toast.server";
import { getCityNames } from "~models/city.server";
import type { ConveningRecord } from "~models/convening.server";
import { saveFeedbackForm, type FeedbackFormRecord } from "~models/feedback-form.server";
import { countAnswersByCity } from "~models/feedback-invitation.server";
import type { SignedInPerson } from "~models/person.server";
import { ensureFormFor, sendFeedbackForm } from "./feedback-mail.server";
import {
  ADD_QUESTION_INTENT,
  addQuestionSchema,
  CLOSE_FORM_INTENT,
  closeFormSchema,
  REMOVE_QUESTION_INTENT,
  removeQuestionSchema,
  SEND_NOW_INTENT,
  SET_NAMED_INTENT,
  setNamedSchema,
} from "./feedback-forms";
import { canManageFeedback, canSeeResponseRateOf } from "./policy";

export async function loadFeedbackPage(viewer: SignedInPerson, convening: ConveningRecord, now = new Date()) {
  const form = await ensureFormFor(convening);
  const counts = (await countAnswersByCity(convening.id)).filter((row) => canSeeResponseRateOf(viewer, row.cityId));
  const names = await getCityNames(counts.flatMap((row) => (row.cityId ? [row.cityId] : [])));
  const byCity = counts
    .map((row) => ({
      cityName: row.cityId ? (names.get(row.cityId) ?? "Unknown city") : "Programme team and partners",
      invited: row.invited,
      answered: row.answered,
    }))
    .sort((a, b) => a.cityName.localeCompare(b.cityName));
  const canManage = canManageFeedback(viewer).ok;
  return {
    convening: { id: convening.id, title: convening.title, status: convening.status },
    canManage,
    form: {
      revision: form.revision,
      named: form.named,
      questions: canManage ? form.questions : [],
      sentAt: form.sentAt?.toISOString() ?? null,
      closesAt: form.closesAt?.toISOString() ?? null,
      closedAt: form.closedAt?.toISOString() ?? null,
      isOpen: isFormOpen(form, now),
      isEditable: !form.sentAt,
    },
    totals: {
      invited: byCity.reduce((sum, row) => sum + row.invited, 0),
      answered: byCity.reduce((sum, row) => sum + row.answered, 0),
    },
    byCity,
  };
}

const pageOf = (convening: ConveningRecord) => `/convenings/${convening.id}/feedback`;

function refused(intent: string, result: ReturnType<typeof replyWithErrors>, status = 400) {
  return json({ intent, result }, { status });
}

async function change(
  convening: ConveningRecord,
  intent: string,
  submission: Parameters<typeof replyWithErrors>[0],
  revision: number,
  form: FeedbackFormRecord,
  changes: Parameters<typeof saveFeedbackForm>[2],
  done: string,
) {
  if (revision !== form.revision || !(await saveFeedbackForm(convening.id, revision, changes)))
    return refused(intent, replyWithErrors(submission, { form: STALE_MESSAGE }), 409);
  return redirectWithToast(pageOf(convening), done);
}

const SENT_ALREADY = "The form was sent: its questions and naming no longer change, so every answer means the same.";

export async function feedbackPageAction(formData: FormData, convening: ConveningRecord, now = new Date()) {
  const form = await ensureFormFor(convening);
  const intent = String(formData.get("intent") ?? "");
  switch (intent) {
    case ADD_QUESTION_INTENT: {
      const submission = parseWithZod(formData, { schema: addQuestionSchema });
      if (submission.status !== "success") return refused(intent, submission.reply());
      if (form.sentAt) return refused(intent, replyWithErrors(submission, { form: SENT_ALREADY }), 409);
      const { kind, text, revision } = submission.value;
      const question = { key: addedQuestionKey(form.questions), kind, text };
      return change(
        convening,
        intent,
        submission,
        revision,
        form,
        { questions: [...form.questions, question] },
        "Question added.",
      );
    }
    case REMOVE_QUESTION_INTENT: {
      const submission = parseWithZod(formData, { schema: removeQuestionSchema });
      if (submission.status !== "success") return refused(intent, submission.reply());
      if (form.sentAt) return refused(intent, replyWithErrors(submission, { form: SENT_ALREADY }), 409);
      const { key, revision } = submission.value;
      if (!form.questions.some((question) => question.key === key))
        return refused(intent, replyWithErrors(submission, { form: "That question is not on the form any more." }));
      const questions = form.questions.filter((question) => question.key !== key);
      return change(convening, intent, submission, revision, form, { questions }, "Question removed.");
    }
    case SET_NAMED_INTENT: {
      const submission = parseWithZod(formData, { schema: setNamedSchema });
      if (submission.status !== "success") return refused(intent, submission.reply());
      if (form.sentAt) return refused(intent, replyWithErrors(submission, { form: SENT_ALREADY }), 409);
      const { named, revision } = submission.value;
      return change(
        convening,
        intent,
        submission,
        revision,
        form,
        { named },
        named ? "The form is named: respondents are told before they answer." : "The form is confidential.",
      );
    }
    case SEND_NOW_INTENT: {
      if (convening.status === "cancelled" || convening.status === "draft")
        return json(
          { intent, result: null, message: "Only a published or completed convening's form can be sent." },
          { status: 409 },
        );
      if (form.closedAt) return json({ intent, result: null, message: "The form is closed." }, { status: 409 });
      const report = await sendFeedbackForm(convening, now);
      const sent = report.sent.length;
      return redirectWithToast(
        pageOf(convening),
        sent === 0
          ? "Nobody new to send to: everyone who attended has the form."
          : `Form sent to ${sent} ${sent === 1 ? "attendee" : "attendees"}.`,
      );
    }
    case CLOSE_FORM_INTENT: {
      const submission = parseWithZod(formData, { schema: closeFormSchema });
      if (submission.status !== "success") return refused(intent, submission.reply());
      return change(
        convening,
        intent,
        submission,
        submission.value.revision,
        form,
        { closedAt: now },
        "The form is closed.",
      );
    }
  }
  return json({ intent: null, result: null, message: "That form could not be understood." }, { status: 400 });
}
