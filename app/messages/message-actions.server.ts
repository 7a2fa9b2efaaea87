// The messages page's intents: preview (the message and its count, nothing sent), send (once per
// form, whatever happens to the request), and resume (finish a send that stopped). Bad input and
// an audience of nobody come back at their field with everything typed kept.
import { json } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod/v3";
import { z } from "zod";
import { forbidden } from "~/accounts/auth.server";
import { audienceDescription, peopleCount, type MessageAudience } from "~/domain/vocabulary/messages";
import { optionalId } from "~/forms/fields";
import { replyWithErrors, withKeptValue, type FieldErrors, type FormResult } from "~/forms/schema-form";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { getCityById } from "~models/city.server";
import {
  findConveningMessageByFormToken,
  getConveningMessage,
  isMessageFormToken,
  newMessageFormToken,
} from "~models/convening-message.server";
import type { ConveningRecord } from "~models/convening.server";
import type { SignedInPerson } from "~models/person.server";
import { renderMessage } from "./message-email.server";
import { messageSchema, PREVIEW_MESSAGE_INTENT, SEND_MESSAGE_INTENT } from "./message-form";
import { canChooseAudience, canSeeMessage, canWriteTo, type Audience } from "./policy";
import { findRecipients, findSelectedRecipients } from "./recipients.server";
import { deliverConveningMessage, sendConveningMessage, type Delivery } from "./send-message.server";

export type MessagePreview = { subject: string; text: string; recipientCount: number; audience: string };
export type MessageActionData = { result: FormResult; preview: MessagePreview | null };

type Submission = Parameters<typeof replyWithErrors>[0];

const answer = (data: MessageActionData, status = 200) => json<MessageActionData>(data, { status });
const refuse = (submission: Submission, errors: { fields?: FieldErrors; form?: string }) =>
  answer({ result: replyWithErrors(submission, errors), preview: null }, 400);

const messagesPage = (convening: ConveningRecord) => `/convenings/${convening.id}/messages`;

const NOBODY: Record<Exclude<MessageAudience, "city">, string> = {
  everyone: "Nobody is registered yet, so there is nobody to write to.",
  waitlist: "Nobody is on the waitlist, so there is nobody to write to.",
  pending: "No registration is waiting for approval, so there is nobody to write to.",
  selected: "None of the people selected can be written to: they have cancelled, been declined or deleted their data.",
};

/** "Nobody is on the waitlist…", at the field that chose the audience (a rep's is fixed: the form's own message). */
function nobodyToWriteTo(person: SignedInPerson, audience: Audience, cityName: string | null) {
  const message =
    audience.kind === "city"
      ? `Nobody from ${cityName ?? "this city"} has a place yet, so there is nobody to write to.`
      : NOBODY[audience.kind];
  if (!canChooseAudience(person) || audience.kind === "selected") return { form: message };
  return { fields: { [audience.kind === "city" ? "cityId" : "audience"]: message } };
}

function notSentNote(delivery: Pick<Delivery, "notSent">) {
  return delivery.notSent > 0
    ? ` ${peopleCount(delivery.notSent)} could not be sent it: their address was refused, or they deleted their data.`
    : "";
}

function sentNote(delivery: Delivery) {
  const count = peopleCount(delivery.message.recipientCount);
  if (delivery.isNew) return `Sent to ${count}: the emails are on their way.${notSentNote(delivery)}`;
  const rest = delivery.queued > 0 ? ` The ${peopleCount(delivery.queued)} it had not reached yet get it now.` : "";
  return `This message was sent already (to ${count}), so nobody got it twice.${rest}`;
}

/** Preview or send, from the same form. */
export async function answerMessageForm(
  intent: typeof PREVIEW_MESSAGE_INTENT | typeof SEND_MESSAGE_INTENT,
  person: SignedInPerson,
  convening: ConveningRecord,
  formData: FormData,
) {
  const submission = parseWithZod(formData, { schema: messageSchema });
  if (submission.status !== "success") return answer({ result: submission.reply(), preview: null }, 400);
  const form = submission.value;
  const decision = canWriteTo(person, convening, form.audience);
  if (!decision.ok) throw forbidden(decision.reason);
  const city = form.audience.cityId ? await getCityById(form.audience.cityId) : null;
  if (form.audience.kind === "city" && !city)
    return refuse(submission, { fields: { cityId: "Choose a city from the list" } });

  if (intent === SEND_MESSAGE_INTENT) {
    if (!isMessageFormToken(form.formToken)) {
      const result = replyWithErrors(submission, {
        form: "This form could not be matched to the page it came from, so nothing was sent. Check the message and send it again.",
      });
      return answer({ result: withKeptValue(result, "formToken", newMessageFormToken()), preview: null }, 400);
    }
    // The same form again (a double click, a retry after an error): the first record answers, and only
    // people it had not reached yet are sent anything.
    const sent = await findConveningMessageByFormToken(form.formToken);
    if (sent) {
      invariantResponse(sent.conveningId === convening.id, "This form belongs to another convening.", { status: 400 });
      const delivery = await deliverConveningMessage(sent, convening);
      return redirectWithToast(messagesPage(convening), sentNote({ ...delivery, isNew: false }));
    }
  }

  // The people ticked on the attendee list are checked again here: the form's ids are the writer's word.
  const selected =
    form.audience.kind === "selected"
      ? await findSelectedRecipients(person, convening.id, form.audience.registrationIds)
      : null;
  if (selected && !selected.ok) {
    if (selected.status === 403) throw forbidden(selected.message);
    return refuse(submission, { form: selected.message });
  }
  const recipients = selected ? selected.recipients : await findRecipients(convening.id, form.audience);
  if (recipients.length === 0) return refuse(submission, nobodyToWriteTo(person, form.audience, city?.name ?? null));
  if (intent === PREVIEW_MESSAGE_INTENT) {
    return answer({
      result: submission.reply(),
      preview: {
        ...renderMessage({ subject: form.subject, body: form.body, audience: form.audience.kind }, convening),
        recipientCount: recipients.length,
        audience: audienceDescription(form.audience.kind, city?.name ?? null),
      },
    });
  }
  const audience = selected ? { ...form.audience, cityId: selected.cityId } : form.audience;
  const delivery = await sendConveningMessage({ ...form, audience }, recipients, convening, person);
  return redirectWithToast(messagesPage(convening), sentNote(delivery));
}

const resumeSchema = z.object({ messageId: optionalId("Choose a message from the list") });

/** Sends a recorded message to those it has not reached (a send that stopped half-way). */
export async function resumeMessage(person: SignedInPerson, convening: ConveningRecord, formData: FormData) {
  const submission = parseWithZod(formData, { schema: resumeSchema });
  const message = submission.status === "success" ? await getConveningMessage(submission.value.messageId) : null;
  invariantResponse(
    message && message.conveningId === convening.id && canSeeMessage(person, message),
    "There is no such message for this convening.",
    { status: 404 },
  );
  const delivery = await deliverConveningMessage(message, convening);
  return redirectWithToast(
    messagesPage(convening),
    `“${message.subject}”: every recipient's email is on its way (${peopleCount(delivery.queued)} sent now).${notSentNote(delivery)}`,
  );
}
