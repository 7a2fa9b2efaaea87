// Documents and links of a convening: uploads through the real action (multipart, streamed into
// GridFS), downloads, the types and sizes refused with nothing left stored, and who may read them.
import mongoose from "mongoose";
import { beforeEach, describe, expect, it } from "vitest";
import { loader as conveningLoader } from "../../app/routes/convenings.$conveningId._index";
import {
  action as resourcesAction,
  loader as resourcesPageLoader,
} from "../../app/routes/convenings.$conveningId.resources._index";
import { loader as shareLoader } from "../../app/routes/share.$token";
import { getConvening } from "../../models/convening.server";
import { cancelSession } from "../../models/agenda-session.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, requestAs } from "../factories/people";
import { officeBytes, oleBytes, pdfBytes, pngBytes } from "../factories/documents";
import { toastAfter } from "../factories/toast";
import { createConvening } from "../factories/registration";
import { setUpRegistration } from "../helpers/registration";
import { addSession } from "../helpers/convenings";
import { body, load, responseOf } from "../helpers/routes";
import { isByIdAlone, recordQueryFilters, type RecordedQuery } from "../helpers/queries";
import { UNREADABLE_FORM_MESSAGE } from "~/forms/form-body.server";
import { FIELD_TOO_LONG_MESSAGE } from "~/forms/multipart-form.server";
import { withEnv } from "../helpers/mail";
import {
  clearStoredFiles,
  download,
  postResourceForm,
  resourcesOf,
  sharedDownload,
  storedFileCounts,
  uploadResource,
} from "../helpers/resources";

withTestDatabase();
beforeEach(clearStoredFiles);

const NOTHING_STORED = { files: 0, chunks: 0 };
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

async function uploaded(managerId: string, conveningId: string, filename: string, bytes: Uint8Array, fields = {}) {
  const response = await uploadResource(managerId, conveningId, { filename, bytes }, fields);
  expect(response).toHaveStatus(302);
  const items = await resourcesOf(conveningId);
  return { response, resource: items[items.length - 1] };
}

describe("uploading a document", () => {
  it("stores a PDF sent by the upload form and downloads it intact, as an attachment with its sniffed type", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const pdf = pdfBytes("Pre-reading", 300_000);
    const { response, resource } = await uploaded(manager.id, conveningId, "Pre-reading – Cardiff.pdf", pdf, {
      title: "Pre-reading for day one",
    });
    expect(response.headers.get("Location")).toBe(`/convenings/${conveningId}/resources`);
    expect(await toastAfter(response)).toBe("Added “Pre-reading for day one”, private.");
    expect([resource.title, resource.kind, resource.isPublic, resource.file?.contentType, resource.file?.size]).toEqual(
      ["Pre-reading for day one", "file", false, "application/pdf", pdf.byteLength],
    );
    // A 300 KB file is more than one GridFS chunk (255 KiB).
    expect(await storedFileCounts()).toEqual({ files: 1, chunks: 2 });

    const answer = await download(manager.id, conveningId, resource.id);
    expect(answer).toHaveStatus(200);
    expect(Object.fromEntries(answer.headers)).toEqual({
      "cache-control": "private, no-cache",
      "content-disposition": `attachment; filename="Pre-reading  Cardiff.pdf"; filename*=UTF-8''Pre-reading%20%E2%80%93%20Cardiff.pdf`,
      "content-length": String(pdf.byteLength),
      "content-type": "application/pdf",
      etag: `"${resource.file!.fileId}"`,
      "x-content-type-options": "nosniff",
    });
    expect(Buffer.from(await bytesOf(answer)).equals(Buffer.from(pdf))).toBe(true);
  });

  it("names the document after its file when no title is typed, and shares it when marked public", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const { response, resource } = await uploaded(
      manager.id,
      conveningId,
      "Action plan template.docx",
      officeBytes("docx"),
      {
        isPublic: "on",
      },
    );
    expect(await toastAfter(response)).toBe("Added “Action plan template”, public: it shows on the share link.");
    expect([resource.title, resource.isPublic, resource.file?.contentType]).toEqual([
      "Action plan template",
      true,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]);
  });

  it("takes an Office 97–2003 file with the type its extension names", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const { resource } = await uploaded(manager.id, conveningId, "Old slides.ppt", oleBytes());
    expect(resource.file?.contentType).toBe("application/vnd.ms-powerpoint");
  });

  it("attaches a document to a session, which lists it in its place on the agenda", async () => {
    const { manager, conveningId } = await setUpRegistration();
    expect(await addSession(manager.id, conveningId, { title: "Workshop" })).toHaveStatus(302);
    const page = await body(
      await load(resourcesPageLoader, manager.id, `/convenings/${conveningId}/resources`, { conveningId }),
    );
    const sessionId = page.sessions[0].value as string;
    const { resource } = await uploaded(manager.id, conveningId, "slides.pptx", officeBytes("pptx"), { sessionId });
    const convening = await body(
      await load(conveningLoader, manager.id, `/convenings/${conveningId}`, { conveningId }),
    );
    expect(convening.resources).toEqual({
      convening: [],
      bySession: {
        [sessionId]: [
          {
            id: resource.id,
            kind: "file",
            title: "slides",
            href: `/convenings/${conveningId}/resources/${resource.id}`,
            details: "PPTX · 577 bytes",
            isPublic: false,
            sessionId,
          },
        ],
      },
      canManage: true,
    });
  });
});

