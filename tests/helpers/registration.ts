// Registering people through the register page's action, and reading where a registration stands.
import { action as registerAction } from "../../app/routes/convenings.$conveningId.register";
import { Registration } from "../../models/registration.server";
import { createAccount, createCity, formRequest } from "../factories/people";
import { createConvening } from "../factories/registration";

/** Bristol with its rep, Cardiff, a manager and a published convening open for registration. */
export async function setUpRegistration(options: Parameters<typeof createConvening>[0] = {}) {
  const bristol = await createCity("bristol");
  const cardiff = await createCity("cardiff", { nation: "Wales" });
  const rep = await createAccount({ role: "city-rep", cityId: bristol, name: "Bristol Rep" });
  const manager = await createAccount({ role: "manager" });
  const conveningId = await createConvening(options);
  return { bristol, cardiff, rep, manager, conveningId };
}

/** Posts the register form as `actorId` (the intent is added). */
export async function register(actorId: string, conveningId: string, fields: Record<string, string>) {
  const request = await formRequest(actorId, `/convenings/${conveningId}/register`, { intent: "register", ...fields });
  return registerAction({ request, params: { conveningId }, context: {} });
}

/** Posts the cancel button of one registration on the register page as `actorId`, confirmed (decision 029). */
export async function cancelRegistration(actorId: string, conveningId: string, registrationId: string) {
  const request = await formRequest(actorId, `/convenings/${conveningId}/register`, {
    intent: "cancel",
    registrationId,
    confirmed: "yes",
  });
  return registerAction({ request, params: { conveningId }, context: {} });
}

/** The id of a person's registration for a convening; fails when there is none. */
export async function registrationIdOf(conveningId: string, personId: string): Promise<string> {
  const doc = await Registration.findOne({ conveningId, personId }).select("_id").lean();
  if (!doc) throw new Error(`no registration of ${personId} for ${conveningId}`);
  return String(doc._id);
}

/** The status of a person's registration for a convening, or undefined when there is none. */
export async function registrationStatusOf(conveningId: string, personId: string) {
  const doc = await Registration.findOne({ conveningId, personId }).select("status").lean();
  return doc?.status;
}
