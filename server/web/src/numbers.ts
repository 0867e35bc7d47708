// Number formats of the pages, free of the DOM so that they are tested on their own.

/** {@code value} with {@code decimals} decimals and thousands separators; a dash when there is none. */
export function fmt(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A macro series' level in its unit: a percent sign only for a series measured in percent (a yield, not GDP). */
export function level(value: number | null | undefined, unit: string | null): string {
  return `${fmt(value)}${unit === "percent" && Number.isFinite(value) ? "%" : ""}`;
}
