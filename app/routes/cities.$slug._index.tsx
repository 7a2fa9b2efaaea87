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
  taskforceMemberSchemaFor,
} from "~/cities/city-forms";
import { TASKFORCE_SECTORS } from "~/domain/vocabulary/cities";
import { membershipText, nationText, sectorText } from "~/cities/words";
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle } from "~/i18n/meta";
import { translateRequest } from "~/i18n/translate.server";
import type { Translate } from "~/i18n/translator";
import { useT } from "~/i18n/use-t";
import { useIntl } from "react-intl";
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

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  {
    title: data
      ? `${data.city.name} · ${pageTitle(matches, "cities.index.title")}`
      : pageTitle(matches, "cities.index.title"),
  },
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
  const { t } = await translateRequest(request);
  switch (formData.get("intent")) {
    case SET_CONTACTS_INTENT:
      return setContacts(city.id, formData, t);
    case ADD_MEMBER_INTENT:
      return addMember(city.id, formData, t);
    case REMOVE_MEMBER_INTENT:
      return removeMember(city.id, formData, t);
  }
  throw new Response("Unknown action", { status: 400 });
}

type CityActionData = { intent: string; result: FormResult | null; message: string | null };

async function setContacts(cityId: string, formData: FormData, t: Translate) {
  const cityPeople = new Set((await listPeopleInCity(cityId)).map((candidate) => candidate.id));
  const submission = parseWithZod(formData, { schema: contactsSchema({ cityPeople, t }) });
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
    message: t("cities.page.contactsSaved"),
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
  const t = useT();
  const [form, fields] = useSchemaForm({
    id: "city-contacts",
    schema: contactsSchema({ cityPeople: new Set(cityPeople.map((candidate) => candidate.id)), t }),
    lastResult,
    defaultValue: contactIds,
  });
  const peopleOptions = [
    { value: "", label: t("cities.page.nobodyNamed") },
    ...cityPeople.map((candidate) => ({ value: candidate.id, label: candidate.name })),
  ];
  return (
    <>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <SelectField field={fields.sponsorPersonId} label={t("cities.strategicSponsor")} options={peopleOptions} />
        <SelectField field={fields.leadPersonId} label={t("cities.operationalLead")} options={peopleOptions} />
        <SubmitButton name="intent" value={SET_CONTACTS_INTENT} pendingText={t("cities.page.saving")}>
          {t("cities.page.saveContacts")}
        </SubmitButton>
      </Form>
    </>
  );
}

async function addMember(cityId: string, formData: FormData, t: Translate) {
  const submission = parseWithZod(formData, { schema: taskforceMemberSchemaFor(t) });
  if (submission.status !== "success")
    return json<CityActionData>(
      { intent: ADD_MEMBER_INTENT, result: submission.reply(), message: null },
      { status: 400 },
    );
  await addTaskforceMember(cityId, submission.value);
  return json<CityActionData>({
    intent: ADD_MEMBER_INTENT,
    result: submission.reply({ resetForm: true }),
    message: t("cities.page.memberJoined", { name: submission.value.name }),
  });
}

function AddMemberForm({ lastResult }: { lastResult?: FormResult | null }) {
  const t = useT();
  const [form, fields] = useSchemaForm({ id: "add-member", schema: taskforceMemberSchemaFor(t), lastResult });
  return (
    <>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <TextField field={fields.name} label={t("cities.page.colName")} autoComplete="off" />
        <TextField field={fields.organisation} label={t("cities.page.organisationOptional")} />
        <SelectField
          field={fields.sector}
          label={t("cities.page.colSector")}
          options={[
            { value: "", label: t("cities.page.chooseSector") },
            ...TASKFORCE_SECTORS.map((value) => ({ value, label: sectorText(t, value) })),
          ]}
        />
        <SubmitButton name="intent" value={ADD_MEMBER_INTENT} pendingText={t("cities.page.adding")}>
          {t("cities.page.addMemberButton")}
        </SubmitButton>
      </Form>
    </>
  );
}

