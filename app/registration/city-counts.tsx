// Places taken per city at a convening (counts only: safe for every rep to see).
export function CityCounts({ counts, capacity }: { counts: Array<{ cityId: string | null; cityName: string; places: number | null; registered: number; pending: number; waitlisted: number; attended: number; noShow: number }>; capacity: number | null }) {
  const taken = counts.reduce((sum, count) => sum + count.registered + count.pending + count.attended + count.noShow, 0);
  return (
    <>
      <p>{capacity === null ? `${taken} places taken (no total limit).` : `${taken} of ${capacity} places taken in total.`}</p>
      {counts.length === 0 ? null : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Places by city">
          <table>
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
                  <td>{count.places ?? "No limit"}</td>
                  <td>{count.registered + count.attended + count.noShow}</td>
                  <td>{count.pending}</td>
                  <td>{count.waitlisted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
