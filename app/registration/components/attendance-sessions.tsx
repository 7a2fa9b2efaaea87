// The chosen day's sessions: a manager switches attendance on for the sessions that need it, then
// marks each of those from its own list. Plain forms and links, so it works without a script.
import { Form, Link } from "@remix-run/react";
import { SESSION_ATTENDANCE_INTENT } from "../attendance-form";

export type DaySession = { id: string; title: string; time: string; isTakingAttendance: boolean };

export function AttendanceSessions({
  sessions,
  chosenSessionId,
  day,
  path,
  canSwitch,
}: {
  sessions: DaySession[];
  chosenSessionId: string | null;
  day: string;
  path: string;
  canSwitch: boolean;
}) {
  if (sessions.length === 0) return null;
  const taking = sessions.filter((session) => session.isTakingAttendance).length;
  return (
    <details className="attendance-sessions" open={chosenSessionId !== null || undefined}>
      <summary>
        Sessions this day: {sessions.length}
        {taking > 0 ? `, ${taking} taking attendance` : ""}
      </summary>
      <ul>
        {sessions.map((session) => (
          <li key={session.id} className="attendance-sessions__item">
            <div>
              <strong>{session.title}</strong>
              <div className="muted">{session.time}</div>
            </div>
            <div className="cluster">
              {session.isTakingAttendance ? (
                <Link
                  to={`${path}?session=${session.id}`}
                  className="button"
                  aria-current={session.id === chosenSessionId ? "page" : undefined}
                  aria-label={`Mark attendance at ${session.title}`}
                >
                  Mark attendance
                </Link>
              ) : null}
              {canSwitch ? (
                <Form method="post" action={`${path}?day=${day}`}>
                  <input type="hidden" name="intent" value={SESSION_ATTENDANCE_INTENT} />
                  <input type="hidden" name="session" value={session.id} />
                  <input type="hidden" name="day" value={day} />
                  <input type="hidden" name="isOn" value={session.isTakingAttendance ? "off" : "on"} />
                  <button
                    type="submit"
                    className="button button--quiet"
                    aria-label={
                      session.isTakingAttendance
                        ? `Stop taking attendance at ${session.title}`
                        : `Take attendance for this session: ${session.title}`
                    }
                  >
                    {session.isTakingAttendance ? "Stop taking attendance" : "Take attendance for this session"}
                  </button>
                </Form>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
