// The travel documents form on the delegate page, for the delegate and managers: passport, the
// permission to enter, insurance and an emergency contact, each part in its own fieldset.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorSummary, HiddenField, SelectField, SubmitButton, TextField } from "~/components/form-fields";
import { COUNTRY_CHOICES } from "~/domain/vocabulary/countries";
import {
  ENTRY_PERMISSION_KIND_LABELS,
  ENTRY_PERMISSION_KINDS,
  ENTRY_PERMISSION_STATUS_LABELS,
  ENTRY_PERMISSION_STATUSES,
} from "~/domain/vocabulary/travel-documents";
import { useSchemaForm, type FormResult } from "~/forms/schema-form";
import { SAVE_TRAVEL_DOCUMENTS_INTENT, travelDocumentSchema } from "../travel-document-form";

type Props = {
  values: Record<string, string>;
  returnDay: string;
  returnDayText: string;
  deletionNote: string;
  isOwn: boolean;
  lastResult?: FormResult | null;
};

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>, none: string) => [
  { value: "", label: none },
  ...values.map((value) => ({ value, label: labels[value] })),
];

export function TravelDocumentsForm({ values, returnDay, returnDayText, deletionNote, isOwn, lastResult }: Props) {
  const [form, fields] = useSchemaForm({
    id: "travel-documents",
    schema: travelDocumentSchema({ returnDay }),
    lastResult,
    defaultValue: values,
  });
  return (
    <>
      <p className="muted">
        {isOwn ? "Only you and the programme team see these." : "Only the delegate and the programme team see these."}{" "}
        They are never emailed or shared with city representatives, who see only whether they are complete.{" "}
        {deletionNote}
      </p>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <HiddenField field={fields.revision} />
        <fieldset className="fieldset">
          <legend className="form-section">Passport</legend>
          <TextField field={fields.passportName} label="Name as on the passport" autoComplete="off" />
          <SelectField
            field={fields.nationality}
            label="Nationality"
            options={[{ value: "", label: "Choose a country" }, ...COUNTRY_CHOICES]}
          />
          <TextField
            field={fields.passportExpiry}
            label="Passport expires on"
            type="date"
            hint={`It must be valid until the return on ${returnDayText}.`}
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend className="form-section">Permission to enter</legend>
          <div className="field-pair">
            <SelectField
              field={fields.entryKind}
              label="Travelling on"
              options={choices(ENTRY_PERMISSION_KINDS, ENTRY_PERMISSION_KIND_LABELS, "Not known yet")}
            />
            <SelectField
              field={fields.entryStatus}
              label="Application"
              hint="For an ESTA or a visa."
              options={choices(ENTRY_PERMISSION_STATUSES, ENTRY_PERMISSION_STATUS_LABELS, "Not started")}
            />
          </div>
          <TextField
            field={fields.entryExpiry}
            label="ESTA or visa expires on"
            type="date"
            hint={`Once approved; it must be valid until the return on ${returnDayText}.`}
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend className="form-section">Travel insurance</legend>
          <div className="field-pair">
            <TextField field={fields.insuranceProvider} label="Insurer" />
            <TextField field={fields.insurancePolicyNumber} label="Policy number" autoComplete="off" />
          </div>
          <TextField
            field={fields.insuranceValidUntil}
            label="Covered until"
            type="date"
            hint={`It must cover the whole trip, to ${returnDayText}.`}
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend className="form-section">Emergency contact</legend>
          <div className="field-pair">
            <TextField field={fields.emergencyName} label="Name" autoComplete="off" />
            <TextField field={fields.emergencyRelation} label="Relation" hint="For example: partner, sister." />
          </div>
          <TextField
            field={fields.emergencyPhone}
            label="Phone"
            inputMode="tel"
            autoComplete="off"
            hint="With the country code, like +44 117 496 0000."
          />
        </fieldset>
        <SubmitButton name="intent" value={SAVE_TRAVEL_DOCUMENTS_INTENT} pendingText="Saving…">
          Save travel documents
        </SubmitButton>
      </Form>
    </>
  );
}
