// The demo's documents and links: the action-planning template (a PDF made in code) on the
// mid-point meeting where draft action plans were presented, and on the upcoming meeting's
// workshop; a briefing for the first meeting (private); the Framework as a link on the launch
// convening. A convening that already has resources is left as the demo's users made it.
import { addConveningResource, getConveningResources } from "~models/resource.server";
import { listAgendaSessions } from "~models/agenda-session.server";
import { storeDocument } from "~/resources/store-document.server";
import { actionPlanTemplatePdf, firstMeetingBriefingPdf } from "./demo-documents";

export const FRAMEWORK_URL = "https://www.compas.ox.ac.uk/project/inclusive-cities";

type DemoResource = {
  conveningSeedKey: string;
  /** The title of the session it belongs to; none for the whole convening. */
  sessionTitle?: string;
  title: string;
  isPublic: boolean;
} & ({ filename: string; bytes: () => Uint8Array } | { url: string });

export const DEMO_RESOURCES: DemoResource[] = [
  {
    conveningSeedKey: "cwg-2017-glasgow",
    title: "Briefing for the first meeting",
    isPublic: false,
    filename: "First meeting briefing.pdf",
    bytes: firstMeetingBriefingPdf,
  },
  {
    conveningSeedKey: "cwg-2018-liverpool",
    title: "Action-planning template",
    isPublic: true,
    filename: "Action-planning template.pdf",
    bytes: actionPlanTemplatePdf,
  },
  {
    conveningSeedKey: "cwg-2019-cardiff",
    title: "The Inclusive Cities Framework",
    isPublic: true,
    url: FRAMEWORK_URL,
  },
  {
    conveningSeedKey: "demo-cwg-2027-sheffield",
    sessionTitle: "Workshop: owners and resources for follow-up actions",
    title: "Action-planning template",
    isPublic: false,
    filename: "Action-planning template.pdf",
    bytes: actionPlanTemplatePdf,
  },
];

export async function seedDemoResources(conveningIds: Map<string, string>, managerId: string): Promise<void> {
  const bySeedKey = new Map<string, DemoResource[]>();
  for (const resource of DEMO_RESOURCES) {
    bySeedKey.set(resource.conveningSeedKey, [...(bySeedKey.get(resource.conveningSeedKey) ?? []), resource]);
  }
  for (const [seedKey, resources] of bySeedKey) {
    const conveningId = conveningIds.get(seedKey);
    if (!conveningId || (await getConveningResources(conveningId)).revision > 0) continue;
    const sessions = await listAgendaSessions(conveningId);
    for (const resource of resources) {
      const sessionId = sessions.find((session) => session.title === resource.sessionTitle)?.id ?? null;
      await addConveningResource(conveningId, {
        title: resource.title,
        sessionId,
        isPublic: resource.isPublic,
        addedById: managerId,
        ...("url" in resource
          ? { kind: "link", url: resource.url }
          : { kind: "file", file: await storeDocument(conveningId, resource.filename, resource.bytes()) }),
      });
    }
  }
}
