import { describe, expect, it } from "vitest";
import { action as loginAction } from "../../app/routes/login";
import { action as logoutAction } from "../../app/routes/logout";
import { getOptionalPerson } from "~/accounts/auth.server";
import { signIn, SIGN_IN_LIMITS, WRONG_CREDENTIALS } from "~/accounts/sign-in.server";
import { Person } from "../../models/person.server";
import { SignInAttempt } from "../../models/sign-in-throttle.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, formRequest, TEST_PASSWORD } from "../factories/people";
import { formReply } from "../factories/form-replies";

withTestDatabase();

async function errorsOf(response: Response) {
  return formReply(response);
}

describe("signing in", () => {
  it("signs a person in with the right password and sets an httpOnly SameSite cookie", async () => {
    const manager = await createAccount({ role: "manager", email: "pm@example.org" });
    const response = (await loginAction({
      request: await formRequest(null, "/login", {
        email: "PM@example.org ",
        password: TEST_PASSWORD,
        redirectTo: "/people",
      }),
      params: {},
      context: {},
    })) as Response;
    expect(response).toHaveStatus(302);
    expect(response.headers.get("Location")).toBe("/people");
    const cookie = response.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // The cookie signs in this manager and nobody else.
    const signedIn = await getOptionalPerson(
      new Request("http://planner.test/", { headers: { Cookie: cookie.split(";")[0] } }),
    );
    expect(signedIn?.id).toBe(manager.id);
  });

  it("never stores the plain password", async () => {
    const person = await createAccount({ role: "participant" });
    const stored = await Person.findById(person.id).lean<{ passwordHash: string }>();
    expect(stored?.passwordHash).toMatch(/^scrypt\$/);
    expect(stored?.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it("gives the same message for a wrong password and an unknown email, keeping the email typed", async () => {
    await createAccount({ role: "participant", email: "known@example.org" });
    const wrong = await errorsOf(
      (await loginAction({
        request: await formRequest(null, "/login", { email: "known@example.org", password: "nope-nope-nope" }),
        params: {},
        context: {},
      })) as Response,
    );
    const unknown = await errorsOf(
      (await loginAction({
        request: await formRequest(null, "/login", { email: "ghost@example.org", password: "nope-nope-nope" }),
        params: {},
        context: {},
      })) as Response,
    );
    expect(wrong.errors.form).toBe(WRONG_CREDENTIALS);
    expect(unknown.errors.form).toBe(WRONG_CREDENTIALS);
    expect(wrong.values.email).toBe("known@example.org");
    expect(wrong.values).toEqual({ email: "known@example.org" }); // never the password
  });

  it("locks an address after repeated failures, even with the right password, then lets it in after the lock", async () => {
    const person = await createAccount({ role: "participant" });
    const start = new Date("2026-01-01T10:00:00Z");
    for (let attempt = 1; attempt < SIGN_IN_LIMITS.maxFailures; attempt += 1) {
      expect(await signIn(person.email, "wrong-password", start)).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    }
    const locking = await signIn(person.email, "wrong-password", start);
    expect(locking.ok === false && locking.message).toMatch(/Too many failed sign-ins.*15 minutes/);
    const whileLocked = await signIn(person.email, TEST_PASSWORD, new Date(start.getTime() + 60_000));
    expect(whileLocked.ok).toBe(false);
    const afterLock = await signIn(
      person.email,
      TEST_PASSWORD,
      new Date(start.getTime() + SIGN_IN_LIMITS.windowMs + 1_000),
    );
    expect(afterLock.ok).toBe(true);
  });

  it("checks at most five passwords in the window, however many guesses arrive in parallel", async () => {
    const person = await createAccount({ role: "participant" });
    // Every checked password leaves a recorded failed attempt; refused attempts are forgotten.
    const checkedPasswords = () => SignInAttempt.countDocuments({ email: person.email });
    const burst = await Promise.all(Array.from({ length: 30 }, (_, guess) => signIn(person.email, `guess-${guess}`)));
    expect(await checkedPasswords()).toBeLessThanOrEqual(SIGN_IN_LIMITS.maxFailures);
    const afterwards = [];
    for (let guess = 0; guess < 10; guess += 1) afterwards.push(await signIn(person.email, `later-${guess}`));
    expect(await checkedPasswords()).toBe(SIGN_IN_LIMITS.maxFailures);
    const results = [...burst, ...afterwards];
    expect(results.filter((result) => !result.ok && result.message === WRONG_CREDENTIALS).length).toBeLessThanOrEqual(
      SIGN_IN_LIMITS.maxFailures - 1,
    );
    expect(
      results.every(
        (result) =>
          !result.ok && (result.message === WRONG_CREDENTIALS || /Too many failed sign-ins/.test(result.message)),
      ),
    ).toBe(true);
    const rightPassword = await signIn(person.email, TEST_PASSWORD);
    expect(rightPassword.ok === false && rightPassword.message).toMatch(/Too many failed sign-ins/);
  });

  it("locks unknown addresses the same way, so the lock reveals nothing", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    let last;
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.maxFailures; attempt += 1)
      last = await signIn("nobody@example.org", "x-x-x-x-x", now);
    expect(last?.ok === false && last.message).toMatch(/Too many failed sign-ins/);
  });

  it("explains missing, malformed and oversized fields next to each field", async () => {
    const empty = await errorsOf(
      (await loginAction({
        request: await formRequest(null, "/login", { email: "", password: "" }),
        params: {},
        context: {},
      })) as Response,
    );
    expect(empty.errors).toEqual({ email: "Enter your email address", password: "Enter your password" });
    const malformed = await errorsOf(
      (await loginAction({
        request: await formRequest(null, "/login", { email: "not-an-email", password: "x" }),
        params: {},
        context: {},
      })) as Response,
    );
    expect(malformed.errors.email).toBe("Enter an email address like name@example.org");
    const oversized = await errorsOf(
      (await loginAction({
        request: await formRequest(null, "/login", { email: "a@example.org", password: "p".repeat(10_000) }),
        params: {},
        context: {},
      })) as Response,
    );
    expect(oversized.errors.password).toBe("Password must be 200 characters or fewer");
  });

  it("refuses an open redirect after sign-in, however the address is disguised", async () => {
    await createAccount({ role: "participant", email: "r@example.org" });
    // Browsers drop tabs and line breaks from addresses and read "\\" as "/".
    for (const redirectTo of [
      "//evil.example/steal",
      "/\\evil.example",
      "/\t/evil.example/phish",
      "/\n/evil.example",
      "/%0A",
      "/ /evil.example",
      "https://evil.example",
      "/\r\nSet-Cookie: x=1",
    ]) {
      const response = (await loginAction({
        request: await formRequest(null, "/login", { email: "r@example.org", password: TEST_PASSWORD, redirectTo }),
        params: {},
        context: {},
      })) as Response;
      expect(response.status, redirectTo).toBe(302);
      expect(response.headers.get("Location"), redirectTo).toBe(redirectTo === "/%0A" ? "/%0A" : "/");
    }
    const local = (await loginAction({
      request: await formRequest(null, "/login", {
        email: "r@example.org",
        password: TEST_PASSWORD,
        redirectTo: "/convenings?when=past",
      }),
      params: {},
      context: {},
    })) as Response;
    expect(local.headers.get("Location")).toBe("/convenings?when=past");
  });

  it("signs out by destroying the session cookie and ending the session on the server: a copied cookie stops working", async () => {
    const person = await createAccount({ role: "participant", email: "leaving@example.org" });
    const signedIn = (await loginAction({
      request: await formRequest(null, "/login", { email: "leaving@example.org", password: TEST_PASSWORD }),
      params: {},
      context: {},
    })) as Response;
    const cookie = signedIn.headers.get("Set-Cookie")!.split(";")[0];
    const withCookie = (url: string, init: RequestInit = {}) =>
      new Request(new URL(url, "http://planner.test"), { ...init, headers: { Cookie: cookie } });
    expect((await getOptionalPerson(withCookie("/")))?.id).toBe(person.id);

    const response = await logoutAction({
      request: withCookie("/logout", { method: "POST" }),
      params: {},
      context: {},
    });
    expect(response).toHaveStatus(302);
    expect(response.headers.get("Set-Cookie")).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(await getOptionalPerson(withCookie("/"))).toBeNull(); // the copied cookie is dead

    const again = (await loginAction({
      request: await formRequest(null, "/login", { email: "leaving@example.org", password: TEST_PASSWORD }),
      params: {},
      context: {},
    })) as Response;
    const fresh = again.headers.get("Set-Cookie")!.split(";")[0];
    expect((await getOptionalPerson(new Request("http://planner.test/", { headers: { Cookie: fresh } })))?.id).toBe(
      person.id,
    );
  });
});
