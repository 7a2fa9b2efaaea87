// Every action takes a browser's form: any other body is answered 415, a form that cannot be read
// 400, in words, never a 500.
import { describe, expect, it } from "vitest";
import { action as loginAction } from "../../app/routes/login";
import { action as logoutAction } from "../../app/routes/logout";
import { action as newConveningAction } from "../../app/routes/convenings.new";
import { action as invitationAction } from "../../app/routes/invitations.$token";
import { action as calendarAction } from "../../app/routes/me.calendar";
import { action as myDataAction } from "../../app/routes/me.data";
import { action as peopleAction } from "../../app/routes/people._index";
import { NOT_A_FORM_MESSAGE, UNREADABLE_FORM_MESSAGE } from "~/forms/form-body.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, requestAs } from "../factories/people";
import { thrownResponse } from "../factories/responses";
import {
  ANY_ROUTE_PARAMS as params,
  ROUTES_WITH_ACTIONS as withActions,
  ROUTE_FILES_DECLARING_ACTIONS,
  type Action,
} from "../helpers/routes-with-actions";

withTestDatabase();

const bodies: Array<[string, () => RequestInit]> = [
  ["JSON", () => ({ body: '{"intent":"register"}', headers: { "Content-Type": "application/json" } })],
  ["plain text", () => ({ body: "intent=register" })], // a string body is sent as text/plain
  ["XML", () => ({ body: "<intent>register</intent>", headers: { "Content-Type": "application/xml" } })],
  ["bytes with no content type", () => ({ body: new TextEncoder().encode("intent=register") })],
];

describe("a body that is not a form", () => {
  it("is tried on every route that has an action", () => {
    expect(withActions.map(([name]) => name).sort()).toEqual(ROUTE_FILES_DECLARING_ACTIONS);
    expect(ROUTE_FILES_DECLARING_ACTIONS.length).toBeGreaterThan(30);
  });

  describe.each(bodies)("sent as %s", (_kind, init) => {
    it.each(withActions)(
      "to %s, by a signed-in manager, is answered 415 before anything is read",
      async (_name, action) => {
        const manager = await createAccount({ role: "manager" });
        const request = await requestAs(manager.id, "/somewhere", { method: "POST", ...init() });
        const response = await thrownResponse(action({ request, params, context: {} }));
        expect([response.status, response.headers.get("Content-Type"), await response.text()]).toEqual([
          415,
          "text/plain; charset=utf-8",
          NOT_A_FORM_MESSAGE,
        ]);
      },
    );
  });

  it("is refused to a signed-out visitor at sign-in too, with the same words", async () => {
    const request = await requestAs(null, "/login", {
      method: "POST",
      body: JSON.stringify({ email: "someone@example.org", password: "whatever" }),
      headers: { "Content-Type": "application/json" },
    });
    const response = await thrownResponse(loginAction({ request, params: {}, context: {} }));
    expect([response.status, await response.text()]).toEqual([415, NOT_A_FORM_MESSAGE]);
  });

  it("does not stop a form whose content type carries parameters, nor a post with no body", async () => {
    const multipart = new FormData();
    multipart.set("email", "nobody@example.org");
    multipart.set("password", "not-the-password");
    const refusedSignIn = (await loginAction({
      request: await requestAs(null, "/login", { method: "POST", body: multipart }),
      params: {},
      context: {},
    })) as Response;
    expect(refusedSignIn).toHaveStatus(400);
    const signOut = (await logoutAction({
      request: await requestAs(null, "/logout", { method: "POST" }),
      params: {},
      context: {},
    })) as Response;
    expect(signOut).toHaveStatus(302);
  });
});

describe("a form that cannot be read", () => {
  const malformed: Array<[string, string, string]> = [
    ["without a boundary", "multipart/form-data", "email=someone@example.org"],
    [
      "cut off in the middle",
      "multipart/form-data; boundary=xyz",
      '--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\nsomeone@exam',
    ],
    [
      "with a part that has no name",
      "multipart/form-data; boundary=xyz",
      "--xyz\r\nContent-Disposition: form-data\r\n\r\nx\r\n--xyz--",
    ],
  ];
  const actions: Array<[string, Action, Record<string, string>]> = [
    ["sign-in", loginAction, {}],
    ["accepting an invitation", invitationAction, { token: "a-token" }],
    ["a new convening", newConveningAction, {}],
    ["an invitation", peopleAction, {}],
    ["the calendar feed", calendarAction, {}],
    ["deleting my data", myDataAction, {}],
  ];

  describe.each(malformed)("sent as multipart %s", (_kind, contentType, body) => {
    it.each(actions)("to %s is answered 400 in words", async (_name, action, params) => {
      const manager = await createAccount({ role: "manager" });
      const request = await requestAs(manager.id, "/somewhere", {
        method: "POST",
        body,
        headers: { "Content-Type": contentType },
      });
      const response = await thrownResponse(action({ request, params, context: {} }));
      expect([response.status, await response.text()]).toEqual([400, UNREADABLE_FORM_MESSAGE]);
    });
  });
});