describe("where the bytes are", () => {
  it("keeps each convening's files in a GridFS bucket of its own, so a download reads only that convening's pieces", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const other = await createConvening({ title: "Another meeting" });
    await uploaded(manager.id, conveningId, "a.pdf", pdfBytes("a", 300_000));
    await uploaded(manager.id, other, "b.pdf", pdfBytes("b"));
    const db = mongoose.connection.db!;
    const count = (name: string) => db.collection(name).countDocuments();
    expect([
      await count(`resources.${conveningId}.files`),
      await count(`resources.${conveningId}.chunks`),
      await count(`resources.${other}.files`),
      await count(`resources.${other}.chunks`),
    ]).toEqual([1, 2, 1, 1]);
  });
});

describe("reads by _id", () => {
  it("reads the convening page's documents, and a download's, in one query by _id alone", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const { resource } = await uploaded(manager.id, conveningId, "a.pdf", pdfBytes());
    const resourceReads = (queries: RecordedQuery[]) =>
      queries.filter((query) => query.query.startsWith("conveningresources."));
    const page = await recordQueryFilters(() =>
      load(conveningLoader, manager.id, `/convenings/${conveningId}`, { conveningId }),
    );
    const file = await recordQueryFilters(async () =>
      (await download(manager.id, conveningId, resource.id)).arrayBuffer(),
    );
    for (const { queries } of [page, file]) {
      expect(resourceReads(queries).map((query) => [query.query, isByIdAlone(query.filter)])).toEqual([
        ["conveningresources.findOne", true],
      ]);
    }
  });
});

