// Forms of the city pages: details (managers), contacts and taskforce (managers and the city's
// reps). Each intent is the value of the submit button named "intent".
import { z } from "zod";
import { CITY_MEMBERSHIPS, NATIONS, TASKFORCE_SECTORS } from "~/domain/vocabulary/cities";
import { choice, requiredText, text } from "~/forms/fields";
import type { Translate } from "~/i18n/translator";

export const SET_CONTACTS_INTENT = "set-contacts";
export const ADD_MEMBER_INTENT = "add-member";
export const REMOVE_MEMBER_INTENT = "remove-member";

/** A taskforce member, its messages in the reader's language (server and browser alike). */
export const taskforceMemberSchemaFor = (t: Translate) =>
  z.object({
    name: requiredText(t("cities.form.enterMemberName"), { max: 120, tooLong: t("cities.form.nameTooLong") }),
    organisation: text({ max: 160, tooLong: t("cities.form.organisationTooLong") }),
    sector: choice(TASKFORCE_SECTORS, t("cities.form.chooseSector")),
  });

/** Contacts are people of this city (`cityPeople`, their ids), so a rep cannot name someone from elsewhere. */
export function contactsSchema({ cityPeople, t }: { cityPeople: ReadonlySet<string>; t: Translate }) {
  const contact = text().refine((id) => id === "" || cityPeople.has(id), { message: t("cities.form.chooseFromCity") });
  return z.object({ sponsorPersonId: contact, leadPersonId: contact });
}

/** A city's details; the learning partner is another city of the programme (`partnerSlugs`). */
export function cityDetailsSchema({ partnerSlugs }: { partnerSlugs: ReadonlySet<string> }) {
  return z
    .object({
      name: requiredText("Enter the city's name", { max: 120, tooLong: "Name must be 120 characters or fewer" }),
      membership: choice(CITY_MEMBERSHIPS, "Choose a membership"),
      phaseJoined: choice(["1", "2"], "Choose phase one or two"),
      nation: choice(NATIONS, "Choose a nation"),
      department: text({ max: 160, tooLong: "Department must be 160 characters or fewer" }),
      sponsorRole: text({ max: 160, tooLong: "Sponsor role must be 160 characters or fewer" }),
      learningPartnerSlug: text().refine((slug) => slug === "" || partnerSlugs.has(slug), {
        message: "Choose another city from the list",
      }),
    })
    .transform(({ phaseJoined, learningPartnerSlug, ...details }) => ({
      ...details,
      phaseJoined: phaseJoined === "1" ? (1 as const) : (2 as const),
      learningPartnerSlug: learningPartnerSlug || null,
    }));
}
