import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/form-fields";
import { TableScroll } from "~/components/table-scroll";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { canReadPlans } from "~/follow-ups/policy";
import {
  ADD_MEMBER_INTENT,
  contactsSchema,
  REMOVE_MEMBER_INTENT,
  SET_CONTACTS_INTENT,
  taskforceMemberSchema,
} from "~/cities/city-forms";
import { MEMBERSHIP_LABELS, SECTOR_LABELS } from "~/domain/vocabulary/cities";
import { getOptionalPerson, requirePerson } from "~/accounts/auth.server";
import {
  canEditCity,
  canEditCityDetails,
  canSeeCityTaskforce,
  canSeeContactEmail,
  OWN_CITY_ONLY,
} from "~/cities/policy";
import { invariantResponse } from "~/utils/invariant";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { useSchemaForm, type FormResult } from "~/forms/schema-form";
import {
  addTaskforceMember,
  getCityBySlug,
  getCityProfile,
  removeTaskforceMember,
  setCityContacts,
} from "~models/city.server";
import { getPeopleByIds, listPeopleInCity } from "~models/person.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.city.name ?? "City"} · Inclusive Cities planner` },
];

async function requireCity(slug: string | undefined) {
  const city = slug ? await getCityProfile(slug) : null;
  invariantResponse(city, "There is no city at this address.", { status: 404 });
  return city;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await getOptionalPerson(request);
  const city = await requireCity(params.slug);
  const canEdit = canEditCity(person, city.id);
  const canSeeTaskforce = canSeeCityTaskforce(person);
  const [partner, contacts, cityPeople] = await Promise.all([
    city.learningPartnerSlug ? getCityBySlug(city.learningPartnerSlug) : Promise.resolve(null),
    getPeopleByIds([city.sponsorPersonId, city.leadPersonId].filter((id): id is string => Boolean(id))),
    canEdit ? listPeopleInCity(city.id) : Promise.resolve([]),
  ]);
  const contact = (id: string | null) => {
    const found = id ? contacts.get(id) : undefined;
    // Names and roles are public; an email address only for managers and the contact.
    if (!found) return null;
    return {
      name: found.name,
      jobTitle: found.jobTitle,
      email: canSeeContactEmail(person, found.id) ? found.email : null,
    };
  };
  return json({
    city: {
      id: city.id,
      slug: city.slug,
      name: city.name,
      membership: city.membership,
      phaseJoined: city.phaseJoined,
      nation: city.nation,
      department: city.department,
      sponsorRole: city.sponsorRole,
    },
    partner: partner ? { slug: partner.slug, name: partner.name } : null,
    sponsor: contact(city.sponsorPersonId),
    lead: contact(city.leadPersonId),
    contactIds: { sponsorPersonId: city.sponsorPersonId ?? "", leadPersonId: city.leadPersonId ?? "" },
    taskforce: canSeeTaskforce ? city.taskforce : [],
    taskforceSize: city.taskforce.length,
    isSignedIn: Boolean(person),
    canEdit,
    // Plans are for managers and city reps; the link would only send anyone else to sign in or a 403.
    canSeePlan: person ? canReadPlans(person).ok : false,
    canEditDetails: canEditCityDetails(person),
    cityPeople: cityPeople.map((candidate) => ({ id: candidate.id, name: candidate.name })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request);
  const city = await requireCity(params.slug);
  invariantResponse(canEditCity(person, city.id), OWN_CITY_ONLY, { status: 403 });
  const formData = await readForm(request);
  switch (formData.get("intent")) {
    case SET_CONTACTS_INTENT:
      return setContacts(city.id, formData);
    case ADD_MEMBER_INTENT:
      return addMember(city.id, formData);
    case REMOVE_MEMBER_INTENT:
      return removeMember(city.id, formData);
  }
  throw new Response("Unknown action", { status: 400 });
}

type CityActionData = { intent: string; result: FormResult | null; message: string | null };

async function setContacts(cityId: string, formData: FormData) {
  const cityPeople = new Set((await listPeopleInCity(cityId)).map((candidate) => candidate.id));
  const submission = parseWithZod(formData, { schema: contactsSchema({ cityPeople }) });
  if (submission.status !== "success")
    return json<CityActionData>(
      { intent: SET_CONTACTS_INTENT, result: submission.reply(), message: null },
      { status: 400 },
    );
  await setCityContacts(cityId, {
    sponsorPersonId: submission.value.sponsorPersonId || null,
    leadPersonId: submission.value.leadPersonId || null,
  });
  return json<CityActionData>({
    intent: SET_CONTACTS_INTENT,
    result: submission.reply({ resetForm: true }),
    message: "Contacts saved.",
  });
}

function ContactsForm({
  cityPeople,
  contactIds,
  lastResult,
}: {
  cityPeople: Array<{ id: string; name: string }>;
  contactIds: { sponsorPersonId: string; leadPersonId: string };
  lastResult?: FormResult | null;
}) {
  const [form, fields] = useSchemaForm({
    id: "city-contacts",
    schema: contactsSchema({ cityPeople: new Set(cityPeople.map((candidate) => candidate.id)) }),
    lastResult,
    defaultValue: contactIds,
  });
  const peopleOptions = [
    { value: "", label: "Nobody named" },
    ...cityPeople.map((candidate) => ({ value: candidate.id, label: candidate.name })),
  ];
  return (
    <>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <SelectField field={fields.sponsorPersonId} label="Strategic sponsor" options={peopleOptions} />
        <SelectField field={fields.leadPersonId} label="Operational lead" options={peopleOptions} />
        <SubmitButton name="intent" value={SET_CONTACTS_INTENT} pendingText="Saving…">
          Save contacts
        </SubmitButton>
      </Form>
    </>
  );
}

async function addMember(cityId: string, formData: FormData) {
  const submission = parseWithZod(formData, { schema: taskforceMemberSchema });
  if (submission.status !== "success")
    return json<CityActionData>(
      { intent: ADD_MEMBER_INTENT, result: submission.reply(), message: null },
      { status: 400 },
    );
  await addTaskforceMember(cityId, submission.value);
  return json<CityActionData>({
    intent: ADD_MEMBER_INTENT,
    result: submission.reply({ resetForm: true }),
    message: `${submission.value.name} joined the taskforce.`,
  });
}

function AddMemberForm({ lastResult }: { lastResult?: FormResult | null }) {
  const [form, fields] = useSchemaForm({ id: "add-member", schema: taskforceMemberSchema, lastResult });
  return (
    <>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <TextField field={fields.name} label="Name" autoComplete="off" />
        <TextField field={fields.organisation} label="Organisation (optional)" />
        <SelectField
          field={fields.sector}
          label="Sector"
          options={[
            { value: "", label: "Choose a sector" },
            ...Object.entries(SECTOR_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
        <SubmitButton name="intent" value={ADD_MEMBER_INTENT} pendingText="Adding…">
          Add member
        </SubmitButton>
      </Form>
    </>
  );
}

async function removeMember(cityId: string, formData: FormData) {
  invariantResponse(
    await removeTaskforceMember(cityId, String(formData.get("memberId") ?? "")),
    "There is no such taskforce member.",
    { status: 404 },
  );
  return json<CityActionData>({ intent: REMOVE_MEMBER_INTENT, result: null, message: "Removed from the taskforce." });
}

/** One value per contact: the person and their role, the role alone while nobody is named, or "Not recorded". */
function Contact({
  label,
  contact,
  role,
}: {
  label: string;
  contact: { name: string; jobTitle: string; email: string | null } | null;
  role: string;
}) {
  const title = role || contact?.jobTitle || "";
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {contact ? (
          <>
            {contact.name}
            {title ? `, ${title}` : ""}
            {contact.email ? (
              <>
                {" "}
                (<a href={`mailto:${contact.email}`}>{contact.email}</a>)
              </>
            ) : null}
          </>
        ) : role ? (
          <>
            {role} <span className="muted">(person not named yet)</span>
          </>
        ) : (
          <span className="muted">Not recorded</span>
        )}
      </dd>
    </>
  );
}

export default function CityPage() {
  const {
    city,
    partner,
    sponsor,
    lead,
    contactIds,
    taskforce,
    taskforceSize,
    isSignedIn,
    canEdit,
    canSeePlan,
    canEditDetails,
    cityPeople,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResultOf = (intent: string) => (actionData?.intent === intent ? actionData.result : undefined);
  return (
    <>
      <p>
        <Link to="/cities">← Cities</Link>
      </p>
      <div className="page-heading">
        <h1>{city.name}</h1>
        <div className="cluster">
          {canSeePlan ? (
            <Link className="button button--quiet" to={`/cities/${city.slug}/plan`}>
              Action plan
            </Link>
          ) : null}
          {canEditDetails ? (
            <Link className="button button--quiet" to={`/cities/${city.slug}/edit`}>
              Edit city details
            </Link>
          ) : null}
        </div>
      </div>
      {actionData?.message ? (
        <p className="notice notice--success" role="status">
          {actionData.message}
        </p>
      ) : null}
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title" style={{ marginTop: 0 }}>
          About
        </h2>
        <dl className="definition-list">
          <dt>Membership</dt>
          <dd>{MEMBERSHIP_LABELS[city.membership]}</dd>
          <dt>Joined</dt>
          <dd>Phase {city.phaseJoined === 1 ? "one" : "two"}</dd>
          <dt>Nation</dt>
          <dd>{city.nation}</dd>
          <dt>Department</dt>
          <dd>{city.department || <span className="muted">Not recorded</span>}</dd>
          <dt>Learning partner</dt>
          <dd>
            {partner ? <Link to={`/cities/${partner.slug}`}>{partner.name}</Link> : <span className="muted">None</span>}
          </dd>
          <Contact label="Strategic sponsor" contact={sponsor} role={city.sponsorRole} />
          <Contact label="Operational lead" contact={lead} role="" />
        </dl>
      </section>
      {canEdit ? (
        <section className="card" aria-labelledby="contacts-title">
          <h2 id="contacts-title" style={{ marginTop: 0 }}>
            Contacts
          </h2>
          <ContactsForm
            cityPeople={cityPeople}
            contactIds={contactIds}
            lastResult={lastResultOf(SET_CONTACTS_INTENT)}
          />
        </section>
      ) : null}
      <section aria-labelledby="taskforce-title">
        <h2 id="taskforce-title">Taskforce</h2>
        {!isSignedIn ? (
          <p>
            {taskforceSize} member{taskforceSize === 1 ? "" : "s"}.{" "}
            <Link to={`/login?redirectTo=/cities/${city.slug}`}>Sign in</Link> to see who they are.
          </p>
        ) : taskforce.length === 0 ? (
          <div className="empty-state">
            <p>No taskforce members recorded yet.</p>
          </div>
        ) : (
          <TableScroll label="Taskforce members" hint={false}>
            <table className="table-stack">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Sector</th>
                  {canEdit ? <th scope="col">Change</th> : null}
                </tr>
              </thead>
              <tbody>
                {taskforce.map((member) => (
                  <tr key={member.id}>
                    <td>{member.name}</td>
                    <td data-label="Organisation">{member.organisation || "—"}</td>
                    <td data-label="Sector">{SECTOR_LABELS[member.sector]}</td>
                    {canEdit ? (
                      <td className="table-stack__actions">
                        <Form method="post">
                          <input type="hidden" name="memberId" value={member.id} />
                          <button
                            type="submit"
                            name="intent"
                            value={REMOVE_MEMBER_INTENT}
                            className="button button--quiet"
                            aria-label={`Remove ${member.name}`}
                          >
                            Remove
                          </button>
                        </Form>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {canEdit ? (
          <div className="card">
            <h3 style={{ marginTop: 0 }}>Add a taskforce member</h3>
            <AddMemberForm
              key={actionData?.message ?? ADD_MEMBER_INTENT}
              lastResult={lastResultOf(ADD_MEMBER_INTENT)}
            />
          </div>
        ) : null}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        403: {
          title: "You cannot change this city",
          body: "You can only act for your own city.",
          link: { to: "/cities", label: "See the cities" },
        },
        404: {
          title: "City not found",
          body: "There is no city at this address.",
          link: { to: "/cities", label: "See the cities" },
        },
      }}
    />
  );
}
