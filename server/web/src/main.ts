// The dashboard: a single page whose views live in the URL hash, all data from /api/v1.
import { Instrument, get, rememberToken } from "./api";
import { alerts } from "./pages/alerts";
import { chart } from "./pages/chart";
import { note } from "./pages/note";
import { overview } from "./pages/overview";
import { relative } from "./pages/relative";
import { screens } from "./pages/screens";
import { asOf, current, setAsOf, update } from "./state";
import { el, errorBox } from "./ui";

type Page = (root: HTMLElement, instruments: Instrument[]) => Promise<void>;
const PAGES: Record<string, Page> = { overview, chart, relative, screens, note, alerts };

let instruments: Instrument[] | null = null;

/** The instruments, the indices first in the store's default universe order (the most members first). */
async function ordered(): Promise<Instrument[]> {
  const [all, universe] = await Promise.all([get<Instrument[]>("instruments"), get<string[]>("universe")]);
  const rank = (i: Instrument) => { const at = universe.indexOf(i.symbol); return at < 0 ? universe.length : at; };
  return [...all].sort((a, b) => rank(a) - rank(b));
}

async function show(): Promise<void> {
  const root = document.getElementById("page") as HTMLElement;
  const route = current();
  rememberToken(route.params.get("token"));
  document.querySelectorAll("nav a").forEach(a => a.classList.toggle("active",
    a.getAttribute("data-page") === route.page));
  try {
    instruments ??= await ordered();
    const lastSession = instruments.filter(i => i.daily_bars > 0 && i.last_date).map(i => i.last_date as string)
      .sort().pop() ?? new Date().toISOString().slice(0, 10);
    setAsOf(route.params.get("as_of") ?? lastSession);
    (document.getElementById("as-of") as HTMLInputElement).value = asOf;
    const page = PAGES[route.page];
    if (!page) {
      root.replaceChildren(el("p", { class: "error" }, `No page called ${route.page}.`));
      return;
    }
    await page(root, instruments);
  } catch (error) {
    root.replaceChildren(errorBox(error));
  }
}

async function showDataNote(): Promise<void> {
  try {
    const response = await fetch("api/v1/instruments");
    const simulated = response.headers.get("X-Bellwether-Data");
    if (simulated) {
      const note = document.getElementById("data-note") as HTMLElement;
      note.textContent = simulated;
      note.hidden = false;
    }
  } catch {
    // the page shows the error
  }
}

document.getElementById("as-of")?.addEventListener("change", event => {
  update({ as_of: (event.target as HTMLInputElement).value });
  void show();
});
window.addEventListener("hashchange", () => void show());
void showDataNote();
void show();
