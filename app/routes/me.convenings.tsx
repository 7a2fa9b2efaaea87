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

export const meta: MetaFunction = () => [{ title: "My convenings · Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  return json({ registrations: await loadMyConvenings(person.id) });
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
function restoredMessage(title: string, status: RegistrationStatus) {
  if (status === "pending") return `Undone: your registration for ${title} is waiting for approval again.`;
  if (status === "waitlisted") return `Undone: you are back on the waitlist for ${title}, in the place you had.`;
  return `Undone: your place at ${title} is yours again, and a new calendar invitation was emailed to you.`;
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

  if (intent === UNDO_ENDING_INTENT) {
    const result = await undoEnding(person, convening, registrationId);
    if (result.ok) return answer({ message: restoredMessage(convening.title, result.status) });
    if (result.status !== 409) throw new Response(result.message, { status: result.status });
    return answer(
      result.canJoinWaitlist
        ? {
            problem: `Your place at ${convening.title} could not be given back: it was taken meanwhile. You can join the waitlist instead.`,
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
            ? `You are on the waitlist for ${convening.title}, and were emailed.`
            : `A place was free at ${convening.title}: it is yours, and you were emailed.`,
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
    cancelOwnPlaceConfirmation(conveningId, registrationId, convening.title),
  );
  if (confirm) return answer({ confirm });
  const result = await cancelMyPlace(person, convening, registrationId);
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return answer({
    message: `Your place at ${convening.title} is cancelled, and you were emailed.`,
    undo: { ...undoOffer(convening, registrationId, person.name), conveningId },
  });
}

export default function MyConveningsPage() {
  const { registrations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const inGroup = (group: string) => registrations.filter((registration) => registration.group === group);
  return (
    <>
      <div className="page-heading">
        <h1>My convenings</h1>
        <Link to="/me/data">My data</Link>
      </div>
      {actionData?.confirm ? <AskedFirst confirmation={actionData.confirm} /> : null}
      {actionData?.message ? (
        <UndoNotice
          message={actionData.message}
          offer={actionData.undo}
          minutes={UNDO_WINDOW_MINUTES}
          fields={actionData.undo ? { conveningId: actionData.undo.conveningId } : undefined}
          undoLabel="Undo: give me my place back"
        />
      ) : null}
      {actionData?.problem ? (
        <UndoRefusal
          message={actionData.problem}
          waitlistFor={
            actionData.waitlistFor ? { registrationId: actionData.waitlistFor.registrationId, personName: "" } : null
          }
          fields={actionData.waitlistFor ? { conveningId: actionData.waitlistFor.conveningId } : undefined}
          waitlistLabel="Join the waitlist"
        />
      ) : null}
      {registrations.length === 0 ? (
        <div className="empty-state">
          <h2>You are not registered for anything yet</h2>
          <p>
            Your city representative registers you, or see the <Link to="/convenings">convenings</Link>.
          </p>
        </div>
      ) : (
        [
          { title: "Upcoming", list: inGroup("upcoming") },
          { title: "Past", list: inGroup("past") },
          { title: "Cancelled convenings", list: inGroup("cancelled") },
        ].map((group) =>
          group.list.length === 0 ? null : (
            <section key={group.title} aria-labelledby={`group-${group.title.replace(/ /g, "-")}`}>
              <h2 id={`group-${group.title.replace(/ /g, "-")}`}>{group.title}</h2>
              {group.list.map((registration) => (
                <article className="card" key={registration.id}>
                  <h3 style={{ marginTop: 0 }}>
                    <Link to={`/convenings/${registration.convening.id}`}>{registration.convening.title}</Link>
                  </h3>
                  <p>
                    {formatRange(
                      registration.convening.startsAt,
                      registration.convening.endsAt,
                      registration.convening.timeZone,
                    )}
                  </p>
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
                        <dt>Role</dt>
                        <dd>{registration.roleAtEvent}</dd>
                      </>
                    ) : null}
                    {registration.needsNote ? (
                      <>
                        <dt>Dietary and access needs</dt>
                        <dd>{registration.needsNote}</dd>
                      </>
                    ) : (
                      <>
                        <dt>Dietary needs</dt>
                        <dd>{registration.dietaryNeeds || "None given"}</dd>
                        <dt>Access needs</dt>
                        <dd>{registration.accessNeeds || "None given"}</dd>
                      </>
                    )}
                    {registration.declineReason ? (
                      <>
                        <dt>Reason declined</dt>
                        <dd>{registration.declineReason}</dd>
                      </>
                    ) : null}
                  </dl>
                  {registration.travelDocumentsUrl ? (
                    <p className="cluster">
                      <Link to={registration.travelDocumentsUrl}>Your travel documents</Link>
                      {registration.group === "upcoming" ? <Link to="/me/itinerary">Your itinerary</Link> : null}
                    </p>
                  ) : null}
                  {registration.canCancel ? (
                    <ConfirmButton
                      confirmation={cancelOwnPlaceConfirmation(
                        registration.convening.id,
                        registration.id,
                        registration.convening.title,
                      )}
                      label="Cancel my place"
                      accessibleLabel={`Cancel my place at ${registration.convening.title}`}
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
