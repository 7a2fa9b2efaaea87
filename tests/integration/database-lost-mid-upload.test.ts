// A document upload under way when the database dies: the uploader is told to try again (503, in
// words), and once the database is back the convening lists nothing of the lost upload, so no
// one downloads half a file; the repair pass later deletes the pieces it left. Uses its own FerretDB so stopping it disturbs no other test file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { action as resourcesAction } from "../../app/routes/convenings.$conveningId.resources._index";
import { connectDb, disconnectDb } from "../../app/utils/db.server";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../app/utils/ferretdb.server";
import { pdfBytes } from "../factories/documents";
import { requestAs } from "../factories/people";
import { setUpRegistration } from "../helpers/registration";
import { resourcesOf, storedFileCounts, uploadResource } from "../helpers/resources";
import { repairResourceFiles, UNLISTED_FILE_AGE_MS } from "../../app/resources/repair-files.server";
import { responseOf } from "../helpers/routes";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "planner-lost-upload-"));
let database: EmbeddedDatabase | undefined;

afterAll(async () => {
  await disconnectDb();
  await database?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const BOUNDARY = "----planner-upload-boundary";

/** The add-a-document form as multipart parts: the fields first, then the file's head and tail. */
function multipartPieces(file: Uint8Array, splitAt: number) {
  const encoder = new TextEncoder();
  const field = (name: string, value: string) =>
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head = encoder.encode(
    field("intent", "add-file") +
      field("title", "Framework, full text") +
      field("visibility", "attendees") +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="framework.pdf"\r\n` +
      "Content-Type: application/pdf\r\n\r\n",
  );
  const tail = encoder.encode(`\r\n--${BOUNDARY}--\r\n`);
  return [
    new Uint8Array([...head, ...file.subarray(0, splitAt)]),
    new Uint8Array([...file.subarray(splitAt), ...tail]),
  ];
}

describe("the database lost in the middle of an upload", () => {
  it("answers 503 with a try-again message, and lists nothing of the upload once the database is back", async () => {
    database = await startEmbeddedDatabase({ dataDir, log: () => {} });
    process.env.MONGODB_URI = `${database.uri}lostupload`;
    await connectDb();
    const { manager, conveningId } = await setUpRegistration();
    const file = pdfBytes("Inclusive Cities framework", 3 * 1024 * 1024); // several GridFS chunks
    const [first, rest] = multipartPieces(file, 1024 * 1024);

    let sendRest: () => void = () => {};
    const restReady = new Promise<void>((resolve) => (sendRest = resolve));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(first);
        await restReady;
        controller.enqueue(rest);
        controller.close();
      },
    });
    const request = await requestAs(manager.id, `/convenings/${conveningId}/resources`, {
      method: "POST",
      body,
      headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` },
      duplex: "half",
    } as RequestInit);
    const answer = responseOf(resourcesAction({ request, params: { conveningId }, context: {} }));

    // The first megabyte is on its way into GridFS when the database stops.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await database.stop();
    database = undefined;
    sendRest();
    const response = await answer;

    expect(response.status).toBe(503);
    expect(await response.text()).toBe(
      "The planner cannot reach its database just now, so this could not be completed. Try again in a moment.",
    );

    database = await startEmbeddedDatabase({ dataDir, log: () => {} });
    process.env.MONGODB_URI = `${database.uri}lostupload`;
    await disconnectDb();
    await connectDb();
    expect(await resourcesOf(conveningId)).toEqual([]);

    // The pieces already written are listed nowhere; the repair pass deletes them once they are
    // older than any upload under way, and not before.
    const piecesLeft = await storedFileCounts();
    expect(piecesLeft.chunks).toBeGreaterThan(0);
    expect(await repairResourceFiles(new Date())).toEqual({ conveningsChecked: 1, filesDeleted: 0 });
    const later = new Date(Date.now() + UNLISTED_FILE_AGE_MS + 60_000);
    expect(await repairResourceFiles(later)).toEqual({ conveningsChecked: 1, filesDeleted: 1 });
    expect(await storedFileCounts()).toEqual({ files: 0, chunks: 0 });
  }, 60_000);

  it("keeps every file a resource lists when it repairs", async () => {
    const { manager, conveningId } = await setUpRegistration();
    const response = await uploadResource(manager.id, conveningId, {
      filename: "template.pdf",
      bytes: pdfBytes("Action-planning template"),
    });
    expect(response.status).toBe(302);
    const before = await storedFileCounts();
    const later = new Date(Date.now() + UNLISTED_FILE_AGE_MS + 60_000);
    expect((await repairResourceFiles(later)).filesDeleted).toBe(0);
    expect(await storedFileCounts()).toEqual(before);
    const [listed] = await resourcesOf(conveningId);
    expect(listed.file?.filename).toBe("template.pdf");
  }, 30_000);
});
