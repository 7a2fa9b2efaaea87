import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { SessionForm } from "~/agenda/components/session-form";
import { readFormValues, type FieldErrors, type FormValues } from "~/forms/form-values";
import { parseSessionForm, SESSION_MULTI_FIELDS } from "~/agenda/session-form";
import { instantToWallClock } from "~/domain/local-time";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { isOpenForChanges } from "~/convenings/policy";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { createSession } from "~models/agenda-session.server";
import { listPeopleForPicking } from "~models/convening-attendance.server";
import { getConvening } from "~models/convening.server";

export const meta: MetaFunction = () => [{ title: "Add a session · Inclusive Cities planner" }];

async function openConvening(id: string | undefined) {
  const convening = await getConvening(id ?? "");
  invariantResponse(convening, "Convening not found", { status: 404 });
  invariantResponse(isOpenForChanges(convening), "A cancelled convening's agenda cannot be changed.", { status: 409 });
  return convening;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const convening = await openConvening(params.conveningId);
  const people = await listPeopleForPicking();
  const firstDay = instantToWallClock(convening.startsAt, convening.timeZone).date;
  return json({
    convening: { id: convening.id, title: convening.title, placeNames: convening.places.map((place) => place.name) },
    people,
    defaults: { timeZone: convening.timeZone, startDate: firstDay, placeName: convening.places[0]?.name ?? "" } as FormValues,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const convening = await openConvening(params.conveningId);
  const values = readFormValues(await request.formData(), SESSION_MULTI_FIELDS);
  const people = await listPeopleForPicking();
  const parsed = parseSessionForm(values, { people: new Map(people.map((person) => [person.id, person.name])) });
  if (!parsed.ok) return json({ errors: parsed.errors as FieldErrors, values }, { status: 400 });
  const sessionId = await createSession(convening, parsed.data, manager);
  const note = [`Added “${parsed.data.title}”.`, ...parsed.notes].join(" ");
  return redirectWithToast(`/convenings/${convening.id}#session-${sessionId}`, note);
}

export default function NewSessionPage() {
  const { convening, people, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link to={`/convenings/${convening.id}`}>Back to {convening.title}</Link>
      </p>
      <h1>Add a session</h1>
      <SessionForm values={actionData?.values ?? defaults} errors={actionData?.errors} people={people} placeNames={convening.placeNames} submitLabel="Add session" pendingLabel="Adding…" />
    </>
  );
}
