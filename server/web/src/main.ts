// The dashboard: a single page whose views live in the URL hash, all data from /api/v1.
import { ApiError, Instrument, forgetToken, get, rememberToken, send } from "./api";
import { alerts } from "./pages/alerts";
import { chart } from "./pages/chart";
import { note } from "./pages/note";
import { overview } from "./pages/overview";
import { relative } from "./pages/relative";
import { screens } from "./pages/screens";
import { leavePage } from "./disposal";
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
  leavePage();
  const route = current();
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
    void showDataNote();
  } catch (error) {
    root.replaceChildren(error instanceof ApiError && error.status === 401 ? signIn() : errorBox(error));
  }
}

/** The form that asks for the server's token (a server started with one answers nothing without it). */
function signIn(): HTMLElement {
  forgetToken();
  const input = el("input", { type: "password", id: "token", autocomplete: "current-password", required: "" });
  const form = el("form", { class: "sign-in", id: "sign-in" }, el("h1", {}, "Sign in"),
    el("p", {}, "This server needs the token it was started with (its --token-file or BELLWETHER_TOKEN)."),
    el("label", {}, "Token ", input), el("button", { type: "submit" }, "Sign in"));
  form.addEventListener("submit", event => {
    event.preventDefault();
    rememberToken(input.value.trim());
    void show();
  });
  return form;
}

/** The simulated-data banner, from the header every API answer carries on a simulated store. */
async function showDataNote(): Promise<void> {
  try {
    const simulated = (await send("health")).headers.get("X-Bellwether-Data");
    const note = document.getElementById("data-note") as HTMLElement;
    note.textContent = simulated ?? "";
    note.hidden = !simulated;
  } catch {
    // the page shows the error
  }
}

document.getElementById("as-of")?.addEventListener("change", event => {
  update({ as_of: (event.target as HTMLInputElement).value });
  void show();
});
window.addEventListener("hashchange", () => void show());
void show();