describe("a document refused", () => {
  it("refuses a file over the limit at its field, keeps what was typed, and leaves nothing in GridFS", async () => {
    await withEnv({ RESOURCE_MAX_BYTES: "100000" }, async () => {
      const { manager, conveningId } = await setUpRegistration();
      const response = await uploadResource(
        manager.id,
        conveningId,
        { filename: "big.pdf", bytes: pdfBytes("Big", 400_000) },
        { title: "The big report", isPublic: "on" },
      );
      expect(response).toHaveStatus(400);
      const answer = await body(response);
      expect(answer.errors).toEqual({
        file: "“big.pdf” is larger than 100 KB, the most a resource can be: make it smaller (for slides, save as PDF) or add it as a link.",
      });
      expect(answer.values).toEqual({ title: "The big report", isPublic: "on", intent: "add-file" });
      expect(await storedFileCounts()).toEqual(NOTHING_STORED);
      expect(await resourcesOf(conveningId)).toEqual([]);
    });
  });

  it("refuses content that is not what its name says (an image named .pdf), with nothing stored", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const response = await uploadResource(manager.id, conveningId, { filename: "scan.pdf", bytes: pngBytes() });
    expect(response).toHaveStatus(400);
    expect((await body(response)).errors).toEqual({
      file: "“scan.pdf” is named .pdf but its content is not a PDF (it reads as .png): choose a PDF, a Word document (.docx, .doc, .odt), slides (.pptx, .ppt, .odp) or a spreadsheet (.xlsx, .xls, .ods).",
    });
    expect(await storedFileCounts()).toEqual(NOTHING_STORED);
  });

  it("refuses a Word document named .pdf, saying what it is", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const response = await uploadResource(manager.id, conveningId, {
      filename: "plan.pdf",
      bytes: officeBytes("docx"),
    });
    expect((await body(response)).errors).toEqual({
      file: "“plan.pdf” is named .pdf but its content is a Word document (.docx): rename it or choose the right file.",
    });
    expect(await storedFileCounts()).toEqual(NOTHING_STORED);
  });

  it("refuses a program, whatever its content, and an empty file", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const program = await uploadResource(manager.id, conveningId, { filename: "setup.exe", bytes: pdfBytes() });
    const empty = await uploadResource(manager.id, conveningId, { filename: "empty.pdf", bytes: new Uint8Array() });
    expect([(await body(program)).errors, (await body(empty)).errors]).toEqual([
      {
        file: "“setup.exe” is not a file type resources can be: choose a PDF, a Word document (.docx, .doc, .odt), slides (.pptx, .ppt, .odp) or a spreadsheet (.xlsx, .xls, .ods).",
      },
      { file: "“empty.pdf” is empty: choose the file again, or another one." },
    ]);
    expect(await storedFileCounts()).toEqual(NOTHING_STORED);
  });

  it("asks for a file when none was chosen", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const response = await uploadResource(manager.id, conveningId, null, { title: "Slides" });
    expect(response).toHaveStatus(400);
    expect((await body(response)).errors).toEqual({ file: "Choose a file to upload" });
  });

  it("deletes a good file sent with a title that is too long, and asks for it again", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const response = await uploadResource(
      manager.id,
      conveningId,
      { filename: "notes.pdf", bytes: pdfBytes() },
      { title: "x".repeat(161) },
    );
    expect((await body(response)).errors).toEqual({
      title: "Title must be 160 characters or fewer (it has 161)",
      file: "Choose “notes.pdf” again once the rest is right: it was not kept.",
    });
    expect(await storedFileCounts()).toEqual(NOTHING_STORED);
  });

  it("keeps a document with its session once the session is cancelled, marked so in the picker", async () => {
    const { manager, conveningId } = await setUpRegistration();
    expect(await addSession(manager.id, conveningId, { title: "Site visit" })).toHaveStatus(302);
    const url = `/convenings/${conveningId}/resources`;
    const sessionId = (await body(await load(resourcesPageLoader, manager.id, url, { conveningId }))).sessions[0].value;
    const { resource } = await uploaded(manager.id, conveningId, "map.pdf", pdfBytes(), { sessionId });
    expect(
      await cancelSession({ id: conveningId, status: "published" }, sessionId, { id: manager.id, name: "M" }),
    ).toBe(true);
    const page = await body(await load(resourcesPageLoader, manager.id, url, { conveningId }));
    expect(page.sessions.map((option: { label: string }) => option.label.replace(/^.*: /, ""))).toEqual([
      "Site visit (cancelled)",
    ]);
    const renamed = await postResourceForm(manager.id, conveningId, {
      intent: "update",
      resourceId: resource.id,
      title: "Map to the site",
      sessionId,
    });
    expect(renamed).toHaveStatus(302);
    expect((await resourcesOf(conveningId)).map((item) => [item.title, item.sessionId])).toEqual([
      ["Map to the site", sessionId],
    ]);
  });

  it("refuses a session of another convening", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const other = await createConvening({ title: "Another meeting" });
    expect(await addSession(manager.id, other, { title: "Elsewhere" })).toHaveStatus(302);
    const otherPage = await body(
      await load(resourcesPageLoader, manager.id, `/convenings/${other}/resources`, { conveningId: other }),
    );
    const response = await uploadResource(
      manager.id,
      conveningId,
      { filename: "notes.pdf", bytes: pdfBytes() },
      { sessionId: otherPage.sessions[0].value },
    );
    expect((await body(response)).errors).toEqual({
      sessionId: "Choose one of this convening's sessions, or the whole convening",
      file: "Choose “notes.pdf” again once the rest is right: it was not kept.",
    });
    expect(await storedFileCounts()).toEqual(NOTHING_STORED);
  });

  it("keeps no file sent with a form that is not the upload form", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const form = new FormData();
    form.append("intent", "add-link");
    form.append("title", "Framework");
    form.append("url", "https://www.example.org/framework");
    form.append("file", new File([new Uint8Array(pdfBytes())], "sneaked.pdf", { type: "application/pdf" }));
    const request = await requestAs(manager.id, `/convenings/${conveningId}/resources`, { method: "POST", body: form });
    expect(await resourcesAction({ request, params: { conveningId }, context: {} })).toHaveStatus(302);
    expect(await storedFileCounts()).toEqual(NOTHING_STORED);
    expect((await resourcesOf(conveningId)).map((item) => [item.kind, item.title, item.url])).toEqual([
      ["link", "Framework", "https://www.example.org/framework"],
    ]);
  });
});

