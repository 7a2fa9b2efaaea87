import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/form-fields";
import { formatRange } from "~/registration/format";
import { listMyRegistrations } from "~/registration/me.server";
import { PROGRAMME_ROLE_LABELS } from "~/domain/vocabulary/people";
import { personSchema } from "~/people/person-forms";
import { REGISTRATION_STATUS_LABELS } from "~/domain/vocabulary/registrations";
import { requireManager } from "~/accounts/auth.server";
import { canSetRole } from "~/people/policy";
import { invariantResponse } from "~/utils/invariant";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { replyWithErrors, useSchemaForm } from "~/forms/schema-form";
import { listCities } from "~models/city.server";
import { getPerson, updatePersonProfile } from "~models/person.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.person.name ?? "Person"} · Inclusive Cities planner` },
];

async function requireTarget(personId: string | undefined) {
  const person = personId ? await getPerson(personId) : null;
  invariantResponse(person, "There is nobody at this address.", { status: 404 });
  return person;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const person = await requireTarget(params.personId);
  const [cities, registrations] = await Promise.all([listCities(), listMyRegistrations(person.id)]);
  return json({ person, cities: cities.map((city) => ({ id: city.id, name: city.name })), registrations });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const person = await requireTarget(params.personId);
  const cityIds = new Set((await listCities()).map((city) => city.id));
  const submission = parseWithZod(await readForm(request), { schema: personSchema({ cityIds }) });
  if (submission.status !== "success") return json({ result: submission.reply(), saved: false }, { status: 400 });
  const profile = submission.value;
  const roleChange = canSetRole(manager, person, profile.role);
  if (!roleChange.ok)
    return json(
      { result: replyWithErrors(submission, { fields: { role: roleChange.reason } }), saved: false },
      { status: 400 },
    );
  const result = await updatePersonProfile(person.id, {
    ...profile,
    cityId: profile.cityId || null,
    programmeRole: profile.programmeRole || null,
  });
  if (!result.ok)
    return json(
      { result: replyWithErrors(submission, { fields: { [result.field]: result.message } }), saved: false },
      { status: 400 },
    );
  return json({ result: submission.reply({ resetForm: true }), saved: true });
}

export default function PersonPage() {
  const { person, cities, registrations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useSchemaForm({
    id: "profile",
    schema: personSchema({ cityIds: new Set(cities.map((city) => city.id)) }),
    lastResult: actionData?.result,
    defaultValue: { ...person, cityId: person.cityId ?? "", programmeRole: person.programmeRole ?? "" },
  });
  return (
    <>
      <p>
        <Link to="/people">← People</Link>
      </p>
      <div className="page-heading">
        <h1>{person.name}</h1>
        <span className={`badge ${person.hasAccount ? "badge--success" : "badge--neutral"}`}>
          {person.hasAccount ? "Has an account" : "No account (invite from People)"}
        </span>
      </div>
      {actionData?.saved ? (
        <p className="notice notice--success" role="status">
          Saved.
        </p>
      ) : null}
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title" style={{ marginTop: 0 }}>
          Profile
        </h2>
        <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
        <Form method="post" className="form" {...getFormProps(form)}>
          <TextField field={fields.name} label="Full name" required />
          <TextField field={fields.email} label="Email address" type="email" required />
          <TextField field={fields.organisation} label="Organisation" />
          <TextField field={fields.jobTitle} label="Job title" />
          <SelectField
            field={fields.cityId}
            label="City"
            options={[
              { value: "", label: "No city (programme team, partner)" },
              ...cities.map((city) => ({ value: city.id, label: city.name })),
            ]}
          />
          <SelectField
            field={fields.programmeRole}
            label="Role in the programme"
            options={[
              { value: "", label: "Not set" },
              ...Object.entries(PROGRAMME_ROLE_LABELS).map(([value, label]) => ({ value, label })),
            ]}
          />
          <SelectField
            field={fields.role}
            label="What they can do in the planner"
            options={[
              { value: "participant", label: "Participant" },
              { value: "city-rep", label: "City representative" },
              { value: "manager", label: "Programme manager" },
            ]}
          />
          <SubmitButton pendingText="Saving…">Save</SubmitButton>
        </Form>
      </section>
      {person.hasAccount ? null : (
        <section className="card" aria-labelledby="invite-title">
          <h2 id="invite-title" style={{ marginTop: 0 }}>
            Invite to sign in
          </h2>
          <p>
            {person.name} has no account yet. An invitation emails them a link to set a password (valid for 7 days).
          </p>
          <Form method="post" action="/people">
            <input type="hidden" name="name" value={person.name} />
            <input type="hidden" name="email" value={person.email} />
            <input type="hidden" name="role" value={person.role} />
            <input type="hidden" name="cityId" value={person.cityId ?? ""} />
            <SubmitButton pendingText="Sending invitation…">Send invitation</SubmitButton>
          </Form>
        </section>
      )}
      <section aria-labelledby="registrations-title">
        <h2 id="registrations-title">Registrations</h2>
        {registrations.length === 0 ? (
          <p>Not registered for any convening.</p>
        ) : (
          <ul>
            {registrations.map((registration) => (
              <li key={registration.id}>
                <Link to={`/convenings/${registration.convening.id}/attendees`}>{registration.convening.title}</Link> (
                {formatRange(
                  registration.convening.startsAt,
                  registration.convening.endsAt,
                  registration.convening.timeZone,
                )}
                ): {REGISTRATION_STATUS_LABELS[registration.status]}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
