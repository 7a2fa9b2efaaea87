import { describe, expect, it } from "vitest";
import { isForeignOrigin, ORIGIN_SET_ASIDE_HEADER, setAsideForeignOrigin } from "./foreign-origin";

describe("a foreign Origin, as Remix's own check would see it", () => {
  const host = "planner.example.org";

  it("is one whose host is not the Host, or the first X-Forwarded-Host behind a proxy", () => {
    expect(isForeignOrigin("POST", { origin: "https://evil.example", host })).toBe(true);
    expect(isForeignOrigin("POST", { origin: `https://${host}`, host })).toBe(false);
    expect(isForeignOrigin("POST", { origin: `https://${host}`, host: "10.0.0.5:3000" })).toBe(true);
    expect(
      isForeignOrigin("POST", { origin: `https://${host}`, host: "10.0.0.5:3000", "x-forwarded-host": `${host}, x` }),
    ).toBe(false);
  });

  it("includes an Origin of null and one that is not a URL, which Remix would answer with a 500", () => {
    expect(isForeignOrigin("POST", { origin: "null", host })).toBe(true);
    expect(isForeignOrigin("DELETE", { origin: "not a url", host })).toBe(true);
  });

  it("never applies to reads or to requests without an Origin", () => {
    expect(isForeignOrigin("GET", { origin: "https://evil.example", host })).toBe(false);
    expect(isForeignOrigin("POST", { host })).toBe(false);
  });

  it("is moved aside for the app's own check, and a same-origin Origin is left alone", () => {
    const foreign: Record<string, string | undefined> = { origin: "https://evil.example", host };
    setAsideForeignOrigin("POST", foreign);
    expect(foreign).toEqual({ host, [ORIGIN_SET_ASIDE_HEADER]: "https://evil.example" });
    const own: Record<string, string | undefined> = { origin: `https://${host}`, host };
    setAsideForeignOrigin("POST", own);
    expect(own).toEqual({ origin: `https://${host}`, host });
  });
});
