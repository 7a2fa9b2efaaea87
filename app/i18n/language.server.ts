// Which language a request is answered in: the language cookie (set by the header switch, and
// at sign-in from the person's saved language), else the browser's Accept-Language, else English.
// docs/decisions/037-interface-languages-with-react-intl.md
import { createCookie } from "@remix-run/node";
import { isLanguage, type Language } from "~/domain/languages";
import { isServedOverHttps, getEnv } from "~/utils/env.server";
import { languageFromAcceptLanguage } from "./accept-language";

const ONE_YEAR = 60 * 60 * 24 * 365;
let cookie: ReturnType<typeof createCookie> | undefined;

function languageCookie() {
  // Not secret and not signed: a forged value can only choose one of the two languages.
  cookie ??= createCookie("planner_language", {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: isServedOverHttps(getEnv()),
    maxAge: ONE_YEAR,
  });
  return cookie;
}

export async function getLanguage(request: Request): Promise<Language> {
  const chosen: unknown = await languageCookie().parse(request.headers.get("Cookie"));
  return isLanguage(chosen) ? chosen : languageFromAcceptLanguage(request.headers.get("Accept-Language"));
}

/** The Set-Cookie header that keeps this language in this browser. */
export function languageCookieHeader(language: Language): Promise<string> {
  return languageCookie().serialize(language);
}
