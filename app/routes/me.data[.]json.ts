// The signed-in person's own data as a JSON download.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportMyData } from "~/registration/me.server";
import { requirePerson } from "~/accounts/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const data = await exportMyData(person.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="my-inclusive-cities-data.json"',
      "Cache-Control": "private, no-store",
    },
  });
}
