// Read queries over convenings for lists; scoped so drafts reach managers only.
import { Convening, type ConveningKind, type ConveningStatus } from "./convening.server";

export type ConveningListItem = {
  id: string;
  title: string;
  kind: ConveningKind;
  status: ConveningStatus;
  format: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  hostCityId: string | null;
  placeNames: string[];
  phase: number;
  themes: string[];
};

export async function listConvenings(options: { includeDrafts: boolean }): Promise<ConveningListItem[]> {
  const filter = options.includeDrafts ? {} : { status: { $ne: "draft" } };
  const docs = await Convening.find(filter)
    .select("title kind status format startsAt endsAt timeZone hostCityId places.name phase themes")
    .sort({ startsAt: 1 })
    .lean<
      Array<{
        _id: unknown;
        title: string;
        kind: ConveningKind;
        status: ConveningStatus;
        format: string;
        startsAt: Date;
        endsAt: Date;
        timeZone: string;
        hostCityId: unknown;
        places: Array<{ name: string }>;
        phase: number;
        themes: string[];
      }>
    >();
  return docs.map(({ _id, hostCityId, places, ...rest }) => ({
    ...rest,
    id: String(_id),
    hostCityId: hostCityId ? String(hostCityId) : null,
    placeNames: places.map((place) => place.name),
  }));
}
