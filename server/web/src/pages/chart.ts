// Candlesticks with volume, daily or 1-minute, with the support and resistance levels, breakouts and events marked,
// and a second symbol overlaid rebased to 100.
import { CandlestickSeries, HistogramSeries, LineSeries, createChart, createSeriesMarkers, SeriesMarker, Time }
  from "lightweight-charts";
import { Bar, Breakout, CalendarEvent, Instrument, Level, get } from "../api";
import { barTime, markerTime, onBars } from "../chartTime";
import { daysBefore } from "../dates";
import { leavePage, onLeave } from "../disposal";
import { asOf, current, update } from "../state";
import { el, errorBox } from "../ui";

export async function chart(root: HTMLElement, instruments: Instrument[]): Promise<void> {
  const params = current().params;
  const priced = instruments.filter(i => i.daily_bars > 0 && i.kind !== "MACRO");
  const symbol = params.get("symbol") ?? priced.find(i => i.kind === "INDEX")?.symbol ?? priced[0]?.symbol ?? "";
  const interval = params.get("interval") === "1m" ? "1m" : "1d";
  const day = params.get("date") ?? asOf;
  const compare = params.get("compare") ?? "";
  const symbolSelect = el("select", { id: "symbol" }, ...priced.filter(i => i.kind !== "STOCK").map(i =>
    el("option", { value: i.symbol }, `${i.symbol} ${i.name ?? ""}`)));
  symbolSelect.value = symbol;
  const intervalSelect = el("select", { id: "interval" }, el("option", { value: "1d" }, "Daily"),
    el("option", { value: "1m" }, "1-minute"));
  intervalSelect.value = interval;
  const dayInput = el("input", { id: "day", type: "date", value: day });
  const compareInput = el("input", { id: "compare", placeholder: "compare, e.g. SPX", value: compare, size: "10" });
  const box = el("div", { class: "chart", id: "price-chart" });
  const status = el("p", { class: "loading" }, "Loading");
  const redraw = () => {
    update({ symbol: symbolSelect.value, interval: intervalSelect.value, date: dayInput.value,
      compare: compareInput.value.toUpperCase() });
    leavePage();
    void chart(root, instruments);
  };
  [symbolSelect, intervalSelect, dayInput, compareInput].forEach(input => input.addEventListener("change", redraw));
  root.replaceChildren(el("h1", {}, `${symbol}, ${interval === "1m" ? `1-minute bars on ${day}` : "daily bars"}`),
    el("div", { class: "controls" }, symbolSelect, intervalSelect, el("label", {}, "day ", dayInput), compareInput),
    el("div", { class: "card" }, box, status));
  if (!symbol) {
    status.className = "empty";
    status.textContent = "The store holds no prices: run bellwether demo.";
    return;
  }
  try {
    const from = interval === "1m" ? day : daysBefore(asOf, 183);
    const to = interval === "1m" ? day : asOf;
    const [bars, levels, breaks, calendar] = await Promise.all([
      get<{ bars: Bar[] }>(`bars/${symbol}`, { from, to, interval }),
      get<{ levels: Level[] }>(`levels/${symbol}`, { as_of: to, intraday: interval === "1m" })
        .catch(() => ({ levels: [] as Level[] })),
      get<{ breakouts: Breakout[] }>(`breakouts/${symbol}`, { from, to, intraday: interval === "1m" })
        .catch(() => ({ breakouts: [] as Breakout[] })),
      get<{ events: CalendarEvent[] }>("calendar", { from, to }).catch(() => ({ events: [] as CalendarEvent[] })),
    ]);
    if (bars.bars.length === 0) {
      status.className = "empty";
      status.textContent = `No ${interval === "1m" ? "1-minute" : "daily"} bars of ${symbol} from ${from} to ${to}.`;
      return;
    }
    const time = barTime;
    const graph = createChart(box, { autoSize: true, timeScale: { timeVisible: interval === "1m" },
      layout: { attributionLogo: false }, leftPriceScale: { visible: compare !== "" } });
    onLeave(() => graph.remove());
    const candles = graph.addSeries(CandlestickSeries, { upColor: "#15803d", downColor: "#b91c1c",
      wickUpColor: "#15803d", wickDownColor: "#b91c1c", borderVisible: false });
    // a bar stored without its open opens at the previous close
    candles.setData(bars.bars.map((b, i) => ({ time: time(b.time), open: b.open ?? bars.bars[Math.max(0, i - 1)].close,
      high: b.high ?? b.close, low: b.low ?? b.close, close: b.close })));
    const volume = graph.addSeries(HistogramSeries, { priceScaleId: "volume", priceFormat: { type: "volume" },
      color: "#9aa5b1" });
    graph.priceScale("volume").applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
    volume.setData(bars.bars.filter(b => b.volume !== null).map(b => ({ time: time(b.time), value: b.volume ?? 0 })));
    // the most-touched levels, and every level broken in the range: more would hide the bars
    const strongest = [...levels.levels].sort((a, b) => b.touches - a.touches).slice(0, 6);
    for (const level of strongest) {
      candles.createPriceLine({ price: level.price, color: level.kind === "resistance" ? "#b91c1c" : "#15803d",
        lineWidth: 1, lineStyle: 2, title: `${level.kind} ${level.price.toFixed(2)} (${level.touches})` });
    }
    for (const b of breaks.breakouts) {
      candles.createPriceLine({ price: b.level, color: "#1f77b4", lineWidth: 2, lineStyle: 0,
        title: `${b.direction === "up" ? "resistance" : "support"} ${b.level.toFixed(2)} broken ${b.time.slice(11, 16)}` });
    }
    const markers: SeriesMarker<Time>[] = [];
    const toTime = (iso: string): Time => markerTime(iso, interval);
    for (const b of breaks.breakouts) {
      markers.push({ time: toTime(b.time), position: b.direction === "up" ? "belowBar" : "aboveBar",
        color: b.confirmed ? "#1f77b4" : "#9aa5b1", shape: b.direction === "up" ? "arrowUp" : "arrowDown",
        text: `break ${b.level.toFixed(2)}${b.confirmed ? "" : " (unconfirmed)"}` });
    }
    for (const e of calendar.events) {
      markers.push({ time: toTime(e.time), position: "aboveBar", color: "#8a5a00", shape: "circle",
        text: e.headline.slice(0, 40) });
    }
    const shown = onBars(markers, bars.bars.map(b => time(b.time)));
    box.dataset.markers = String(shown.length);
    createSeriesMarkers(candles, shown);
    if (compare) {
      const other = await get<{ bars: Bar[] }>(`bars/${compare}`, { from, to, interval });
      const rebase = (rows: Bar[]) => rows.map(b => ({ time: time(b.time), value: b.close / rows[0].close * 100 }));
      graph.addSeries(LineSeries, { priceScaleId: "left", color: "#1d2330", lineWidth: 1, title: `${symbol} = 100` })
        .setData(rebase(bars.bars));
      graph.addSeries(LineSeries, { priceScaleId: "left", color: "#f59e0b", lineWidth: 2, title: `${compare} = 100` })
        .setData(rebase(other.bars));
    }
    graph.timeScale().fitContent();
    status.className = "";
    status.textContent = `${bars.bars.length} bars; ${strongest.length} of ${levels.levels.length} levels `
      + `shown; ${breaks.breakouts.length} breaks (New York time).`;
  } catch (error) {
    status.replaceWith(errorBox(error));
  }
}
