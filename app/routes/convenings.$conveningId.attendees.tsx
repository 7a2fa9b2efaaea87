import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SubmitButton, TextField } from "~/components/form-fields";
import { TableScroll } from "~/components/table-scroll";
import { CityCounts } from "~/registration/components/city-counts";
import { canDecideRegistrations, canSeeNeeds } from "~/registration/policy";
import { requireRegistrationConvening } from "~/registration/readable-convening.server";
import { invariantResponse } from "~/utils/invariant";
import { formatRange } from "~/registration/format";
import { approveRegistration, cancelRegistration, declineRegistration, fillFreePlaces, promotedNote, purgeNeeds } from "~/registration/registration.server";
import { REGISTRATION_STATUS_LABELS } from "~/domain/vocabulary/registrations";
import { loadAttendees, type RegistrationLine } from "~/registration/views.server";
import { requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { formValues } from "~/forms/forms";
import { CancelRegistrationForm } from "~/registration/components/cancel-registration";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Attendees · ${data?.convening.title ?? "Convening"} · Inclusive Cities planner` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireRegistrationConvening(person, params.conveningId);
  const attendees = await loadAttendees(person, convening);
  return json({
    convening: { id: convening.id, title: convening.title, startsAt: convening.startsAt, endsAt: convening.endsAt, timeZone: convening.timeZone, capacity: convening.registration.capacity, isApprovalRequired: convening.registration.isApprovalRequired },
    canDecide: canDecideRegistrations(person),
    canSeeNeeds: canSeeNeeds(person),
    ...attendees,
  });
}

const declineSchema = z.object({ reason: z.string().trim().min(1, "Give a reason: it is sent to the person").max(500, "Keep the reason to 500 characters or fewer") });

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireRegistrationConvening(person, params.conveningId);
  const values = formValues(await request.formData());
  const registrationId = values.registrationId ?? "";
  if (values.intent === "cancel") {
    const result = await cancelRegistration(person, convening, registrationId);
    if (!result.ok) throw new Response(result.message, { status: result.status });
    return json({ message: "Registration cancelled; the first on the waitlist got the place.", errors: null, registrationId: null });
  }
  invariantResponse(canDecideRegistrations(person), "Only the programme team can do this.", { status: 403 });
  if (values.intent === "approve") {
    const result = await approveRegistration(convening, registrationId);
    if (!result.ok) throw new Response(result.message, { status: result.status });
    return json({ message: "Approved. A confirmation with the calendar file was emailed.", errors: null, registrationId: null });
  }
  if (values.intent === "decline") {
    const parsed = declineSchema.safeParse(values);
    if (!parsed.success) return json({ message: null, errors: { reason: parsed.error.issues[0].message }, registrationId }, { status: 400 });
    const result = await declineRegistration(convening, registrationId, parsed.data.reason, person.id);
    if (!result.ok) throw new Response(result.message, { status: result.status });
    return json({ message: "Declined. The person was emailed the reason.", errors: null, registrationId: null });
  }
  if (values.intent === "fill") {
    const promoted = await fillFreePlaces(convening);
    return json({ message: promotedNote(promoted.length) || "No free places, or nobody waiting.", errors: null, registrationId: null });
  }
  if (values.intent === "purge-needs") {
    const result = await purgeNeeds(convening);
    if (!result.ok) return json({ message: null, errors: { form: result.message }, registrationId: null }, { status: 409 });
    return json({ message: `Dietary and access needs deleted from ${result.purged} registration${result.purged === 1 ? "" : "s"}.`, errors: null, registrationId: null });
  }
  throw new Response("Unknown action", { status: 400 });
}

function statusBadge(line: RegistrationLine) {
  const tone = line.status === "waitlisted" ? "badge--warning" : line.status === "declined" || line.status === "no-show" ? "badge--error" : line.status === "pending" || line.status === "cancelled" ? "badge--neutral" : "badge--success";
  return (
    <span className={`badge ${tone}`}>
      {REGISTRATION_STATUS_LABELS[line.status]}
      {line.waitlistPosition ? ` (${line.waitlistPosition})` : ""}
    </span>
  );
}

export default function AttendeesPage() {
  const { convening, canDecide, canSeeNeeds, lines, counts, needs, isNeedsPurgeable } = useLoaderData<typeof loader>();
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
      {actionData?.errors && "form" in actionData.errors ? <p className="notice notice--error" role="alert">{actionData.errors.form}</p> : null}
      <section aria-labelledby="counts-title">
        <h2 id="counts-title">By city</h2>
        <CityCounts counts={counts} capacity={convening.capacity} />
        {canDecide ? (
          <Form method="post" className="after-table">
            <SubmitButton name="intent" value="fill" pendingText="Offering places…">
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
          <p className="muted">Only the programme team sees this. It counts people with a place or awaiting approval.</p>
          <div className="grid">
            <div>
              <h3>Dietary needs</h3>
              {needs.dietary.length === 0 ? <p>None stated.</p> : <ul>{needs.dietary.map((entry) => <li key={entry.need}>{entry.need}: {entry.count}</li>)}</ul>}
            </div>
            <div>
              <h3>Access needs</h3>
              {needs.access.length === 0 ? <p>None stated.</p> : <ul>{needs.access.map((entry) => <li key={entry.need}>{entry.need}: {entry.count}</li>)}</ul>}
            </div>
          </div>
          {isNeedsPurgeable ? (
            <Form method="post">
              <p>The convening is over: delete everyone's dietary and access needs for it.</p>
              <button type="submit" name="intent" value="purge-needs" className="button button--danger">
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
                    {canSeeNeeds ? <th scope="col">Needs</th> : null}
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {lines
                    .filter((line) => line.cityName === cityName)
                    .map((line) => (
                      <tr key={line.id}>
                        <td>{line.name}</td>
                        <td data-label="Organisation">{line.organisation || "—"}</td>
                        <td data-label="Role at event">{line.roleAtEvent || "—"}</td>
                        <td data-label="Status">
                          {statusBadge(line)}
                          {line.declineReason ? <div className="muted">{line.declineReason}</div> : null}
                        </td>
                        {canSeeNeeds ? <td data-label="Needs">{[line.dietaryNeeds, line.accessNeeds].filter(Boolean).join("; ") || "—"}</td> : null}
                        <td className="table-stack__actions">
                          <div className="cluster">
                            {canDecide && line.status === "pending" ? (
                              <Form method="post">
                                <input type="hidden" name="registrationId" value={line.id} />
                                <button type="submit" name="intent" value="approve" className="button button--quiet" aria-label={`Approve ${line.name}`}>
                                  Approve
                                </button>
                              </Form>
                            ) : null}
                            {canDecide && (line.status === "pending" || line.status === "waitlisted") ? (
                              <Form method="post" className="cluster decline-form">
                                <input type="hidden" name="registrationId" value={line.id} />
                                <TextField
                                  id={`reason-${line.id}`}
                                  name="reason"
                                  label={`Reason for declining ${line.name}`}
                                  error={actionData?.registrationId === line.id ? actionData?.errors?.reason : undefined}
                                />
                                <button type="submit" name="intent" value="decline" className="button button--quiet">
                                  Decline
                                </button>
                              </Form>
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
