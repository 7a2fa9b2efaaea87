// The message form: to whom (managers choose; a city rep's is their own city's delegation), a
// subject and a plain-text message. "Preview" shows the message and the count without sending;
// "Send" sends it. Works without JavaScript: each button posts its own intent.
import { Form, Link } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import {
  ErrorSummary,
  HiddenField,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from "~/components/form-fields";
import { MAX_MESSAGE_BODY_LENGTH, MAX_MESSAGE_SUBJECT_LENGTH, peopleCount } from "~/domain/vocabulary/messages";
import { useSchemaForm } from "~/forms/schema-form";
import type { MessageActionData } from "~/messages/message-actions.server";
import { messageSchema, PREVIEW_MESSAGE_INTENT, SEND_MESSAGE_INTENT } from "~/messages/message-form";
import type { MessagesPage } from "~/messages/messages-page.server";
import { namesList } from "~/registration/selection";
import { MessagePreview } from "./message-preview";

type MessageFormProps = {
  page: Pick<
    MessagesPage,
    "formToken" | "canChooseAudience" | "audienceOptions" | "cityOptions" | "ownCity" | "selection" | "convening"
  >;
  lastAnswer?: MessageActionData | null;
};

export function MessageForm({ page, lastAnswer }: MessageFormProps) {
  const [form, fields] = useSchemaForm({
    id: "convening-message",
    schema: messageSchema,
    lastResult: lastAnswer?.result,
    defaultValue: {
      formToken: page.formToken,
      audience: page.selection ? "selected" : page.canChooseAudience ? "everyone" : "city",
      cityId: page.ownCity?.id ?? "",
    },
  });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <ErrorSummary id={form.errorId} errors={lastAnswer?.result.error} />
      <HiddenField field={fields.formToken} />
      {page.selection ? (
        <>
          <HiddenField field={fields.audience} value="selected" />
          {page.selection.registrationIds.map((id) => (
            <input key={id} type="hidden" name="registrationIds" value={id} />
          ))}
          <p>
            To: the {peopleCount(page.selection.recipientCount)} you selected on the attendee list
            {page.selection.names.length > 0 ? `: ${namesList(page.selection.names)}` : ""}.{" "}
            <Link to={`/convenings/${page.convening.id}/attendees`}>Change the selection</Link>
          </p>
        </>
      ) : page.canChooseAudience ? (
        <>
          <SelectField field={fields.audience} label="Send to" options={page.audienceOptions} />
          <SelectField
            field={fields.cityId}
            label="City"
            hint="Only for one city's delegation: the people from that city with a place."
            options={[{ value: "", label: "Choose a city" }, ...page.cityOptions]}
          />
        </>
      ) : page.ownCity ? (
        <>
          <HiddenField field={fields.audience} value="city" />
          <HiddenField field={fields.cityId} value={page.ownCity.id} />
          <p>
            To: {page.ownCity.name}&apos;s delegation, the people from your city with a place (
            {peopleCount(page.ownCity.recipientCount)}).
          </p>
        </>
      ) : null}
      <TextField field={fields.subject} label="Subject" hint={`Up to ${MAX_MESSAGE_SUBJECT_LENGTH} characters.`} />
      <TextAreaField
        field={fields.body}
        label="Message"
        hint={`Plain text, up to ${MAX_MESSAGE_BODY_LENGTH.toLocaleString("en-GB")} characters. Links stay as you type them; the convening's name and link are added at the end.`}
        rows={12}
      />
      {lastAnswer?.preview ? <MessagePreview preview={lastAnswer.preview} /> : null}
      <div className="cluster">
        <SubmitButton name="intent" value={PREVIEW_MESSAGE_INTENT} pendingText="Preparing the preview…">
          Preview
        </SubmitButton>
        <SubmitButton name="intent" value={SEND_MESSAGE_INTENT} pendingText="Sending…">
          Send
        </SubmitButton>
      </div>
    </Form>
  );
}
