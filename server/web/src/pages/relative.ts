// Two or more symbols rebased to 100, the rolling correlation and beta of the first two, and the correlation heat
// map of the indices.
import * as echarts from "echarts";
import { Bar, Instrument, get } from "../api";
import { asOf, current, update } from "../state";
import { card, el, fill } from "../ui";

function yearBefore(date: string): string {
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

function plot(option: echarts.EChartsOption): HTMLElement {
  const box = el("div", { class: "chart" });
  requestAnimationFrame(() => echarts.init(box).setOption(option));
  return box;
}

export async function relative(root: HTMLElement, instruments: Instrument[]): Promise<void> {
  const params = current().params;
  const indices = instruments.filter(i => i.kind === "INDEX").map(i => i.symbol);
  const symbols = (params.get("symbols") ?? indices.slice(0, 3).join(",")).toUpperCase();
  const from = params.get("from") ?? yearBefore(asOf);
  const window = params.get("window") ?? "63";
  const symbolsInput = el("input", { id: "symbols", value: symbols, size: "24" });
  const fromInput = el("input", { id: "from", type: "date", value: from });
  const windowInput = el("input", { id: "window", type: "number", value: window, min: "5", max: "252" });
  const redraw = () => {
    update({ symbols: symbolsInput.value, from: fromInput.value, window: windowInput.value });
    void relative(root, instruments);
  };
  [symbolsInput, fromInput, windowInput].forEach(input => input.addEventListener("change", redraw));
  const list = symbols.split(",").map(s => s.trim()).filter(Boolean);
  const lines = card("Rebased to 100", true);
  const rolling = card(`Rolling ${window}-session correlation and beta: ${list[0] ?? ""} on ${list[1] ?? ""}`, true);
  const heat = card("Correlation of daily returns", true);
  root.replaceChildren(el("h1", {}, "Relative performance and correlation"), el("div", { class: "controls" },
    el("label", {}, "symbols ", symbolsInput), el("label", {}, "from ", fromInput),
    el("label", {}, "window ", windowInput)), el("div", { class: "grid" }, lines.root, rolling.root, heat.root));
  await Promise.all([
    fill(lines.body, async () => {
      const all = await Promise.all(list.map(s => get<{ bars: Bar[] }>(`bars/${s}`, { from, to: asOf })));
      if (all.every(b => b.bars.length === 0)) return null;
      return plot({ tooltip: { trigger: "axis" }, legend: {}, xAxis: { type: "time" }, yAxis: { type: "value",
        scale: true }, series: all.map((b, i) => ({ type: "line", name: list[i], showSymbol: false,
        data: b.bars.map(bar => [bar.time, bar.close / b.bars[0].close * 100]) })) });
    }),
    fill(rolling.body, async () => {
      if (list.length < 2) return el("p", { class: "empty" }, "Name two symbols.");
      const r = await get<{ dates: string[]; beta: (number | null)[]; correlation: (number | null)[] }>("rolling",
        { a: list[0], b: list[1], from, to: asOf, window });
      return plot({ tooltip: { trigger: "axis" }, legend: {}, xAxis: { type: "category", data: r.dates },
        yAxis: { type: "value", scale: true }, series: [
          { type: "line", name: "correlation", showSymbol: false, data: r.correlation },
          { type: "line", name: "beta", showSymbol: false, data: r.beta }] });
    }),
    fill(heat.body, async () => {
      const names = indices.length >= 2 ? indices : list;
      const m = await get<{ symbols: string[]; matrix: number[][] }>("correlations",
        { symbols: names.join(","), from, to: asOf });
      const data = m.matrix.flatMap((row, i) => row.map((value, j) => [j, i, Number(value.toFixed(2))]));
      return plot({ tooltip: {}, xAxis: { type: "category", data: m.symbols }, yAxis: { type: "category",
        data: m.symbols }, visualMap: { min: -1, max: 1, calculable: true, orient: "horizontal", left: "center",
        bottom: 0, inRange: { color: ["#b91c1c", "#ffffff", "#1f77b4"] } }, series: [{ type: "heatmap", data,
        label: { show: true } }] });
    }),
  ]);
}
