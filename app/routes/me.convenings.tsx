import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRegistrationConvening } from "~/registration/readable-convening.server";
import { formatRange } from "~/registration/format";
import { cancelMyPlace, cancelMyPlaceRefusal, loadMyConvenings } from "~/registration/me.server";
import { requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { parseWithZod } from "@conform-to/zod/v3";
import { confirmationNeeded, type Confirmation } from "~/forms/confirmation";
import { ConfirmButton } from "~/components/confirm-dialog";
import {
  CANCEL_REGISTRATION_INTENT,
  cancelMyPlaceSchema,
  JOIN_WAITLIST_INTENT,
  UNDO_ENDING_INTENT,
} from "~/registration/registration-form";
import { cancelOwnPlaceConfirmation, UNDO_WINDOW_MINUTES } from "~/registration/confirmations";
import { joinWaitlistAfterUndo, undoEnding, undoOffer, type UndoOffer } from "~/registration/undo.server";
import { AskedFirst } from "~/registration/components/asked-first";
import { UndoNotice, UndoRefusal } from "~/registration/components/undo-notice";
import type { RegistrationStatus } from "~/domain/vocabulary/registrations";
import { FORMAT_LOCALE } from "~/domain/languages";
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle } from "~/i18n/meta";
import { translateRequest } from "~/i18n/translate.server";
import type { Translate } from "~/i18n/translator";
import { useT } from "~/i18n/use-t";
import { useRichT } from "~/i18n/rich-text";
import { useIntl } from "react-intl";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "me.convenings.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const { t, language } = await translateRequest(request);
  const words = { t, locale: FORMAT_LOCALE[language] };
  const registrations = await loadMyConvenings(person.id, new Date(), words);
  // Dates formatted here: a browser may lack the reader's month names, and must show what the server did.
  return json({
    registrations: registrations.map((registration) => ({
      ...registration,
      dates: formatRange(
        registration.convening.startsAt,
        registration.convening.endsAt,
        registration.convening.timeZone,
        words,
      ),
    })),
  });
}

type MyConveningsActionData = {
  message: string | null;
  problem: string | null;
  /** The question "Cancel my place" gets before it acts (decision 029), shown without JavaScript. */
  confirm: Confirmation | null;
  /** "Undo" after cancelling, for a few minutes (decision 035); the convening it is for. */
  undo: (UndoOffer & { conveningId: string }) | null;
  /** An undo found the place taken: the person may join the waitlist instead. */
  waitlistFor: { conveningId: string; registrationId: string } | null;
};

const NOTHING: MyConveningsActionData = { message: null, problem: null, confirm: null, undo: null, waitlistFor: null };
const answer = (data: Partial<MyConveningsActionData>, status = 200) =>
  json<MyConveningsActionData>({ ...NOTHING, ...data }, { status });

/** What undoing one's own cancellation says, in the person's own words. */
function restoredMessage(t: Translate, title: string, status: RegistrationStatus) {
  if (status === "pending") return t("me.convenings.restoredPending", { title });
  if (status === "waitlisted") return t("me.convenings.restoredWaitlisted", { title });
  return t("me.convenings.restoredPlace", { title });
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: cancelMyPlaceSchema });
  if (submission.status !== "success") throw new Response("Unknown action", { status: 400 });
  const { conveningId, registrationId } = submission.value;
  const convening = await requireRegistrationConvening(person, conveningId);
  const intent = formData.get("intent");
  const { t } = await translateRequest(request);
  const title = convening.title;

  if (intent === UNDO_ENDING_INTENT) {
    const result = await undoEnding(person, convening, registrationId);
    if (result.ok) return answer({ message: restoredMessage(t, title, result.status) });
    if (result.status !== 409) throw new Response(result.message, { status: result.status });
    return answer(
      result.canJoinWaitlist
        ? {
            problem: t("me.convenings.placeTaken", { title }),
            waitlistFor: { conveningId, registrationId },
          }
        : { problem: result.message },
      409,
    );
  }
  if (intent === JOIN_WAITLIST_INTENT) {
    const result = await joinWaitlistAfterUndo(person, convening, registrationId);
    if (result.ok)
      return answer({
        message:
          result.status === "waitlisted"
            ? t("me.convenings.onWaitlist", { title })
            : t("me.convenings.placeFree", { title }),
      });
    if (result.status !== 409) throw new Response(result.message, { status: result.status });
    return answer({ problem: result.message }, 409);
  }
  // "Cancel my place" (the only other thing this page posts): refused before it is asked, then asked first.
  if (intent !== null && intent !== CANCEL_REGISTRATION_INTENT) throw new Response("Unknown action", { status: 400 });
  const refusal = await cancelMyPlaceRefusal(person, convening, registrationId);
  if (refusal) throw new Response(refusal.message, { status: refusal.status });
  const confirm = confirmationNeeded(
    formData,
    cancelOwnPlaceConfirmation(conveningId, registrationId, convening.title, t),
  );
  if (confirm) return answer({ confirm });
  const result = await cancelMyPlace(person, convening, registrationId);
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return answer({
    message: t("me.convenings.cancelled", { title }),
    undo: { ...undoOffer(convening, registrationId, person.name), conveningId },
  });
}

