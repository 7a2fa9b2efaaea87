import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { SubmitButton, TextField } from "~/components/form-fields";
import { TableScroll } from "~/components/table-scroll";
import { CityCounts } from "~/registration/components/city-counts";
import { canDecideRegistrations, canSeeNeeds } from "~/registration/policy";
import { requireRegistrationConvening } from "~/registration/readable-convening.server";
import { invariantResponse } from "~/utils/invariant";
import { formatRange } from "~/registration/format";
import {
  approveRegistration,
  cancelRegistration,
  declineRegistration,
  fillFreePlaces,
  promotedNote,
  purgeNeeds,
} from "~/registration/registration.server";
import { PLACE_HOLDING_STATUSES, REGISTRATION_STATUS_LABELS } from "~/domain/vocabulary/registrations";
import { loadAttendees, type RegistrationLine } from "~/registration/views.server";
import { loadDaysAttended } from "~/registration/attendance-summary.server";
import { requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { useSchemaForm, type FormResult } from "~/forms/schema-form";
import {
  APPROVE_INTENT,
  CANCEL_REGISTRATION_INTENT,
  DECLINE_INTENT,
  declineSchema,
  FILL_PLACES_INTENT,
  PURGE_NEEDS_INTENT,
} from "~/registration/registration-form";
import { CancelRegistrationForm } from "~/registration/components/cancel-registration";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Attendees · ${data?.convening.title ?? "Convening"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireRegistrationConvening(person, params.conveningId);
  const attendees = await loadAttendees(person, convening);
  // "4 of 5 days" for the lines this reader sees; null for a one-day convening.
  const daysAttended = await loadDaysAttended(convening, attendees.lines);
  return json({
    convening: {
      id: convening.id,
      title: convening.title,
      startsAt: convening.startsAt,
      endsAt: convening.endsAt,
      timeZone: convening.timeZone,
      capacity: convening.registration.capacity,
      isApprovalRequired: convening.registration.isApprovalRequired,
    },
    canDecide: canDecideRegistrations(person),
    // A learning exchange's delegates each have a page: travel documents and costs.
    hasDelegatePages: convening.kind === "learning-exchange",
    canSeeNeeds: canSeeNeeds(person),
    daysAttended: daysAttended ? Object.fromEntries(daysAttended) : null,
    ...attendees,
  });
}

type AttendeesActionData = {
  intent: string;
  message: string | null;
  problem: string | null;
  result: FormResult | null;
  registrationId: string | null;
};
type Actor = Awaited<ReturnType<typeof requirePerson>>;
type Convening = Awaited<ReturnType<typeof requireRegistrationConvening>>;

const done = (intent: string, message: string) =>
  json<AttendeesActionData>({ intent, message, problem: null, result: null, registrationId: null });
const registrationIdOf = (formData: FormData) => String(formData.get("registrationId") ?? "");

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireRegistrationConvening(person, params.conveningId);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === CANCEL_REGISTRATION_INTENT) return cancelOne(person, convening, formData);
  invariantResponse(canDecideRegistrations(person), "Only the programme team can do this.", { status: 403 });
  switch (intent) {
    case APPROVE_INTENT:
      return approveOne(convening, formData);
    case DECLINE_INTENT:
      return declineOne(person, convening, formData);
    case FILL_PLACES_INTENT:
      return offerFreePlaces(convening);
    case PURGE_NEEDS_INTENT:
      return deleteNeeds(convening);
  }
  throw new Response("Unknown action", { status: 400 });
}

async function cancelOne(person: Actor, convening: Convening, formData: FormData) {
  const result = await cancelRegistration(person, convening, registrationIdOf(formData));
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return done(CANCEL_REGISTRATION_INTENT, "Registration cancelled; the first on the waitlist got the place.");
}

async function approveOne(convening: Convening, formData: FormData) {
  const result = await approveRegistration(convening, registrationIdOf(formData));
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return done(APPROVE_INTENT, "Approved. A confirmation with the calendar file was emailed.");
}

