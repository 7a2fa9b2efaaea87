// The IANA zones as a datalist, so a zone field is searched by typing any part of its name
// ("york", "London"); the server accepts only zones on this list.
export const TIME_ZONE_LIST_ID = "iana-time-zones";

export function TimeZoneList({ zones }: { zones: string[] }) {
  return (
    <datalist id={TIME_ZONE_LIST_ID}>
      {zones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}
