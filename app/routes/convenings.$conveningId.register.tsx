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
  registrationFormSchemaFor,
  UNDO_ENDING_INTENT,
} from "~/registration/registration-form";
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
import { PROGRAMME_ROLES } from "~/domain/vocabulary/people";
import { FORMAT_LOCALE } from "~/domain/languages";
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle } from "~/i18n/meta";
import { useRichT } from "~/i18n/rich-text";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";
import { programmeRoleText, registrationStatusText } from "~/registration/words";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: bulkStyles }];

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: pageTitle(matches, "registration.register.metaTitle", { title: data?.convening.title ?? "" }) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireRegistrationConvening(person, params.conveningId);
  const page = await loadRegisterPage(person, convening);
  const { t, language } = await translateRequest(request);
  const refusal = registrationWindowRefusal(convening, new Date(), { t, locale: FORMAT_LOCALE[language] });
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
      // Formatted here: a browser may lack the reader's month names, and must show what the server did.
      dates: formatRange(convening.startsAt, convening.endsAt, convening.timeZone, {
        t,
        locale: FORMAT_LOCALE[language],
      }),
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
  if (intent === CANCEL_REGISTRATION_INTENT) return cancelOneRegistration(person, convening, formData, request);
  if (intent === UNDO_ENDING_INTENT) return undoCancellation(person, convening, formData);
  if (intent === JOIN_WAITLIST_INTENT) return joinWaitlist(person, convening, formData);
  return registerSomeone(person, convening, formData, request);
}

/** The registration a row's button names, if this person may change it: its name for the question. */
async function requireOne(person: Registrar, convening: Convening, registrationId: string) {
  const selection = await readSelection(person, convening, [registrationId]);
  if (!selection.ok) throw new Response(selection.message, { status: selection.status === 400 ? 404 : 403 });
  return selection.registrations[0];
}

const registrationIdOf = (formData: FormData) => String(formData.get("registrationId") ?? "");

