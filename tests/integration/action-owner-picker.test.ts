// The owner picker of an action is filtered to the owning city, for managers too: fast entry
// offers no one until a city is chosen, then that city's people from its index (one read by
// _id), never a deleted person; without JavaScript "Show people of this city" sends the form
// back by GET and gets it as typed; with it the picker reads /actions/owners/:cityId; a posted
// owner from elsewhere is refused at the field.
import { describe, expect, it } from "vitest";
import { loader as ownersLoader } from "../../app/routes/actions.owners.$cityId";
import { loader as detailLoader } from "../../app/routes/actions.$actionId";
import { action as entryAction, loader as entryLoader } from "../../app/routes/convenings.$conveningId.actions.new";
import { createFollowUpAction } from "../../models/follow-up-action.server";
import { upsertFrameworkItem } from "../../models/framework.server";
import { anonymisePerson, createPerson } from "../../models/person.server";
import { FRAMEWORK } from "~/domain/vocabulary/framework";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { createConvening } from "../factories/registration";
import { formReply } from "../factories/form-replies";
import { thrownResponse } from "../factories/responses";
import { isByIdAlone, recordQueryFilters } from "../helpers/queries";

withTestDatabase();

type Owner = { id: string; name: string; cityId: string | null };
type Entry = { owners: Owner[]; ownersCityId: string | null; defaults: Record<string, string | string[]> };

async function world() {
  for (const item of FRAMEWORK) await upsertFrameworkItem(item);
  const bristol = await createCity("bristol");
  const cardiff = await createCity("cardiff", { nation: "Wales" });
  const manager = await createAccount({ role: "manager", name: "Mo Manager" });
  const bristolRep = await createAccount({ role: "city-rep", cityId: bristol, name: "Bea Bristol" });
  const person = (name: string, cityId: string | null) =>
    createPerson({ name, email: `${name.split(" ")[0].toLowerCase()}@example.org`, role: "participant", cityId });
  const ann = await person("Ann Bristol", bristol);
  const gone = await person("Gil Bristol", bristol);
  await anonymisePerson(gone);
  const cai = await person("Cai Cardiff", cardiff);
  const pat = await person("Pat Programme", null);
  const conveningId = await createConvening({ title: "Liverpool meeting" });
  return { bristol, cardiff, manager, bristolRep, ann, gone, cai, pat, conveningId };
}

async function entry(personId: string, conveningId: string, search = "") {
  const response = (await entryLoader({
    request: await requestAs(personId, `/convenings/${conveningId}/actions/new${search}`),
    params: { conveningId },
    context: {},
  })) as Response;
  return (await response.json()) as Entry;
}

const names = (owners: Owner[]) => owners.map((owner) => owner.name);

