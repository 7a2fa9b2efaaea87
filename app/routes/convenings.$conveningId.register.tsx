import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from "~/components/form-fields";
import { TableScroll } from "~/components/table-scroll";
import { CityCounts } from "~/registration/components/city-counts";
import { formatRange } from "~/registration/format";
import { requireRegistrationConvening } from "~/registration/readable-convening.server";
import { cancelRegistration, registerForConvening } from "~/registration/registration.server";
import { registrationFormSchema, registrationWindowRefusal } from "~/registration/rules";
import { REGISTRATION_STATUS_LABELS } from "~/domain/vocabulary/registrations";
import { loadRegisterPage } from "~/registration/views.server";
import { forbidden, requirePerson } from "~/accounts/auth.server";
import { isManager } from "~/accounts/policy";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { fieldErrors, formValues, type FieldErrors } from "~/forms/forms";
import { CancelRegistrationForm } from "~/registration/components/cancel-registration";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Register · ${data?.convening.title ?? "Convening"} · Inclusive Cities planner` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireRegistrationConvening(person, params.conveningId);
  const page = await loadRegisterPage(person, convening);
  const refusal = registrationWindowRefusal(convening, new Date());
  return json({
    convening: {
      id: convening.id,
      title: convening.title,
      startsAt: convening.startsAt,
      endsAt: convening.endsAt,
      timeZone: convening.timeZone,
      isMultiDay: new Date(convening.endsAt).getTime() - new Date(convening.startsAt).getTime() > 24 * 3600 * 1000,
      isApprovalRequired: convening.registration.isApprovalRequired,
      capacity: convening.registration.capacity,
    },
    closedReason: refusal?.message ?? null,
    isManager: isManager(person),
    ...page,
  });
}

type ActionData = { errors: FieldErrors | null; values: Record<string, string>; message: string | null };

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireRegistrationConvening(person, params.conveningId);
  const formData = await request.formData();
  const values = formValues(formData);
  if (values.intent === "cancel") {
    const result = await cancelRegistration(person, convening, values.registrationId ?? "");
    if (!result.ok) throw new Response(result.message, { status: result.status });
    return json<ActionData>({ errors: null, values: {}, message: "The registration was cancelled. If anyone was waiting, the first in line now has the place." });
  }
  const parsed = registrationFormSchema.safeParse(values);
  if (!parsed.success) return json<ActionData>({ errors: fieldErrors(parsed.error), values, message: null }, { status: 400 });
  const result = await registerForConvening(person, convening, parsed.data);
  if (!result.ok) {
    if (result.status === 400) return json<ActionData>({ errors: result.errors, values, message: null }, { status: 400 });
    if (result.status === 403) throw forbidden(result.message);
    return json<ActionData>({ errors: { form: result.message }, values, message: null }, { status: result.status });
  }
  const outcome =
    result.status === "registered"
      ? `${result.personName} is registered. A confirmation email with a calendar file is on its way.`
      : result.status === "pending"
        ? `${result.personName}'s registration is waiting for the programme team's approval.`
        : `Your city's places are taken, so ${result.personName} is on the waitlist and will move up automatically if a place frees up.`;
  return json<ActionData>({ errors: null, values: {}, message: outcome });
}