async function cancelOneRegistration(person: Registrar, convening: Convening, formData: FormData, request: Request) {
  const registration = await requireOne(person, convening, registrationIdOf(formData));
  const { t } = await translateRequest(request);
  const confirm = confirmationNeeded(formData, cancelConfirmation(registration.id, registration.name, t));
  if (confirm) return json<ActionData>({ result: null, message: null, confirm });
  const result = await cancelRegistration(person, convening, registration.id);
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return json<ActionData>({
    result: null,
    message: t("registration.outcome.cancelled", { name: result.personName }),
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

async function registerSomeone(person: Registrar, convening: Convening, formData: FormData, request: Request) {
  const { t, language } = await translateRequest(request);
  const submission = parseWithZod(formData, { schema: registrationFormSchemaFor(t) });
  if (submission.status !== "success")
    return json<ActionData>({ result: submission.reply(), message: null }, { status: 400 });
  const result = await registerForConvening(person, convening, submission.value, new Date(), {
    t,
    locale: FORMAT_LOCALE[language],
  });
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
  const name = result.personName;
  const outcome =
    result.status === "registered"
      ? t("registration.outcome.registered", { name })
      : result.status === "pending"
        ? t("registration.outcome.pending", { name })
        : result.waitlistReason
          ? waitlistMessage(t, name, result.waitlistReason, convening.registration.capacity, {
              isOwnCity: !isManager(person),
            })
          : t("registration.outcome.other", { name, status: registrationStatusText(t, result.status).toLowerCase() });
  const matched = result.isMatchedByEmail ? t("registration.outcome.matched", { name }) : "";
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
  const t = useT();
  const [form, fields] = useSchemaForm({ id: "register", schema: registrationFormSchemaFor(t), lastResult });
  const newChoice = isManager ? t("registration.register.someoneNew") : t("registration.register.colleagueNotListed");
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
          label={t("registration.register.who")}
          hint={isManager ? t("registration.register.whoHintManager") : t("registration.register.whoHintRep")}
          options={[
            { value: "", label: t("registration.register.choosePerson") },
            ...candidates.map((candidate) => ({
              value: candidate.id,
              label:
                candidate.cityName && isManager
                  ? t("registration.register.personWithCity", { name: candidate.name, city: candidate.cityName })
                  : candidate.name,
            })),
            { value: "new", label: newChoice },
          ]}
          onChange={(event) => setPersonId(event.currentTarget.value)}
        />
        <fieldset className="fieldset" aria-describedby="new-colleague-hint">
          <legend>{t("registration.register.newColleague")}</legend>
          <p className="field__hint" id="new-colleague-hint">
            {t("registration.register.newColleagueHint", { choice: newChoice })}
          </p>
          <TextField
            field={fields.newName}
            label={t("registration.register.newName")}
            autoComplete="off"
            disabled={isNewColleagueOff}
          />
          <TextField
            field={fields.newEmail}
            label={t("registration.register.newEmail")}
            type="email"
            autoComplete="off"
            disabled={isNewColleagueOff}
          />
          {isManager ? (
            <>
              <SelectField
                field={fields.newCityId}
                label={t("registration.register.newCity")}
                options={[
                  { value: "", label: t("registration.register.noCity") },
                  ...cities.map((city) => ({ value: city.id, label: city.name })),
                ]}
                disabled={isNewColleagueOff}
              />
              <SelectField
                field={fields.newProgrammeRole}
                label={t("registration.register.newProgrammeRole")}
                options={[
                  { value: "", label: t("registration.register.notSet") },
                  ...PROGRAMME_ROLES.map((value) => ({ value, label: programmeRoleText(t, value) })),
                ]}
                disabled={isNewColleagueOff}
              />
            </>
          ) : null}
        </fieldset>
        <TextField
          field={fields.roleAtEvent}
          label={t("registration.register.roleAtEvent")}
          hint={t("registration.register.roleAtEventHint")}
        />
        <TextAreaField
          field={fields.dietaryNeeds}
          label={t("registration.register.dietaryNeeds")}
          hint={t("registration.register.needsHint")}
          rows={2}
        />
        <TextAreaField
          field={fields.accessNeeds}
          label={t("registration.register.accessNeeds")}
          hint={t("registration.register.needsHint")}
          rows={2}
        />
        {isMultiDay ? (
          <div className="cluster">
            <TextField field={fields.arrivalDate} label={t("registration.register.arrivalDate")} type="date" />
            <TextField field={fields.departureDate} label={t("registration.register.departureDate")} type="date" />
          </div>
        ) : null}
        <div className="field">
          <CheckboxField field={fields.isContactShared} label={t("registration.register.isContactShared")} />
        </div>
        <SubmitButton name="intent" value={REGISTER_INTENT} pendingText={t("registration.register.pending")}>
          {t("registration.register.submit")}
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
  const t = useT();
  const richT = useRichT();
  const title = <ContentLang>{convening.title}</ContentLang>;
  return (
    <>
      <p>
        <Link to={`/convenings/${convening.id}`}>← {title}</Link>
      </p>
      <div className="page-heading">
        <h1>{richT("registration.register.heading", { title })}</h1>
      </div>
      <p className="lede">{convening.dates}</p>
      {ownCity ? (
        <p className="notice">{placesBanner(t, ownCity, { capacity: convening.capacity, held: totalHeld })}</p>
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
          {t("registration.register.formTitle")}
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
        <h2 id="own-title">
          {isManager
            ? t("registration.register.everyone")
            : ownCity
              ? t("registration.register.cityRegistrations", { city: ownCity.name })
              : t("registration.register.yourCityRegistrations")}
        </h2>
        {active.length === 0 ? (
          <div className="empty-state">
            <p>{t("registration.register.nobody")}</p>
          </div>
        ) : (
          <TableScroll labelledBy="own-title" hint={false}>
            <table className="table-stack">
              <thead>
                <tr>
                  <th scope="col">{t("registration.register.colName")}</th>
                  {isManager ? <th scope="col">{t("registration.register.colCity")}</th> : null}
                  <th scope="col">{t("registration.register.colRoleAtEvent")}</th>
                  <th scope="col">{t("registration.register.colStatus")}</th>
                  <th scope="col">{t("registration.register.colChange")}</th>
                </tr>
              </thead>
              <tbody>
                {active.map((line) => (
                  <tr key={line.id}>
                    <td>
                      <ContentLang>{line.name}</ContentLang>
                    </td>
                    {isManager ? (
                      <td data-label={t("registration.register.colCity")}>
                        <ContentLang>{line.cityName}</ContentLang>
                      </td>
                    ) : null}
                    <td data-label={t("registration.register.colRoleAtEvent")}>
                      {line.roleAtEvent ? <ContentLang>{line.roleAtEvent}</ContentLang> : "—"}
                    </td>
                    <td data-label={t("registration.register.colStatus")}>
                      <span
                        className={`badge ${line.status === "waitlisted" ? "badge--warning" : line.status === "pending" ? "badge--neutral" : "badge--success"}`}
                      >
                        {registrationStatusText(t, line.status)}
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
        <h2 id="counts-title">{t("registration.register.placesByCity")}</h2>
        <CityCounts counts={counts} capacity={convening.capacity} />
        <p className="after-table">
          <Link to={`/convenings/${convening.id}/attendees`}>{t("registration.register.attendeeList")}</Link>
        </p>
      </section>
    </>
  );
}
