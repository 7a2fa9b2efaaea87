// The Welsh catalogue, area by area as english.ts: ./cy holds the same files with the same keys
// (app/i18n/catalogues.test.ts), written to docs/glossary-cy.md.
import type { Messages } from "../messages";
import actions from "./cy/actions.json";
import agenda from "./cy/agenda.json";
import app from "./cy/app.json";
import attention from "./cy/attention.json";
import bilingual from "./cy/bilingual.json";
import cities from "./cy/cities.json";
import convenings from "./cy/convenings.json";
import dashboard from "./cy/dashboard.json";
import email from "./cy/email.json";
import error from "./cy/error.json";
import feed from "./cy/feed.json";
import feedback from "./cy/feedback.json";
import forms from "./cy/forms.json";
import header from "./cy/header.json";
import home from "./cy/home.json";
import invitation from "./cy/invitation.json";
import language from "./cy/language.json";
import login from "./cy/login.json";
import me from "./cy/me.json";
import meLanguage from "./cy/meLanguage.json";
import notes from "./cy/notes.json";
import people from "./cy/people.json";
import planning from "./cy/planning.json";
import plans from "./cy/plans.json";
import registration from "./cy/registration.json";
import reports from "./cy/reports.json";
import resources from "./cy/resources.json";
import role from "./cy/role.json";
import share from "./cy/share.json";

export const welsh: Messages = {
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