export default function RegisterPage() {
  const { convening, closedReason, candidates, registrations, counts, ownCity, isManager } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors ?? undefined;
  const values = actionData?.values ?? {};
  const [personId, setPersonId] = useState(values.personId ?? "");
  const active = registrations.filter((line) => line.status !== "cancelled" && line.status !== "declined");
  return (
    <>
      <p>
        <Link to={`/convenings/${convening.id}`}>← {convening.title}</Link>
      </p>
      <div className="page-heading">
        <h1>Register for {convening.title}</h1>
      </div>
      <p className="lede">{formatRange(convening.startsAt, convening.endsAt, convening.timeZone)}</p>
      {ownCity ? (
        <p className="notice">
          {ownCity.places === null
            ? `${ownCity.name} has no per-city limit at this convening.`
            : `${ownCity.name} has ${ownCity.places} place${ownCity.places === 1 ? "" : "s"}: ${ownCity.held} taken, ${Math.max(0, ownCity.places - ownCity.held)} free. When they are taken, people join the waitlist in the order they are registered.`}
        </p>
      ) : null}
      {actionData?.message ? (
        <p className="notice notice--success" role="status">
          {actionData.message}
        </p>
      ) : null}
      <section className="card" aria-labelledby="register-title">
        <h2 id="register-title" style={{ marginTop: 0 }}>
          Register someone
        </h2>
        {closedReason ? (
          <p className="notice notice--warning">{closedReason}</p>
        ) : (
          <>
            <ErrorSummary errors={errors} />
            {errors?.form ? <p className="notice notice--error">{errors.form}</p> : null}
            <Form method="post" className="form" noValidate key={actionData?.message ?? "register"}>
              <input type="hidden" name="intent" value="register" />
              <SelectField
                name="personId"
                label="Who are you registering?"
                hint={isManager ? "Anyone in the programme." : "You or a colleague from your city. Add a colleague who is not listed yet."}
                options={[
                  { value: "", label: "Choose a person" },
                  ...candidates.map((candidate) => ({ value: candidate.id, label: candidate.cityName && isManager ? `${candidate.name} (${candidate.cityName})` : candidate.name })),
                  { value: "new", label: isManager ? "Someone new (no city)" : "A colleague not listed yet" },
                ]}
                defaultValue={values.personId ?? ""}
                onChange={(event) => setPersonId(event.currentTarget.value)}
                error={errors?.personId}
              />
              <fieldset className="fieldset" aria-describedby="new-colleague-hint">
                <legend>New colleague</legend>
                <p className="field__hint" id="new-colleague-hint">
                  Only when you chose {isManager ? "“Someone new”" : "“A colleague not listed yet”"}: they get a record without an account and can be invited later.
                </p>
                <TextField name="newName" label="Colleague's full name" defaultValue={values.newName} error={errors?.newName} autoComplete="off" disabled={personId !== "new" && personId !== "" ? true : undefined} />
                <TextField name="newEmail" label="Colleague's email address" type="email" defaultValue={values.newEmail} error={errors?.newEmail} autoComplete="off" disabled={personId !== "new" && personId !== "" ? true : undefined} />
              </fieldset>
              <TextField name="roleAtEvent" label="Role at the event (optional)" hint="For example: speaker, delegate, observer." defaultValue={values.roleAtEvent} error={errors?.roleAtEvent} />
              <TextAreaField
                name="dietaryNeeds"
                label="Dietary needs (optional)"
                hint="Seen only by the programme team and the person themselves, and deleted after the convening."
                defaultValue={values.dietaryNeeds}
                error={errors?.dietaryNeeds}
                rows={2}
              />
              <TextAreaField
                name="accessNeeds"
                label="Access needs (optional)"
                hint="Seen only by the programme team and the person themselves, and deleted after the convening."
                defaultValue={values.accessNeeds}
                error={errors?.accessNeeds}
                rows={2}
              />
              {convening.isMultiDay ? (
                <div className="cluster">
                  <TextField name="arrivalDate" label="Arrival date (optional)" type="date" defaultValue={values.arrivalDate} error={errors?.arrivalDate} />
                  <TextField name="departureDate" label="Departure date (optional)" type="date" defaultValue={values.departureDate} error={errors?.departureDate} />
                </div>
              ) : null}
              <div className="field">
                <label className="checkbox">
                  <input type="checkbox" name="isContactShared" defaultChecked={values.isContactShared === "on"} />
                  Share their contact details with other attendees
                </label>
              </div>
              <SubmitButton name="intent" value="register" pendingText="Registering…">
                Register
              </SubmitButton>
            </Form>
          </>
        )}
      </section>
      <section aria-labelledby="own-title">
        <h2 id="own-title">{isManager ? "Everyone registered" : `${ownCity?.name ?? "Your city"}'s registrations`}</h2>
        {active.length === 0 ? (
          <div className="empty-state">
            <p>Nobody is registered yet.</p>
          </div>
        ) : (
          <TableScroll labelledBy="own-title" hint={false}>
            <table className="table-stack">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  {isManager ? <th scope="col">City</th> : null}
                  <th scope="col">Role at event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {active.map((line) => (
                  <tr key={line.id}>
                    <td>{line.name}</td>
                    {isManager ? <td data-label="City">{line.cityName}</td> : null}
                    <td data-label="Role at event">{line.roleAtEvent || "—"}</td>
                    <td data-label="Status">
                      <span className={`badge ${line.status === "waitlisted" ? "badge--warning" : line.status === "pending" ? "badge--neutral" : "badge--success"}`}>
                        {REGISTRATION_STATUS_LABELS[line.status]}
                        {line.waitlistPosition ? ` (${line.waitlistPosition})` : ""}
                      </span>
                    </td>
                    <td className="table-stack__actions">
                      <CancelRegistrationForm registrationId={line.id} personName={line.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="counts-title">
        <h2 id="counts-title">Places by city</h2>
        <CityCounts counts={counts} capacity={convening.capacity} />
        <p className="after-table">
          <Link to={`/convenings/${convening.id}/attendees`}>Attendee list</Link>
        </p>
      </section>
    </>
  );
}
