// The market at a glance: performance, records, the day's moves and breaks, breadth and concentration, rates, the
// next catalyst.
import * as echarts from "echarts";
import { Breakout, CalendarEvent, Instrument, Move, Perf, Records, SeriesGaps, get } from "../api";
import { daysBefore } from "../dates";
import { leavePage, onLeave } from "../disposal";
import { asOf, current, update } from "../state";
import { level } from "../numbers";
import { card, coverage, el, fill, fmt, signed, table } from "../ui";

function gauge(value: number, title: string): HTMLElement {
  const box = el("div", { class: "chart small", "data-gauge": title });
  requestAnimationFrame(() => {
    const chart = echarts.init(box, undefined, { renderer: "canvas" });
    onLeave(() => chart.dispose());
    chart.setOption({
      series: [{ type: "gauge", min: 0, max: 100, progress: { show: true, width: 14 },
        axisLine: { lineStyle: { width: 14 } }, detail: { valueAnimation: false, formatter: "{value}%", fontSize: 22 },
        title: { offsetCenter: [0, "75%"] }, data: [{ value: Number(value.toFixed(1)), name: title }] }],
    });
  });
  return box;
}

export async function overview(root: HTMLElement, instruments: Instrument[]): Promise<void> {
  const indices = instruments.filter(i => i.kind === "INDEX").map(i => i.symbol);
  // what the note would watch on the date: the indices, else the funds and other instruments the reference knows
  const universe = await get<string[]>("universe", { as_of: asOf });
  const period = current().params.get("period") ?? "mtd";
  const select = el("select", { id: "period" }, el("option", { value: "mtd" }, "Month to date"),
    el("option", { value: "ytd" }, "Year to date"));
  select.value = period;
  select.addEventListener("change", () => { update({ period: select.value }); leavePage(); void overview(root, instruments); });
  const cards = {
    perf: card("Performance", true), records: card("Record highs this year"), moves: card("The day's moves"),
    breaks: card("Breakouts, last five sessions"), breadth: card("Breadth"), concentration: card("Concentration"),
    rates: card("Rates and spreads"), next: card("Next catalyst"),
  };
  root.replaceChildren(el("h1", {}, `Market overview, ${asOf}`), el("div", { class: "controls" },
    el("label", {}, "Period ", select)), el("div", { class: "grid" }, ...Object.values(cards).map(c => c.root)));
  if (universe.length === 0) {
    for (const c of Object.values(cards)) {
      c.body.className = "";
      c.body.replaceChildren(el("p", { class: "empty" }, c === cards.perf ? "The store holds no index and no "
        + "instrument Bellwether knows: import bars (bellwether import bars FILE) or run bellwether demo."
        : "Nothing to show for this date."));
    }
    return;
  }
  // a series stale on the date has no figure for a period ending then: it is left out, and the card says so
  const withBars = universe.filter(s => instruments.some(i => i.symbol === s && i.daily_bars > 0));
  const gaps = withBars.length ? (await get<{ series: SeriesGaps[] }>("gaps", { symbols: withBars.join(","),
    as_of: asOf })).series : [];
  const stale = gaps.filter(g => g.stale_since !== null);
  const fresh = withBars.filter(s => !stale.some(g => g.symbol === s));
  const leftOut = stale.length ? el("p", { class: "left-out" }, "Left out, with no data near " + asOf + ": "
    + stale.map(g => `${g.symbol} (stale since ${g.stale_since})`).join(", ")) : null;
  await Promise.all([
    fill(cards.perf.body, async () => {
      if (!fresh.length) {
        return leftOut;
      }
      const perf = await get<Perf>("perf", { symbols: fresh.join(","), period, as_of: asOf });
      const rows = perf.rows.map(r => [r.symbol, fmt(r.start_level), r.start_date, fmt(r.end_level), r.end_date,
        signed(r.return_pct)]);
      const relative = perf.relative_bp.map(r => `${r.a} vs ${r.b}: ${r.bp >= 0 ? "+" : ""}${fmt(r.bp, 0)} bp`);
      return el("div", {}, table(["Symbol", "Start level", "Start", "End level", "End", "Change"], rows,
        [false, true, false, true, false, true]), el("p", {}, relative.join(" · ")), ...(leftOut ? [leftOut] : []));
    }),
    fill(cards.records.body, async () => {
      const year = Number(asOf.slice(0, 4));
      const all = await Promise.all(fresh.map(s => get<Records>(`records/${s}`, { year, as_of: asOf })));
      return table(["Symbol", "Records", "Last"], all.map(r => [r.symbol, String(r.count),
        r.records.length ? r.records[r.records.length - 1].date : "–"]), [false, true, false]);
    }),
    fill(cards.moves.body, async () => {
      const all = await Promise.all(fresh.map(async s => ({ s, moves: (await get<{ moves: Move[] }>(`moves/${s}`,
        { from: daysBefore(asOf, 7), to: asOf, k: 0 })).moves })));
      const rows = all.filter(x => x.moves.length).map(x => {
        const m = x.moves[x.moves.length - 1];
        return [x.s, m.date, signed(m.return_pct), el("span", { class: Math.abs(m.z) >= 2 ? "down" : "" },
          `${fmt(m.z, 1)} σ`)];
      });
      return rows.length ? table(["Symbol", "Session", "Return", "Size"], rows, [false, false, true, true]) : null;
    }),
    fill(cards.breaks.body, async () => {
      const withMinutes = universe.filter(s => instruments.some(i => i.symbol === s && i.intraday_bars > 0));
      const all = await Promise.all(withMinutes.map(async s => ({ s, rows: (await get<{ breakouts: Breakout[] }>(
        `breakouts/${s}`, { from: daysBefore(asOf, 7), to: asOf, intraday: true })).breakouts })));
      const rows = all.flatMap(x => x.rows.filter(b => b.confirmed).map(b => [x.s, b.time.slice(0, 16).replace("T", " "),
        fmt(b.level), b.direction, `${fmt(b.volume_ratio, 2)}×`]));
      return rows.length ? table(["Symbol", "Bar", "Level", "Way", "Volume"], rows, [false, false, true, false, true])
        : null;
    }),
    fill(cards.breadth.body, async () => {
      for (const s of indices) {
        try {
          const b = await get<{ above50d_pct: number; advancers: number; decliners: number; members: number;
            with_data: number; weight_with_data_pct: number | null; partial: boolean }>(`breadth/${s}`, { as_of: asOf });
          return el("div", {}, gauge(b.above50d_pct, `${s} above 50-day average`),
            el("p", {}, `${b.advancers} advancers, ${b.decliners} decliners`), coverage(b));
        } catch { /* an index without members: try the next */ }
      }
      return null;
    }),
    fill(cards.concentration.body, async () => {
      for (const s of indices.slice(1).concat(indices.slice(0, 1))) {
        try {
          const c = await get<{ top_weight_pct: number; cap_minus_equal_bp: number; members: number;
            with_data: number; weight_with_data_pct: number | null; partial: boolean }>(`concentration/${s}`,
            { as_of: asOf, top: 5 });
          return el("div", {}, gauge(c.top_weight_pct, `${s} top five weight`),
            el("p", {}, `cap- minus equal-weighted since year end: ${fmt(c.cap_minus_equal_bp, 0)} bp`), coverage(c));
        } catch { /* no members with weights */ }
      }
      return null;
    }),
    fill(cards.rates.body, async () => {
      const rates = await get<{ series: { series: string; level: number; change_1d_bp: number;
        change_mtd_bp: number; spread_move: string | null; stale_since: string | null; unit: string | null }[] }>(
        "rates", { as_of: asOf });
      return rates.series.length ? table(["Series", "Level", "1d bp", "MTD bp", ""], rates.series.map(r => [r.series,
        level(r.level, r.unit), signed(r.change_1d_bp, 0, ""), signed(r.change_mtd_bp, 0, ""),
        r.stale_since ? `stale since ${r.stale_since}` : r.spread_move ?? ""]), [false, true, true, true, false]) : null;
    }),
    fill(cards.next.body, async () => {
      const calendar = await get<{ next_catalyst: CalendarEvent | null }>("calendar",
        { from: asOf, to: asOf, as_of: asOf });
      const next = calendar.next_catalyst;
      return next ? el("p", {}, el("strong", {}, next.headline), el("br"), `expected ${next.expected_date}`) : null;
    }),
  ]);
}
