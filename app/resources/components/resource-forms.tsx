// The resources page's forms: add a document, add a link, and per resource a form to rename it,
// move it to a session or the whole convening, mark it public or private, and one to delete it.
// Each is bound to its schema by useSchemaForm and shows the server's answer when it was the one
// sent; ids are prefixed per form, as the page holds several forms with the same field names.
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextField,
  type Field,
  type SelectOption,
} from "~/components/form-fields";
import { ACCEPTED_EXTENSIONS, ALLOWED_TYPES_SENTENCE, formatFileSize } from "~/domain/resources/file-kinds";
import { useSchemaForm, type FormResult } from "~/forms/schema-form";
import { ContentLang } from "~/i18n/content-lang";
import { useT } from "~/i18n/use-t";
import {
  ADD_FILE_INTENT,
  ADD_LINK_INTENT,
  addFileSchema,
  addLinkSchema,
  DELETE_RESOURCE_INTENT,
  FILE_FIELD,
  UPDATE_RESOURCE_INTENT,
  updateResourceSchema,
} from "../resource-forms";
import type { ResourceView } from "../resource-views";
import { FileField } from "./file-field";

const WHOLE_CONVENING: SelectOption = { value: "", label: "The whole convening" };

function PublicCheckbox({ field, id }: { field: Field; id: string }) {
  const { key: _key, ...props } = getInputProps(field, { type: "checkbox", ariaAttributes: false });
  return (
    <label className="checkbox">
      <input {...props} id={id} />
      Public: also on the share link, for people without an account
    </label>
  );
}

export function AddFileForm({
  sessions,
  maxBytes,
  lastResult,
}: {
  sessions: SelectOption[];
  maxBytes: number;
  lastResult?: FormResult | null;
}) {
  const [form, fields] = useSchemaForm({ id: "add-file", schema: addFileSchema, lastResult });
  const fieldId = (name: string) => (name === FILE_FIELD ? "file" : `file-${name}`);
  return (
    <Form method="post" encType="multipart/form-data" className="form" {...getFormProps(form)}>
      <h2 id="add-file-title">Add a document</h2>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} fieldId={fieldId} />
      <FileField
        id="file"
        name={FILE_FIELD}
        label="Document"
        hint={`Pre-reading, slides, a template: ${ALLOWED_TYPES_SENTENCE}, up to ${formatFileSize(maxBytes)}.`}
        error={lastResult?.error?.[FILE_FIELD]?.[0]}
        accept={ACCEPTED_EXTENSIONS}
      />
      <TextField
        field={fields.title}
        id="file-title"
        label="Title (optional)"
        hint="Left blank, the file's name is its title."
      />
      <SelectField field={fields.sessionId} id="file-sessionId" label="For" options={[WHOLE_CONVENING, ...sessions]} />
      <PublicCheckbox field={fields.isPublic} id="file-isPublic" />
      <SubmitButton name="intent" value={ADD_FILE_INTENT} pendingText="Uploading…">
        Upload
      </SubmitButton>
    </Form>
  );
}

export function AddLinkForm({ sessions, lastResult }: { sessions: SelectOption[]; lastResult?: FormResult | null }) {
  const [form, fields] = useSchemaForm({ id: "add-link", schema: addLinkSchema, lastResult });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <h2 id="add-link-title">Add a link</h2>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} fieldId={(name) => `link-${name}`} />
      <TextField field={fields.title} id="link-title" label="Title" />
      <TextField
        field={fields.url}
        id="link-url"
        type="url"
        label="Web address"
        hint="The full address, starting with https://"
        spellCheck={false}
      />
      <SelectField field={fields.sessionId} id="link-sessionId" label="For" options={[WHOLE_CONVENING, ...sessions]} />
      <PublicCheckbox field={fields.isPublic} id="link-isPublic" />
      <SubmitButton name="intent" value={ADD_LINK_INTENT} pendingText="Adding…">
        Add the link
      </SubmitButton>
    </Form>
  );
}

export type ManagedResource = ResourceView & { sessionTitle: string | null };

/** One resource on the list: its download, and for managers the forms to change or delete it. */
export function ResourceRow({
  resource,
  sessions,
  canManage,
  lastResult,
}: {
  resource: ManagedResource;
  sessions: SelectOption[];
  canManage: boolean;
  lastResult?: FormResult | null;
}) {
  const t = useT();
  const prefix = `resource-${resource.id}`;
  const [form, fields] = useSchemaForm({
    id: prefix,
    schema: updateResourceSchema,
    lastResult,
    defaultValue: {
      resourceId: resource.id,
      title: resource.title,
      sessionId: resource.sessionId ?? "",
      isPublic: resource.isPublic ? "on" : "",
    },
  });
  return (
    <li className="resource-list__item resource-row">
      <p className="resource-row__title">
        <a href={resource.href} rel={resource.kind === "link" ? "noreferrer" : undefined}>
          <ContentLang>{resource.title}</ContentLang>
        </a>{" "}
        <span className="muted">({resource.details})</span>{" "}
        <span className={resource.isPublic ? "badge badge--success" : "badge badge--neutral"}>
          {resource.isPublic ? t("resources.public") : t("resources.private")}
        </span>
      </p>
      <p className="muted">
        {resource.sessionTitle ? (
          <>
            {t("resources.row.for")} <ContentLang>{resource.sessionTitle}</ContentLang>
          </>
        ) : (
          t("resources.row.wholeConvening")
        )}
      </p>
      {canManage ? (
        <details className="resource-row__change" open={Boolean(lastResult)}>
          <summary>
            Change or delete<span className="visually-hidden"> {resource.title}</span>
          </summary>
          <Form method="post" className="form" {...getFormProps(form)}>
            <ErrorSummary id={form.errorId} errors={lastResult?.error} fieldId={(name) => `${prefix}-${name}`} />
            <input type="hidden" name="resourceId" value={resource.id} />
            <TextField field={fields.title} id={`${prefix}-title`} label="Title" />
            <SelectField
              field={fields.sessionId}
              id={`${prefix}-sessionId`}
              label="For"
              options={[WHOLE_CONVENING, ...sessions]}
            />
            <PublicCheckbox field={fields.isPublic} id={`${prefix}-isPublic`} />
            <SubmitButton name="intent" value={UPDATE_RESOURCE_INTENT} pendingText="Saving…">
              Save<span className="visually-hidden"> {resource.title}</span>
            </SubmitButton>
          </Form>
          <Form method="post" className="resource-row__delete">
            <input type="hidden" name="resourceId" value={resource.id} />
            <button type="submit" name="intent" value={DELETE_RESOURCE_INTENT} className="button button--danger">
              Delete<span className="visually-hidden"> {resource.title}</span>
            </button>
          </Form>
        </details>
      ) : null}
    </li>
  );
}
