// The headers of every HTML document: type, caching, framing, and the browser's security policy
// (Content-Security-Policy with a nonce per document, Permissions-Policy, HSTS over https).
import { randomBytes } from "node:crypto";

/** A fresh nonce for one document: 128 random bits, as CSP asks. */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * Scripts only from the app and the inline scripts Remix renders with this document's nonce;
 * stylesheets only from the app, but style="…" attributes allowed (a few layout tweaks in
 * markup, no script can use them); nothing framed, embedded or posted elsewhere.
 */
export function contentSecurityPolicy(nonce: string, { isServedOverHttps }: { isServedOverHttps: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isServedOverHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Powerful browser features the planner never uses, off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
].join(", ");

/** A year; no includeSubDomains, since other hosts of the organisation's domain may not be https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

export function setDocumentHeaders(
  headers: Headers,
  { nonce, isServedOverHttps }: { nonce: string; isServedOverHttps: boolean },
): void {
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("X-Content-Type-Options", "nosniff");
  // A page may ask for a stricter policy (the calendar subscriptions page: no-referrer).
  if (!headers.has("Referrer-Policy")) headers.set("Referrer-Policy", "same-origin");
  // Pages can hold personal data for the signed-in reader: never kept by shared caches.
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", "private, no-cache");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Content-Security-Policy", contentSecurityPolicy(nonce, { isServedOverHttps }));
  headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  // Browsers ignore HSTS over plain http; sending it only over https keeps the local demo usable.
  if (isServedOverHttps) headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
}
