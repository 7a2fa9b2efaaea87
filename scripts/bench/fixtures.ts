// What every part of the bench measures on, the same at 1× and 10×: the demo's upcoming
// Sheffield meeting and one of its sessions, the manager, the Bristol rep (with a personal
// feed) and every city's rep, all signed in with cookies as a browser holds them.
import { getSessionStorage } from "~/accounts/session.server";
import { CITIES } from "~/seed/programme-data";
import { DEMO_CONVENINGS, demoRepEmail } from "~/seed/demo-data";
import { listAgendaSessions } from "~models/agenda-session.server";
import { listSeedConveningIds } from "~models/convening.server";
import { currentSessionEpoch, findAccountByEmail, rotateCalendarToken } from "~models/person.server";

export type SignedIn = { id: string; name: string; cityId: string | null; cookie: string };

export type Fixtures = {
  conveningId: string;
  sessionId: string;
  manager: SignedIn;
  /** The Bristol rep: the city plan, the personal feed and the register action. */
  rep: SignedIn & { citySlug: string };
  calendarToken: string;
  repsByCity: Map<string, SignedIn>;
  /** Every seeded convening, for reading every feed once. */
  seededConveningIds: string[];
};

/** The viewer's zone, as the page's script sets it, so agenda times are shown in London time. */
const ZONE_COOKIE = "tz=Europe%2FLondon";

async function signIn(email: string): Promise<SignedIn> {
  const account = await findAccountByEmail(email);
  if (!account) throw new Error(`${email} is missing: the demo was not seeded`);
  const storage = getSessionStorage();
  const session = await storage.getSession();
  session.set("personId", account.person.id);
  session.set("epoch", await currentSessionEpoch(account.person.id));
  const cookie = `${(await storage.commitSession(session)).split(";")[0]}; ${ZONE_COOKIE}`;
  return { id: account.person.id, name: account.person.name, cityId: account.person.cityId, cookie };
}

export async function prepareFixtures(): Promise<Fixtures> {
  const seedKey = DEMO_CONVENINGS[0].seedKey;
  const conveningId = (await listSeedConveningIds(seedKey)).get(seedKey);
  if (!conveningId) throw new Error(`the demo convening ${seedKey} is missing`);
  const [session] = await listAgendaSessions(conveningId);
  const repsByCity = new Map<string, SignedIn>();
  for (const city of CITIES) repsByCity.set(city.slug, await signIn(demoRepEmail(city.slug)));
  const rep = { ...repsByCity.get("bristol")!, citySlug: "bristol" };
  return {
    conveningId,
    sessionId: session.id,
    manager: await signIn("manager@example.org"),
    rep,
    calendarToken: await rotateCalendarToken(rep.id),
    repsByCity,
    seededConveningIds: [...(await listSeedConveningIds("")).values()],
  };
}

export const GUEST_COOKIE = ZONE_COOKIE;
