import { describe, expect, it } from "vitest";
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseUnavailableResponse,
  isDatabaseUnavailableError,
} from "./database-unavailable.server";

const named = (name: string, cause?: unknown) => Object.assign(new Error(name), { name, cause });

describe("isDatabaseUnavailableError", () => {
  it("knows the driver's network and server selection errors, also as the cause of another", () => {
    expect(
      ["MongoNetworkError", "MongoServerSelectionError", "MongooseServerSelectionError"].map((name) =>
        isDatabaseUnavailableError(named(name)),
      ),
    ).toEqual([true, true, true]);
    expect(isDatabaseUnavailableError(named("Error", named("MongoNetworkError")))).toBe(true);
    const buffering = Object.assign(new Error("Operation `people.findOne()` buffering timed out after 10000ms"), {
      name: "MongooseError",
    });
    expect(isDatabaseUnavailableError(buffering)).toBe(true);
  });

  it("leaves other errors alone: a duplicate key, a validation error, a thrown Response", () => {
    expect(
      [named("MongoServerError"), named("ValidationError"), new Response("no", { status: 404 }), null].map(
        isDatabaseUnavailableError,
      ),
    ).toEqual([false, false, false, false]);
  });
});

describe("databaseUnavailableResponse", () => {
  it("is a 503 with Retry-After whose message a script can print", async () => {
    const response = databaseUnavailableResponse();
    expect([response.status, response.headers.get("Retry-After"), response.message]).toEqual([
      503,
      "5",
      DATABASE_UNAVAILABLE_MESSAGE,
    ]);
    expect(await response.text()).toBe(DATABASE_UNAVAILABLE_MESSAGE);
  });
});
