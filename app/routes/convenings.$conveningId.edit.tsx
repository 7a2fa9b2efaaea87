import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConveningForm } from "~/convenings/components/convening-form";
import { ChangeNoticeChoice } from "~/change-notices/components/change-notice-choice";
import { countNoticeAudience } from "~/change-notices/notice-audience.server";
import { readNoticeChoice } from "~/change-notices/notice-choice";
import { announceConveningEdit, noticeNote } from "~/change-notices/record-changes.server";
import { parseWithZod } from "@conform-to/zod/v3";
import { addPlaceReply, conveningFormSchemaFor, conveningFormValues } from "~/convenings/convening-form";
import { replyWithErrors, STALE_MESSAGE, withKeptValue } from "~/forms/schema-form";
import { fillFreePlacesAfterChange, limitsBelowHeldPlaces, promotedNote } from "~/registration/registration.server";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { timeZoneChoices } from "~/domain/exchanges/time-zone-choices";
import { isDeletable, isOpenForChanges } from "~/convenings/policy";
import { deleteDraftConfirmation } from "~/convenings/lifecycle-confirmations";
import { ConfirmButton } from "~/components/confirm-dialog";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { listCities } from "~models/city.server";
import { getConvening, updateConvening } from "~models/convening.server";
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle } from "~/i18n/meta";
import type { Translate } from "~/i18n/translator";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "planning.edit.title") }];

async function editableConvening(id: string | undefined, t: Translate) {
  const convening = await getConvening(id ?? "");
  invariantResponse(convening, t("planning.notFound"), { status: 404 });
  invariantResponse(isOpenForChanges(convening), t("planning.edit.cancelled"), { status: 409 });
  return convening;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const { t } = await translateRequest(request);
  const convening = await editableConvening(params.conveningId, t);
  const [cities, notice] = await Promise.all([listCities(), countNoticeAudience(convening)]);
  return json({
    id: convening.id,
    title: convening.title,
    values: conveningFormValues(convening),
    cities: cities.map((city) => ({ id: city.id, name: city.name })),
    timeZones: timeZoneChoices(),
    notice,
    deleteDraft: isDeletable(convening) ? deleteDraftConfirmation(convening.title, t) : null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const { t } = await translateRequest(request);
  const convening = await editableConvening(params.conveningId, t);
  const cities = await listCities();
  const formData = await readForm(request);
  const added = addPlaceReply(formData);
  if (added) return json({ result: added });
  const submission = parseWithZod(formData, {
    schema: conveningFormSchemaFor(t, { cityIds: new Set(cities.map((city) => city.id)) }),
  });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  const { convening: changes, notes, revision } = submission.value;
  const heldPlaces = await limitsBelowHeldPlaces(
    convening.id,
    changes.registration,
    new Map(cities.map((city) => [city.id, city.name])),
  );
  if (Object.keys(heldPlaces).length > 0)
    return json({ result: replyWithErrors(submission, { fields: heldPlaces }) }, { status: 400 });
  const result = await updateConvening(convening.id, revision, changes, manager);
  if (!result.ok) {
    invariantResponse(result.reason !== "missing", t("planning.notFound"), { status: 404 });
    // Keep their input, but with the current revision so a deliberate second save goes through.
    const current = await getConvening(convening.id);
    return json(
      {
        result: withKeptValue(
          replyWithErrors(submission, { form: STALE_MESSAGE }),
          "revision",
          String(current?.revision ?? revision),
        ),
      },
      { status: 409 },
    );
  }
  // Places added by the edit (a higher limit, a new city allocation) go to the waitlist at once.
  const promoted = await fillFreePlacesAfterChange(convening.id, "more-places");
  const told = noticeNote(await announceConveningEdit(convening, changes, readNoticeChoice(formData)));
  const note = [t("planning.edit.saved"), ...notes, promotedNote(promoted), told].filter(Boolean).join(" ");
  return redirectWithToast(`/convenings/${convening.id}`, note);
}

export default function EditConveningPage() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <p className="no-print">
        <Link to={`/convenings/${loaderData.id}`}>
          {t("planning.backTo")} <ContentLang>{loaderData.title}</ContentLang>
        </Link>
      </p>
      <h1>{t("planning.edit.title")}</h1>
      <ConveningForm
        key={actionData ? "submitted" : "loaded"}
        values={loaderData.values}
        lastResult={actionData?.result}
        cities={loaderData.cities}
        timeZones={loaderData.timeZones}
        submitLabel={t("planning.edit.submit")}
        pendingLabel={t("planning.saving")}
        beforeSubmit={
          <ChangeNoticeChoice audience={loaderData.notice} about="convening" lastResult={actionData?.result} />
        }
      />
      {loaderData.deleteDraft ? (
        <section className="card" aria-labelledby="delete-draft-title">
          <h2 id="delete-draft-title">{t("planning.edit.deleteTitle")}</h2>
          <p>{t("planning.edit.deleteBody")}</p>
          <ConfirmButton
            confirmation={loaderData.deleteDraft}
            label={t("planning.edit.deleteButton")}
            action={`/convenings/${loaderData.id}/delete`}
            className="button button--danger"
          />
        </section>
      ) : null}
    </>
  );
}
