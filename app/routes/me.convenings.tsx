import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRegistrationConvening } from "~/registration/readable-convening.server";
import { formatRange } from "~/registration/format";
import { cancelMyPlace, loadMyConvenings } from "~/registration/me.server";
import { requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { parseWithZod } from "@conform-to/zod/v3";
import { cancelMyPlaceSchema } from "~/registration/registration-form";

export const meta: MetaFunction = () => [{ title: "My convenings · Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  return json({ registrations: await loadMyConvenings(person.id) });
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request);
  const submission = parseWithZod(await readForm(request), { schema: cancelMyPlaceSchema });
  if (submission.status !== "success") throw new Response("Unknown action", { status: 400 });
  const convening = await requireRegistrationConvening(person, submission.value.conveningId);
  const result = await cancelMyPlace(person, convening, submission.value.registrationId);
  if (!result.ok) throw new Response(result.message, { status: result.status });
  return json({ message: `Your place at ${convening.title} is cancelled.` });
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
      {actionData?.message ? (
        <p className="notice notice--success" role="status">
          {actionData.message}
        </p>
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
                    <Form method="post">
                      <input type="hidden" name="conveningId" value={registration.convening.id} />
                      <input type="hidden" name="registrationId" value={registration.id} />
                      <button
                        type="submit"
                        className="button button--quiet"
                        aria-label={`Cancel my place at ${registration.convening.title}`}
                      >
                        Cancel my place
                      </button>
                    </Form>
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
