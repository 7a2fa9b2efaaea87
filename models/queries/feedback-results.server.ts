// What the feedback results page reads beyond the form, invitations and responses: the names of
// the cities the rows are about, and of respondents to a named form (managers only see those).
import { getCityNames } from "~models/city.server";
import { findPersonViewsByIds } from "~models/person.server";

export function getResultCityNames(cityIds: Array<string | null>): Promise<Map<string, string>> {
  return getCityNames(cityIds.filter((id): id is string => id !== null));
}

/** Respondents' names by id, read by _id; people whose data was deleted are left out. */
export async function getRespondentNames(personIds: string[]): Promise<Map<string, string>> {
  const people = await findPersonViewsByIds(personIds, "name", { activeOnly: true });
  return new Map(people.map((person) => [person.id, person.name]));
}
