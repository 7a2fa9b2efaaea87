// Every model, so indexes can be built once at start and tests can clear collections.
import type { Model } from "mongoose";
import { ActionSummaryClaim, ActionSummaryDocument } from "./action-summary.server";
import { AgendaSession } from "./agenda-session.server";
import { CalendarToken } from "./calendar-token.server";
import { AttendanceMarkModel } from "./attendance-mark.server";
import { ChangeNoticeBatch, ChangeNoticeItem } from "./change-notice.server";
import { ChangeNoticeClaim } from "./change-notice-claim.server";
import { ChangeToken } from "./change-token.server";
import { City } from "./city.server";
import { Convening } from "./convening.server";
import { AttentionDismissal } from "./attention-dismissal.server";
import { ConveningAgenda } from "./convening-agenda.server";
import { ConveningChange } from "./convening-change.server";
import { ConveningMessage } from "./convening-message.server";
import { ConveningRoster } from "./convening-roster.server";
import { ConveningVisit } from "./convening-visit.server";
import { DelegateCost } from "./delegate-cost.server";
import { DigestEntry } from "./digest-entry.server";
import { LodgingPlanCopy, TravelPlanCopy } from "./exchange-plan-copy.server";
import { FeedbackForm } from "./feedback-form.server";
import { FeedbackInvitation, FeedbackReminderClaim } from "./feedback-invitation.server";
import { FeedbackResponse } from "./feedback-response.server";
import { FollowUpAction } from "./follow-up-action.server";
import { FrameworkItem } from "./framework.server";
import { HotelStay } from "./hotel-stay.server";
import { Invitation, InvitationRedemption } from "./invitation.server";
import { LearningReport } from "./learning-report.server";
import { MailClaim } from "./mail-claim.server";
import { MailMessage } from "./mail-message.server";
import { Person } from "./person.server";
import { PersonRegistrations } from "./person-registrations.server";
import { Phase } from "./phase.server";
import { PlaceSeat } from "./place-seat.server";
import { ProgrammeChange } from "./programme-token.server";
import { Registration } from "./registration.server";
import { RegistrationEnding } from "./registration-ending.server";
import { ConveningResources } from "./resource.server";
import { SessionNotes, SessionNotesClaim } from "./session-note.server";
import { ReminderDelivery } from "./reminder-delivery.server";
import { RoomAssignment } from "./room-assignment.server";
import { SessionAttendance } from "./session-attendance.server";
import { SignInAttempt } from "./sign-in-throttle.server";
import { TravelDocument } from "./travel-document.server";
import { TravelSegment } from "./travel-segment.server";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of differently typed models
export const allModels: Array<Model<any>> = [
  ActionSummaryClaim,
  ActionSummaryDocument,
  AgendaSession,
  CalendarToken,
  AttendanceMarkModel,
  AttentionDismissal,
  ChangeNoticeBatch,
  ChangeNoticeClaim,
  ChangeNoticeItem,
  ChangeToken,
  City,
  Convening,
  ConveningAgenda,
  ConveningChange,
  ConveningMessage,
  ConveningRoster,
  ConveningResources,
  ConveningVisit,
  DelegateCost,
  DigestEntry,
  FeedbackForm,
  FeedbackInvitation,
  FeedbackReminderClaim,
  FeedbackResponse,
  FollowUpAction,
  FrameworkItem,
  HotelStay,
  Invitation,
  InvitationRedemption,
  LearningReport,
  LodgingPlanCopy,
  MailClaim,
  MailMessage,
  Person,
  SessionNotes,
  SessionNotesClaim,
  PersonRegistrations,
  Phase,
  PlaceSeat,
  ProgrammeChange,
  Registration,
  RegistrationEnding,
  ReminderDelivery,
  RoomAssignment,
  SessionAttendance,
  SignInAttempt,
  TravelDocument,
  TravelPlanCopy,
  TravelSegment,
];
