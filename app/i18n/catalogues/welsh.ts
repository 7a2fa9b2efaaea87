// The Welsh catalogue, area by area as english.ts: ./cy holds the same files with the same keys
// (app/i18n/catalogues.test.ts), written to docs/glossary-cy.md.
import type { Messages } from "../messages";
import app from "./cy/app.json";
import error from "./cy/error.json";
import header from "./cy/header.json";
import home from "./cy/home.json";
import language from "./cy/language.json";
import login from "./cy/login.json";
import meLanguage from "./cy/meLanguage.json";
import role from "./cy/role.json";
import share from "./cy/share.json";

export const welsh: Messages = {
  ...app,
  ...error,
  ...header,
  ...home,
  ...language,
  ...login,
  ...meLanguage,
  ...role,
  ...share,
};