export default function MyConveningsPage() {
  const { registrations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const inGroup = (group: string) => registrations.filter((registration) => registration.group === group);
  const t = useT();
  const intl = useIntl();
  const richT = useRichT();
  return (
    <>
      <div className="page-heading">
        <h1>{t("me.convenings.title")}</h1>
        <Link to="/me/data">{t("me.convenings.myData")}</Link>
      </div>
      {actionData?.confirm ? <AskedFirst confirmation={actionData.confirm} /> : null}
      {actionData?.message ? (
        <UndoNotice
          message={actionData.message}
          offer={actionData.undo}
          minutes={UNDO_WINDOW_MINUTES}
          fields={actionData.undo ? { conveningId: actionData.undo.conveningId } : undefined}
          undoLabel={t("me.convenings.undoLabel")}
        />
      ) : null}
      {actionData?.problem ? (
        <UndoRefusal
          message={actionData.problem}
          waitlistFor={
            actionData.waitlistFor ? { registrationId: actionData.waitlistFor.registrationId, personName: "" } : null
          }
          fields={actionData.waitlistFor ? { conveningId: actionData.waitlistFor.conveningId } : undefined}
          waitlistLabel={t("me.convenings.joinWaitlist")}
        />
      ) : null}
      {registrations.length === 0 ? (
        <div className="empty-state">
          <h2>{t("me.convenings.emptyTitle")}</h2>
          <p>
            {intl.formatMessage(
              { id: "me.convenings.emptyText" },
              { link: (chunks) => <Link to="/convenings">{chunks}</Link> },
            )}
          </p>
        </div>
      ) : (
        [
          { id: "upcoming", title: t("me.convenings.upcoming"), list: inGroup("upcoming") },
          { id: "past", title: t("me.convenings.past"), list: inGroup("past") },
          { id: "cancelled", title: t("me.convenings.cancelledGroup"), list: inGroup("cancelled") },
        ].map((group) =>
          group.list.length === 0 ? null : (
            <section key={group.id} aria-labelledby={`group-${group.id}`}>
              <h2 id={`group-${group.id}`}>{group.title}</h2>
              {group.list.map((registration) => (
                <article className="card" key={registration.id}>
                  <h3 style={{ marginTop: 0 }}>
                    <Link to={`/convenings/${registration.convening.id}`}>
                      <ContentLang>{registration.convening.title}</ContentLang>
                    </Link>
                  </h3>
                  <p>{registration.dates}</p>
                  <p className="cluster">
                    {registration.group === "cancelled" ? (
                      <span className="badge badge--error">{registration.statusLabel}</span>
                    ) : (
                      <span
                        className={`badge ${registration.status === "waitlisted" ? "badge--warning" : registration.status === "cancelled" || registration.status === "declined" ? "badge--neutral" : "badge--success"}`}
                      >
                        {registration.statusLabel}
                      </span>
                    )}
                  </p>
                  <dl className="definition-list">
                    {registration.roleAtEvent ? (
                      <>
                        <dt>{t("me.convenings.role")}</dt>
                        <dd>
                          <ContentLang>{registration.roleAtEvent}</ContentLang>
                        </dd>
                      </>
                    ) : null}
                    {registration.needsNote ? (
                      <>
                        <dt>{t("me.convenings.needs")}</dt>
                        <dd>{registration.needsNote}</dd>
                      </>
                    ) : (
                      <>
                        <dt>{t("me.convenings.dietaryNeeds")}</dt>
                        <dd>
                          {registration.dietaryNeeds ? (
                            <ContentLang>{registration.dietaryNeeds}</ContentLang>
                          ) : (
                            t("me.convenings.noneGiven")
                          )}
                        </dd>
                        <dt>{t("me.convenings.accessNeeds")}</dt>
                        <dd>
                          {registration.accessNeeds ? (
                            <ContentLang>{registration.accessNeeds}</ContentLang>
                          ) : (
                            t("me.convenings.noneGiven")
                          )}
                        </dd>
                      </>
                    )}
                    {registration.declineReason ? (
                      <>
                        <dt>{t("me.convenings.reasonDeclined")}</dt>
                        <dd>
                          <ContentLang>{registration.declineReason}</ContentLang>
                        </dd>
                      </>
                    ) : null}
                  </dl>
                  {registration.travelDocumentsUrl ? (
                    <p className="cluster">
                      <Link to={registration.travelDocumentsUrl}>{t("me.convenings.travelDocuments")}</Link>
                      {registration.group === "upcoming" ? (
                        <Link to="/me/itinerary">{t("me.convenings.itinerary")}</Link>
                      ) : null}
                    </p>
                  ) : null}
                  {registration.canCancel ? (
                    <ConfirmButton
                      confirmation={cancelOwnPlaceConfirmation(
                        registration.convening.id,
                        registration.id,
                        registration.convening.title,
                        t,
                      )}
                      label={
                        <>
                          {t("me.convenings.cancelMyPlace")}
                          <span className="visually-hidden">
                            {" "}
                            {richT("me.convenings.atTitle", {
                              title: <ContentLang>{registration.convening.title}</ContentLang>,
                            })}
                          </span>
                        </>
                      }
                    />
                  ) : null}
                </article>
              ))}
            </section>
          ),
        )
      )}
    </>
  );
}
