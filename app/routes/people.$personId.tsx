import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/form-fields";
import { formatRange } from "~/registration/format";
import { listMyRegistrations } from "~/registration/me.server";
import { personSchemaFor } from "~/people/person-forms";
import { programmeRoleOptions, roleOptions } from "~/people/people-words";
import { registrationStatusText } from "~/registration/words";
import { FORMAT_LOCALE } from "~/domain/languages";
import { ContentLang } from "~/i18n/content-lang";
import { translatorOfMatches } from "~/i18n/meta";
import type { Translate } from "~/i18n/translator";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";
import { requireManager } from "~/accounts/auth.server";
import { canSetRole } from "~/people/policy";
import { invariantResponse } from "~/utils/invariant";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { replyWithErrors, useSchemaForm } from "~/forms/schema-form";
import { listCities } from "~models/city.server";
import { getPerson, updatePersonProfile } from "~models/person.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translatorOfMatches(matches);
  return [{ title: `${data?.person.name ?? t?.("people.person.title") ?? "Person"} · ${t?.("app.title") ?? ""}` }];
};

async function requireTarget(personId: string | undefined, t: Translate) {
  const person = personId ? await getPerson(personId) : null;
  invariantResponse(person, t("people.person.nobody"), { status: 404 });
  return person;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const { t, language } = await translateRequest(request);
  const person = await requireTarget(params.personId, t);
  const [cities, registrations] = await Promise.all([listCities(), listMyRegistrations(person.id)]);
  return json({
    person,
    cities: cities.map((city) => ({ id: city.id, name: city.name })),
    registrations,
    locale: FORMAT_LOCALE[language],
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const { t } = await translateRequest(request);
  const person = await requireTarget(params.personId, t);
  const cityIds = new Set((await listCities()).map((city) => city.id));
  const submission = parseWithZod(await readForm(request), { schema: personSchemaFor(t, { cityIds }) });
  if (submission.status !== "success") return json({ result: submission.reply(), saved: false }, { status: 400 });
  const profile = submission.value;
  const roleChange = canSetRole(manager, person, profile.role);
  if (!roleChange.ok)
    return json(
      { result: replyWithErrors(submission, { fields: { role: t("people.error.ownManagerRole") } }), saved: false },
      { status: 400 },
    );
  const result = await updatePersonProfile(person.id, {
    ...profile,
    cityId: profile.cityId || null,
    programmeRole: profile.programmeRole || null,
  });
  if (!result.ok)
    return json(
      {
        result: replyWithErrors(submission, { fields: { [result.field]: t("people.error.emailTakenElse") } }),
        saved: false,
      },
      { status: 400 },
    );
  return json({ result: submission.reply({ resetForm: true }), saved: true });
}

export default function PersonPage() {
  const { person, cities, registrations, locale } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useSchemaForm({
    id: "profile",
    schema: personSchemaFor(t, { cityIds: new Set(cities.map((city) => city.id)) }),
    lastResult: actionData?.result,
    defaultValue: { ...person, cityId: person.cityId ?? "", programmeRole: person.programmeRole ?? "" },
  });
  return (
    <>
      <p>
        <Link to="/people">{t("people.person.back")}</Link>
      </p>
      <div className="page-heading">
        <h1>
          <ContentLang>{person.name}</ContentLang>
        </h1>
        <span className={`badge ${person.hasAccount ? "badge--success" : "badge--neutral"}`}>
          {person.hasAccount ? t("people.person.hasAccount") : t("people.person.noAccount")}
        </span>
      </div>
      {actionData?.saved ? (
        <p className="notice notice--success" role="status">
          {t("people.person.saved")}
        </p>
      ) : null}
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title" style={{ marginTop: 0 }}>
          {t("people.person.profile")}
        </h2>
        <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
        <Form method="post" className="form" {...getFormProps(form)}>
          <TextField field={fields.name} label={t("people.field.name")} required />
          <TextField field={fields.email} label={t("people.field.email")} type="email" required />
          <TextField field={fields.organisation} label={t("people.field.organisation")} />
          <TextField field={fields.jobTitle} label={t("people.field.jobTitle")} />
          <SelectField
            field={fields.cityId}
            label={t("people.field.city")}
            options={[
              { value: "", label: t("people.field.noCityTeam") },
              ...cities.map((city) => ({ value: city.id, label: city.name })),
            ]}
          />
          <SelectField
            field={fields.programmeRole}
            label={t("people.field.programmeRole")}
            options={[{ value: "", label: t("people.field.notSet") }, ...programmeRoleOptions(t)]}
          />
          <SelectField field={fields.role} label={t("people.field.plannerRole")} options={roleOptions(t)} />
          <SubmitButton pendingText={t("people.person.saving")}>{t("people.person.save")}</SubmitButton>
        </Form>
      </section>
      {person.hasAccount ? null : (
        <section className="card" aria-labelledby="invite-title">
          <h2 id="invite-title" style={{ marginTop: 0 }}>
            {t("people.person.inviteTitle")}
          </h2>
          <p>
            <ContentLang>{person.name}</ContentLang> {t("people.person.inviteBody")}
          </p>
          <Form method="post" action="/people">
            <input type="hidden" name="name" value={person.name} />
            <input type="hidden" name="email" value={person.email} />
            <input type="hidden" name="role" value={person.role} />
            <input type="hidden" name="cityId" value={person.cityId ?? ""} />
            <SubmitButton pendingText={t("people.invite.pending")}>{t("people.invite.submit")}</SubmitButton>
          </Form>
        </section>
      )}
      <section aria-labelledby="registrations-title">
        <h2 id="registrations-title">{t("people.person.registrations")}</h2>
        {registrations.length === 0 ? (
          <p>{t("people.person.noRegistrations")}</p>
        ) : (
          <ul>
            {registrations.map((registration) => (
              <li key={registration.id}>
                <Link to={`/convenings/${registration.convening.id}/attendees`}>
                  <ContentLang>{registration.convening.title}</ContentLang>
                </Link>{" "}
                (
                {formatRange(
                  registration.convening.startsAt,
                  registration.convening.endsAt,
                  registration.convening.timeZone,
                  { t, locale },
                )}
                ): {registrationStatusText(t, registration.status)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
