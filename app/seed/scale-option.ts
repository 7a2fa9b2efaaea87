// The seed's `--scale N` option: how many times the demo's size to load (1 is the demo as it is).
import { MAX_SCALE } from "./scaled-programme";

export type ScaleOption = { ok: true; scale: number } | { ok: false; message: string };

/** Reads `--scale N` (or `--scale=N`) from the arguments; 1 when it is absent. */
export function parseScaleOption(args: string[]): ScaleOption {
  const index = args.findIndex((arg) => arg === "--scale" || arg.startsWith("--scale="));
  if (index === -1) return { ok: true, scale: 1 };
  const raw = args[index].startsWith("--scale=") ? args[index].slice("--scale=".length) : args[index + 1];
  const scale = Number(raw);
  if (raw === undefined || !/^\d+$/.test(raw) || scale < 1 || scale > MAX_SCALE)
    return {
      ok: false,
      message: `--scale takes a whole number from 1 to ${MAX_SCALE} (1 is the demo as it is), not ${raw === undefined ? "nothing" : `"${raw}"`}.`,
    };
  return { ok: true, scale };
}
