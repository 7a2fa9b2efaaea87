// The product's vocabulary (app/domain/vocabulary) in the reader's language: convening kinds,
// formats and statuses, session kinds and the Framework's principles and themes. Each value maps
// to its catalogue key here once; a value this version does not know reads as itself.
import type { ConveningFormat, ConveningKind, ConveningStatus } from "~/domain/vocabulary/convenings";
import type { PrincipleCode, ThemeCode } from "~/domain/vocabulary/framework";
import type { SessionKind } from "~/domain/vocabulary/sessions";
import type { MessageKey } from "./messages";
import type { Translate } from "./translator";

const CONVENING_KIND_KEYS: Record<ConveningKind, MessageKey> = {
  "working-group-meeting": "convenings.kind.workingGroupMeeting",
  "learning-exchange": "convenings.kind.learningExchange",
  workshop: "convenings.kind.workshop",
  "online-meeting": "convenings.kind.onlineMeeting",
};

const CONVENING_FORMAT_KEYS: Record<ConveningFormat, MessageKey> = {
  "in-person": "convenings.format.inPerson",
  online: "convenings.format.online",
  hybrid: "convenings.format.hybrid",
};

const CONVENING_STATUS_KEYS: Record<ConveningStatus, MessageKey> = {
  draft: "convenings.status.draft",
  published: "convenings.status.published",
  cancelled: "convenings.status.cancelled",
  completed: "convenings.status.completed",
};

const SESSION_KIND_KEYS: Record<SessionKind, MessageKey> = {
  plenary: "agenda.kind.plenary",
  workshop: "agenda.kind.workshop",
  panel: "agenda.kind.panel",
  "site-visit": "agenda.kind.siteVisit",
  roundtable: "agenda.kind.roundtable",
  meal: "agenda.kind.meal",
  travel: "agenda.kind.travel",
  break: "agenda.kind.break",
  networking: "agenda.kind.networking",
};

const FRAMEWORK_KEYS: Record<PrincipleCode | ThemeCode, MessageKey> = {
  P1: "agenda.framework.P1",
  P2: "agenda.framework.P2",
  P3: "agenda.framework.P3",
  P4: "agenda.framework.P4",
  P5: "agenda.framework.P5",
  T1: "agenda.framework.T1",
  T2: "agenda.framework.T2",
  T3: "agenda.framework.T3",
  T4: "agenda.framework.T4",
  T5: "agenda.framework.T5",
};

function lookUp(t: Translate, keys: Record<string, MessageKey>, value: string): string {
  return Object.hasOwn(keys, value) ? t(keys[value]) : value;
}

/** "City Working Group meeting" / "Cyfarfod Gweithgor y Dinasoedd". */
export const conveningKindText = (t: Translate, kind: string) => lookUp(t, CONVENING_KIND_KEYS, kind);
export const conveningFormatText = (t: Translate, format: string) => lookUp(t, CONVENING_FORMAT_KEYS, format);
export const conveningStatusText = (t: Translate, status: string) => lookUp(t, CONVENING_STATUS_KEYS, status);
export const sessionKindText = (t: Translate, kind: string) => lookUp(t, SESSION_KIND_KEYS, kind);

/** A principle's or theme's title, or the code itself for one this version does not know. */
export const frameworkTitleText = (t: Translate, code: string) => lookUp(t, FRAMEWORK_KEYS, code);

/** "T2 Inclusive economic growth": the code with its title. */
export function frameworkLabelText(t: Translate, code: string): string {
  const title = frameworkTitleText(t, code);
  return title === code ? code : `${code} ${title}`;
}
