// The convening as registration sees it: the model's registration view (dates, places, status and
// the registration settings, including per-city overrides), read in one query by id.
export { getRegistrationConvening, type RegistrationConvening } from "~models/convening.server";
