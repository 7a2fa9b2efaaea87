import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/form-fields";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { replyWithErrors, useSchemaForm, type FormResult } from "~/forms/schema-form";
import { invitePerson } from "~/accounts/invitations.server";
import { listCities } from "~models/city.server";
import { createPerson } from "~models/person.server";
import { PROGRAMME_ROLE_LABELS } from "~/domain/vocabulary/people";
import { findPeoplePage, type AccountBadge } from "~/people/directory.server";
import {
  ACCOUNT_STATE_OPTIONS,
  PEOPLE_PAGE_SIZE,
  peopleQueryString,
  readPeopleQuery,
  showingLabel,
} from "~/people/people-search";
import { ADD_PERSON_INTENT, INVITE_INTENT, inviteSchema, personWithoutAccountSchema } from "~/people/person-forms";
import { FilterSelect } from "~/components/filter-select";

export const meta: MetaFunction = () => [{ title: "People · Inclusive Cities planner" }];

const ROLE_OPTIONS = [
  { value: "participant", label: "Participant" },
  { value: "city-rep", label: "City representative" },
  { value: "manager", label: "Programme manager" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireManager(request);
  const query = readPeopleQuery(new URL(request.url).searchParams);
  const [{ people, total }, cities] = await Promise.all([findPeoplePage(query), listCities()]);
  return json({ people, total, query, cities: cities.map((city) => ({ id: city.id, name: city.name })) });
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const formData = await readForm(request);
  const cityIds = new Set((await listCities()).map((city) => city.id));
  // A post without an intent is an invitation: the invite button on a person's page sends none.
  if (formData.get("intent") === ADD_PERSON_INTENT) return addPersonWithoutAccount(formData, cityIds);
  return invite(formData, cityIds, manager.id);
}

type PeopleActionData = { intent: string; result: FormResult; invited: string | null; created: string | null };

async function invite(formData: FormData, cityIds: ReadonlySet<string>, managerId: string) {
  const submission = parseWithZod(formData, { schema: inviteSchema({ cityIds }) });
  const refuse = (result: FormResult) =>
    json<PeopleActionData>({ intent: INVITE_INTENT, result, invited: null, created: null }, { status: 400 });
  if (submission.status !== "success") return refuse(submission.reply());
  const result = await invitePerson({ ...submission.value, cityId: submission.value.cityId || null }, managerId);
  if (!result.ok) return refuse(replyWithErrors(submission, { fields: { [result.field]: result.message } }));
  return json<PeopleActionData>({
    intent: INVITE_INTENT,
    result: submission.reply({ resetForm: true }),
    invited: submission.value.email,
    created: null,
  });
}

/** A person without an account (a guest speaker, a partner); a manager can invite them later. */
async function addPersonWithoutAccount(formData: FormData, cityIds: ReadonlySet<string>) {
  const submission = parseWithZod(formData, { schema: personWithoutAccountSchema({ cityIds }) });
  const refuse = (result: FormResult) =>
    json<PeopleActionData>({ intent: ADD_PERSON_INTENT, result, invited: null, created: null }, { status: 400 });
  if (submission.status !== "success") return refuse(submission.reply());
  const person = submission.value;
  try {
    await createPerson({ ...person, cityId: person.cityId || null, programmeRole: person.programmeRole || null });
  } catch (error) {
    if ((error as { code?: number }).code === 11000)
      return refuse(replyWithErrors(submission, { fields: { email: "Someone already uses this email address" } }));
    throw error;
  }
  return json<PeopleActionData>({
    intent: ADD_PERSON_INTENT,
    result: submission.reply({ resetForm: true }),
    invited: null,
    created: person.name,
  });
}

export default function PeoplePage() {
  const { cities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResultOf = (intent: string) => (actionData?.intent === intent ? actionData.result : undefined);
  return (
    <>
      <div className="page-heading">
        <h1>People</h1>
        <Link to="/people/import" className="button button--quiet">
          Import people from CSV
        </Link>
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
        <InviteForm
          key={actionData?.invited ?? INVITE_INTENT}
          cities={cities}
          lastResult={lastResultOf(INVITE_INTENT)}
        />
      </section>
      <section className="card" aria-labelledby="create-title">
        <h2 id="create-title" style={{ marginTop: 0 }}>
          Add someone without an account
        </h2>
        <p className="muted">
          For guest speakers and partners: they can be registered for convenings now and invited to sign in later.
        </p>
        {actionData?.created ? (
          <p className="notice notice--success" role="status">
            {actionData.created} was added.
          </p>
        ) : null}
        <AddPersonForm
          key={actionData?.created ?? ADD_PERSON_INTENT}
          cities={cities}
          lastResult={lastResultOf(ADD_PERSON_INTENT)}
        />
      </section>
      <PeopleDirectory />
    </>
  );
}

function InviteForm({
  cities,
  lastResult,
}: {
  cities: Array<{ id: string; name: string }>;
  lastResult?: FormResult | null;
}) {
  const [form, fields] = useSchemaForm({
    id: "invite",
    schema: inviteSchema({ cityIds: new Set(cities.map((city) => city.id)) }),
    lastResult,
    defaultValue: { role: "participant" },
  });
  return (
    <>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <TextField field={fields.name} label="Full name" autoComplete="off" required />
        <TextField field={fields.email} label="Email address" type="email" required />
        <SelectField field={fields.role} label="Role" options={ROLE_OPTIONS} />
        <SelectField
          field={fields.cityId}
          label="City"
          hint="Required for city representatives: they act for this city only."
          options={[
            { value: "", label: "No city (programme team, partner)" },
            ...cities.map((city) => ({ value: city.id, label: city.name })),
          ]}
        />
        <SubmitButton name="intent" value={INVITE_INTENT} pendingText="Sending invitation…">
          Send invitation
        </SubmitButton>
      </Form>
    </>
  );
}

/** Its fields have their own ids: the invite form above uses the plain names. */
const addPersonFieldId = (name: string) => `create-${name}`;

function AddPersonForm({
  cities,
  lastResult,
}: {
  cities: Array<{ id: string; name: string }>;
  lastResult?: FormResult | null;
}) {
  const [form, fields] = useSchemaForm({
    id: "add-person",
    schema: personWithoutAccountSchema({ cityIds: new Set(cities.map((city) => city.id)) }),
    lastResult,
    defaultValue: { programmeRole: "speaker" },
  });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      {/* Enter in a field submits without the button: the intent must not fall back to inviting. */}
      <input type="hidden" name="intent" value={ADD_PERSON_INTENT} />
      <ErrorSummary id={form.errorId} errors={lastResult?.error} fieldId={addPersonFieldId} />
      <TextField id={addPersonFieldId("name")} field={fields.name} label="Full name" autoComplete="off" required />
      <TextField
        id={addPersonFieldId("email")}
        field={fields.email}
        label="Email address"
        type="email"
        autoComplete="off"
        required
      />
      <TextField id={addPersonFieldId("organisation")} field={fields.organisation} label="Organisation" />
      <TextField id={addPersonFieldId("jobTitle")} field={fields.jobTitle} label="Job title" />
      <SelectField
        id={addPersonFieldId("programmeRole")}
        field={fields.programmeRole}
        label="Role in the programme"
        options={[
          { value: "", label: "Not set" },
          ...Object.entries(PROGRAMME_ROLE_LABELS).map(([value, label]) => ({ value, label })),
        ]}
      />
      <SelectField
        id={addPersonFieldId("cityId")}
        field={fields.cityId}
        label="City"
        options={[{ value: "", label: "No city" }, ...cities.map((city) => ({ value: city.id, label: city.name }))]}
      />
      <SubmitButton name="intent" value={ADD_PERSON_INTENT} pendingText="Adding…">
        Add person
      </SubmitButton>
    </Form>
  );
}

const BADGES: Record<AccountBadge, { label: string; className: string }> = {
  active: { label: "Active", className: "badge badge--success" },
  invited: { label: "Invited", className: "badge badge--warning" },
  guest: { label: "Guest", className: "badge badge--neutral" },
  deleted: { label: "Deleted", className: "badge badge--neutral" },
};

/** The search form (GET: the URL is the state), one page of people and links to the pages beside it. */
function PeopleDirectory() {
  const { people, total, query, cities } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const isSearching = navigation.state === "loading" && navigation.location.pathname === "/people";
  const cityName = new Map(cities.map((city) => [city.id, city.name]));
  const lastPage = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">Everyone</h2>
      <Form method="get" className="filters card" role="search" aria-label="Search people">
        <div className="filters__grid">
          <div className="field">
            <label htmlFor="filter-q">Name or email</label>
            <input id="filter-q" name="q" type="search" defaultValue={query.q} />
          </div>
          <FilterSelect
            id="filter-city"
            name="city"
            label="City"
            value={query.cityId}
            options={[
              { value: "", label: "Any city" },
              ...cities.map((city) => ({ value: city.id, label: city.name })),
            ]}
          />
          <FilterSelect
            id="filter-role"
            name="role"
            label="Role"
            value={query.role}
            options={[{ value: "", label: "Any role" }, ...ROLE_OPTIONS]}
          />
          <FilterSelect
            id="filter-programmeRole"
            name="programmeRole"
            label="Role in the programme"
            value={query.programmeRole}
            options={[
              { value: "", label: "Any" },
              ...Object.entries(PROGRAMME_ROLE_LABELS).map(([value, label]) => ({ value, label })),
            ]}
          />
          <FilterSelect
            id="filter-state"
            name="state"
            label="Account"
            value={query.state}
            options={[{ value: "", label: "Any (not deleted)" }, ...ACCOUNT_STATE_OPTIONS]}
          />
        </div>
        <button type="submit" className="button" aria-disabled={isSearching || undefined}>
          {isSearching ? "Searching…" : "Search"}
        </button>
      </Form>
      <p role="status">{showingLabel(query.page, people.length, total)}</p>
      {people.length === 0 ? null : (
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
                  <td>{person.cityId ? (cityName.get(person.cityId) ?? "—") : "—"}</td>
                  <td>
                    <span className={BADGES[person.accountState].className}>{BADGES[person.accountState].label}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {lastPage > 1 ? (
        <nav aria-label="Pages of people" className="cluster">
          {query.page > 1 ? (
            <Link to={`/people${peopleQueryString(query, query.page - 1)}`} rel="prev">
              Previous {PEOPLE_PAGE_SIZE}
            </Link>
          ) : null}{" "}
          <span>
            Page {query.page} of {lastPage}
          </span>{" "}
          {query.page < lastPage ? (
            <Link to={`/people${peopleQueryString(query, query.page + 1)}`} rel="next">
              Next {PEOPLE_PAGE_SIZE}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
