// The form for one travel segment, new or edited: times typed as the wall clock at each end, in
// that end's zone, chosen from the IANA list. Works without JavaScript; errors sit at their fields.
import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import {
  CheckboxField,
  ErrorSummary,
  HiddenField,
  SelectField,
  SubmitButton,
  TextField,
  shownValue,
} from "~/components/form-fields";
import { nestedValues, useSchemaForm, type FormFields, type FormResult } from "~/forms/schema-form";
import { SAVE_SEGMENT_INTENT, segmentFormSchema, TRAVEL_MODE_OPTIONS } from "~/exchanges/segment-form";
import { ChoiceCheckboxes } from "./choice-checkboxes";
import { TIME_ZONE_LIST_ID } from "./time-zone-list";

type Option = { value: string; label: string };

export type SegmentFormChoices = {
  exchange: { startsAt: string; endsAt: string; timeZone: string };
  travellers: Option[];
  travelSessions: Option[];
  canBookForEveryone: boolean;
  defaultTimeZone: string;
};

export function SegmentForm({
  values,
  lastResult,
  choices,
  cancelHref,
}: {
  values: FormFields;
  lastResult?: FormResult | null;
  choices: SegmentFormChoices;
  /** Where "Cancel" leads while editing; none for the add form. */
  cancelHref?: string;
}) {
  const isEdit = Boolean(values.segmentId);
  const [form, fields] = useSchemaForm({
    id: "segment",
    schema: segmentFormSchema({
      exchange: {
        startsAt: new Date(choices.exchange.startsAt),
        endsAt: new Date(choices.exchange.endsAt),
        timeZone: choices.exchange.timeZone,
      },
      travellerIds: choices.travellers.map((option) => option.value),
      travelSessionIds: choices.travelSessions.map((option) => option.value),
      canBookForEveryone: choices.canBookForEveryone,
    }),
    lastResult,
    defaultValue: nestedValues(values),
  });
  const zoneHint = "Type part of the name, e.g. London or New_York, and choose from the list.";
  return (
    <Form method="post" className="form itinerary-form" {...getFormProps(form)}>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <HiddenField field={fields.segmentId} />
      <HiddenField field={fields.revision} />
      <div className="field-pair">
        <SelectField
          field={fields.mode}
          label="How"
          options={TRAVEL_MODE_OPTIONS}
          defaultValue={shownValue(fields.mode, "flight")}
        />
        <TextField field={fields.carrier} label="Carrier" hint="Airline, rail or coach company." />
        <TextField field={fields.number} label="Number" hint="Flight, train or coach number." />
      </div>
      <fieldset className="fieldset">
        <legend className="form-section">From, in local time there</legend>
        <TextField field={fields.fromPlace} label="Departs from" />
        <TextField
          field={fields.fromTimeZone}
          label="Time zone where it departs"
          hint={zoneHint}
          list={TIME_ZONE_LIST_ID}
          autoComplete="off"
          defaultValue={shownValue(fields.fromTimeZone, choices.defaultTimeZone)}
        />
        <div className="field-pair">
          <TextField field={fields.departDate} label="Departure date" type="date" />
          <TextField field={fields.departTime} label="Departs at" type="time" />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="form-section">To, in local time there</legend>
        <TextField field={fields.toPlace} label="Arrives at" />
        <TextField
          field={fields.toTimeZone}
          label="Time zone where it arrives"
          hint={zoneHint}
          list={TIME_ZONE_LIST_ID}
          autoComplete="off"
          defaultValue={shownValue(fields.toTimeZone, choices.defaultTimeZone)}
        />
        <div className="field-pair">
          <TextField
            field={fields.arriveDate}
            label="Arrival date"
            type="date"
            hint="Only if it arrives on another day."
          />
          <TextField field={fields.arriveTime} label="Arrives at" type="time" />
        </div>
      </fieldset>
      <ChoiceCheckboxes
        field={fields.personIds}
        legend="Who travels on it"
        hint={choices.canBookForEveryone ? "Or make it for everyone below." : undefined}
        options={choices.travellers}
      />
      {choices.canBookForEveryone ? (
        <CheckboxField field={fields.isForEveryone} label="For everyone on the exchange (a group booking)" />
      ) : null}
      <TextField
        field={fields.bookingReference}
        label="Booking reference"
        hint="Private: shown to the programme team, and to whoever answers for everyone on the booking."
        autoComplete="off"
      />
      {choices.travelSessions.length > 0 ? (
        <SelectField
          field={fields.sessionId}
          label="The agenda's travel leg"
          hint="The agenda links this leg to these details."
          options={[{ value: "", label: "None" }, ...choices.travelSessions]}
          defaultValue={shownValue(fields.sessionId, "")}
        />
      ) : null}
      <p className="cluster">
        <SubmitButton name="intent" value={SAVE_SEGMENT_INTENT} pendingText="Saving…">
          {isEdit ? "Save segment" : "Add segment"}
        </SubmitButton>
        {cancelHref ? <Link to={cancelHref}>Cancel</Link> : null}
      </p>
    </Form>
  );
}