describe("an upload that cannot be read", () => {
  const filePart = (content: string) =>
    `--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n${content}`;
  it.each([
    ["without a boundary", "multipart/form-data", "intent=add-file"],
    ["cut off in the middle of the file", "multipart/form-data; boundary=xyz", filePart("%PDF-1.4 and then nothing")],
    [
      "with a part that has no name",
      "multipart/form-data; boundary=xyz",
      "--xyz\r\nContent-Disposition: form-data\r\n\r\nx\r\n--xyz--",
    ],
  ])("is answered 400 in words when sent %s, with nothing stored", async (_kind, contentType, content) => {
    const { manager, conveningId } = await setUpRegistration();
    const request = await requestAs(manager.id, `/convenings/${conveningId}/resources`, {
      method: "POST",
      body: content,
      headers: { "Content-Type": contentType },
    });
    const response = await responseOf(resourcesAction({ request, params: { conveningId }, context: {} }));
    expect([response.status, await response.text()]).toEqual([400, UNREADABLE_FORM_MESSAGE]);
    expect(await storedFileCounts()).toEqual(NOTHING_STORED);
  });

  it("refuses a text field far longer than any the form takes (413), with nothing stored", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const response = await uploadResource(
      manager.id,
      conveningId,
      { filename: "a.pdf", bytes: pdfBytes() },
      { title: "x".repeat(70_000) },
    );
    expect([response.status, await response.text()]).toEqual([413, FIELD_TOO_LONG_MESSAGE]);
    expect(await storedFileCounts()).toEqual(NOTHING_STORED);
  });
});

describe("links", () => {
  it("adds an https link", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const response = await postResourceForm(manager.id, conveningId, {
      intent: "add-link",
      title: "The Inclusive Cities Framework",
      url: "https://www.compas.ox.ac.uk/project/inclusive-cities",
      isPublic: "on",
    });
    expect(await toastAfter(response)).toBe(
      "Added the link “The Inclusive Cities Framework”, public: it shows on the share link.",
    );
    const page = await body(
      await load(resourcesPageLoader, null, `/convenings/${conveningId}/resources`, { conveningId }),
    );
    expect(page.resources.map((item: { href: string; details: string }) => [item.href, item.details])).toEqual([
      ["https://www.compas.ox.ac.uk/project/inclusive-cities", "Link · www.compas.ox.ac.uk"],
    ]);
  });

  it.each([
    ["javascript:alert(1)", "Enter a full web address starting with https:// (or http://)"],
    ["ftp://files.example.org/a.pdf", "Enter a full web address starting with https:// (or http://)"],
    ["https://example.org/a b", "Enter a full web address starting with https:// (or http://)"],
    ["https://localhost/", "Enter a full web address starting with https:// (or http://)"],
    ["", "Enter the link's web address"],
  ])("refuses %j with a message at the field, keeping the title", async (url, message) => {
    const { manager, conveningId } = await setUpRegistration();
    const response = await postResourceForm(manager.id, conveningId, { intent: "add-link", title: "Framework", url });
    expect(response).toHaveStatus(400);
    const answer = await body(response);
    expect([answer.errors, answer.values.title]).toEqual([{ url: message }, "Framework"]);
    expect(await resourcesOf(conveningId)).toEqual([]);
  });
});

