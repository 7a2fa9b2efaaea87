import { json } from "@remix-run/node";
import { pingDb } from "~/utils/db.server";

export async function loader() {
  const isUp = await pingDb();
  return json(isUp ? { ok: true } : { ok: false, error: "database unavailable" }, {
    status: isUp ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
