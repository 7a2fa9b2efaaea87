import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/form-fields";
import { cityDetailsSchema } from "~/cities/city-forms";
import { MEMBERSHIP_LABELS } from "~/domain/vocabulary/cities";
import { requireManager } from "~/accounts/auth.server";
import { invariantResponse } from "~/utils/invariant";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { fieldErrors, formValues, type FieldErrors } from "~/forms/forms";
import { NATIONS } from "~/domain/vocabulary/cities";
import { getCityBySlug, listCities, updateCityDetails } from "~models/city.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Edit ${data?.city.name ?? "city"} · Inclusive Cities planner` }];

async function requireCity(slug: string | undefined) {
  const city = slug ? await getCityBySlug(slug) : null;
  invariantResponse(city, "There is no city at this address.", { status: 404 });
  return city;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const city = await requireCity(params.slug);
  const cities = await listCities();
  return json({ city, partners: cities.filter((candidate) => candidate.id !== city.id).map((candidate) => ({ slug: candidate.slug, name: candidate.name })) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  await requireManager(request);
  const city = await requireCity(params.slug);
  const values = formValues(await request.formData());
  const parsed = cityDetailsSchema.safeParse(values);
  if (!parsed.success) return json({ errors: fieldErrors(parsed.error) as FieldErrors, values }, { status: 400 });
  const partnerSlug = parsed.data.learningPartnerSlug || null;
  if (partnerSlug && (partnerSlug === city.slug || !(await getCityBySlug(partnerSlug)))) {
    return json({ errors: { learningPartnerSlug: "Choose another city from the list" } as FieldErrors, values }, { status: 400 });
  }
  await updateCityDetails(city.id, { ...parsed.data, phaseJoined: parsed.data.phaseJoined, learningPartnerSlug: partnerSlug });
  return redirect(`/cities/${city.slug}`);
}

export default function EditCityPage() {
  const { city, partners } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const values = actionData?.values ?? {};
  return (
    <>
      <p>
        <Link to={`/cities/${city.slug}`}>← {city.name}</Link>
      </p>
      <h1>Edit {city.name}</h1>
      <ErrorSummary errors={errors} />
      <Form method="post" className="form card" noValidate>
        <TextField name="name" label="Name" defaultValue={values.name ?? city.name} error={errors?.name} />
        <SelectField name="membership" label="Membership" options={Object.entries(MEMBERSHIP_LABELS).map(([value, label]) => ({ value, label }))} defaultValue={values.membership ?? city.membership} error={errors?.membership} />
        <SelectField
          name="phaseJoined"
          label="Phase joined"
          options={[
            { value: "1", label: "Phase one" },
            { value: "2", label: "Phase two" },
          ]}
          defaultValue={values.phaseJoined ?? String(city.phaseJoined)}
          error={errors?.phaseJoined}
        />
        <SelectField name="nation" label="Nation" options={NATIONS.map((nation) => ({ value: nation, label: nation }))} defaultValue={values.nation ?? city.nation} error={errors?.nation} />
        <TextField name="department" label="Department where the programme sits" defaultValue={values.department ?? city.department} error={errors?.department} />
        <TextField name="sponsorRole" label="Sponsor's role" hint="For example: Deputy Mayor, Director of Communities." defaultValue={values.sponsorRole ?? city.sponsorRole} error={errors?.sponsorRole} />
        <SelectField
          name="learningPartnerSlug"
          label="Learning partner"
          options={[{ value: "", label: "None" }, ...partners.map((partner) => ({ value: partner.slug, label: partner.name }))]}
          defaultValue={values.learningPartnerSlug ?? city.learningPartnerSlug ?? ""}
          error={errors?.learningPartnerSlug}
        />
        <SubmitButton pendingText="Saving…">Save city</SubmitButton>
      </Form>
      <p className="muted">The city's representatives keep its contacts and taskforce up to date on the city page.</p>
    </>
  );
}
