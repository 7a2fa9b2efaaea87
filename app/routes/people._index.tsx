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
import { findPeoplePage, type AccountBadge } from "~/people/directory.server";
import {
  accountStateOptions,
  PEOPLE_PAGE_SIZE,
  peopleQueryString,
  readPeopleQuery,
  showingLabel,
} from "~/people/people-search";
import {
  ADD_PERSON_INTENT,
  INVITE_INTENT,
  inviteSchemaFor,
  personWithoutAccountSchemaFor,
} from "~/people/person-forms";
import { programmeRoleOptions, roleOptions, roleText } from "~/people/people-words";
import { FilterSelect } from "~/components/filter-select";
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle } from "~/i18n/meta";
import type { MessageKey } from "~/i18n/messages";
import type { Translate } from "~/i18n/translator";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "people.title") }];

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
  const { t } = await translateRequest(request);
  // A post without an intent is an invitation: the invite button on a person's page sends none.
  if (formData.get("intent") === ADD_PERSON_INTENT) return addPersonWithoutAccount(formData, cityIds, t);
  return invite(formData, cityIds, manager.id, t);
}

type PeopleActionData = { intent: string; result: FormResult; invited: string | null; created: string | null };

async function invite(formData: FormData, cityIds: ReadonlySet<string>, managerId: string, t: Translate) {
  const submission = parseWithZod(formData, { schema: inviteSchemaFor(t, { cityIds }) });
  const refuse = (result: FormResult) =>
    json<PeopleActionData>({ intent: INVITE_INTENT, result, invited: null, created: null }, { status: 400 });
  if (submission.status !== "success") return refuse(submission.reply());
  const result = await invitePerson({ ...submission.value, cityId: submission.value.cityId || null }, managerId);
  if (!result.ok)
    return refuse(replyWithErrors(submission, { fields: { [result.field]: t("people.error.hasAccount") } }));
  return json<PeopleActionData>({
    intent: INVITE_INTENT,
    result: submission.reply({ resetForm: true }),
    invited: submission.value.email,
    created: null,
  });
}