describe("the owner picker of an action", () => {
  it("offers a manager no one before a city is chosen, then that city's people only, never a deleted one", async () => {
    const w = await world();
    const fresh = await entry(w.manager.id, w.conveningId);
    expect([fresh.owners, fresh.ownersCityId, fresh.defaults.ownerCityId]).toEqual([[], null, ""]);

    // Without JavaScript: "Show people of this city" sends the form as typed, by GET.
    const search = `?title=Publish+the+welcome+pack&ownerCityId=${w.bristol}&dueOn=2027-04-30&priority=high&themes=T1&themes=T3&ownerPersonId=&submissionId=x`;
    const shown = await entry(w.manager.id, w.conveningId, search);
    expect([names(shown.owners), shown.ownersCityId]).toEqual([["Ann Bristol", "Bea Bristol"], w.bristol]);
    expect(shown.defaults).toEqual({
      title: "Publish the welcome pack",
      ownerCityId: w.bristol,
      ownerPersonId: "",
      sessionId: "",
      dueOn: "2027-04-30",
      priority: "high",
      themes: ["T1", "T3"],
      principles: [],
    });
  });

  it("answers the picker's read for one city by its index alone, and a rep for their own city only", async () => {
    const w = await world();
    const read = (personId: string, cityId: string) =>
      requestAs(personId, `/actions/owners/${cityId}`).then((request) =>
        ownersLoader({ request, params: { cityId }, context: {} }),
      );
    await read(w.manager.id, w.cardiff); // builds the index on its first read
    const { result, queries } = await recordQueryFilters(async () => (await read(w.manager.id, w.cardiff)).json());
    expect(result).toEqual({ cityId: w.cardiff, owners: [{ id: w.cai, name: "Cai Cardiff", cityId: w.cardiff }] });
    const cityPeopleReads = queries.filter((query) => query.query.startsWith("citypeoples."));
    expect(cityPeopleReads.map((query) => isByIdAlone(query.filter))).toEqual([true]);

    expect((await thrownResponse(read(w.bristolRep.id, w.cardiff))).status).toBe(403);
    expect((await (await read(w.bristolRep.id, w.bristol)).json()).owners).toHaveLength(2);
    const participant = await createAccount({ role: "participant", cityId: w.bristol });
    expect((await thrownResponse(read(participant.id, w.bristol))).status).toBe(403);
    expect((await thrownResponse(read(w.manager.id, "64b000000000000000000009"))).status).toBe(404);
  });

  it("refuses a manager's owner from another city, or from no city, at the field, the input kept", async () => {
    const w = await world();
    const url = `/convenings/${w.conveningId}/actions/new`;
    const post = async (ownerPersonId: string) => {
      const response = (await entryAction({
        request: await formRequest(w.manager.id, url, {
          title: "Publish the welcome pack",
          ownerCityId: w.bristol,
          ownerPersonId,
          priority: "medium",
        }),
        params: { conveningId: w.conveningId },
        context: {},
      })) as Response;
      return { status: response.status, reply: (await formReply(response)) as { errors: Record<string, string> } };
    };
    for (const other of [w.cai, w.pat]) {
      const refused = await post(other);
      expect([refused.status, refused.reply.errors]).toEqual([
        400,
        { ownerPersonId: "The owner must be someone from Bristol" },
      ]);
    }
    const deleted = await post(w.gone);
    expect(deleted.reply.errors).toEqual({
      ownerPersonId: "That person is not in the programme: choose an owner from the list",
    });
    expect((await post(w.ann)).status).toBe(200);
  });

  it("shows the edit form as typed with the new city's people when the city changes without JavaScript", async () => {
    const w = await world();
    const actionId = await createFollowUpAction({
      title: "Publish the welcome pack",
      description: "",
      conveningId: w.conveningId,
      sessionId: null,
      ownerCityId: w.bristol,
      ownerPersonId: w.ann,
      dueOn: null,
      priority: "medium",
      principles: [],
      themes: ["T1"],
      resourcesNeeded: "",
      createdBy: { id: w.manager.id, name: "Mo Manager" },
    });
    type Detail = {
      formOptions: { owners: Owner[] };
      editValues: Record<string, unknown>;
      isEditTyped: boolean;
    };
    const detail = async (search: string) =>
      (await (
        (await detailLoader({
          request: await requestAs(w.manager.id, `/actions/${actionId}${search}`),
          params: { actionId },
          context: {},
        })) as Response
      ).json()) as Detail;
    const before = await detail("");
    expect([names(before.formOptions.owners), before.isEditTyped]).toEqual([["Ann Bristol", "Bea Bristol"], false]);
    const moved = await detail(
      `?intent=edit&title=Publish+it+in+Welsh&ownerCityId=${w.cardiff}&ownerPersonId=${w.ann}`,
    );
    expect([
      names(moved.formOptions.owners),
      moved.editValues.title,
      moved.editValues.ownerCityId,
      moved.isEditTyped,
    ]).toEqual([["Cai Cardiff"], "Publish it in Welsh", w.cardiff, true]);
  });
});
