// The demo's documents and links: on the seeded past convenings and the upcoming meeting's
// workshop, one public PDF served by the share link, and a second run adding nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_DEMO_PASSWORD, seedDemo } from "~/seed/seed.server";
import { actionPlanTemplatePdf } from "~/seed/demo-documents";
import { FRAMEWORK_URL } from "~/seed/seed-demo-resources.server";
import { Convening } from "../../models/convening.server";
import { listAgendaSessions } from "../../models/agenda-session.server";
import { withTestDatabase } from "../setup/database";
import { clearStoredFiles, resourcesOf, sharedDownload, storedFileCounts } from "../helpers/resources";

withTestDatabase();
beforeEach(clearStoredFiles);

async function conveningBySeedKey(seedKey: string) {
  const doc = await Convening.findOne({ seedKey }).select("_id shareToken").lean();
  return { id: String(doc!._id), shareToken: doc!.shareToken as string };
}

describe("the demo's resources", () => {
  it("puts the template, a briefing and the Framework on past convenings, and the template on the workshop", async () => {
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    const summary = async (seedKey: string) =>
      (await resourcesOf((await conveningBySeedKey(seedKey)).id)).map((item) => ({
        title: item.title,
        kind: item.kind,
        isPublic: item.isPublic,
        url: item.url,
        type: item.file?.contentType ?? null,
        hasSession: item.sessionId !== null,
      }));
    const file = { url: "", type: "application/pdf", hasSession: false };
    expect(await summary("cwg-2017-glasgow")).toEqual([
      { title: "Briefing for the first meeting", kind: "file", isPublic: false, ...file },
    ]);
    expect(await summary("cwg-2018-liverpool")).toEqual([
      { title: "Action-planning template", kind: "file", isPublic: true, ...file },
    ]);
    expect(await summary("cwg-2019-cardiff")).toEqual([
      {
        title: "The Inclusive Cities Framework",
        kind: "link",
        isPublic: true,
        url: FRAMEWORK_URL,
        type: null,
        hasSession: false,
      },
    ]);
    const sheffield = await conveningBySeedKey("demo-cwg-2027-sheffield");
    const [onWorkshop] = await resourcesOf(sheffield.id);
    const workshop = (await listAgendaSessions(sheffield.id)).find((session) => session.id === onWorkshop.sessionId);
    expect([onWorkshop.title, onWorkshop.isPublic, workshop?.title]).toEqual([
      "Action-planning template",
      false,
      "Workshop: owners and resources for follow-up actions",
    ]);
  });

  it("serves the public template on the Liverpool meeting's share link, byte for byte", async () => {
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    const liverpool = await conveningBySeedKey("cwg-2018-liverpool");
    const [template] = await resourcesOf(liverpool.id);
    const answer = await sharedDownload(liverpool.shareToken, template.id);
    expect([answer.status, answer.headers.get("Content-Type")]).toEqual([200, "application/pdf"]);
    expect(Buffer.from(await answer.arrayBuffer()).equals(Buffer.from(actionPlanTemplatePdf()))).toBe(true);
  });

  it("adds nothing when run again", async () => {
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    const counts = await storedFileCounts();
    const liverpool = await conveningBySeedKey("cwg-2018-liverpool");
    const before = await resourcesOf(liverpool.id);
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    expect([await storedFileCounts(), await resourcesOf(liverpool.id)]).toEqual([counts, before]);
    expect(counts).toEqual({ files: 3, chunks: 3 });
  });
});
