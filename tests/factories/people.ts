// Test data shared by tests and benchmarks: cities and people with accounts.
import { upsertCity, type CitySummary } from "../../models/city.server";
import { createPerson, currentSessionEpoch, type Role } from "../../models/person.server";
import { hashPassword } from "~/accounts/password.server";
import { getSessionStorage } from "~/accounts/session.server";

export const TEST_PASSWORD = "correct-horse-battery";

export async function createCity(slug: string, overrides: Partial<Omit<CitySummary, "id">> = {}): Promise<string> {
  const name = slug.replace(
    /(^|-)(\w)/g,
    (_, dash: string, letter: string) => `${dash ? " " : ""}${letter.toUpperCase()}`,
  );
  return upsertCity({
    slug,
    name,
    membership: "founder",
    phaseJoined: 1,
    nation: "England",
    timeZone: "Europe/London",
    department: "",
    sponsorRole: "",
    learningPartnerSlug: null,
    ...overrides,
  });
}

let passwordHash: Promise<string> | undefined;

export async function createAccount(options: { role: Role; cityId?: string | null; email?: string; name?: string }) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = options.email ?? `${options.role}.${Math.random().toString(36).slice(2, 10)}@example.org`;
  const id = await createPerson({
    name: options.name ?? `Test ${options.role}`,
    email,
    role: options.role,
    cityId: options.cityId ?? null,
    passwordHash: await passwordHash,
  });
  return { id, email, role: options.role, cityId: options.cityId ?? null };
}

/** A Request as a signed-in person's browser would send it. */
export async function requestAs(personId: string | null, url: string, init: RequestInit = {}): Promise<Request> {
  const headers = new Headers(init.headers);
  if (personId) {
    const storage = getSessionStorage();
    const session = await storage.getSession();
    session.set("personId", personId);
    session.set("epoch", await currentSessionEpoch(personId));
    const setCookie = await storage.commitSession(session);
    headers.set("Cookie", setCookie.split(";")[0]);
  }
  return new Request(new URL(url, "http://planner.test"), { ...init, headers });
}

export function formRequest(personId: string | null, url: string, fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  }
  return requestAs(personId, url, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
}
