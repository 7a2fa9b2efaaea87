import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConveningForm } from "~/convenings/components/convening-form";
import { conveningFormValues, parseConveningForm } from "~/convenings/convening-form";
import { readFormValues, STALE_MESSAGE, text, type FieldErrors, type FormValues } from "~/forms/form-values";
import { fillFreePlacesAfterChange, limitsBelowHeldPlaces, promotedNote } from "~/registration/registration.server";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { isOpenForChanges } from "~/convenings/policy";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { listCities } from "~models/city.server";
import { getConvening, updateConvening } from "~models/convening.server";

export const meta: MetaFunction = () => [{ title: "Edit convening · Inclusive Cities planner" }];

async function editableConvening(id: string | undefined) {
  const convening = await getConvening(id ?? "");
  invariantResponse(convening, "Convening not found", { status: 404 });
  invariantResponse(isOpenForChanges(convening), "A cancelled convening cannot be edited.", { status: 409 });
  return convening;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const convening = await editableConvening(params.conveningId);
  const cities = await listCities();
  return json({ id: convening.id, title: convening.title, values: conveningFormValues(convening), cities: cities.map((city) => ({ id: city.id, name: city.name })) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const convening = await editableConvening(params.conveningId);
  const values = readFormValues(await request.formData(), ["themes"]);
  const cities = await listCities();
  const parsed = parseConveningForm(values, { cityIds: new Set(cities.map((city) => city.id)) });
  if (!parsed.ok) return json({ errors: parsed.errors as FieldErrors, values, currentRevision: null }, { status: 400 });
  const heldPlaces = await limitsBelowHeldPlaces(convening.id, parsed.data.registration, new Map(cities.map((city) => [city.id, city.name])));
  if (Object.keys(heldPlaces).length > 0) return json({ errors: heldPlaces as FieldErrors, values, currentRevision: null }, { status: 400 });
  const revision = Number(text(values, "revision"));
  const result = await updateConvening(convening.id, revision, parsed.data, manager);
  if (!result.ok) {
    invariantResponse(result.reason !== "missing", "Convening not found", { status: 404 });
    // Keep their input, but with the current revision so a deliberate second save goes through.
    const current = await getConvening(convening.id);
    return json({ errors: { form: STALE_MESSAGE } as FieldErrors, values: { ...values, revision: String(current?.revision ?? revision) }, currentRevision: current?.revision ?? null }, { status: 409 });
  }
  // Places added by the edit (a higher limit, a new city allocation) go to the waitlist at once.
  const promoted = await fillFreePlacesAfterChange(convening.id);
  const note = ["Saved.", ...parsed.notes, promotedNote(promoted)].filter(Boolean).join(" ");
  return redirectWithToast(`/convenings/${convening.id}`, note);
}

export default function EditConveningPage() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values: FormValues = actionData?.values ?? loaderData.values;
  return (
    <>
      <p className="no-print">
        <Link to={`/convenings/${loaderData.id}`}>Back to {loaderData.title}</Link>
      </p>
      <h1>Edit convening</h1>
      <ConveningForm key={actionData ? "submitted" : "loaded"} values={values} errors={actionData?.errors} cities={loaderData.cities} submitLabel="Save changes" pendingLabel="Saving…" />
    </>
  );
}
