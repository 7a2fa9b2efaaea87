// Registration emails in the reader's language (decision 039), delivered over real SMTP and read
// back with mailparser: a person who saved Welsh gets Welsh words, cy-GB dates, a Welsh footer and
// a calendar invitation whose text is Welsh; a colleague a rep registered, who never chose a
// language, gets the rep's; a saved English wins over a Welsh-speaking rep.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { drainMailQueue } from "~/mail/mail-sender.server";
import { Convening } from "../../models/convening.server";
import { action as registerAction } from "../../app/routes/convenings.$conveningId.register";
import { createPerson, Person, updatePersonLanguage } from "../../models/person.server";
import { at } from "../factories/calendar";
import { formRequest } from "../factories/people";
import { register, setUpRegistration } from "../helpers/registration";
import { withSmtpServer } from "../helpers/smtp-server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const smtp = withSmtpServer();

const WELSH_FOOTER =
  "-- \nRydych yn cael yr e-bost hwn am eich bod yn cymryd rhan yn rhaglen Dinasoedd Cynhwysol.\n" +
  "Eich dewisiadau e-bost: http://planner.test/me/email";

async function setup() {
  const context = await setUpRegistration({
    title: "Phase two launch",
    startsAt: at("2027-10-14T09:30", "Europe/London"),
    endsAt: at("2027-10-14T16:00", "Europe/London"),
  });
  await Convening.updateOne({ _id: context.conveningId }, { $set: { titleCy: "Lansio'r ail gam" } });
  return context;
}

/** The only email sent, parsed, with its calendar part read by ical.js. */
async function onlyEmail() {
  expect(await drainMailQueue()).toEqual({ sent: 1, retrying: 0, refused: 0, failed: 0 });
  const mail = await smtp.parsed();
  const calendar = mail.attachments.find((attachment) => attachment.contentType === "text/calendar");
  const vevent = calendar
    ? new ICAL.Component(ICAL.parse(calendar.content.toString("utf8"))).getFirstSubcomponent("vevent")
    : null;
  return { mail, vevent };
}

/** A request in Welsh: the header switch's cookie is what a Welsh reader's browser sends. */
function inWelsh(request: Request): Request {
  request.headers.set("Accept-Language", "cy");
  return request;
}

describe("a registration email", () => {
  it("is Welsh for a person who saved Welsh: subject, greeting, cy-GB date, footer, <html lang> and the invitation", async () => {
    const { rep, conveningId } = await setup();
    await updatePersonLanguage(rep.id, "cy");
    expect(await register(rep.id, conveningId, { personId: rep.id })).toHaveStatus(200);

    const { mail, vevent } = await onlyEmail();
    expect(mail.subject).toBe("Rydych wedi cofrestru: Lansio'r ail gam");
    expect(mail.text).toBe(
      [
        "Annwyl Bristol Rep,",
        "Mae gennych le yn Lansio'r ail gam.",
        "Pryd: Dydd Iau 14 Hydref 2027, 09:30–16:00 amser lleol (Europe/London)",
        "Ble: Town Hall, 1 High Street",
        "Mae'r gwahoddiad calendr sydd ynghlwm yn ei ychwanegu at eich calendr.",
        `Manylion: http://planner.test/convenings/${conveningId}`,
        "Eich cofrestriadau: http://planner.test/me/convenings",
        `${WELSH_FOOTER}\n`,
      ].join("\n\n"),
    );
    expect(String(mail.html)).toMatch(/^<!DOCTYPE html>\n<html lang="cy">/);
    expect(String(mail.html)).toContain(">Dewis pa e-byst rydych yn eu cael</a>");

    expect(vevent!.getFirstPropertyValue("summary")).toBe("Lansio'r ail gam");
    expect(vevent!.getFirstProperty("summary")!.getParameter("language")).toBe("cy");
    expect(vevent!.getFirstProperty("description")!.getParameter("language")).toBe("cy");
    expect(vevent!.getFirstProperty("categories")!.getValues()).toEqual(["Cyfarfod Gweithgor y Dinasoedd"]);
  });

  it("follows the Welsh-speaking rep for a colleague they add, who has no saved language", async () => {
    const { rep, conveningId } = await setup();
    const request = inWelsh(
      await formRequest(rep.id, `/convenings/${conveningId}/register`, {
        intent: "register",
        personId: "new",
        newName: "Carys Newydd",
        newEmail: "carys@bristol.example",
      }),
    );
    expect(await registerAction({ request, params: { conveningId }, context: {} })).toHaveStatus(200);
    expect((await Person.findOne({ email: "carys@bristol.example" }).lean())?.language).toBe(null);

    const { mail, vevent } = await onlyEmail();
    expect([mail.to && "text" in mail.to ? mail.to.text : null, mail.subject]).toEqual([
      "carys@bristol.example",
      "Rydych wedi cofrestru: Lansio'r ail gam",
    ]);
    expect(mail.text).toContain("Annwyl Carys Newydd,");
    expect(vevent!.getFirstProperty("description")!.getParameter("language")).toBe("cy");
  });

  it("stays English for a colleague who saved English, whoever registers them", async () => {
    const { rep, bristol, conveningId } = await setup();
    const colleague = await createPerson({
      name: "Sam Saesneg",
      email: "sam@bristol.example",
      role: "participant",
      cityId: bristol,
    });
    await updatePersonLanguage(colleague, "en");
    const request = inWelsh(
      await formRequest(rep.id, `/convenings/${conveningId}/register`, { intent: "register", personId: colleague }),
    );
    expect(await registerAction({ request, params: { conveningId }, context: {} })).toHaveStatus(200);

    const { mail, vevent } = await onlyEmail();
    expect(mail.subject).toBe("You are registered: Phase two launch");
    expect(mail.text).toContain("When: Thursday 14 October 2027, 09:30–16:00 local time (Europe/London)");
    expect(String(mail.html)).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(vevent!.getFirstProperty("summary")!.getParameter("language")).toBe(undefined);
  });
});
