// A convening for the pages that read it (page, print, agenda.json, change history): 404 when
// there is none, or when the convenings policy keeps it from this reader (a draft).
import { getConvening, type ConveningRecord } from "~models/convening.server";
import type { SignedInPerson } from "~models/person.server";
import { invariantResponse } from "~/utils/invariant";
import { canReadConvening } from "./policy";

export async function requireReadableConvening(
  person: SignedInPerson | null,
  conveningId: string | undefined,
): Promise<ConveningRecord> {
  const convening = await getConvening(conveningId ?? "");
  invariantResponse(convening && canReadConvening(person, convening), "Convening not found", { status: 404 });
  return convening;
}
