// Places taken per city at a convening (counts only: safe for every rep to see).
import type { CityCount } from "~/registration/rules";
import { TableScroll } from "~/components/table-scroll";

export function CityCounts({ counts, capacity }: { counts: CityCount[]; capacity: number | null }) {
  const taken = counts.reduce(
    (sum, count) => sum + count.registered + count.pending + count.attended + count.noShow,
    0,
  );
  return (
    <>
      <p>
        {capacity === null
          ? `${taken} places taken (no total limit).`
          : `${taken} of ${capacity} places taken in total.`}
      </p>
      {counts.length === 0 ? null : (
        <TableScroll label="Places by city" hint={false}>
          <table className="table-stack">
            <thead>
              <tr>
                <th scope="col">City</th>
                <th scope="col">Places</th>
                <th scope="col">Registered</th>
                <th scope="col">Awaiting approval</th>
                <th scope="col">Waitlisted</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((count) => (
                <tr key={count.cityId ?? "none"}>
                  <th scope="row">{count.cityName}</th>
                  <td data-label="Places">{count.places ?? "No limit"}</td>
                  <td data-label="Registered">{count.registered + count.attended + count.noShow}</td>
                  <td data-label="Awaiting approval">{count.pending}</td>
                  <td data-label="Waitlisted">{count.waitlisted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
