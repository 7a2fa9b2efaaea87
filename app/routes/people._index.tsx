import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/form-fields";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { fieldErrors, formValues, type FieldErrors } from "~/forms/forms";
import { invitePerson } from "~/accounts/invitations.server";
import { getCityById, listCities } from "~models/city.server";
import { ROLES } from "~/domain/vocabulary/people";
import { createPerson, listPeople } from "~models/person.server";
import { PROGRAMME_ROLE_LABELS } from "~/domain/vocabulary/people";
import { personSchema } from "~/people/person-forms";

export const meta: MetaFunction = () => [{ title: "People · Inclusive Cities planner" }];

const ROLE_OPTIONS = [
  { value: "participant", label: "Participant" },
  { value: "city-rep", label: "City representative" },
  { value: "manager", label: "Programme manager" },
];

const inviteSchema = z
  .object({
    name: z.string().trim().min(1, "Enter the person's name").max(120, "Name must be 120 characters or fewer"),
    email: z
      .string()
      .trim()
      .min(1, "Enter an email address")
      .max(254, "Email address must be 254 characters or fewer")
      .email("Enter an email address like name@example.org"),
    role: z.enum(ROLES, { errorMap: () => ({ message: "Choose a role" }) }),
    cityId: z.string().trim(),
  })
  .refine((value) => value.role !== "city-rep" || value.cityId !== "", {
    path: ["cityId"],
    message: "A city representative must belong to a city",
  });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireManager(request);
  const [people, cities] = await Promise.all([listPeople(), listCities()]);
  return json({ people, cities: cities.map((city) => ({ id: city.id, name: city.name })) });
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const formData = await request.formData();
  const values = formValues(formData);
  if (values.intent === "create") return createWithoutAccount(values);
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) return json({ errors: fieldErrors(parsed.error) as FieldErrors, values, invited: null }, { status: 400 });
  const cityId = parsed.data.cityId || null;
  if (cityId && !(await getCityById(cityId))) {
    return json({ errors: { cityId: "Choose a city from the list" } as FieldErrors, values, invited: null }, { status: 400 });
  }
  const result = await invitePerson({ ...parsed.data, cityId }, manager.id);
  if (!result.ok) return json({ errors: { [result.field]: result.message } as FieldErrors, values, invited: null }, { status: 400 });
  return json({ errors: null, values: {} as Record<string, string>, invited: parsed.data.email });
}

/** A person without an account (a guest speaker, a partner); a manager can invite them later. */
async function createWithoutAccount(values: Record<string, string>) {
  const parsed = personSchema.safeParse({ ...values, role: "participant" });
  const fail = (errors: FieldErrors) => json({ errors: null, values: {} as Record<string, string>, invited: null, created: null, createErrors: errors, createValues: values }, { status: 400 });
  if (!parsed.success) return fail(fieldErrors(parsed.error));
  const cityId = parsed.data.cityId || null;
  if (cityId && !(await getCityById(cityId))) return fail({ cityId: "Choose a city from the list" });
  try {
    await createPerson({ ...parsed.data, cityId, programmeRole: parsed.data.programmeRole || null });
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return fail({ email: "Someone already uses this email address" });
    throw error;
  }
  return json({ errors: null, values: {} as Record<string, string>, invited: null, created: parsed.data.name, createErrors: null, createValues: {} as Record<string, string> });
}