describe("changing and deleting", () => {
  it("renames a document and makes it public", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const { resource } = await uploaded(manager.id, conveningId, "a.pdf", pdfBytes());
    const response = await postResourceForm(manager.id, conveningId, {
      intent: "update",
      resourceId: resource.id,
      title: "Framework summary",
      isPublic: "on",
    });
    expect(await toastAfter(response)).toBe("Saved “Framework summary”, public: it shows on the share link.");
    const [after] = await resourcesOf(conveningId);
    expect([after.title, after.isPublic, after.file?.fileId]).toEqual([
      "Framework summary",
      true,
      resource.file?.fileId,
    ]);
  });

  it("deletes a document and its stored file: its address then answers 404", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const { resource } = await uploaded(manager.id, conveningId, "a.pdf", pdfBytes());
    expect(await storedFileCounts()).toEqual({ files: 1, chunks: 1 });
    const response = await postResourceForm(manager.id, conveningId, { intent: "delete", resourceId: resource.id });
    expect(await toastAfter(response)).toBe("Deleted “a”.");
    expect(await storedFileCounts()).toEqual(NOTHING_STORED);
    const gone = await download(manager.id, conveningId, resource.id);
    expect([gone.status, await gone.text()]).toEqual([
      404,
      "There is no document at this address: it may have been deleted.",
    ]);
  });

  it("says a resource deleted meanwhile is not on the list any more", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const response = await postResourceForm(manager.id, conveningId, {
      intent: "update",
      resourceId: "0123456789abcdef01234567",
      title: "Gone",
    });
    expect(response).toHaveStatus(400);
    expect((await body(response)).errors).toEqual({
      form: "This resource is not on the list any more: someone may have deleted it.",
    });
  });

  it("keeps both of two documents added at once", async () => {
    const { manager, conveningId } = await setUpRegistration();
    await Promise.all([
      uploadResource(manager.id, conveningId, { filename: "one.pdf", bytes: pdfBytes("one") }),
      uploadResource(manager.id, conveningId, { filename: "two.pdf", bytes: pdfBytes("two") }),
    ]);
    expect((await resourcesOf(conveningId)).map((item) => item.title).sort()).toEqual(["one", "two"]);
  });
});

