// Change tokens are written after every write of their collection, often by many requests at
// once (a burst of registrations): replacing one must never fail the write it follows.
import { describe, expect, it } from "vitest";
import {
  ChangeToken,
  CHANGE_TOKENS,
  readChangeToken,
  readChangeTokens,
  replaceChangeToken,
} from "../../models/change-token.server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

describe("change tokens", () => {
  it("survives 50 parallel first replacements of a token that does not exist yet", async () => {
    for (const name of [CHANGE_TOKENS.registrations, CHANGE_TOKENS.cities, CHANGE_TOKENS.convenings]) {
      await ChangeToken.deleteMany({ _id: name });
      const results = await Promise.allSettled(Array.from({ length: 50 }, () => replaceChangeToken(name)));
      expect(results.filter((result) => result.status === "rejected")).toEqual([]);
      expect(await ChangeToken.countDocuments({ _id: name })).toBe(1);
    }
  });

  it("gives a new value on every replacement and reads several in the order asked", async () => {
    const before = await readChangeToken(CHANGE_TOKENS.sessions);
    await replaceChangeToken(CHANGE_TOKENS.sessions);
    const after = await readChangeToken(CHANGE_TOKENS.sessions);
    expect(after).not.toBe(before);
    expect(await readChangeTokens([CHANGE_TOKENS.actions, CHANGE_TOKENS.sessions])).toEqual([
      await readChangeToken(CHANGE_TOKENS.actions),
      after,
    ]);
  });
});
