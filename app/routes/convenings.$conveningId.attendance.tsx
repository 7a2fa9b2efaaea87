import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { requireRegistrationConvening } from "~/registration/readable-convening.server";
import { parseWithZod } from "@conform-to/zod/v3";
import { markAttendance } from "~/registration/registration.server";
import { attendanceSchema } from "~/registration/registration-form";
import { attendanceNotYetOpen } from "~/registration/rules";
import { ATTENDANCE_STATUSES, REGISTRATION_STATUS_LABELS } from "~/domain/vocabulary/registrations";
import { loadAttendees } from "~/registration/views.server";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";

export const meta: MetaFunction = () => [{ title: "Attendance · Inclusive Cities planner" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireManager(request);
  const convening = await requireRegistrationConvening(manager, params.conveningId);
  const { lines } = await loadAttendees(manager, convening);
  const present = lines
    .filter((line) => (ATTENDANCE_STATUSES as readonly string[]).includes(line.status))
    .map(({ id, name, cityName, status, organisation }) => ({ id, name, cityName, status, organisation }))
    .sort((a, b) => a.cityName.localeCompare(b.cityName) || a.name.localeCompare(b.name));
  return json({
    convening: { id: convening.id, title: convening.title },
    people: present,
    notYetOpen: attendanceNotYetOpen(convening, new Date()),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const convening = await requireRegistrationConvening(manager, params.conveningId);
  const submission = parseWithZod(await readForm(request), { schema: attendanceSchema });
  // The buttons send a known status; anything else is a crafted request, refused with the reason.
  if (submission.status !== "success")
    throw new Response(submission.error?.status?.[0] ?? "Choose attended, no-show or registered.", { status: 400 });
  const result = await markAttendance(convening, submission.value.registrationId, submission.value.status);
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return json({ ok: true });
}

const CHOICES = [
  { status: "attended", label: "Here" },
  { status: "no-show", label: "No-show" },
] as const;

export default function AttendancePage() {
  const { convening, people, notYetOpen } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const attended = people.filter((person) => person.status === "attended").length;
  return (
    <>
      <p>
        <Link to={`/convenings/${convening.id}/attendees`}>← Attendees</Link>
      </p>
      <h1>Attendance</h1>
      <p className="lede">
        {convening.title}: {attended} of {people.length} marked here.
      </p>
      {notYetOpen ? (
        <p className="notice" role="status">
          {notYetOpen}
        </p>
      ) : null}
      {people.length === 0 ? (
        <div className="empty-state">
          <p>Nobody has a place yet.</p>
        </div>
      ) : (
        <ul className="attendance-list">
          {people.map((person) => {
            const pendingStatus =
              navigation.formData?.get("registrationId") === person.id
                ? String(navigation.formData.get("status"))
                : null;
            const shown = pendingStatus ?? person.status;
            return (
              <li key={person.id} className="attendance-list__item">
                <div>
                  <strong>{person.name}</strong>
                  <div className="muted">
                    {person.cityName}
                    {person.organisation ? ` · ${person.organisation}` : ""}
                  </div>
                  <span
                    className={`badge ${shown === "attended" ? "badge--success" : shown === "no-show" ? "badge--error" : "badge--neutral"}`}
                    aria-live="polite"
                  >
                    {shown === "registered"
                      ? "Not marked"
                      : (REGISTRATION_STATUS_LABELS as Record<string, string>)[shown]}
                  </span>
                </div>
                {notYetOpen ? null : (
                  <Form method="post" className="attendance-list__actions" preventScrollReset>
                    <input type="hidden" name="registrationId" value={person.id} />
                    {CHOICES.map((choice) => (
                      <button
                        key={choice.status}
                        type="submit"
                        name="status"
                        value={choice.status}
                        className={shown === choice.status ? "button" : "button button--quiet"}
                        aria-pressed={shown === choice.status}
                        aria-label={`${choice.label}: ${person.name}`}
                      >
                        {choice.label}
                      </button>
                    ))}
                    {shown !== "registered" ? (
                      <button
                        type="submit"
                        name="status"
                        value="registered"
                        className="button button--quiet"
                        aria-label={`Clear mark: ${person.name}`}
                      >
                        Clear
                      </button>
                    ) : null}
                  </Form>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
