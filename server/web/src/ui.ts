// Small DOM helpers shared by the pages: elements, number formats, loading, empty and error states.
import { ApiError } from "./api";
import { fmt } from "./numbers";

export { fmt } from "./numbers";

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {},
    ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
}

export function card(title: string, wide = false): { root: HTMLElement; body: HTMLElement } {
  const body = el("div", { class: "loading" }, "Loading");
  const root = el("section", { class: wide ? "card wide" : "card" }, el("h2", {}, title), body);
  return { root, body };
}

/** Runs {@code work} into {@code body}: a loading line first, then its content, "nothing" or the error. */
export async function fill(body: HTMLElement, work: () => Promise<Node | null>): Promise<void> {
  body.className = "loading";
  body.replaceChildren("Loading");
  try {
    const content = await work();
    body.className = "";
    body.replaceChildren(content ?? el("p", { class: "empty" }, "Nothing to show for this date."));
  } catch (error) {
    body.className = "";
    body.replaceChildren(errorBox(error));
  }
}

export function errorBox(error: unknown): HTMLElement {
  const message = error instanceof ApiError ? `${error.message} (${error.status})`
    : error instanceof Error ? error.message : String(error);
  return el("div", { class: "error", role: "alert" }, message);
}

export function signed(value: number | null | undefined, decimals = 2, unit = "%"): HTMLElement {
  const text = value === null || value === undefined || !Number.isFinite(value) ? "–"
    : `${value >= 0 ? "+" : ""}${fmt(value, decimals)}${unit}`;
  return el("span", { class: value === null || value === undefined ? "" : value >= 0 ? "up" : "down" }, text);
}

export function table(headers: string[], rows: (Node | string)[][], numeric: boolean[] = []): HTMLTableElement {
  const head = el("tr", {}, ...headers.map((h, i) => el("th", numeric[i] ? { class: "num" } : {}, h)));
  const body = rows.map(row => el("tr", {}, ...row.map((cell, i) => el("td", numeric[i] ? { class: "num" } : {},
    cell))));
  return el("table", {}, el("thead", {}, head), el("tbody", {}, ...body));
}

/**
 * How many members a member aggregate stands on (and the index weight they hold, when known), and whether too few to
 * speak for the index.
 */
export function coverage(a: { members: number; with_data: number; weight_with_data_pct: number | null;
    partial: boolean }): HTMLElement {
  const weight = a.weight_with_data_pct == null ? "" : ` (${fmt(a.weight_with_data_pct, 1)}% of the index weight)`;
  return el("p", { class: a.partial ? "partial" : "coverage" }, `${a.with_data} of ${a.members} members${weight} with `
    + "data" + (a.partial ? ": partial, the figures are of those members, not of the index" : ""));
}
