// Places taken per city at a convening (counts only: safe for every rep to see).
import type { CityCount } from "~/registration/rules";
import { TableScroll } from "~/components/table-scroll";
import { ContentLang } from "~/i18n/content-lang";
import { useT } from "~/i18n/use-t";

export function CityCounts({ counts, capacity }: { counts: CityCount[]; capacity: number | null }) {
  const t = useT();
  const taken = counts.reduce(
    (sum, count) => sum + count.registered + count.pending + count.attended + count.noShow,
    0,
  );
  return (
    <>
      <p>
        {capacity === null
          ? t("registration.counts.takenNoLimit", { taken })
          : t("registration.counts.takenOf", { taken, capacity })}
      </p>
      {counts.length === 0 ? null : (
        <TableScroll label={t("registration.register.placesByCity")} hint={false}>
          <table className="table-stack">
            <thead>
              <tr>
                <th scope="col">{t("registration.register.colCity")}</th>
                <th scope="col">{t("registration.counts.colPlaces")}</th>
                <th scope="col">{t("registration.counts.colRegistered")}</th>
                <th scope="col">{t("registration.counts.colPending")}</th>
                <th scope="col">{t("registration.counts.colWaitlisted")}</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((count) => (
                <tr key={count.cityId ?? "none"}>
                  <th scope="row">
                    <ContentLang>{count.cityName}</ContentLang>
                  </th>
                  <td data-label={t("registration.counts.colPlaces")}>
                    {count.places ?? t("registration.counts.noLimit")}
                  </td>
                  <td data-label={t("registration.counts.colRegistered")}>
                    {count.registered + count.attended + count.noShow}
                  </td>
                  <td data-label={t("registration.counts.colPending")}>{count.pending}</td>
                  <td data-label={t("registration.counts.colWaitlisted")}>{count.waitlisted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