/** A person without an account (a guest speaker, a partner); a manager can invite them later. */
async function addPersonWithoutAccount(formData: FormData, cityIds: ReadonlySet<string>, t: Translate) {
  const submission = parseWithZod(formData, { schema: personWithoutAccountSchemaFor(t, { cityIds }) });
  const refuse = (result: FormResult) =>
    json<PeopleActionData>({ intent: ADD_PERSON_INTENT, result, invited: null, created: null }, { status: 400 });
  if (submission.status !== "success") return refuse(submission.reply());
  const person = submission.value;
  try {
    await createPerson({ ...person, cityId: person.cityId || null, programmeRole: person.programmeRole || null });
  } catch (error) {
    if ((error as { code?: number }).code === 11000)
      return refuse(replyWithErrors(submission, { fields: { email: t("people.error.emailTaken") } }));
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
  const t = useT();
  return (
    <>
      <div className="page-heading">
        <h1>{t("people.title")}</h1>
        <Link to="/people/import" className="button button--quiet">
          {t("people.import")}
        </Link>
      </div>
      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title" style={{ marginTop: 0 }}>
          {t("people.invite.title")}
        </h2>
        {actionData?.invited ? (
          <p className="notice notice--success" role="status">
            {t("people.invite.sent", { email: actionData.invited })}
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
          {t("people.add.title")}
        </h2>
        <p className="muted">{t("people.add.lede")}</p>
        {actionData?.created ? (
          <p className="notice notice--success" role="status">
            {t("people.add.done", { name: actionData.created })}
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
  const t = useT();
  const [form, fields] = useSchemaForm({
    id: "invite",
    schema: inviteSchemaFor(t, { cityIds: new Set(cities.map((city) => city.id)) }),
    lastResult,
    defaultValue: { role: "participant" },
  });
  return (
    <>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <TextField field={fields.name} label={t("people.field.name")} autoComplete="off" required />
        <TextField field={fields.email} label={t("people.field.email")} type="email" required />
        <SelectField field={fields.role} label={t("people.field.role")} options={roleOptions(t)} />
        <SelectField
          field={fields.cityId}
          label={t("people.field.city")}
          hint={t("people.field.cityHint")}
          options={[
            { value: "", label: t("people.field.noCityTeam") },
            ...cities.map((city) => ({ value: city.id, label: city.name })),
          ]}
        />
        <SubmitButton name="intent" value={INVITE_INTENT} pendingText={t("people.invite.pending")}>
          {t("people.invite.submit")}
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
  const t = useT();
  const [form, fields] = useSchemaForm({
    id: "add-person",
    schema: personWithoutAccountSchemaFor(t, { cityIds: new Set(cities.map((city) => city.id)) }),
    lastResult,
    defaultValue: { programmeRole: "speaker" },
  });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      {/* Enter in a field submits without the button: the intent must not fall back to inviting. */}
      <input type="hidden" name="intent" value={ADD_PERSON_INTENT} />
      <ErrorSummary id={form.errorId} errors={lastResult?.error} fieldId={addPersonFieldId} />
      <TextField
        id={addPersonFieldId("name")}
        field={fields.name}
        label={t("people.field.name")}
        autoComplete="off"
        required
      />
      <TextField
        id={addPersonFieldId("email")}
        field={fields.email}
        label={t("people.field.email")}
        type="email"
        autoComplete="off"
        required
      />
      <TextField
        id={addPersonFieldId("organisation")}
        field={fields.organisation}
        label={t("people.field.organisation")}
      />
      <TextField id={addPersonFieldId("jobTitle")} field={fields.jobTitle} label={t("people.field.jobTitle")} />
      <SelectField
        id={addPersonFieldId("programmeRole")}
        field={fields.programmeRole}
        label={t("people.field.programmeRole")}
        options={[{ value: "", label: t("people.field.notSet") }, ...programmeRoleOptions(t)]}
      />
      <SelectField
        id={addPersonFieldId("cityId")}
        field={fields.cityId}
        label={t("people.field.city")}
        options={[
          { value: "", label: t("people.field.noCity") },
          ...cities.map((city) => ({ value: city.id, label: city.name })),
        ]}
      />
      <SubmitButton name="intent" value={ADD_PERSON_INTENT} pendingText={t("people.add.pending")}>
        {t("people.add.submit")}
      </SubmitButton>
    </Form>
  );
}

const BADGES = {
  active: { label: "people.badge.active", className: "badge badge--success" },
  invited: { label: "people.badge.invited", className: "badge badge--warning" },
  guest: { label: "people.badge.guest", className: "badge badge--neutral" },
  deleted: { label: "people.badge.deleted", className: "badge badge--neutral" },
} as const satisfies Record<AccountBadge, { label: MessageKey; className: string }>;

/** The search form (GET: the URL is the state), one page of people and links to the pages beside it. */
function PeopleDirectory() {
  const { people, total, query, cities } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const t = useT();
  const isSearching = navigation.state === "loading" && navigation.location.pathname === "/people";
  const cityName = new Map(cities.map((city) => [city.id, city.name]));
  const lastPage = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">{t("people.directory.title")}</h2>
      <Form method="get" className="filters card" role="search" aria-label={t("people.directory.search")}>
        <div className="filters__grid">
          <div className="field">
            <label htmlFor="filter-q">{t("people.directory.query")}</label>
            <input id="filter-q" name="q" type="search" defaultValue={query.q} />
          </div>
          <FilterSelect
            id="filter-city"
            name="city"
            label={t("people.field.city")}
            value={query.cityId}
            options={[
              { value: "", label: t("people.directory.anyCity") },
              ...cities.map((city) => ({ value: city.id, label: city.name })),
            ]}
          />
          <FilterSelect
            id="filter-role"
            name="role"
            label={t("people.field.role")}
            value={query.role}
            options={[{ value: "", label: t("people.directory.anyRole") }, ...roleOptions(t)]}
          />
          <FilterSelect
            id="filter-programmeRole"
            name="programmeRole"
            label={t("people.field.programmeRole")}
            value={query.programmeRole}
            options={[{ value: "", label: t("people.directory.any") }, ...programmeRoleOptions(t)]}
          />
          <FilterSelect
            id="filter-state"
            name="state"
            label={t("people.directory.account")}
            value={query.state}
            options={[{ value: "", label: t("people.directory.anyState") }, ...accountStateOptions(t)]}
          />
        </div>
        <button type="submit" className="button" aria-disabled={isSearching || undefined}>
          {isSearching ? t("people.directory.searching") : t("people.directory.searchButton")}
        </button>
      </Form>
      <p role="status">{showingLabel(t, query.page, people.length, total)}</p>
      {people.length === 0 ? null : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("people.directory.nameColumn")}</th>
                <th scope="col">{t("people.directory.emailColumn")}</th>
                <th scope="col">{t("people.field.role")}</th>
                <th scope="col">{t("people.field.city")}</th>
                <th scope="col">{t("people.directory.account")}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id}>
                  <td>
                    <Link to={`/people/${person.id}`}>
                      <ContentLang>{person.name}</ContentLang>
                    </Link>
                  </td>
                  {/* An address is in no language ("zxx"). */}
                  <td lang="zxx">{person.email}</td>
                  <td>{roleText(t, person.role)}</td>
                  <td>{person.cityId ? <ContentLang>{cityName.get(person.cityId) ?? "—"}</ContentLang> : "—"}</td>
                  <td>
                    <span className={BADGES[person.accountState].className}>
                      {t(BADGES[person.accountState].label)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {lastPage > 1 ? (
        <nav aria-label={t("people.directory.pages")} className="cluster">
          {query.page > 1 ? (
            <Link to={`/people${peopleQueryString(query, query.page - 1)}`} rel="prev">
              {t("people.directory.previous", { count: PEOPLE_PAGE_SIZE })}
            </Link>
          ) : null}{" "}
          <span>{t("people.directory.page", { page: query.page, last: lastPage })}</span>{" "}
          {query.page < lastPage ? (
            <Link to={`/people${peopleQueryString(query, query.page + 1)}`} rel="next">
              {t("people.directory.next", { count: PEOPLE_PAGE_SIZE })}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
