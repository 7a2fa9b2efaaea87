import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from "~/components/form-fields";
import { TableScroll } from "~/components/table-scroll";
import { CityCounts } from "~/registration/components/city-counts";
import { formatRange, placesBanner, waitlistMessage } from "~/registration/format";
import { requireRegistrationConvening } from "~/registration/readable-convening.server";
import { cancelRegistration, registerForConvening } from "~/registration/registration.server";
import { registrationWindowRefusal } from "~/registration/rules";
import {
  CANCEL_REGISTRATION_INTENT,
  JOIN_WAITLIST_INTENT,
  REGISTER_INTENT,
  registrationFormSchema,
  UNDO_ENDING_INTENT,
} from "~/registration/registration-form";
import { REGISTRATION_STATUS_LABELS } from "~/domain/vocabulary/registrations";
import { loadRegisterPage } from "~/registration/views.server";
import { forbidden, requirePerson } from "~/accounts/auth.server";
import { isManager } from "~/accounts/policy";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { replyWithErrors, useSchemaForm, type FormResult } from "~/forms/schema-form";
import { CancelRegistrationForm } from "~/registration/components/cancel-registration";
import { UndoNotice, UndoRefusal } from "~/registration/components/undo-notice";
import { AskedFirst } from "~/registration/components/asked-first";
import bulkStyles from "~/registration/components/bulk.css";
import { cancelConfirmation, UNDO_WINDOW_MINUTES } from "~/registration/confirmations";
import { confirmationNeeded, type Confirmation } from "~/forms/confirmation";
import { readSelection } from "~/registration/selection.server";
import { joinWaitlistAfterUndo, undoEnding, undoOffer, type UndoOffer } from "~/registration/undo.server";
import { listCities } from "~models/city.server";
import { PROGRAMME_ROLE_LABELS } from "~/domain/vocabulary/people";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: bulkStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Register · ${data?.convening.title ?? "Convening"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireRegistrationConvening(person, params.conveningId);
  const page = await loadRegisterPage(person, convening);
  const refusal = registrationWindowRefusal(convening, new Date());
  // A manager registers someone new straight into a city.
  const cities = isManager(person) ? (await listCities()).map((city) => ({ id: city.id, name: city.name })) : [];
  return json({
    cities,
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

type ActionData = {
  result: FormResult | null;
  message: string | null;
  problem?: string | null;
  confirm?: Confirmation | null;
  undo?: UndoOffer | null;
  waitlistFor?: { registrationId: string; personName: string } | null;
};
type Registrar = Awaited<ReturnType<typeof requirePerson>>;
type Convening = Awaited<ReturnType<typeof requireRegistrationConvening>>;

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireRegistrationConvening(person, params.conveningId);
  const formData = await readForm(request);
  // The cancel buttons say so; the register form is the page's own (older posts send no intent).
  const intent = formData.get("intent");
  if (intent === CANCEL_REGISTRATION_INTENT) return cancelOneRegistration(person, convening, formData);
  if (intent === UNDO_ENDING_INTENT) return undoCancellation(person, convening, formData);
  if (intent === JOIN_WAITLIST_INTENT) return joinWaitlist(person, convening, formData);
  return registerSomeone(person, convening, formData);
}

/** The registration a row's button names, if this person may change it: its name for the question. */
async function requireOne(person: Registrar, convening: Convening, registrationId: string) {
  const selection = await readSelection(person, convening, [registrationId]);
  if (!selection.ok) throw new Response(selection.message, { status: selection.status === 400 ? 404 : 403 });
  return selection.registrations[0];
}

const registrationIdOf = (formData: FormData) => String(formData.get("registrationId") ?? "");

async function cancelOneRegistration(person: Registrar, convening: Convening, formData: FormData) {
  const registration = await requireOne(person, convening, registrationIdOf(formData));
  const confirm = confirmationNeeded(formData, cancelConfirmation(registration.id, registration.name));
  if (confirm) return json<ActionData>({ result: null, message: null, confirm });
  const result = await cancelRegistration(person, convening, registration.id);
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return json<ActionData>({
    result: null,
    message: `${result.personName}'s registration is cancelled and they were emailed. If anyone was waiting, the first in line now has the place.`,
    undo: undoOffer(convening, registration.id, result.personName),
  });
}

async function undoCancellation(person: Registrar, convening: Convening, formData: FormData) {
  const registrationId = registrationIdOf(formData);
  const result = await undoEnding(person, convening, registrationId);
  if (result.ok) return json<ActionData>({ result: null, message: result.message });
  if (result.status !== 409) throw new Response(result.message, { status: result.status });
  const registration = result.canJoinWaitlist ? await requireOne(person, convening, registrationId) : null;
  return json<ActionData>(
    {
      result: null,
      message: null,
      problem: result.message,
      waitlistFor: registration ? { registrationId, personName: registration.name } : null,
    },
    { status: 409 },
  );
}

async function joinWaitlist(person: Registrar, convening: Convening, formData: FormData) {
  const result = await joinWaitlistAfterUndo(person, convening, registrationIdOf(formData));
  if (result.ok) return json<ActionData>({ result: null, message: result.message });
  if (result.status !== 409) throw new Response(result.message, { status: result.status });
  return json<ActionData>({ result: null, message: null, problem: result.message }, { status: 409 });
}

async function registerSomeone(person: Registrar, convening: Convening, formData: FormData) {
  const submission = parseWithZod(formData, { schema: registrationFormSchema });
  if (submission.status !== "success")
    return json<ActionData>({ result: submission.reply(), message: null }, { status: 400 });
  const result = await registerForConvening(person, convening, submission.value);
  if (!result.ok) {
    if (result.status === 400)
      return json<ActionData>(
        { result: replyWithErrors(submission, { fields: result.errors }), message: null },
        { status: 400 },
      );
    if (result.status === 403) throw forbidden(result.message);
    return json<ActionData>(
      { result: replyWithErrors(submission, { form: result.message }), message: null },
      { status: result.status },
    );
  }
  const outcome =
    result.status === "registered"
      ? `${result.personName} is registered. A confirmation email with a calendar file is on its way.`
      : result.status === "pending"
        ? `${result.personName}'s registration is waiting for the programme team's approval.`
        : result.waitlistReason
          ? waitlistMessage(result.personName, result.waitlistReason, convening.registration.capacity, {
              isOwnCity: !isManager(person),
            })
          : `${result.personName}'s registration is now ${REGISTRATION_STATUS_LABELS[result.status].toLowerCase()}.`;
  const matched = result.isMatchedByEmail
    ? `${result.personName} was already known by that email address, so their record was used. `
    : "";
  return json<ActionData>({ result: submission.reply({ resetForm: true }), message: matched + outcome });
}

function RegisterForm({
  candidates,
  cities,
  isManager,
  isMultiDay,
  lastResult,
}: {
  candidates: Array<{ id: string; name: string; cityName: string }>;
  cities: Array<{ id: string; name: string }>;
  isManager: boolean;
  isMultiDay: boolean;
  lastResult?: FormResult | null;
}) {
  const [form, fields] = useSchemaForm({ id: "register", schema: registrationFormSchema, lastResult });
  const [personId, setPersonId] = useState(fields.personId.initialValue ?? "");
  const isNewColleagueOff = personId !== "new" && personId !== "" ? true : undefined;
  return (
    <>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      {form.errors?.[0] ? <p className="notice notice--error">{form.errors[0]}</p> : null}
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value={REGISTER_INTENT} />
        <SelectField
          field={fields.personId}
          label="Who are you registering?"
          hint={
            isManager
              ? "Anyone in the programme."
              : "You or a colleague from your city. Add a colleague who is not listed yet."
          }
          options={[
            { value: "", label: "Choose a person" },
            ...candidates.map((candidate) => ({
              value: candidate.id,
              label: candidate.cityName && isManager ? `${candidate.name} (${candidate.cityName})` : candidate.name,
            })),
            { value: "new", label: isManager ? "Someone new" : "A colleague not listed yet" },
          ]}
          onChange={(event) => setPersonId(event.currentTarget.value)}
        />
        <fieldset className="fieldset" aria-describedby="new-colleague-hint">
          <legend>New colleague</legend>
          <p className="field__hint" id="new-colleague-hint">
            Only when you chose {isManager ? "“Someone new”" : "“A colleague not listed yet”"}: they get a record
            without an account and can be invited later.
          </p>
          <TextField
            field={fields.newName}
            label="Colleague's full name"
            autoComplete="off"
            disabled={isNewColleagueOff}
          />
          <TextField
            field={fields.newEmail}
            label="Colleague's email address"
            type="email"
            autoComplete="off"
            disabled={isNewColleagueOff}
          />
          {isManager ? (
            <>
              <SelectField
                field={fields.newCityId}
                label="Their city"
                options={[
                  { value: "", label: "No city" },
                  ...cities.map((city) => ({ value: city.id, label: city.name })),
                ]}
                disabled={isNewColleagueOff}
              />
              <SelectField
                field={fields.newProgrammeRole}
                label="Their role in the programme"
                options={[
                  { value: "", label: "Not set" },
                  ...Object.entries(PROGRAMME_ROLE_LABELS).map(([value, label]) => ({ value, label })),
                ]}
                disabled={isNewColleagueOff}
              />
            </>
          ) : null}
        </fieldset>
        <TextField
          field={fields.roleAtEvent}
          label="Role at the event (optional)"
          hint="For example: speaker, delegate, observer."
        />
        <TextAreaField
          field={fields.dietaryNeeds}
          label="Dietary needs (optional)"
          hint="Seen only by the programme team and the person themselves, and deleted after the convening."
          rows={2}
        />
        <TextAreaField
          field={fields.accessNeeds}
          label="Access needs (optional)"
          hint="Seen only by the programme team and the person themselves, and deleted after the convening."
          rows={2}
        />
        {isMultiDay ? (
          <div className="cluster">
            <TextField field={fields.arrivalDate} label="Arrival date (optional)" type="date" />
            <TextField field={fields.departureDate} label="Departure date (optional)" type="date" />
          </div>
        ) : null}
        <div className="field">
          <CheckboxField field={fields.isContactShared} label="Share their contact details with other attendees" />
        </div>
        <SubmitButton name="intent" value={REGISTER_INTENT} pendingText="Registering…">
          Register
        </SubmitButton>
      </Form>
    </>
  );
}

export default function RegisterPage() {
  const { convening, closedReason, candidates, cities, registrations, counts, ownCity, totalHeld, isManager } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
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
        <p className="notice">{placesBanner(ownCity, { capacity: convening.capacity, held: totalHeld })}</p>
      ) : null}
      {actionData?.confirm ? <AskedFirst confirmation={actionData.confirm} /> : null}
      {actionData?.message ? (
        <UndoNotice message={actionData.message} offer={actionData.undo ?? null} minutes={UNDO_WINDOW_MINUTES} />
      ) : null}
      {actionData?.problem ? (
        <UndoRefusal message={actionData.problem} waitlistFor={actionData.waitlistFor ?? null} />
      ) : null}
      <section className="card" aria-labelledby="register-title">
        <h2 id="register-title" style={{ marginTop: 0 }}>
          Register someone
        </h2>
        {closedReason ? (
          <p className="notice notice--warning">{closedReason}</p>
        ) : (
          <RegisterForm
            key={actionData?.message ?? REGISTER_INTENT}
            candidates={candidates}
            cities={cities}
            isManager={isManager}
            isMultiDay={convening.isMultiDay}
            lastResult={actionData?.result}
          />
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
                      <span
                        className={`badge ${line.status === "waitlisted" ? "badge--warning" : line.status === "pending" ? "badge--neutral" : "badge--success"}`}
                      >
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
