import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/form-fields";
import { cityDetailsSchema } from "~/cities/city-forms";
import { MEMBERSHIP_LABELS } from "~/domain/vocabulary/cities";
import { requireManager } from "~/accounts/auth.server";
import { invariantResponse } from "~/utils/invariant";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { useSchemaForm } from "~/forms/schema-form";
import { NATIONS } from "~/domain/vocabulary/cities";
import { saveCityDetails } from "~/cities/city-details.server";
import { redirectWithToast } from "~/utils/toast.server";
import { getCityBySlug, listCities } from "~models/city.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Edit ${data?.city.name ?? "city"} · Inclusive Cities planner` },
];

async function requireCity(slug: string | undefined) {
  const city = slug ? await getCityBySlug(slug) : null;
  invariantResponse(city, "There is no city at this address.", { status: 404 });
  return city;
}

/** The cities that can be this city's learning partner: every other one. */
async function possiblePartners(cityId: string) {
  const cities = await listCities();
  return cities
    .filter((candidate) => candidate.id !== cityId)
    .map((candidate) => ({ slug: candidate.slug, name: candidate.name }));
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const city = await requireCity(params.slug);
  return json({ city, partners: await possiblePartners(city.id) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  await requireManager(request);
  const city = await requireCity(params.slug);
  const partnerSlugs = new Set((await possiblePartners(city.id)).map((partner) => partner.slug));
  const submission = parseWithZod(await readForm(request), { schema: cityDetailsSchema({ partnerSlugs }) });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  return redirectWithToast(`/cities/${city.slug}`, await saveCityDetails(city, submission.value));
}

export default function EditCityPage() {
  const { city, partners } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useSchemaForm({
    id: "city-details",
    schema: cityDetailsSchema({ partnerSlugs: new Set(partners.map((partner) => partner.slug)) }),
    lastResult: actionData?.result,
    defaultValue: {
      ...city,
      phaseJoined: String(city.phaseJoined),
      learningPartnerSlug: city.learningPartnerSlug ?? "",
    },
  });
  return (
    <>
      <p>
        <Link to={`/cities/${city.slug}`}>← {city.name}</Link>
      </p>
      <h1>Edit {city.name}</h1>
      <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
      <Form method="post" className="form card" {...getFormProps(form)}>
        <TextField field={fields.name} label="Name" />
        <SelectField
          field={fields.membership}
          label="Membership"
          options={Object.entries(MEMBERSHIP_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          field={fields.phaseJoined}
          label="Phase joined"
          options={[
            { value: "1", label: "Phase one" },
            { value: "2", label: "Phase two" },
          ]}
        />
        <SelectField
          field={fields.nation}
          label="Nation"
          options={NATIONS.map((nation) => ({ value: nation, label: nation }))}
        />
        <TextField field={fields.department} label="Department where the programme sits" />
        <TextField
          field={fields.sponsorRole}
          label="Sponsor's role"
          hint="For example: Deputy Mayor, Director of Communities."
        />
        <SelectField
          field={fields.learningPartnerSlug}
          label="Learning partner"
          options={[
            { value: "", label: "None" },
            ...partners.map((partner) => ({ value: partner.slug, label: partner.name })),
          ]}
        />
        <SubmitButton pendingText="Saving…">Save city</SubmitButton>
      </Form>
      <p className="muted">The city's representatives keep its contacts and taskforce up to date on the city page.</p>
    </>
  );
}
