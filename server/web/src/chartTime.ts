// Times on the price chart. lightweight-charts draws its axis in UTC, so a 1-minute bar's instant is shown as its New
// York wall-clock time read as UTC; daily bars are their dates. Bars and markers go through the same conversion, so
// that a marker lands on its bar.
import { Time, UTCTimestamp } from "lightweight-charts";

const NEW_YORK = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hourCycle: "h23",
  year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** An instant (epoch seconds) as its New York wall-clock time read as UTC. */
export function newYork(epochSeconds: number): UTCTimestamp {
  const part = (parts: Intl.DateTimeFormatPart[], type: string) => Number(parts.find(p => p.type === type)?.value);
  const parts = NEW_YORK.formatToParts(new Date(epochSeconds * 1000));
  return (Date.UTC(part(parts, "year"), part(parts, "month") - 1, part(parts, "day"), part(parts, "hour"),
    part(parts, "minute"), part(parts, "second")) / 1000) as UTCTimestamp;
}

/** A bar's time on the axis: a 1-minute bar's start (epoch seconds) in New York time, a daily bar's date as is. */
export function barTime(time: string | number): Time {
  return typeof time === "number" ? newYork(time) : time;
}

/**
 * The axis time of the bar an event at {@code iso} (an ISO instant with its offset) falls in: its minute for 1-minute
 * bars, its date (as written, in the exchange's offset) for daily bars.
 */
export function markerTime(iso: string, interval: "1d" | "1m"): Time {
  return interval === "1m" ? newYork(Math.floor(Date.parse(iso) / 60_000) * 60) : iso.slice(0, 10);
}

/** The markers that fall on one of {@code barTimes}, in time order (lightweight-charts wants them sorted). */
export function onBars<T extends { time: Time }>(markers: T[], barTimes: Time[]): T[] {
  const shown = new Set(barTimes.map(key));
  return markers.filter(m => shown.has(key(m.time)))
    .sort((a, b) => (key(a.time) < key(b.time) ? -1 : key(a.time) > key(b.time) ? 1 : 0));
}

/** A time as a sortable text: seconds padded, dates as written (the chart never gets business-day objects). */
function key(time: Time): string {
  return typeof time === "number" ? String(time).padStart(12, "0")
    : typeof time === "string" ? time : `${time.year}-${time.month}-${time.day}`;
}