async function removeMember(cityId: string, formData: FormData, t: Translate) {
  invariantResponse(
    await removeTaskforceMember(cityId, String(formData.get("memberId") ?? "")),
    "There is no such taskforce member.",
    { status: 404 },
  );
  return json<CityActionData>({ intent: REMOVE_MEMBER_INTENT, result: null, message: t("cities.page.memberRemoved") });
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
  const t = useT();
  const title = role || contact?.jobTitle || "";
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {contact ? (
          <>
            <ContentLang>
              {contact.name}
              {title ? `, ${title}` : ""}
            </ContentLang>
            {contact.email ? (
              <>
                {" "}
                (<a href={`mailto:${contact.email}`}>{contact.email}</a>)
              </>
            ) : null}
          </>
        ) : role ? (
          <>
            <ContentLang>{role}</ContentLang> <span className="muted">{t("cities.page.notNamedYet")}</span>
          </>
        ) : (
          <span className="muted">{t("cities.page.notRecorded")}</span>
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
  const t = useT();
  const intl = useIntl();
  return (
    <>
      <p>
        <Link to="/cities">{t("cities.page.back")}</Link>
      </p>
      <div className="page-heading">
        <h1>
          <ContentLang>{city.name}</ContentLang>
        </h1>
        <div className="cluster">
          {canSeePlan ? (
            <Link className="button button--quiet" to={`/cities/${city.slug}/plan`}>
              {t("cities.page.actionPlan")}
            </Link>
          ) : null}
          {canEditDetails ? (
            <Link className="button button--quiet" to={`/cities/${city.slug}/edit`}>
              {t("cities.page.editDetails")}
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
          {t("cities.page.about")}
        </h2>
        <dl className="definition-list">
          <dt>{t("cities.page.membership")}</dt>
          <dd>{membershipText(t, city.membership)}</dd>
          <dt>{t("cities.page.joined")}</dt>
          <dd>{city.phaseJoined === 1 ? t("cities.page.phaseOne") : t("cities.page.phaseTwo")}</dd>
          <dt>{t("cities.page.nation")}</dt>
          <dd>{nationText(t, city.nation)}</dd>
          <dt>{t("cities.department")}</dt>
          <dd>
            {city.department ? (
              <ContentLang>{city.department}</ContentLang>
            ) : (
              <span className="muted">{t("cities.page.notRecorded")}</span>
            )}
          </dd>
          <dt>{t("cities.learningPartner")}</dt>
          <dd>
            {partner ? (
              <Link to={`/cities/${partner.slug}`}>
                <ContentLang>{partner.name}</ContentLang>
              </Link>
            ) : (
              <span className="muted">{t("cities.page.none")}</span>
            )}
          </dd>
          <Contact label={t("cities.strategicSponsor")} contact={sponsor} role={city.sponsorRole} />
          <Contact label={t("cities.operationalLead")} contact={lead} role="" />
        </dl>
      </section>
      {canEdit ? (
        <section className="card" aria-labelledby="contacts-title">
          <h2 id="contacts-title" style={{ marginTop: 0 }}>
            {t("cities.page.contacts")}
          </h2>
          <ContactsForm
            cityPeople={cityPeople}
            contactIds={contactIds}
            lastResult={lastResultOf(SET_CONTACTS_INTENT)}
          />
        </section>
      ) : null}
      <section aria-labelledby="taskforce-title">
        <h2 id="taskforce-title">{t("cities.taskforce")}</h2>
        {!isSignedIn ? (
          <p>
            {intl.formatMessage(
              { id: "cities.page.membersSignIn" },
              {
                count: taskforceSize,
                link: (chunks) => <Link to={`/login?redirectTo=/cities/${city.slug}`}>{chunks}</Link>,
              },
            )}
          </p>
        ) : taskforce.length === 0 ? (
          <div className="empty-state">
            <p>{t("cities.page.noMembers")}</p>
          </div>
        ) : (
          <TableScroll label={t("cities.page.taskforceMembers")} hint={false}>
            <table className="table-stack">
              <thead>
                <tr>
                  <th scope="col">{t("cities.page.colName")}</th>
                  <th scope="col">{t("cities.page.colOrganisation")}</th>
                  <th scope="col">{t("cities.page.colSector")}</th>
                  {canEdit ? <th scope="col">{t("cities.page.colChange")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {taskforce.map((member) => (
                  <tr key={member.id}>
                    <td>
                      <ContentLang>{member.name}</ContentLang>
                    </td>
                    <td data-label={t("cities.page.colOrganisation")}>
                      {member.organisation ? <ContentLang>{member.organisation}</ContentLang> : "—"}
                    </td>
                    <td data-label={t("cities.page.colSector")}>{sectorText(t, member.sector)}</td>
                    {canEdit ? (
                      <td className="table-stack__actions">
                        <Form method="post">
                          <input type="hidden" name="memberId" value={member.id} />
                          <button
                            type="submit"
                            name="intent"
                            value={REMOVE_MEMBER_INTENT}
                            className="button button--quiet"
                            aria-label={t("cities.page.removeName", { name: member.name })}
                          >
                            {t("cities.page.remove")}
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
            <h3 style={{ marginTop: 0 }}>{t("cities.page.addMember")}</h3>
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
  const t = useT();
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        403: {
          title: t("cities.error.forbiddenTitle"),
          body: t("cities.error.forbiddenBody"),
          link: { to: "/cities", label: t("cities.error.seeCities") },
        },
        404: {
          title: t("cities.error.notFoundTitle"),
          body: t("cities.error.notFoundBody"),
          link: { to: "/cities", label: t("cities.error.seeCities") },
        },
      }}
    />
  );
}
