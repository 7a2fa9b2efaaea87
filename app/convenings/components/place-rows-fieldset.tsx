// The convening form's places, in route order: each with its zone chosen from the IANA list and
// its first and last day there. Without JavaScript there is always one blank row, and "Add
// another place" asks the server for one more, keeping everything typed; with JavaScript the
// button adds the row on the page and moves to it.
import { useEffect, useRef, useState } from "react";
import { TimeZoneList, TIME_ZONE_LIST_ID } from "~/exchanges/components/time-zone-list";
import { ADD_PLACE, MAX_PLACES, PLACE_ROW_COUNT, shownPlaceRows } from "~/convenings/place-rows";
import { TextField, shownValue, type Field } from "~/components/form-fields";
import { useT } from "~/i18n/use-t";

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
  const t = useT();
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
      <legend className="form-section">{t("planning.places.legend")}</legend>
      <p className="field__hint">{t("planning.places.hint")}</p>
      <input type="hidden" name={PLACE_ROW_COUNT} value={rows} />
      <ol className="place-rows">
        {Array.from({ length: rows }, (_, index) => {
          const place = rowFields(index);
          return (
            <li key={index} className="place-row card">
              <h3 className="place-row__title">
                {t(index === 0 ? "planning.places.mainPlace" : "planning.places.place", { number: index + 1 })}
              </h3>
              <TextField field={place.name} label={t("planning.places.name")} type="text" />
              <TextField field={place.address} label={t("planning.places.address")} type="text" />
              <div className="field-pair">
                <TextField field={place.region} label={t("planning.places.region")} type="text" />
                <TextField field={place.country} label={t("planning.places.country")} type="text" />
              </div>
              <TextField
                field={place.timeZone}
                label={t("planning.places.timeZone")}
                type="text"
                list={TIME_ZONE_LIST_ID}
                autoComplete="off"
                hint={t("planning.places.timeZoneHint")}
                defaultValue={shownValue(place.timeZone, index === 0 ? "Europe/London" : "")}
              />
              <div className="field-pair">
                <TextField field={place.firstDay} label={t("planning.places.from")} type="date" />
                <TextField
                  field={place.lastDay}
                  label={t("planning.places.until")}
                  type="date"
                  hint={t("planning.places.untilHint")}
                />
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
          {t("planning.places.add")}
        </button>
      ) : (
        <p className="field__hint">{t("planning.places.most", { max: MAX_PLACES })}</p>
      )}
      <TimeZoneList zones={timeZones} />
    </fieldset>
  );
}
