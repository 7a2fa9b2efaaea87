// One Convening mapper with named views: each view reads and returns exactly its fields.
import { describe, expect, it } from "vitest";
import {
  CONVENING_VIEWS,
  Convening,
  findConveningView,
  getConvening,
  getRegistrationConvening,
  listConveningBriefs,
} from "../../models/convening.server";
import { listConvenings } from "~models/queries/convening-lists.server";
import { listPublicConveningsByIds } from "../../models/queries/calendar-feeds.server";
import { placesForCity } from "~/registration/rules";
import { createConvening } from "../factories/calendar";
import { createCity } from "../factories/people";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

describe("convening views", () => {
  it("return exactly the fields each view names, plus the id", async () => {
    const id = await createConvening({
      title: "Exchange",
      format: "hybrid",
      onlineUrl: "https://meet.example.org/room",
    });
    for (const view of Object.keys(CONVENING_VIEWS) as Array<keyof typeof CONVENING_VIEWS>) {
      const convening = await findConveningView(id, view);
      expect(Object.keys(convening!).sort()).toEqual(["id", ...CONVENING_VIEWS[view]].sort());
    }
    const [listed] = await listConvenings({ includeDrafts: false, when: null });
    expect(Object.keys(listed).sort()).toEqual(["id", ...CONVENING_VIEWS.list].sort());
    expect(await listConveningBriefs([id])).toEqual([
      {
        id,
        title: "Exchange",
        kind: "working-group-meeting",
        startsAt: listed.startsAt,
        endsAt: listed.endsAt,
        timeZone: "Europe/London",
        status: "published",
      },
    ]);
  });

  it("give feeds the joining link only when asked (personal feeds of registered people)", async () => {
    const id = await createConvening({ format: "hybrid", onlineUrl: "https://meet.example.org/room" });
    const [publicFeed] = await listPublicConveningsByIds([id]);
    expect("onlineUrl" in publicFeed).toBe(false);
    const [personalFeed] = await listPublicConveningsByIds([id], { includeOnlineUrl: true });
    expect(personalFeed.onlineUrl).toBe("https://meet.example.org/room");
    expect(personalFeed.hostCityName).toBe(null);
  });

  it("read a city entry without a number of places as no override: the per-city default applies", async () => {
    const bristol = await createCity("bristol");
    const id = await createConvening();
    // Written around the schema, as an older document or a script might have left it.
    await Convening.collection.updateOne(
      { _id: (await Convening.findById(id))!._id },
      { $set: { registration: { placesPerCity: 3, cityPlaces: [{ cityId: bristol }] } } },
    );
    expect((await getConvening(id))!.registration.cityPlaces).toEqual([]);
    const forRegistration = await getRegistrationConvening(id);
    expect(placesForCity(forRegistration!.registration, bristol)).toBe(3);
  });
});
