import { describe, expect, it } from "vitest";
import { actionUid, conveningUid, sessionUid, UID_DOMAIN } from "./calendar-uids";

describe("calendar UIDs", () => {
  it("names a convening, a session and an action under the one planner domain, as the feeds always have", () => {
    expect(UID_DOMAIN).toBe("inclusive-cities-planner");
    expect(conveningUid("65f0c0ffee0000000000abcd")).toBe(
      "convening-65f0c0ffee0000000000abcd@inclusive-cities-planner",
    );
    expect(sessionUid("65f0c0ffee0000000000abce")).toBe("session-65f0c0ffee0000000000abce@inclusive-cities-planner");
    expect(actionUid("65f0c0ffee0000000000abcf")).toBe("action-65f0c0ffee0000000000abcf@inclusive-cities-planner");
  });

  it("gives a convening and a session with the same id different UIDs", () => {
    expect(conveningUid("1")).not.toBe(sessionUid("1"));
  });
});