export default function PeoplePage() {
  const { people, cities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors ?? undefined;
  const values = actionData?.values ?? {};
  const cityName = new Map(cities.map((city) => [city.id, city.name]));
  return (
    <>
      <div className="page-heading">
        <h1>People</h1>
      </div>
      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title" style={{ marginTop: 0 }}>
          Invite someone
        </h2>
        {actionData?.invited ? (
          <p className="notice notice--success" role="status">
            Invitation sent to {actionData.invited}. The link works once and expires in 7 days.
          </p>
        ) : null}
        <ErrorSummary errors={errors} />
        <Form method="post" className="form" noValidate key={actionData?.invited ?? "invite"}>
          <TextField name="name" label="Full name" defaultValue={values.name} error={errors?.name} autoComplete="off" required />
          <TextField name="email" label="Email address" type="email" defaultValue={values.email} error={errors?.email} required />
          <SelectField name="role" label="Role" options={ROLE_OPTIONS} defaultValue={values.role ?? "participant"} error={errors?.role} />
          <SelectField
            name="cityId"
            label="City"
            hint="Required for city representatives: they act for this city only."
            options={[{ value: "", label: "No city (programme team, partner)" }, ...cities.map((city) => ({ value: city.id, label: city.name }))]}
            defaultValue={values.cityId ?? ""}
            error={errors?.cityId}
          />
          <SubmitButton pendingText="Sending invitation…">Send invitation</SubmitButton>
        </Form>
      </section>
      <section className="card" aria-labelledby="create-title">
        <h2 id="create-title" style={{ marginTop: 0 }}>
          Add someone without an account
        </h2>
        <p className="muted">For guest speakers and partners: they can be registered for convenings now and invited to sign in later.</p>
        {actionData && "created" in actionData && actionData.created ? (
          <p className="notice notice--success" role="status">
            {actionData.created} was added.
          </p>
        ) : null}
        <CreatePersonForm cities={cities} actionData={actionData} />
      </section>
      <section aria-labelledby="people-title">
        <h2 id="people-title">Everyone ({people.length})</h2>
        {people.length === 0 ? (
          <div className="empty-state">
            <h2>No people yet</h2>
            <p>Invite the programme team and city representatives above.</p>
          </div>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">City</th>
                  <th scope="col">Account</th>
                </tr>
              </thead>
              <tbody>
                {people.map((person) => (
                  <tr key={person.id}>
                    <td>
                      <Link to={`/people/${person.id}`}>{person.name}</Link>
                    </td>
                    <td>{person.email}</td>
                    <td>{ROLE_OPTIONS.find((option) => option.value === person.role)?.label ?? person.role}</td>
                    <td>{person.cityId ? cityName.get(person.cityId) ?? "—" : "—"}</td>
                    <td>{person.hasAccount ? <span className="badge badge--success">Active</span> : <span className="badge badge--neutral">Invited or guest</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function CreatePersonForm({ cities, actionData }: { cities: Array<{ id: string; name: string }>; actionData: unknown }) {
  const data = (actionData ?? {}) as { createErrors?: FieldErrors | null; createValues?: Record<string, string>; created?: string | null };
  const errors = data.createErrors ?? undefined;
  const values = data.createValues ?? {};
  return (
    <Form method="post" className="form" noValidate key={data.created ?? "create"}>
      <input type="hidden" name="intent" value="create" />
      <ErrorSummary errors={errors} />
      <TextField id="create-name" name="name" label="Full name" defaultValue={values.name} error={errors?.name} autoComplete="off" required />
      <TextField id="create-email" name="email" label="Email address" type="email" defaultValue={values.email} error={errors?.email} autoComplete="off" required />
      <TextField id="create-organisation" name="organisation" label="Organisation" defaultValue={values.organisation} error={errors?.organisation} />
      <TextField id="create-jobTitle" name="jobTitle" label="Job title" defaultValue={values.jobTitle} error={errors?.jobTitle} />
      <SelectField
        id="create-programmeRole"
        name="programmeRole"
        label="Role in the programme"
        options={[{ value: "", label: "Not set" }, ...Object.entries(PROGRAMME_ROLE_LABELS).map(([value, label]) => ({ value, label }))]}
        defaultValue={values.programmeRole ?? "speaker"}
        error={errors?.programmeRole}
      />
      <SelectField
        id="create-cityId"
        name="cityId"
        label="City"
        options={[{ value: "", label: "No city" }, ...cities.map((city) => ({ value: city.id, label: city.name }))]}
        defaultValue={values.cityId ?? ""}
        error={errors?.cityId}
      />
      <SubmitButton name="intent" value="create" pendingText="Adding…">
        Add person
      </SubmitButton>
    </Form>
  );
}
