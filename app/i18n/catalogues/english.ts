// The English catalogue: one file per area of the app in ./en, each key starting with its file's
// name (app/i18n/catalogues.test.ts). A new area is one import and one spread here and in welsh.ts.
import actions from "./en/actions.json";
import agenda from "./en/agenda.json";
import app from "./en/app.json";
import attention from "./en/attention.json";
import bilingual from "./en/bilingual.json";
import cities from "./en/cities.json";
import convenings from "./en/convenings.json";
import dashboard from "./en/dashboard.json";
import email from "./en/email.json";
import error from "./en/error.json";
import feed from "./en/feed.json";
import feedback from "./en/feedback.json";
import forms from "./en/forms.json";
import header from "./en/header.json";
import home from "./en/home.json";
import invitation from "./en/invitation.json";
import language from "./en/language.json";
import login from "./en/login.json";
import me from "./en/me.json";
import meLanguage from "./en/meLanguage.json";
import notes from "./en/notes.json";
import people from "./en/people.json";
import planning from "./en/planning.json";
import plans from "./en/plans.json";
import registration from "./en/registration.json";
import reports from "./en/reports.json";
import resources from "./en/resources.json";
import role from "./en/role.json";
import share from "./en/share.json";

export const english = {
  ...actions,
  ...agenda,
  ...app,
  ...attention,
  ...bilingual,
  ...cities,
  ...convenings,
  ...dashboard,
  ...email,
  ...error,
  ...feed,
  ...feedback,
  ...forms,
  ...header,
  ...home,
  ...invitation,
  ...language,
  ...login,
  ...me,
  ...meLanguage,
  ...notes,
  ...people,
  ...planning,
  ...plans,
  ...registration,
  ...reports,
  ...resources,
  ...role,
  ...share,
};
