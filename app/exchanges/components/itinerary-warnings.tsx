// Every travel and lodging warning of the exchange, each linking to the thing to fix.
import type { WarningView } from "~/exchanges/itinerary-warnings";

export function ItineraryWarnings({ warnings }: { warnings: WarningView[] }) {
  if (warnings.length === 0)
    return (
      <p className="notice notice--success">
        No warnings: everyone can get there and back, with a room every night and their travel documents in order.
      </p>
    );
  return (
    <div className="notice notice--warning">
      <ul className="itinerary-warnings">
        {warnings.map((warning, index) => (
          <li key={index} data-warning={warning.kind}>
            <a href={warning.href}>{warning.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
