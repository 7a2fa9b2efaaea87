// Tells the server the viewer's time zone (a `tz` cookie) so agendas can show "your time";
// without JavaScript nothing happens and pages show the place's time only.
import { useRevalidator } from "@remix-run/react";
import { useEffect } from "react";

export function ViewerTimeZone({ serverZone }: { serverZone: string | null }) {
  const revalidator = useRevalidator();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === serverZone) return;
    document.cookie = `tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; SameSite=Lax`;
    revalidator.revalidate();
    // Only on the first render with this zone: revalidating changes serverZone and ends the loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverZone]);
  return null;
}
