// The universe screen and the zombie screen: sortable, filterable, exportable to CSV.
import { Instrument, get } from "../api";
import { asOf, current, update } from "../state";
import { card, coverage, el, fill, fmt } from "../ui";

type Row = Record<string, string | number | boolean | null>;

/** Columns that count things: shown without decimals. */
const COUNTS = new Set(["records_ytd"]);

/** A sortable, filterable table of {@code rows} with a CSV download of what is shown. */
function grid(name: string, columns: string[], rows: Row[], numeric: Set<string>): HTMLElement {
  let sortKey = columns[0];
  let descending = false;
  const filter = el("input", { placeholder: "filter", class: "filter", "data-grid": name });
  const body = el("tbody");
  const shown = (): Row[] => {
    const text = filter.value.trim().toUpperCase();
    const kept = rows.filter(r => !text || columns.some(c => String(r[c] ?? "").toUpperCase().includes(text)));
    return kept.sort((a, b) => {
      const x = a[sortKey];
      const y = b[sortKey];
      const order = typeof x === "number" && typeof y === "number" ? x - y : String(x ?? "").localeCompare(String(y ?? ""));
      return descending ? -order : order;
    });
  };
  const count = el("span", { class: "count" });
  const render = () => {
    const kept = shown();
    count.textContent = `${kept.length} of ${rows.length} rows`;
    body.replaceChildren(...kept.slice(0, 500).map(r => el("tr", {}, ...columns.map(c => el("td",
      numeric.has(c) ? { class: "num" } : {},
      typeof r[c] === "number" ? fmt(r[c], COUNTS.has(c) ? 0 : 2) : String(r[c] ?? "–"))))));
  };
  const head = el("tr", {}, ...columns.map(c => {
    const th = el("th", { class: numeric.has(c) ? "num sortable" : "sortable", "data-column": c }, c);
    th.addEventListener("click", () => {
      descending = sortKey === c ? !descending : numeric.has(c);
      sortKey = c;
      render();
    });
    return th;
  }));
  const download = el("button", { type: "button" }, "Export CSV");
  download.addEventListener("click", () => {
    const escape = (v: Row[string]) => /[",\n]/.test(String(v ?? "")) ? `"${String(v).replace(/"/g, '""')}"`
      : String(v ?? "");
    const csv = [columns.join(","), ...shown().map(r => columns.map(c => escape(r[c])).join(","))].join("\n");
    const link = el("a", { href: URL.createObjectURL(new Blob([csv], { type: "text/csv" })),
      download: `${name}-${asOf}.csv` });
    link.click();
  });
  filter.addEventListener("input", render);
  render();
  return el("div", {}, el("div", { class: "controls" }, filter, download, count),
    el("div", { class: "scroll" }, el("table", {}, el("thead", {}, head), body)));
}

export async function screens(root: HTMLElement, instruments: Instrument[]): Promise<void> {
  const params = current().params;
  const indices = instruments.filter(i => i.kind === "INDEX").map(i => i.symbol);
  const vs = params.get("vs") ?? (indices.includes("SPX") ? "SPX" : indices[0] ?? "");
  const index = params.get("index") ?? indices[0] ?? "";
  const vsInput = el("input", { id: "vs", value: vs, size: "8" });
  const indexInput = el("input", { id: "index", value: index, size: "8" });
  [vsInput, indexInput].forEach(input => input.addEventListener("change", () => {
    update({ vs: vsInput.value.toUpperCase(), index: indexInput.value.toUpperCase() });
    void screens(root, instruments);
  }));
  const universe = card(`Universe screen against ${vs}`, true);
  const zombies = card(`Zombie screen of ${index}`, true);
  root.replaceChildren(el("h1", {}, "Screens"), el("div", { class: "controls" }, el("label", {}, "vs ", vsInput),
    el("label", {}, "index ", indexInput)), el("div", { class: "grid" }, universe.root, zombies.root));
  await Promise.all([
    fill(universe.body, async () => {
      const screen = await get<{ rows: Row[]; source?: string }>("screen", { vs, as_of: asOf });
      if (!screen.rows.length) {
        return null;
      }
      const table = grid("screen", ["symbol", "return_mtd_pct", "return_ytd_pct", "volatility_20_pct", "beta_60",
        "correlation_60", "records_ytd", "breakout_252", "stale_since"], screen.rows, new Set(["return_mtd_pct", "return_ytd_pct",
        "volatility_20_pct", "beta_60", "correlation_60", "records_ytd"]));
      // a screen computed elsewhere (bellwether spark screen, then import results) says where it comes from
      return screen.source ? el("div", {}, el("p", { class: "source" }, `Imported from ${screen.source}`), table)
        : table;
    }),
    fill(zombies.body, async () => {
      const z = await get<{ share_pct: number; zombies: number; with_data: number; members: number;
        weight_with_data_pct: number | null; partial: boolean; companies: Row[] }>(`zombies/${index}`, { as_of: asOf });
      return el("div", {}, el("p", {}, `${z.zombies} of ${z.with_data} members (${fmt(z.share_pct, 1)}%) cannot `
        + "cover their interest."), coverage(z), grid("zombies", ["symbol", "sector", "period_end", "coverage", "zombie", "strict",
        "leverage", "floating_share"], z.companies, new Set(["coverage", "leverage", "floating_share"])));
    }),
  ]);
}
