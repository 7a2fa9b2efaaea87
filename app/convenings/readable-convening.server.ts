// Who may read a convening: published, completed and cancelled ones are public; a draft is the
// programme team's, and answers 404 to everyone else as if it did not exist.
import { getConvening, type ConveningRecord } from "~models/convening.server";
import type { SignedInPerson } from "~models/person.server";
import { isManager } from "~/accounts/auth.server";

export async function requireReadableConvening(person: SignedInPerson | null, conveningId: string | undefined): Promise<ConveningRecord> {
  const convening = await getConvening(conveningId ?? "");
  if (!convening || (convening.status === "draft" && !isManager(person))) throw new Response("Convening not found", { status: 404 });
  return convening;
}