describe("who may read and change resources", () => {
  it("lets only managers add: a city rep is refused 403 and nothing is stored", async () => {
    const { rep, conveningId } = await setUpRegistration();
    const response = await uploadResource(rep.id, conveningId, { filename: "a.pdf", bytes: pdfBytes() });
    expect(response).toHaveStatus(403);
    expect(await storedFileCounts()).toEqual(NOTHING_STORED);
  });

  it("freezes a cancelled convening's resources (409)", async () => {
    const { manager } = await setUpRegistration();
    const cancelled = await createConvening({ status: "cancelled" });
    const response = await uploadResource(manager.id, cancelled, { filename: "a.pdf", bytes: pdfBytes() });
    expect([response.status, await response.text()]).toEqual([
      409,
      "This convening was cancelled: its documents and links no longer change.",
    ]);
    expect(await storedFileCounts()).toEqual(NOTHING_STORED);
  });

  it("hides a draft's documents from a city rep (404), as the draft itself", async () => {
    const { manager, rep } = await setUpRegistration();
    const draft = await createConvening({ status: "draft" });
    const { resource } = await uploaded(manager.id, draft, "a.pdf", pdfBytes(), { isPublic: "on" });
    expect(await download(rep.id, draft, resource.id)).toHaveStatus(404);
    expect(
      await load(resourcesPageLoader, rep.id, `/convenings/${draft}/resources`, { conveningId: draft }),
    ).toHaveStatus(404);
    expect(await download(manager.id, draft, resource.id)).toHaveStatus(200);
  });

  it("gives a private document to people signed in, of any city, and sends others to sign in", async () => {
    const { manager, rep, cardiff, conveningId } = await setUpRegistration();
    const otherRep = await createAccount({ role: "city-rep", cityId: cardiff });
    const { resource } = await uploaded(manager.id, conveningId, "a.pdf", pdfBytes());
    expect([
      (await download(rep.id, conveningId, resource.id)).status,
      (await download(otherRep.id, conveningId, resource.id)).status,
    ]).toEqual([200, 200]);
    const guest = await download(null, conveningId, resource.id);
    expect([guest.status, guest.headers.get("Location")]).toEqual([
      302,
      `/login?redirectTo=${encodeURIComponent(`/convenings/${conveningId}/resources/${resource.id}`)}`,
    ]);
    const page = await body(await load(conveningLoader, null, `/convenings/${conveningId}`, { conveningId }));
    expect(page.resources.convening).toEqual([]);
  });

  it("lists for a rep every document without the forms, and for a guest the public ones only", async () => {
    const { manager, rep, conveningId } = await setUpRegistration();
    await uploaded(manager.id, conveningId, "public.pdf", pdfBytes(), { isPublic: "on" });
    await uploaded(manager.id, conveningId, "private.pdf", pdfBytes());
    const url = `/convenings/${conveningId}/resources`;
    const asRep = await body(await load(resourcesPageLoader, rep.id, url, { conveningId }));
    const asGuest = await body(await load(resourcesPageLoader, null, url, { conveningId }));
    const titles = (page: { resources: Array<{ title: string }> }) => page.resources.map((item) => item.title);
    expect([titles(asRep), asRep.canManage, titles(asGuest), asGuest.canManage]).toEqual([
      ["public", "private"],
      false,
      ["public"],
      false,
    ]);
    const guestPage = await body(await load(conveningLoader, null, `/convenings/${conveningId}`, { conveningId }));
    expect(guestPage.resources.convening.map((item: { title: string }) => item.title)).toEqual(["public"]);
  });

  it("answers 404 for an unknown or malformed resource id, and for a link asked as a download", async () => {
    const { manager, conveningId } = await setUpRegistration();
    await postResourceForm(manager.id, conveningId, { intent: "add-link", title: "F", url: "https://example.org/f" });
    const [link] = await resourcesOf(conveningId);
    const statuses = await Promise.all(
      ["0123456789abcdef01234567", "not-an-id", link.id].map(
        async (id) => (await download(manager.id, conveningId, id)).status,
      ),
    );
    expect(statuses).toEqual([404, 404, 404]);
  });

  it("answers 304 to a download the browser already has", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const { resource } = await uploaded(manager.id, conveningId, "a.pdf", pdfBytes());
    const again = await download(manager.id, conveningId, resource.id, {
      headers: { "If-None-Match": `"${resource.file!.fileId}"` },
    });
    expect([again.status, await again.text()]).toEqual([304, ""]);
  });
});

describe("resources on the share link", () => {
  it("lists and downloads public resources without an account, and never a private one", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const pdf = pdfBytes("Agenda");
    const { resource: shared } = await uploaded(manager.id, conveningId, "agenda.pdf", pdf, { isPublic: "on" });
    const { resource: kept } = await uploaded(manager.id, conveningId, "internal.pdf", pdfBytes("Internal"));
    const token = (await getConvening(conveningId))!.shareToken;

    const page = await body(await load(shareLoader, null, `/share/${token}`, { token }));
    expect(page.resources).toEqual({
      convening: [
        {
          id: shared.id,
          kind: "file",
          title: "agenda",
          href: `/share/${token}/resources/${shared.id}`,
          details: "PDF · 583 bytes",
          isPublic: true,
          sessionId: null,
        },
      ],
      bySession: {},
    });
    const answer = await sharedDownload(token, shared.id);
    expect([answer.status, answer.headers.get("Cache-Control"), answer.headers.get("X-Robots-Tag")]).toEqual([
      200,
      "public, no-cache",
      "noindex",
    ]);
    expect(Buffer.from(await bytesOf(answer)).equals(Buffer.from(pdf))).toBe(true);
    expect(await sharedDownload(token, kept.id)).toHaveStatus(404);
    expect(await sharedDownload("a-wrong-token-of-length", shared.id)).toHaveStatus(404);
  });

  it("stops serving a document once it is made private", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const { resource } = await uploaded(manager.id, conveningId, "agenda.pdf", pdfBytes(), { isPublic: "on" });
    const token = (await getConvening(conveningId))!.shareToken;
    expect(await sharedDownload(token, resource.id)).toHaveStatus(200);
    await postResourceForm(manager.id, conveningId, { intent: "update", resourceId: resource.id, title: "agenda" });
    expect(await sharedDownload(token, resource.id)).toHaveStatus(404);
  });
});
