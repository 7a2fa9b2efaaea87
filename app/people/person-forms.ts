// Forms about people (managers): inviting someone to sign in, adding someone without an account
// (a guest speaker, a partner), and a person's profile with their programme and sign-in roles.
import { z } from "zod";
import { PROGRAMME_ROLES, ROLES } from "~/domain/vocabulary/people";
import { choice, email, optionalChoice, requiredText, text } from "~/forms/fields";

export const INVITE_INTENT = "invite";
export const ADD_PERSON_INTENT = "create";

const CITY_REP_WITHOUT_CITY = { path: ["cityId"], message: "A city representative must belong to a city" };
const needsCity = (value: { role: string; cityId: string }) => value.role !== "city-rep" || value.cityId !== "";

/** The programme's cities (`cityIds`) are the ones a person can belong to. */
function fields({ cityIds }: { cityIds: ReadonlySet<string> }) {
  return {
    name: requiredText("Enter the person's name", { max: 120, tooLong: "Name must be 120 characters or fewer" }),
    email: email({
      required: "Enter an email address",
      tooLong: "Email address must be 254 characters or fewer",
      invalid: "Enter an email address like name@example.org",
    }),
    cityId: text().refine((id) => id === "" || cityIds.has(id), { message: "Choose a city from the list" }),
  };
}

function profileFields(options: { cityIds: ReadonlySet<string> }) {
  return z.object({
    ...fields(options),
    organisation: text({ max: 160, tooLong: "Organisation must be 160 characters or fewer" }),
    jobTitle: text({ max: 160, tooLong: "Job title must be 160 characters or fewer" }),
    programmeRole: optionalChoice(PROGRAMME_ROLES, "Choose a role in the programme"),
  });
}

export function inviteSchema(options: { cityIds: ReadonlySet<string> }) {
  return z
    .object({ ...fields(options), role: choice(ROLES, "Choose a role") })
    .refine(needsCity, CITY_REP_WITHOUT_CITY);
}

export function personSchema(options: { cityIds: ReadonlySet<string> }) {
  return profileFields(options)
    .extend({ role: choice(ROLES, "Choose a role", "participant") })
    .refine(needsCity, CITY_REP_WITHOUT_CITY);
}

/** Someone without an account takes part (registered, speaking) but does not sign in. */
export function personWithoutAccountSchema(options: { cityIds: ReadonlySet<string> }) {
  return profileFields(options).transform((person) => ({ ...person, role: "participant" as const }));
}
