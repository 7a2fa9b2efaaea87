// The convening's days as links (a GET each, so it works without a script): the chosen day is the
// current page, today is named, and the place of each day is shown when the convening has them.
import { Link } from "@remix-run/react";

export type PickerDay = { day: string; shortLabel: string; placeName: string | null; isToday: boolean };

export function AttendanceDayPicker({
  days,
  chosen,
  path,
}: {
  days: PickerDay[];
  chosen: string | null;
  path: string;
}) {
  return (
    <nav aria-label="Days of the convening" className="attendance-days">
      <ul>
        {days.map((entry) => (
          <li key={entry.day}>
            <Link
              to={`${path}?day=${entry.day}`}
              className="attendance-days__day"
              aria-current={entry.day === chosen ? "page" : undefined}
            >
              <span className="attendance-days__label">{entry.shortLabel}</span>
              {entry.isToday ? <span className="attendance-days__note">today</span> : null}
              {entry.placeName ? <span className="attendance-days__note">{entry.placeName}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
