// A Cardiff representative reads convenings and agendas in Welsh: the home page's cards, the
// convenings list, a convening's page with its agenda, the printable agenda and the share link
// show no English interface text (content people wrote keeps lang="en-GB"), desktop and phone.
import { at, cityIdOf, createMeeting, expect, register, screenshot, test } from "./playwright-utils";
import { englishLeftOn } from "./welsh-utils";

test.describe("reading convenings in Welsh", () => {
  test("a Cardiff rep reads the convenings, a convening, its print and share pages with no English interface text", async ({
    login,
    tag,
  }) => {
    const { page, person } = await login({ role: "city-rep", city: "cardiff", name: "Rhian Evans" });
    const cardiff = await cityIdOf("cardiff");
    const startsAt = at("2027-10-14T09:00", "Europe/London");
    const meeting = await createMeeting({
      title: `Phase-two launch ${tag}`,
      summary: "The cities meet in Cardiff to launch the Framework.",
      aims: ["Launch the Framework", "Agree the next steps"],
      hostCityId: cardiff,
      startsAt,
      endsAt: at("2027-10-15T17:00", "Europe/London"),
      themes: ["T2", "T3"],
      registration: { placesPerCity: 2, capacity: 24 },
      sessions: [
        {
          title: "Welcome plenary",
          description: "An opening of the day with the host city.",
          kind: "plenary",
          startsAt: at("2027-10-14T10:00", "Europe/London"),
          endsAt: at("2027-10-14T11:00", "Europe/London"),
          themes: ["T1"],
        },
        {
          title: "Hub visit",
          kind: "site-visit",
          startsAt: at("2027-10-15T10:00", "Europe/London"),
          endsAt: at("2027-10-15T12:30", "Europe/London"),
        },
      ],
    });
    await register(meeting.id, person.id, cardiff);

    await page.getByRole("button", { name: "Cymraeg" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");

    const paths = [
      "/",
      "/convenings",
      "/convenings?when=all",
      meeting.path,
      `${meeting.path}/print`,
      `/share/${meeting.shareToken}`,
    ];
    for (const path of paths) {
      await page.goto(path);
      expect(await englishLeftOn(page), path).toEqual([]);
    }

    await page.goto(meeting.path);
    await expect(page.getByRole("heading", { name: "Ble a phryd" })).toBeVisible();
    await expect(page.getByText("Lleoedd: dau i bob dinas, 24 i gyd.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Dydd Iau 14 Hydref 2027" })).toBeVisible();
    await expect(page.getByText("1 person wedi cofrestru o 24 o leoedd.")).toBeVisible();
  });

  test("the convening page and its agenda read well in Welsh on a 390 px phone", async ({ login, tag }) => {
    const { page } = await login({ role: "city-rep", city: "cardiff", name: "Rhian Evans", width: 390 });
    const meeting = await createMeeting({
      title: `Cardiff convening ${tag}`,
      hostCityId: await cityIdOf("cardiff"),
      aims: ["Present draft action plans"],
      sessions: [
        { title: "Opening plenary", description: "Welcome and aims." },
        {
          title: "Lunch",
          kind: "meal",
          startsAt: at("2019-03-31T12:00", "Europe/London"),
          endsAt: at("2019-03-31T13:00", "Europe/London"),
        },
      ],
    });
    await page.getByRole("button", { name: "Cymraeg" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    for (const [path, name] of [
      [meeting.path, "welsh-convening-390"],
      ["/convenings", "welsh-convenings-390"],
    ] as const) {
      await page.goto(path);
      expect(await englishLeftOn(page), path).toEqual([]);
      await screenshot(page, name);
    }
  });
});
