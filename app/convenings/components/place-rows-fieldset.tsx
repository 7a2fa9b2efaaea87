// The convening form's places, in route order: each with its zone chosen from the IANA list and
// its first and last day there. Without JavaScript there is always one blank row, and "Add
// another place" asks the server for one more, keeping everything typed; with JavaScript the
// button adds the row on the page and moves to it.
import { useEffect, useRef, useState } from "react";
import { TimeZoneList, TIME_ZONE_LIST_ID } from "~/exchanges/components/time-zone-list";
import { ADD_PLACE, MAX_PLACES, PLACE_ROW_COUNT, shownPlaceRows } from "~/convenings/place-rows";
import { TextField, shownValue, type Field } from "~/components/form-fields";

type PlaceFields = Record<"name" | "address" | "region" | "country" | "timeZone" | "firstDay" | "lastDay", Field>;

export function PlaceRowsFieldset({
  rowFields,
  rowCountField,
  addPlaceField,
  timeZones,
}: {
  /** The fields of row `index`. */
  rowFields: (index: number) => PlaceFields;
  rowCountField: Field;
  addPlaceField: Field;
  timeZones: string[];
}) {
  let lastUsedIndex = -1;
  for (let index = 0; index < MAX_PLACES; index += 1) {
    const place = rowFields(index);
    const used = [place.name, place.address, place.region, place.country, place.firstDay, place.lastDay];
    if (used.some((field) => shownValue(field, "").trim() !== "")) lastUsedIndex = index;
  }
  const keptCount = Number(shownValue(rowCountField, "0")) || 0;
  const serverRows = shownPlaceRows({ lastUsedIndex, keptCount, isAdding: shownValue(addPlaceField, "") !== "" });
  const [addedOnPage, setAddedOnPage] = useState(0);
  const rows = Math.min(serverRows + addedOnPage, MAX_PLACES);
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`places.${focusRow.current}.name`)?.focus();
    focusRow.current = null;
  }, [rows]);
  return (
    <fieldset className="fieldset">
      <legend className="form-section">Places and days</legend>
      <p className="field__hint">
        In the order of the route. The first place is the main one: the convening's dates and the agenda default to its
        time zone. Give each place the days spent there, in its local calendar (a one-place meeting can leave them
        blank). Leave a row blank to skip it.
      </p>
      <input type="hidden" name={PLACE_ROW_COUNT} value={rows} />
      <ol className="place-rows">
        {Array.from({ length: rows }, (_, index) => {
          const place = rowFields(index);
          return (
            <li key={index} className="place-row card">
              <h3 className="place-row__title">
                Place {index + 1}
                {index === 0 ? " (main)" : ""}
              </h3>
              <TextField field={place.name} label="Name" type="text" />
              <TextField field={place.address} label="Address" type="text" />
              <div className="field-pair">
                <TextField field={place.region} label="City or region" type="text" />
                <TextField field={place.country} label="Country" type="text" />
              </div>
              <TextField
                field={place.timeZone}
                label="Time zone"
                type="text"
                list={TIME_ZONE_LIST_ID}
                autoComplete="off"
                hint="Type part of the name (“york”, “London”) and choose from the list."
                defaultValue={shownValue(place.timeZone, index === 0 ? "Europe/London" : "")}
              />
              <div className="field-pair">
                <TextField field={place.firstDay} label="Days here: from" type="date" />
                <TextField field={place.lastDay} label="Days here: until" type="date" hint="Blank: one day." />
              </div>
            </li>
          );
        })}
      </ol>
      {rows < MAX_PLACES ? (
        <button
          type="submit"
          name={ADD_PLACE}
          value="1"
          className="button button--quiet place-rows__add"
          formNoValidate
          onClick={(event) => {
            // With JavaScript the row is added here; without it the server answers with one more row.
            event.preventDefault();
            focusRow.current = rows;
            setAddedOnPage((count) => count + 1);
          }}
        >
          Add another place
        </button>
      ) : (
        <p className="field__hint">A convening can have at most {MAX_PLACES} places.</p>
      )}
      <TimeZoneList zones={timeZones} />
    </fieldset>
  );
}
