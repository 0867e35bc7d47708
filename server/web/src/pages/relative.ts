// Two or more symbols rebased to 100, the rolling correlation and beta of the first two, and the correlation heat
// map of the indices and of the cap-weighted sectors of one index's members.
import * as echarts from "echarts";
import { Bar, Instrument, get } from "../api";
import { yearBefore } from "../dates";
import { leavePage, onLeave } from "../disposal";
import { asOf, current, update } from "../state";
import { card, el, fill } from "../ui";

function plot(option: echarts.EChartsOption, height?: number): HTMLElement {
  const box = el("div", { class: "chart" });
  if (height) box.style.height = `${height}px`;
  // drawn at once: an analysis view, and screenshots that show the whole chart
  requestAnimationFrame(() => {
    const chart = echarts.init(box);
    onLeave(() => chart.dispose());
    chart.setOption({ animation: false, ...option });
  });
  return box;
}

export async function relative(root: HTMLElement, instruments: Instrument[]): Promise<void> {
  const params = current().params;
  const indices = instruments.filter(i => i.kind === "INDEX").map(i => i.symbol);
  const symbols = (params.get("symbols") ?? indices.slice(0, 3).join(",")).toUpperCase();
  const from = params.get("from") ?? yearBefore(asOf);
  const window = params.get("window") ?? "63";
  const sectors = params.get("sectors") ?? indices[0] ?? "none"; // an index, or "none"
  const sectorsOf = sectors === "none" ? "" : sectors.toUpperCase();
  const symbolsInput = el("input", { id: "symbols", value: symbols, size: "24" });
  const fromInput = el("input", { id: "from", type: "date", value: from });
  const windowInput = el("input", { id: "window", type: "number", value: window, min: "5", max: "252" });
  const sectorsInput = el("select", { id: "sectors" }, el("option", { value: "none" }, "none"),
    ...indices.map(i => el("option", { value: i }, i)));
  sectorsInput.value = sectorsOf || "none";
  const redraw = () => {
    update({ symbols: symbolsInput.value, from: fromInput.value, window: windowInput.value,
      sectors: sectorsInput.value });
    leavePage();
    void relative(root, instruments);
  };
  [symbolsInput, fromInput, windowInput, sectorsInput].forEach(input => input.addEventListener("change", redraw));
  const list = symbols.split(",").map(s => s.trim()).filter(Boolean);
  const lines = card("Rebased to 100", true);
  const rolling = card(`Rolling ${window}-session correlation and beta: ${list[0] ?? ""} on ${list[1] ?? ""}`, true);
  const heat = card(`Correlation of daily returns${sectorsOf ? `: indices and ${sectorsOf} sectors` : ""}`, true);
  root.replaceChildren(el("h1", {}, "Relative performance and correlation"), el("div", { class: "controls" },
    el("label", {}, "symbols ", symbolsInput), el("label", {}, "from ", fromInput),
    el("label", {}, "window ", windowInput), el("label", {}, "sectors of ", sectorsInput)), el("div", { class: "grid" }, lines.root, rolling.root, heat.root));
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
      const m = await get<{ names: string[]; matrix: (number | null)[][] }>("correlations",
        { symbols: names.join(","), from, to: asOf, sectors: sectorsOf });
      const data = m.matrix.flatMap((row, i) => row.map((value, j) => [j, i, value === null ? "-"
        : Number(value.toFixed(2))]));
      return plot({ tooltip: {}, grid: { containLabel: true, bottom: 60 }, xAxis: { type: "category", data: m.names,
        axisLabel: { rotate: 40 } }, yAxis: { type: "category", data: m.names }, visualMap: { min: -1, max: 1,
        calculable: true, orient: "horizontal", left: "center", bottom: 0, inRange: { color: ["#b91c1c", "#ffffff",
        "#1f77b4"] } }, series: [{ type: "heatmap", data,
        label: { show: true } }] }, Math.max(360, 30 * m.names.length + 160));
    }),
  ]);
}
