// Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so that no time zone moves them.

/** The date {@code days} days before {@code date}. */
export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The same day a year before {@code date}: February 28 for a February 29, which the year before lacks. */
export function yearBefore(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  const lastOfMonth = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  return new Date(Date.UTC(year - 1, month - 1, Math.min(day, lastOfMonth))).toISOString().slice(0, 10);
}
