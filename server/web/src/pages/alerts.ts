// Alerts: the store's alert history, and new alerts live as the alert runner fires them (server-sent events from
// /api/v1/alerts/stream; the feed is live when the server was started by `bellwether alerts run|replay --serve`).
import { get, streamUrl } from "../api";
import { card, el, fill } from "../ui";

interface Alert {
  key: string;
  rule: string;
  type: string;
  severity: string;
  symbol: string | null;
  at: string;
  note: string;
  facts: Record<string, unknown>;
}

interface Health {
  alerts: { running: boolean; events?: number; alerts?: number; stream_clients: number };
}

let stream: EventSource | null = null;

function count(n: number | undefined, noun: string): string {
  const value = n ?? 0;
  return `${value.toLocaleString("en-US")} ${noun}${value === 1 ? "" : "s"}`;
}

function row(alert: Alert, fresh: boolean): HTMLElement {
  const time = new Date(alert.at).toLocaleString("en-US", { timeZone: "America/New_York", dateStyle: "medium",
    timeStyle: "short" });
  const item = el("li", { class: `alert ${alert.severity}${fresh ? " fresh" : ""}`, "data-key": alert.key },
    el("span", { class: "severity" }, alert.severity), el("span", { class: "when" }, `${time} ET`),
    el("span", { class: "rule" }, alert.rule), el("p", {}, alert.note));
  item.title = JSON.stringify(alert.facts, null, 1);
  return item;
}

export async function alerts(root: HTMLElement): Promise<void> {
  const live = card("Live", true);
  const history = card("History", true);
  root.replaceChildren(el("h1", {}, "Alerts"), el("div", { class: "grid" }, live.root, history.root));
  const list = el("ul", { class: "alerts", id: "live-alerts" });
  stream?.close();
  await Promise.all([
    fill(live.body, async () => {
      const health = await get<Health>("health");
      const status = el("p", { class: "status", id: "feed-status" }, "Connecting…");
      const connect = async (): Promise<void> => {
        stream?.close();
        stream = new EventSource(await streamUrl());
        stream.onopen = () => {
          status.textContent = health.alerts.running
            ? `Connected: the alert runner has evaluated ${count(health.alerts.events, "event")} and fired `
              + `${count(health.alerts.alerts, "alert")}. New alerts appear here as they fire.`
            : "Connected. No alert runner feeds this server: start one with "
              + "bellwether alerts run --rules FILE --source ... --serve PORT.";
        };
        stream.onerror = () => {
          status.textContent = "The live feed is disconnected; reconnecting.";
          // a ticket opens one stream: the browser's own retry would reuse it, so reconnect with a new one
          if (stream?.readyState === EventSource.CLOSED && list.isConnected) {
            setTimeout(() => void connect().catch(() => undefined), 3000);
          }
        };
        stream.addEventListener("alert", event => {
          if (!list.isConnected) { // the user went to another page
            stream?.close();
            return;
          }
          list.prepend(row(JSON.parse((event as MessageEvent<string>).data) as Alert, true));
        });
      };
      await connect();
      return el("div", {}, status, list);
    }),
    fill(history.body, async () => {
      const latest = await get<{ alerts: Alert[] }>("alerts", { limit: 100 });
      if (latest.alerts.length === 0) {
        return el("p", { class: "empty" }, "No alerts yet: run bellwether alerts replay or bellwether alerts run.");
      }
      return el("ul", { class: "alerts", id: "alert-history" }, ...latest.alerts.map(a => row(a, false)));
    }),
  ]);
}
