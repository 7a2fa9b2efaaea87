// The session-notes forms, by the intent their button sends.
import { z } from "zod";
import { calendarDay, choice, requiredText, title } from "~/forms/fields";
import { NOTE_KINDS } from "~/domain/vocabulary/notes";

export const ADD_POINT = "add-point";
export const EDIT_POINT = "edit-point";
export const DELETE_POINT = "delete-point";
export const MAKE_ACTION = "make-action";
export const ADD_NOTE_TAKER = "add-note-taker";
export const REMOVE_NOTE_TAKER = "remove-note-taker";

const pointText = title("Enter the point", { max: 1000, tooLong: "Keep a point to 1,000 characters or fewer" });

export const addPointSchema = z.object({
  sessionId: requiredText("Choose a session of this convening"),
  kind: choice(NOTE_KINDS, "Choose point, decision or question", "point"),
  text: pointText,
  pointId: requiredText("This form is out of date: reload the page"),
});

export const editPointSchema = z.object({
  pointId: requiredText("Choose a point"),
  kind: choice(NOTE_KINDS, "Choose point, decision or question", "point"),
  text: pointText,
});

export const makeActionSchema = z.object({
  pointId: requiredText("Choose a point"),
  title: title("Enter what needs to be done", { max: 200, tooLong: "Keep the title to 200 characters or fewer" }),
  ownerCityId: requiredText("Choose the city that owns this action"),
  dueOn: calendarDay({
    invalid: "Enter a real date, for example 2027-04-30",
    implausibleAs: "a due date",
    isOptional: true,
  }),
});

export const noteTakerSchema = z.object({ personId: requiredText("Choose a person") });
