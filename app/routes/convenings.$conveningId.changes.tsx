import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { CHANGE_KIND_LABELS } from "~/domain/vocabulary/convenings";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { viewerZoneFromCookie } from "~/domain/agenda/agenda-view";
import { FIELD_LABELS } from "~/domain/agenda/changes";
import { formatDayHeading, formatLocalTime, isValidTimeZone } from "~/domain/local-time";
import { requirePerson } from "~/accounts/auth.server";
import { requireReadableConvening } from "~/convenings/readable-convening.server";
import { listChanges } from "~models/convening-change.server";

export const meta: MetaFunction = () => [{ title: "Changes · Inclusive Cities planner" }];

function describe(field: string, raw: string, zone: string): string {
  if (raw === "") return "none";
  if ((field === "startsAt" || field === "endsAt") && !Number.isNaN(Date.parse(raw))) {
    const instant = new Date(raw);
    return `${formatDayHeading(instant, zone)}, ${formatLocalTime(instant, zone)}`;
  }
  if (field === "places") {
    try {
      return (JSON.parse(raw) as Array<[string, string]>).map(([name]) => name).join(", ");
    } catch {
      return raw;
    }
  }
  if (field === "isCancelled") return raw === "true" ? "yes" : "no";
  return raw;
}

// Signed-in programme members see what changed; the page lists every recorded change, newest first.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const convening = await requireReadableConvening(person, params.conveningId);
  const changes = await listChanges(convening.id);
  // When a change was made is the reader's own moment: their zone when known, else the place's.
  const viewerZone = viewerZoneFromCookie(request.headers.get("Cookie"));
  const readerZone = viewerZone && isValidTimeZone(viewerZone) ? viewerZone : convening.timeZone;
  return json({
    convening: { id: convening.id, title: convening.title },
    changes: changes.map((change) => {
      const zone = isValidTimeZone(change.timeZone) ? change.timeZone : convening.timeZone;
      return {
        id: change.id,
        kind: change.kind,
        subject: change.subject,
        who: change.personName || "The programme team",
        when: `${formatDayHeading(change.at, readerZone)}, ${formatLocalTime(change.at, readerZone)}`,
        whenIso: change.at.toISOString(),
        reason: change.reason,
        lines: change.changes
          .filter((item) => !(change.kind === "session-added" && item.field === "startsAt"))
          .map((item) => ({
            label: FIELD_LABELS[item.field] ?? item.field,
            from: describe(item.field, item.from, zone),
            to: describe(item.field, item.to, zone),
          })),
        added: change.kind === "session-added" ? describe("startsAt", change.changes[0]?.to ?? "", zone) : null,
      };
    }),
  });
}

export default function ChangesPage() {
  const { convening, changes } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to={`/convenings/${convening.id}`}>Back to {convening.title}</Link>
      </p>
      <h1>Changes to {convening.title}</h1>
      {changes.length === 0 ? (
        <div className="empty-state">
          <h2>No changes since it was published</h2>
          <p>When dates, places or sessions change, each change is listed here with who made it and when.</p>
        </div>
      ) : (
        <ol className="change-list">
          {changes.map((change) => (
            <li key={change.id} className="card">
              <p className="cluster">
                <span className="badge">
                  {(CHANGE_KIND_LABELS as Record<string, string>)[change.kind] ?? change.kind}
                </span>
                <strong>{change.subject}</strong>
              </p>
              {change.added ? <p>Scheduled for {change.added}.</p> : null}
              {change.lines.length > 0 && change.kind !== "convening-published" ? (
                <ul>
                  {change.lines.map((line, index) => (
                    <li key={index}>
                      {line.label}: {line.from} → {line.to}
                    </li>
                  ))}
                </ul>
              ) : null}
              {change.reason ? <p>Reason: {change.reason}</p> : null}
              <p className="muted">
                By {change.who}, <time dateTime={change.whenIso}>{change.when}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
