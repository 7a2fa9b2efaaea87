import { describe, expect, it } from "vitest";
import { setDocumentHeaders } from "./document-headers.server";

const headersOf = (headers: Headers) => Object.fromEntries(headers.entries());

describe("the headers of a document", () => {
  it("keep a page's own referrer and caching policy, and send HSTS only over https", () => {
    const page = new Headers({ "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" });
    setDocumentHeaders(page, { nonce: "abc", isServedOverHttps: false });
    expect(headersOf(page)).toMatchObject({ "referrer-policy": "no-referrer", "cache-control": "no-store" });
    expect(page.has("Strict-Transport-Security")).toBe(false);
    expect(page.get("Content-Security-Policy")).not.toContain("upgrade-insecure-requests");

    const secure = new Headers();
    setDocumentHeaders(secure, { nonce: "abc", isServedOverHttps: true });
    expect([
      secure.get("Referrer-Policy"),
      secure.get("Cache-Control"),
      secure.get("Strict-Transport-Security"),
      secure.get("Content-Security-Policy")?.split("; ").slice(1, 2),
    ]).toEqual(["same-origin", "private, no-cache", "max-age=31536000", ["script-src 'self' 'nonce-abc'"]]);
  });
});
