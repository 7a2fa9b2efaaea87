// Taking attendance on a phone: per day for a convening of several days (a day picker), per
// session where the manager switches it on, and on the single list of a one-day meeting.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useFetchers, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";

const BULK_HERE_FORM_ID = "mark-selected-here";
import { parseWithZod } from "@conform-to/zod/v3";
import { requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { hereCountLabel, matchesSearch } from "~/registration/attendance-days";
import {
  MARK_INTENT,
  MARK_SELECTED_HERE_INTENT,
  markSchema,
  markSelectedSchema,
  SESSION_ATTENDANCE_INTENT,
  sessionAttendanceSchema,
} from "~/registration/attendance-form";
import { markSelectedHere } from "~/registration/attendance-bulk.server";
import bulkStyles from "~/registration/components/bulk.css";
import { SelectAll, useIsAllSelected, useIsScripted } from "~/registration/components/selection";
import { IntentButton } from "~/registration/components/intent-button";
import { selectedIdsOf } from "~/registration/selection";
import { markPersonAttendance, switchSessionAttendance } from "~/registration/attendance-marks.server";
import { loadAttendancePage } from "~/registration/attendance-page.server";
import attendanceStyles from "~/registration/components/attendance.css";
import { AttendanceDayPicker } from "~/registration/components/attendance-day-picker";
import { AttendanceRow, rowAnchor, shownMark, type AttendanceAnswer } from "~/registration/components/attendance-row";
import { AttendanceSessions } from "~/registration/components/attendance-sessions";
import { canTakeAttendance } from "~/registration/policy";
import { requireRegistrationConvening } from "~/registration/readable-convening.server";
import { attendanceSchema } from "~/registration/registration-form";
import { markAttendance } from "~/registration/registration.server";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: attendanceStyles },
  { rel: "stylesheet", href: bulkStyles },
];

export const meta: MetaFunction = () => [{ title: "Attendance · Inclusive Cities planner" }];

