// One person on the attendance list: here / not here toggles that post a form. Without a script
// the form posts and comes back to this row by its anchor; with one a fetcher posts it, the row
// shows the new mark at once (and "Saving…"), and says so when the mark could not be saved.
import { useFetcher } from "@remix-run/react";
import type { MarkState } from "../attendance-days";
import { MARK_INTENT, type MarkChoice } from "../attendance-form";
import { SelectBox } from "./selection";

export type AttendanceAnswer = { ok: boolean; registrationId: string; message: string | null };

export type RowPerson = {
  registrationId: string;
  name: string;
  cityName: string;
  organisation: string;
  mark: MarkState;
};

const CHOICES = [
  { mark: "here", label: "Here" },
  { mark: "away", label: "Not here" },
] as const;

export const rowAnchor = (registrationId: string) => `person-${registrationId}`;
export const markFetcherKey = (registrationId: string) => `attendance-mark-${registrationId}`;

/** The mark a row shows: the one being sent while it is sent, else the saved one. */
export function shownMark(saved: MarkState, sending: FormData | undefined): MarkState {
  const sent = sending?.get("mark");
  if (sent === "here" || sent === "away") return sent;
  if (sent === "clear") return null;
  return saved;
}

export function AttendanceRow({
  person,
  action,
  hidden,
  canMark,
  isScripted,
  slot,
  q,
  failure,
  selectFormId,
  isSelected,
}: {
  person: RowPerson;
  /** Where the form posts: the page's own address with its day or session. */
  action: string;
  hidden: boolean;
  canMark: boolean;
  isScripted: boolean;
  slot: { day: string; session: string };
  q: string;
  /** Why the last mark sent without a script was refused, if it was this row's. */
  failure: string | null;
  /** The bulk form the row's checkbox joins. */
  selectFormId: string;
  isSelected: boolean;
}) {
  const fetcher = useFetcher<AttendanceAnswer>({ key: markFetcherKey(person.registrationId) });
  const mark = shownMark(person.mark, fetcher.formData);
  const isSaving = fetcher.state !== "idle";
  const problem =
    failure ?? (!isSaving && fetcher.data && !fetcher.data.ok ? (fetcher.data.message ?? "Not saved.") : null);
  const statusId = `${rowAnchor(person.registrationId)}-status`;
  return (
    <li
      id={rowAnchor(person.registrationId)}
      className={`attendance-row${canMark ? " attendance-row--selectable" : ""}`}
      hidden={hidden}
      data-mark={mark ?? "none"}
    >
      {canMark ? (
        <SelectBox
          formId={selectFormId}
          registrationId={person.registrationId}
          personName={person.name}
          isChecked={isSelected}
        />
      ) : null}
      <div className="attendance-row__who">
        <strong className="attendance-row__name">{person.name}</strong>
        <span className="muted">
          {person.cityName}
          {person.organisation ? ` · ${person.organisation}` : ""}
        </span>
      </div>
      {canMark ? (
        <fetcher.Form method="post" action={action} className="attendance-row__toggles">
          <input type="hidden" name="intent" value={MARK_INTENT} />
          <input type="hidden" name="registrationId" value={person.registrationId} />
          <input type="hidden" name="day" value={slot.day} />
          <input type="hidden" name="session" value={slot.session} />
          <input type="hidden" name="q" value={q} />
          {isScripted ? <input type="hidden" name="answer" value="data" /> : null}
          {CHOICES.map((choice) => {
            const isPressed = mark === choice.mark;
            // Pressing the pressed button takes the mark away: a mistake is undone where it was made.
            const value: MarkChoice = isPressed ? "clear" : choice.mark;
            return (
              <button
                key={choice.mark}
                type="submit"
                name="mark"
                value={value}
                className={`attendance-toggle attendance-toggle--${choice.mark}`}
                aria-pressed={isPressed}
                aria-label={`${choice.label}: ${person.name}`}
              >
                <span aria-hidden="true" className="attendance-toggle__tick">
                  {isPressed ? "✓" : ""}
                </span>
                {choice.label}
              </button>
            );
          })}
        </fetcher.Form>
      ) : (
        <span className="badge badge--neutral">
          {mark === "here" ? "Here" : mark === "away" ? "Not here" : "Not marked"}
        </span>
      )}
      <p
        id={statusId}
        className={`attendance-row__status${problem ? " attendance-row__status--error" : ""}`}
        aria-live="polite"
      >
        {problem ? `Not saved: ${problem}` : isSaving ? "Saving…" : ""}
      </p>
    </li>
  );
}
