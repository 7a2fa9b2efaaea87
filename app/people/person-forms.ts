// Forms about people (managers): inviting someone to sign in, adding someone without an account
// (a guest speaker, a partner), and a person's profile with their programme and sign-in roles.
import { z } from "zod";
import { PROGRAMME_ROLES, ROLES } from "~/domain/vocabulary/people";
import { choice, email, optionalChoice, requiredText, text } from "~/forms/fields";
import type { Translate } from "~/i18n/translator";

export const INVITE_INTENT = "invite";
export const ADD_PERSON_INTENT = "create";

const cityRepWithoutCity = (t: Translate) => ({ path: ["cityId"], message: t("people.error.cityRepWithoutCity") });
const needsCity = (value: { role: string; cityId: string }) => value.role !== "city-rep" || value.cityId !== "";

type Options = { cityIds: ReadonlySet<string> };

/** The programme's cities (`cityIds`) are the ones a person can belong to; messages in the language of `t`. */
function fields(t: Translate, { cityIds }: Options) {
  return {
    name: requiredText(t("people.error.nameRequired"), { max: 120, tooLong: t("people.error.nameTooLong") }),
    email: email({
      required: t("people.error.emailRequired"),
      tooLong: t("people.error.emailTooLong"),
      invalid: t("people.error.emailInvalid"),
    }),
    cityId: text().refine((id) => id === "" || cityIds.has(id), { message: t("people.error.city") }),
  };
}

function profileFields(t: Translate, options: Options) {
  return z.object({
    ...fields(t, options),
    organisation: text({ max: 160, tooLong: t("people.error.organisationTooLong") }),
    jobTitle: text({ max: 160, tooLong: t("people.error.jobTitleTooLong") }),
    programmeRole: optionalChoice(PROGRAMME_ROLES, t("people.error.programmeRole")),
  });
}

export function inviteSchemaFor(t: Translate, options: Options) {
  return z
    .object({ ...fields(t, options), role: choice(ROLES, t("people.error.role")) })
    .refine(needsCity, cityRepWithoutCity(t));
}

export function personSchemaFor(t: Translate, options: Options) {
  return profileFields(t, options)
    .extend({ role: choice(ROLES, t("people.error.role"), "participant") })
    .refine(needsCity, cityRepWithoutCity(t));
}

/** Someone without an account takes part (registered, speaking) but does not sign in. */
export function personWithoutAccountSchemaFor(t: Translate, options: Options) {
  return profileFields(t, options).transform((person) => ({ ...person, role: "participant" as const }));
}