async function declineOne(manager: Actor, convening: Convening, formData: FormData) {
  const registrationId = registrationIdOf(formData);
  const submission = parseWithZod(formData, { schema: declineSchema });
  if (submission.status !== "success")
    return json<AttendeesActionData>(
      { intent: DECLINE_INTENT, message: null, problem: null, result: submission.reply(), registrationId },
      { status: 400 },
    );
  const result = await declineRegistration(convening, registrationId, submission.value.reason, manager.id);
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return done(DECLINE_INTENT, "Declined. The person was emailed the reason.");
}

/** The reason box and button for declining one person's registration. */
function DeclineForm({ line, lastResult }: { line: RegistrationLine; lastResult?: FormResult | null }) {
  const [form, fields] = useSchemaForm({ id: `decline-${line.id}`, schema: declineSchema, lastResult });
  return (
    <Form method="post" className="cluster decline-form" {...getFormProps(form)}>
      <input type="hidden" name="registrationId" value={line.id} />
      <TextField id={`reason-${line.id}`} field={fields.reason} label={`Reason for declining ${line.name}`} />
      <button type="submit" name="intent" value={DECLINE_INTENT} className="button button--quiet">
        Decline
      </button>
    </Form>
  );
}

async function offerFreePlaces(convening: Convening) {
  const promoted = await fillFreePlaces(convening);
  return done(FILL_PLACES_INTENT, promotedNote(promoted.length) || "No free places, or nobody waiting.");
}

async function deleteNeeds(convening: Convening) {
  const result = await purgeNeeds(convening);
  if (!result.ok)
    return json<AttendeesActionData>(
      { intent: PURGE_NEEDS_INTENT, message: null, problem: result.message, result: null, registrationId: null },
      { status: 409 },
    );
  return done(
    PURGE_NEEDS_INTENT,
    `Dietary and access needs deleted from ${result.purged} registration${result.purged === 1 ? "" : "s"}.`,
  );
}

const isPlaceHolding = (status: string) => (PLACE_HOLDING_STATUSES as readonly string[]).includes(status);

function statusBadge(line: RegistrationLine) {
  const tone =
    line.status === "waitlisted"
      ? "badge--warning"
      : line.status === "declined" || line.status === "no-show"
        ? "badge--error"
        : line.status === "pending" || line.status === "cancelled"
          ? "badge--neutral"
          : "badge--success";
  return (
    <span className={`badge ${tone}`}>
      {REGISTRATION_STATUS_LABELS[line.status]}
      {line.waitlistPosition ? ` (${line.waitlistPosition})` : ""}
    </span>
  );
}

