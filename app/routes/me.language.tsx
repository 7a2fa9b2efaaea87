// The person's saved interface language: applied now, and whenever they sign in on any device.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { ErrorSummary, SelectField, SubmitButton } from "~/components/form-fields";
import { LANGUAGES, LANGUAGE_NAMES } from "~/domain/languages";
import { readForm } from "~/forms/form-body.server";
import { useSchemaForm } from "~/forms/schema-form";
import { savedLanguageSchema } from "~/i18n/language-forms";
import { languageCookieHeader } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/meta";
import { translateRequest, translatorFor } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";
import { redirectWithToast } from "~/utils/toast.server";
import { updatePersonLanguage } from "~models/person.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "meLanguage.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  return json({ saved: person.language });
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request);
  const { t } = await translateRequest(request);
  const submission = parseWithZod(await readForm(request), { schema: savedLanguageSchema(t("meLanguage.invalid")) });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  const { language } = submission.value;
  await updatePersonLanguage(person.id, language);
  // Saved and used at once: the note is already in the chosen language.
  return redirectWithToast("/me/language", translatorFor(language)("language.saved"), {
    headers: { "Set-Cookie": await languageCookieHeader(language) },
  });
}

const OPTIONS = LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }));

export default function LanguagePage() {
  const { saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useSchemaForm({
    id: "saved-language",
    schema: savedLanguageSchema(t("meLanguage.invalid")),
    lastResult: actionData?.result,
    defaultValue: { language: saved },
  });
  return (
    <div className="card" style={{ maxWidth: "36rem" }}>
      <h1>{t("meLanguage.title")}</h1>
      <p className="lede">{t("meLanguage.lede")}</p>
      <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <SelectField field={fields.language} label={t("meLanguage.legend")} options={OPTIONS} />
        <SubmitButton pendingText={t("meLanguage.pending")}>{t("meLanguage.submit")}</SubmitButton>
      </Form>
    </div>
  );
}
