import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.server";

describe("configuration", () => {
  it("defaults the port to 3000 and derives APP_URL from it", () => {
    const result = parseEnv({ NODE_ENV: "development" });
    expect(result.ok && result.env.PORT).toBe(3000);
    expect(result.ok && result.env.APP_URL).toBe("http://localhost:3000");
  });

  it("names PORT in one line when it is not a number", () => {
    expect(parseEnv({ PORT: "eighty" })).toEqual({
      ok: false,
      message: "Invalid configuration: PORT must be a number.",
    });
  });

  it("refuses a port out of range", () => {
    const result = parseEnv({ PORT: "70000" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Invalid configuration: PORT must be between 1 and 65535/);
  });

  it("requires SESSION_SECRET in production, naming it", () => {
    const result = parseEnv({ NODE_ENV: "production" });
    expect(!result.ok && result.message).toBe(
      "Invalid configuration: SESSION_SECRET is required in production (at least 32 random characters).",
    );
  });

  it("refuses a short SESSION_SECRET", () => {
    const result = parseEnv({ SESSION_SECRET: "short" });
    expect(!result.ok && result.message).toContain("SESSION_SECRET must be at least 32 characters");
  });

  it("refuses an APP_URL that is not a URL and a MONGODB_URI with the wrong scheme", () => {
    expect(!parseEnv({ APP_URL: "planner.example.org" }).ok).toBe(true);
    const result = parseEnv({ MONGODB_URI: "postgres://x" });
    expect(!result.ok && result.message).toContain("MONGODB_URI must start with mongodb://");
  });

  it("treats empty variables as unset and trims a trailing slash from APP_URL", () => {
    const result = parseEnv({ MONGODB_URI: "", APP_URL: "https://planner.example.org/" });
    expect(result.ok && result.env.MONGODB_URI).toBeUndefined();
    expect(result.ok && result.env.APP_URL).toBe("https://planner.example.org");
  });

  it("accepts smtp:// and smtps:// for SMTP_URL and names it in one line otherwise", () => {
    expect(parseEnv({ SMTP_URL: "smtp://user:pass@mail.example.org:587" }).ok).toBe(true);
    expect(parseEnv({ SMTP_URL: "smtps://user:pass@mail.example.org:465" }).ok).toBe(true);
    for (const value of ["mail.example.org:587", "https://mail.example.org", "smtp://"]) {
      expect(parseEnv({ SMTP_URL: value })).toEqual({
        ok: false,
        message:
          "Invalid configuration: SMTP_URL must be a URL such as smtp://user:pass@host:587 or smtps://user:pass@host:465.",
      });
    }
  });

  it("waits 300 seconds for more changes before a change notice unless CHANGE_NOTICE_DELAY says otherwise", () => {
    const delays = ["", "0", "45"].map((value) => {
      const result = parseEnv({ CHANGE_NOTICE_DELAY: value });
      return result.ok ? result.env.CHANGE_NOTICE_DELAY : result.message;
    });
    expect(delays).toEqual([300, 0, 45]);
  });

  it("names CHANGE_NOTICE_DELAY in one line when it is not whole seconds from 0 to a day", () => {
    const messages = ["-1", "2.5", "five minutes", "86401"].map((value) => {
      const result = parseEnv({ CHANGE_NOTICE_DELAY: value });
      return result.ok ? "accepted" : result.message;
    });
    expect(messages).toEqual([
      "Invalid configuration: CHANGE_NOTICE_DELAY must be a whole number of seconds, 0 or more.",
      "Invalid configuration: CHANGE_NOTICE_DELAY must be a whole number of seconds, 0 or more.",
      "Invalid configuration: CHANGE_NOTICE_DELAY must be a whole number of seconds, 0 or more.",
      "Invalid configuration: CHANGE_NOTICE_DELAY must be at most 86400 seconds (a day).",
    ]);
  });

  it("deletes travel documents 30 days after an exchange unless TRAVEL_DOCUMENTS_RETENTION_DAYS says otherwise", () => {
    const days = ["", "0", "90"].map((value) => {
      const result = parseEnv({ TRAVEL_DOCUMENTS_RETENTION_DAYS: value });
      return result.ok ? result.env.TRAVEL_DOCUMENTS_RETENTION_DAYS : result.message;
    });
    expect(days).toEqual([30, 0, 90]);
  });

  it("names TRAVEL_DOCUMENTS_RETENTION_DAYS in one line when it is not whole days from 0 to 365", () => {
    const messages = ["-1", "7.5", "a month", "366"].map((value) => {
      const result = parseEnv({ TRAVEL_DOCUMENTS_RETENTION_DAYS: value });
      return result.ok ? "accepted" : result.message;
    });
    expect(messages).toEqual([
      "Invalid configuration: TRAVEL_DOCUMENTS_RETENTION_DAYS must be a whole number of days, 0 or more.",
      "Invalid configuration: TRAVEL_DOCUMENTS_RETENTION_DAYS must be a whole number of days, 0 or more.",
      "Invalid configuration: TRAVEL_DOCUMENTS_RETENTION_DAYS must be a whole number of days, 0 or more.",
      "Invalid configuration: TRAVEL_DOCUMENTS_RETENTION_DAYS must be at most 365 days.",
    ]);
  });
});
