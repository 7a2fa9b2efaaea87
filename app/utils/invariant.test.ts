import { describe, expect, it } from "vitest";
import { invariantResponse } from "./invariant";

async function thrown(run: () => void): Promise<Response> {
  try {
    run();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

describe("invariantResponse", () => {
  it("passes a condition that holds without throwing", () => {
    expect(() =>
      invariantResponse("a convening", "There is no convening at this address.", { status: 404 }),
    ).not.toThrow();
  });

  it("throws the message with the status given", async () => {
    const response = await thrown(() =>
      invariantResponse(null, "There is no convening at this address.", { status: 404 }),
    );
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("There is no convening at this address.");
  });

  it("answers 400 when no status is given, and builds a lazy message only when it refuses", async () => {
    let built = 0;
    const message = () => `built ${++built}`;
    invariantResponse(true, message);
    expect(built).toBe(0);
    const response = await thrown(() => invariantResponse(false, message));
    expect([response.status, await response.text()]).toEqual([400, "built 1"]);
  });
});
