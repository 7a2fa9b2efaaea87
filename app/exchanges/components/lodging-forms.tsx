// The Lodging section's forms: a hotel (new or edited), a room (new or edited), and putting a
// delegate in a room with whether they agreed to share. Work without JavaScript.
import { getFormProps, getSelectProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import {
  CheckboxField,
  ErrorSummary,
  errorOf,
  HiddenField,
  SelectField,
  SubmitButton,
  TextField,
  shownValue,
  type Field,
} from "~/components/form-fields";
import { hotelFormSchema, SAVE_HOTEL_INTENT } from "~/exchanges/hotel-form";
import type { RoomChoice } from "~/exchanges/lodging-view";
import {
  ASSIGN_ROOM_INTENT,
  assignRoomSchema,
  MAX_ROOM_CAPACITY,
  roomFormSchema,
  SAVE_ROOM_INTENT,
} from "~/exchanges/room-forms";
import { nestedValues, useSchemaForm, type FormFields, type FormResult } from "~/forms/schema-form";
import { TIME_ZONE_LIST_ID } from "./time-zone-list";

type Option = { value: string; label: string };
type ExchangeSpanJson = { startsAt: string; endsAt: string; timeZone: string };

export function HotelForm({
  values,
  lastResult,
  exchange,
  defaultTimeZone,
  cancelHref,
}: {
  values: FormFields;
  lastResult?: FormResult | null;
  exchange: ExchangeSpanJson;
  defaultTimeZone: string;
  cancelHref?: string;
}) {
  const [form, fields] = useSchemaForm({
    id: "hotel",
    schema: hotelFormSchema({
      exchange: {
        startsAt: new Date(exchange.startsAt),
        endsAt: new Date(exchange.endsAt),
        timeZone: exchange.timeZone,
      },
    }),
    lastResult,
    defaultValue: nestedValues(values),
  });
  return (
    <Form method="post" className="form itinerary-form" {...getFormProps(form)}>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <HiddenField field={fields.hotelId} />
      <TextField field={fields.name} label="Hotel" />
      <TextField field={fields.address} label="Address" />
      <TextField
        field={fields.timeZone}
        label="Time zone of the hotel"
        hint="Type part of the name and choose from the list."
        list={TIME_ZONE_LIST_ID}
        autoComplete="off"
        defaultValue={shownValue(fields.timeZone, defaultTimeZone)}
      />
      <div className="field-pair">
        <TextField field={fields.checkInDate} label="Check-in" type="date" />
        <TextField field={fields.checkOutDate} label="Check-out" type="date" />
      </div>
      <CheckboxField
        field={fields.areNightsOutsideMeant}
        label="Nights outside the exchange are meant (arriving early or leaving late)"
      />
      <p className="cluster">
        <SubmitButton name="intent" value={SAVE_HOTEL_INTENT} pendingText="Saving…">
          {values.hotelId ? "Save hotel" : "Add hotel"}
        </SubmitButton>
        {cancelHref ? <Link to={cancelHref}>Cancel</Link> : null}
      </p>
    </Form>
  );
}

export function RoomForm({
  values,
  lastResult,
  hotels,
  cancelHref,
}: {
  values: FormFields;
  lastResult?: FormResult | null;
  hotels: Option[];
  cancelHref?: string;
}) {
  const [form, fields] = useSchemaForm({
    id: "room",
    schema: roomFormSchema,
    lastResult,
    defaultValue: nestedValues(values),
  });
  const isEdit = Boolean(values.roomId);
  return (
    <Form method="post" className="form itinerary-form" {...getFormProps(form)}>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <HiddenField field={fields.roomId} />
      {isEdit ? (
        <HiddenField field={fields.hotelId} />
      ) : (
        <SelectField
          field={fields.hotelId}
          label="Hotel"
          options={hotels}
          defaultValue={shownValue(fields.hotelId, hotels[0]?.value ?? "")}
        />
      )}
      <div className="field-pair">
        <TextField field={fields.label} label="Room" hint="Its number or name." />
        <TextField
          field={fields.capacity}
          label="Sleeps"
          type="number"
          min={1}
          max={MAX_ROOM_CAPACITY}
          inputMode="numeric"
          defaultValue={shownValue(fields.capacity, "2")}
        />
      </div>
      <p className="cluster">
        <SubmitButton name="intent" value={SAVE_ROOM_INTENT} pendingText="Saving…">
          {isEdit ? "Save room" : "Add room"}
        </SubmitButton>
        {cancelHref ? <Link to={cancelHref}>Cancel</Link> : null}
      </p>
    </Form>
  );
}

/** The rooms on offer, grouped by hotel. */
function RoomSelect({ field, rooms }: { field: Field; rooms: RoomChoice[] }) {
  const error = errorOf(field);
  const { key: _key, ...props } = getSelectProps(field, { ariaAttributes: false });
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={field.name}>Room</label>
      {error ? (
        <p className="field__error" id={`${field.name}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <select
        {...props}
        id={field.name}
        defaultValue={shownValue(field, "")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${field.name}-error` : undefined}
      >
        <option value="">Choose a room</option>
        {rooms.map((hotel) => (
          <optgroup key={hotel.hotelName} label={hotel.hotelName}>
            {hotel.rooms.map((room) => (
              <option key={room.value} value={room.value}>
                {room.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function AssignRoomForm({
  lastResult,
  rooms,
  delegates,
}: {
  lastResult?: FormResult | null;
  rooms: RoomChoice[];
  delegates: Option[];
}) {
  const [form, fields] = useSchemaForm({
    id: "assign-room",
    schema: assignRoomSchema({
      roomIds: rooms.flatMap((hotel) => hotel.rooms.map((room) => room.value)),
      personIds: delegates.map((delegate) => delegate.value),
    }),
    lastResult,
  });
  return (
    <Form method="post" className="form itinerary-form" {...getFormProps(form)}>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <SelectField
        field={fields.personId}
        label="Delegate"
        options={[{ value: "", label: "Choose a delegate" }, ...delegates]}
        defaultValue={shownValue(fields.personId, "")}
      />
      <RoomSelect field={fields.roomId} rooms={rooms} />
      <div className={errorOf(fields.sharingConsent) ? "field field--error" : "field"}>
        {errorOf(fields.sharingConsent) ? (
          <p className="field__error" id="sharingConsent-error">
            <span className="visually-hidden">Error: </span>
            {errorOf(fields.sharingConsent)}
          </p>
        ) : null}
        <CheckboxField field={fields.sharingConsent} label="They agreed to share a room" />
      </div>
      <p className="field__hint">
        Moving someone within a hotel takes them out of their old room. Two people share a room only if both agreed.
      </p>
      <SubmitButton name="intent" value={ASSIGN_ROOM_INTENT} pendingText="Saving…">
        Put in room
      </SubmitButton>
    </Form>
  );
}
