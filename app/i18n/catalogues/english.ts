// The English catalogue: one file per area of the app in ./en, each key starting with its file's
// name (app/i18n/catalogues.test.ts). A new area is one import and one spread here and in welsh.ts.
import app from "./en/app.json";
import error from "./en/error.json";
import header from "./en/header.json";
import home from "./en/home.json";
import language from "./en/language.json";
import login from "./en/login.json";
import meLanguage from "./en/meLanguage.json";
import role from "./en/role.json";
import share from "./en/share.json";

export const english = {
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