async function requireAttendanceTaker(request: Request, conveningId: string | undefined) {
  const person = await requirePerson(request);
  invariantResponse(canTakeAttendance(person), "Only the programme team takes attendance.", { status: 403 });
  return { person, convening: await requireRegistrationConvening(person, conveningId) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { convening } = await requireAttendanceTaker(request, params.conveningId);
  const search = new URL(request.url).searchParams;
  const page = await loadAttendancePage(convening, {
    day: search.get("day"),
    session: search.get("session"),
    q: search.get("q") ?? "",
  });
  return json(
    { convening: { id: convening.id, title: convening.title }, ...page },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

/** Where a mark sent without a script comes back to: the same day or session and search, at the row. */
function backTo(conveningId: string, value: { day: string; session: string; q: string; registrationId: string }) {
  const query = new URLSearchParams();
  if (value.session) query.set("session", value.session);
  else if (value.day) query.set("day", value.day);
  if (value.q) query.set("q", value.q);
  return `/convenings/${conveningId}/attendance?${query}#${rowAnchor(value.registrationId)}`;
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const { person, convening } = await requireAttendanceTaker(request, params.conveningId);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === SESSION_ATTENDANCE_INTENT) {
    const submission = parseWithZod(formData, { schema: sessionAttendanceSchema });
    if (submission.status !== "success") throw new Response("Choose to take attendance or not.", { status: 400 });
    const { session, isOn, day } = submission.value;
    const result = await switchSessionAttendance(convening, { sessionId: session, isOn: isOn === "on" }, person.id);
    if (!result.ok) throw new Response(result.message, { status: result.status });
    return isOn === "on"
      ? redirectWithToast(
          `/convenings/${convening.id}/attendance?session=${session}`,
          "Attendance is taken at this session.",
        )
      : redirectWithToast(
          `/convenings/${convening.id}/attendance?day=${day}`,
          "Attendance is no longer taken at that session; its marks no longer count.",
        );
  }
  if (intent === MARK_SELECTED_HERE_INTENT) {
    const submission = parseWithZod(formData, { schema: markSelectedSchema });
    if (submission.status !== "success") throw new Response("Choose a day or a session.", { status: 400 });
    const value = submission.value;
    const target = value.session ? { sessionId: value.session } : { day: value.day };
    const result = await markSelectedHere(convening, { registrationIds: selectedIdsOf(formData), target }, person.id);
    if (!result.ok) return json<BulkHereAnswer>({ bulkProblem: result.message }, { status: result.status });
    return redirectWithToast(
      backTo(convening.id, { ...value, registrationId: "" }).replace(/#.*$/, ""),
      result.message,
    );
  }
  if (intent === MARK_INTENT) {
    const submission = parseWithZod(formData, { schema: markSchema });
    const registrationId = String(formData.get("registrationId") ?? "");
    if (submission.status !== "success")
      return json<AttendanceAnswer>(
        { ok: false, registrationId, message: "Choose here or not here." },
        { status: 400 },
      );
    const value = submission.value;
    const target = value.session ? { sessionId: value.session } : { day: value.day };
    const result = await markPersonAttendance(convening, { registrationId, mark: value.mark, target }, person.id);
    if (!result.ok)
      return json<AttendanceAnswer>({ ok: false, registrationId, message: result.message }, { status: result.status });
    if (value.answer === "data") return json<AttendanceAnswer>({ ok: true, registrationId, message: null });
    return redirect(backTo(convening.id, value));
  }
  // A status sent straight (registrationId and status): the single-day list's form as it was.
  const submission = parseWithZod(formData, { schema: attendanceSchema });
  if (submission.status !== "success")
    throw new Response(submission.error?.status?.[0] ?? "Choose attended, no-show or registered.", { status: 400 });
  const result = await markAttendance(convening, submission.value.registrationId, submission.value.status);
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return json({ ok: true });
}

/** "Mark selected as here" that did nothing (nobody ticked, or a refusal): said at its form. */
type BulkHereAnswer = { bulkProblem: string };

/** A mark sent without a script that was refused: the page comes back with the row's reason. */
function isFailedMark(data: unknown): data is AttendanceAnswer & { message: string } {
  return (
    typeof data === "object" &&
    data !== null &&
    "registrationId" in data &&
    "message" in data &&
    !(data as AttendanceAnswer).ok
  );
}

export default function AttendancePage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const isScripted = useIsScripted();
  const [query, setQuery] = useState(data.q);
  useEffect(() => setQuery(data.q), [data.q]);
  const path = `/convenings/${data.convening.id}/attendance`;
  const slot = { day: data.session ? "" : data.day.day, session: data.session?.id ?? "" };
  const pageQuery = new URLSearchParams(data.session ? { session: data.session.id } : { day: data.day.day });
  if (data.q) pageQuery.set("q", data.q);

  // Counts follow the marks being sent, as the rows do.
  const sending = new Map(
    useFetchers()
      .filter((fetcher) => fetcher.formData?.get("intent") === MARK_INTENT)
      .map((fetcher) => [String(fetcher.formData?.get("registrationId")), fetcher.formData]),
  );
  const marks = data.people.map((row) => shownMark(row.mark, sending.get(row.registrationId)));
  const here = marks.filter((mark) => mark === "here").length;
  const away = marks.filter((mark) => mark === "away").length;
  const matching = data.people.filter((row) => matchesSearch(row, query));
  const failure = isFailedMark(actionData) ? actionData : null;
  const bulkProblem = actionData && "bulkProblem" in actionData ? actionData.bulkProblem : null;
  const isAllSelected = useIsAllSelected();

  return (
    <div className="attendance-page">
      <p>
        <Link to={`/convenings/${data.convening.id}/attendees`}>← Attendees</Link>
      </p>
      <h1>Attendance</h1>
      <p className="lede">{data.convening.title}</p>
      {data.isOneDay ? null : (
        <AttendanceDayPicker days={data.days} chosen={data.session ? null : data.day.day} path={path} />
      )}
      <AttendanceSessions
        sessions={data.sessionsOfDay}
        chosenSessionId={data.session?.id ?? null}
        day={data.day.day}
        path={path}
        canSwitch
      />
      <h2 className="attendance-page__slot">
        {data.session ? (
          <>
            {data.session.title} <span className="muted">{data.session.time}</span>
          </>
        ) : (
          <>
            {data.day.longLabel}
            {data.day.placeName ? <span className="muted"> · {data.day.placeName}</span> : null}
          </>
        )}
      </h2>
      {data.session ? (
        <p>
          <Link to={`${path}?day=${data.day.day}`}>Back to the whole day</Link>
        </p>
      ) : null}
      {data.people.length > 0 ? (
        <p className="attendance-count" role="status">
          <strong>
            {hereCountLabel(
              here,
              data.people.length,
              data.session
                ? { kind: "session" }
                : { kind: "day", isToday: data.day.isToday, longLabel: data.day.longLabel },
            )}
          </strong>
          <span className="muted">
            {" "}
            · {away} not here · {data.people.length - here - away} not marked
          </span>
        </p>
      ) : null}
      {data.notYetOpen ? (
        <p className="notice" role="status">
          {data.notYetOpen}
        </p>
      ) : null}
      {data.people.length === 0 ? (
        <div className="empty-state">
          <p>Nobody has a place yet.</p>
        </div>
      ) : (
        <>
          <Form method="get" action={path} role="search" className="attendance-search">
            {data.session ? (
              <input type="hidden" name="session" value={data.session.id} />
            ) : (
              <input type="hidden" name="day" value={data.day.day} />
            )}
            <label htmlFor="attendance-q">Find a person by name or city</label>
            <div className="attendance-search__box">
              <input
                id="attendance-q"
                name="q"
                type="search"
                value={query}
                autoComplete="off"
                onChange={(event) => setQuery(event.currentTarget.value)}
              />
              <button type="submit" className="button button--quiet">
                Search
              </button>
            </div>
          </Form>
          <p className="muted" aria-live="polite">
            {query.trim() ? `${matching.length} of ${data.people.length} people match “${query.trim()}”.` : ""}
          </p>
          {data.notYetOpen ? null : (
            <Form
              method="post"
              action={`${path}?${pageQuery}`}
              id={BULK_HERE_FORM_ID}
              className="card bulk-form"
              aria-label="Mark the people you select"
            >
              <input type="hidden" name="day" value={slot.day} />
              <input type="hidden" name="session" value={slot.session} />
              <input type="hidden" name="q" value={query} />
              {bulkProblem ? (
                <p className="notice notice--error" role="alert">
                  {bulkProblem}
                </p>
              ) : null}
              <div className="cluster">
                <SelectAll formId={BULK_HERE_FORM_ID} />
                <IntentButton intent={MARK_SELECTED_HERE_INTENT} pendingText="Marking…">
                  Mark selected as here
                </IntentButton>
              </div>
            </Form>
          )}
          <ul className="attendance-rows">
            {data.people.map((row) => (
              <AttendanceRow
                key={row.registrationId}
                person={row}
                action={`${path}?${pageQuery}`}
                hidden={!matchesSearch(row, query)}
                canMark={!data.notYetOpen}
                isScripted={isScripted}
                slot={slot}
                q={query}
                failure={failure?.registrationId === row.registrationId ? failure.message : null}
                selectFormId={BULK_HERE_FORM_ID}
                isSelected={isAllSelected}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
