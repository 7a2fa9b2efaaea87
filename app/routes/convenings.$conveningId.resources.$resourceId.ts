// A convening's document, downloaded: by whoever may read it (private ones: people signed in, who
// are sent to sign in first). A link, or a resource that is not there, is a 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOptionalPerson, requirePerson } from "~/accounts/auth.server";
import { requireReadableConvening } from "~/convenings/readable-convening.server";
import { NO_RESOURCE_MESSAGE, resourceDownload } from "~/resources/download.server";
import { canReadResource } from "~/resources/policy";
import { connectDbForRequest } from "~/utils/db.server";
import { invariantResponse } from "~/utils/invariant";
import { getConveningResource } from "~models/resource.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDbForRequest();
  const person = await getOptionalPerson(request);
  const convening = await requireReadableConvening(person, params.conveningId);
  const resource = await getConveningResource(convening.id, params.resourceId ?? "");
  invariantResponse(resource, NO_RESOURCE_MESSAGE, { status: 404 });
  if (!resource.isPublic && !person) await requirePerson(request);
  invariantResponse(canReadResource(person, convening, resource), NO_RESOURCE_MESSAGE, { status: 404 });
  return resourceDownload(request, convening.id, resource);
}