export default function AttendeesPage() {
  const { convening, canDecide, canSeeNeeds, hasDelegatePages, lines, counts, needs, isNeedsPurgeable, daysAttended } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const cities = [...new Set(lines.map((line) => line.cityName))].sort();
  return (
    <>
      <p>
        <Link to={`/convenings/${convening.id}`}>← {convening.title}</Link>
      </p>
      <div className="page-heading">
        <h1>Attendees</h1>
        <div className="cluster">
          <a className="button button--quiet" href={`/convenings/${convening.id}/attendees.csv`} download>
            Download CSV
          </a>
          {hasDelegatePages ? (
            <Link className="button button--quiet" to={`/convenings/${convening.id}/costs`}>
              Costs
            </Link>
          ) : null}
          {canDecide ? (
            <Link className="button button--quiet" to={`/convenings/${convening.id}/attendance`}>
              Mark attendance
            </Link>
          ) : null}
          <Link className="button" to={`/convenings/${convening.id}/register`}>
            Register someone
          </Link>
        </div>
      </div>
      <p className="lede">
        {convening.title}: {formatRange(convening.startsAt, convening.endsAt, convening.timeZone)}
      </p>
      {actionData?.message ? (
        <p className="notice notice--success" role="status">
          {actionData.message}
        </p>
      ) : null}
      {actionData?.problem ? (
        <p className="notice notice--error" role="alert">
          {actionData.problem}
        </p>
      ) : null}
      <section aria-labelledby="counts-title">
        <h2 id="counts-title">By city</h2>
        <CityCounts counts={counts} capacity={convening.capacity} />
        {canDecide ? (
          <Form method="post" className="after-table">
            <SubmitButton name="intent" value={FILL_PLACES_INTENT} pendingText="Offering places…">
              Offer free places to the waitlist
            </SubmitButton>
          </Form>
        ) : null}
      </section>
      {needs ? (
        <section aria-labelledby="needs-title" className="card">
          <h2 id="needs-title" style={{ marginTop: 0 }}>
            Catering and access
          </h2>
          <p className="muted">
            Only the programme team sees this. It counts people with a place or awaiting approval.
          </p>
          <div className="grid">
            <div>
              <h3>Dietary needs</h3>
              {needs.dietary.length === 0 ? (
                <p>None stated.</p>
              ) : (
                <ul>
                  {needs.dietary.map((entry) => (
                    <li key={entry.need}>
                      {entry.need}: {entry.count}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3>Access needs</h3>
              {needs.access.length === 0 ? (
                <p>None stated.</p>
              ) : (
                <ul>
                  {needs.access.map((entry) => (
                    <li key={entry.need}>
                      {entry.need}: {entry.count}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
          {isNeedsPurgeable ? (
            <Form method="post">
              <p>The convening is over: delete everyone's dietary and access needs for it.</p>
              <button type="submit" name="intent" value={PURGE_NEEDS_INTENT} className="button button--danger">
                Delete needs data
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
      {lines.length === 0 ? (
        <div className="empty-state">
          <h2>Nobody registered yet</h2>
          <p>City representatives register their people from the register page.</p>
        </div>
      ) : (
        cities.map((cityName) => (
          <section key={cityName} aria-label={cityName}>
            <h2>{cityName}</h2>
            <TableScroll label={`${cityName} attendees`} hint={false}>
              <table className="table-stack">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Organisation</th>
                    <th scope="col">Role at event</th>
                    <th scope="col">Status</th>
                    {daysAttended ? <th scope="col">Days attended</th> : null}
                    {canSeeNeeds ? <th scope="col">Needs</th> : null}
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {lines
                    .filter((line) => line.cityName === cityName)
                    .map((line) => (
                      <tr key={line.id}>
                        <td>
                          {hasDelegatePages && isPlaceHolding(line.status) ? (
                            <Link to={`/convenings/${convening.id}/delegates/${line.personId}`}>{line.name}</Link>
                          ) : (
                            line.name
                          )}
                        </td>
                        <td data-label="Organisation">{line.organisation || "—"}</td>
                        <td data-label="Role at event">{line.roleAtEvent || "—"}</td>
                        <td data-label="Status">
                          {statusBadge(line)}
                          {line.declineReason ? <div className="muted">{line.declineReason}</div> : null}
                        </td>
                        {daysAttended ? <td data-label="Days attended">{daysAttended[line.id] ?? "—"}</td> : null}
                        {canSeeNeeds ? (
                          <td data-label="Needs">
                            {[line.dietaryNeeds, line.accessNeeds].filter(Boolean).join("; ") || "—"}
                          </td>
                        ) : null}
                        <td className="table-stack__actions">
                          <div className="cluster">
                            {canDecide && line.status === "pending" ? (
                              <Form method="post">
                                <input type="hidden" name="registrationId" value={line.id} />
                                <button
                                  type="submit"
                                  name="intent"
                                  value={APPROVE_INTENT}
                                  className="button button--quiet"
                                  aria-label={`Approve ${line.name}`}
                                >
                                  Approve
                                </button>
                              </Form>
                            ) : null}
                            {canDecide && (line.status === "pending" || line.status === "waitlisted") ? (
                              <DeclineForm
                                line={line}
                                lastResult={actionData?.registrationId === line.id ? actionData.result : undefined}
                              />
                            ) : null}
                            {["pending", "registered", "waitlisted"].includes(line.status) ? (
                              <CancelRegistrationForm registrationId={line.id} personName={line.name} />
                            ) : null}
                          </div>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        ))
      )}
    </>
  );
}
