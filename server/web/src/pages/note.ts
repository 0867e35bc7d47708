// The note for a date with its charts, and a box to paste any note and see each claim marked green, red or grey.
import { Claim, Instrument, get, getText, post } from "../api";
import { asOf, current, update } from "../state";
import { card, el, errorBox, fill } from "../ui";

const RANK = { contradicted: 2, unverifiable: 1, verified: 0 } as const;

function describe(claim: Claim): string {
  const value = (v: number | null) => (v === null ? "–" : String(Math.round(v * 100) / 100));
  return `${claim.verdict}: ${claim.kind}, stated ${value(claim.stated)}, computed ${value(claim.computed)}. `
    + claim.explanation;
}

/** The pasted text with each claim's sentence marked by its worst verdict and explained on hover. */
function marked(text: string, claims: Claim[]): HTMLElement {
  const out = el("div", { class: "claims" });
  for (const line of text.split(/\n+/)) {
    const paragraph = el("p");
    const found = claims.filter(c => line.includes(c.text));
    const bySentence = new Map<string, Claim[]>();
    found.forEach(c => bySentence.set(c.text, [...(bySentence.get(c.text) ?? []), c]));
    const spans = [...bySentence.entries()].map(([sentence, cs]) => ({ sentence, cs, at: line.indexOf(sentence) }))
      .sort((a, b) => a.at - b.at);
    let cursor = 0;
    for (const { sentence, cs, at } of spans) {
      if (at < cursor) continue;
      paragraph.append(line.slice(cursor, at));
      const worst = cs.reduce((a, b) => (RANK[b.verdict] > RANK[a.verdict] ? b : a));
      paragraph.append(el("mark", { class: worst.verdict, title: cs.map(describe).join("\n"),
        "data-verdict": worst.verdict }, sentence));
      cursor = at + sentence.length;
    }
    paragraph.append(line.slice(cursor));
    out.append(paragraph);
  }
  return out;
}

/**
 * The note's date and universe: the date, and the symbols (the subject first), prefilled with the store's default
 * universe for the date; writing it puts both in the URL, so the note can be shared.
 */
function chooser(universe: string[], instruments: Instrument[]): HTMLElement {
  const date = el("input", { id: "note-as-of", type: "date", value: asOf });
  const symbols = el("input", { id: "note-universe", list: "note-symbols", size: "40", value: universe.join(","),
    title: "symbols separated by commas, the subject first" });
  const known = el("datalist", { id: "note-symbols" }, ...instruments.map(i => el("option", { value: i.symbol },
    i.name ?? i.symbol)));
  const write = el("button", { id: "write-note", type: "button" }, "Write the note");
  const form = el("form", { class: "note-chooser" }, el("label", {}, "Date ", date),
    el("label", {}, "Universe ", symbols), known, write);
  const submit = () => {
    update({ as_of: date.value, universe: symbols.value.replace(/\s+/g, "").toUpperCase() });
    dispatchEvent(new HashChangeEvent("hashchange")); // the page is drawn again for the new date and universe
  };
  write.addEventListener("click", submit);
  form.addEventListener("submit", event => { event.preventDefault(); submit(); });
  return form;
}

export async function note(root: HTMLElement, instruments: Instrument[]): Promise<void> {
  const asked = current().params.get("universe") ?? "";
  const written = card(`The note for ${asOf}`, true);
  const checker = card("Check a note", true);
  const input = el("textarea", { id: "note-text", placeholder: "Paste a market note (plain text, Markdown or HTML)" });
  const button = el("button", { id: "check", type: "button" }, "Check its numbers");
  const result = el("div", { id: "check-result" });
  checker.body.className = "";
  checker.body.replaceChildren(input, el("p", {}, button), result);
  button.addEventListener("click", () => void (async () => {
    result.replaceChildren(el("p", { class: "loading" }, "Checking"));
    try {
      const report = await post<{ claims: Claim[]; summary: Record<string, number> }>("checks", { as_of: asOf },
        input.value);
      const s = report.summary;
      result.replaceChildren(el("p", { id: "check-summary" }, `${report.claims.length} claims: ${s.verified} verified, `
        + `${s.contradicted} contradicted, ${s.unverifiable} unverifiable.`), marked(input.value, report.claims));
    } catch (error) {
      result.replaceChildren(errorBox(error));
    }
  })());
  const choosing = el("div", { class: "loading" }, "Loading");
  root.replaceChildren(el("h1", {}, "Note and check"), choosing, el("div", { class: "grid" }, checker.root,
    written.root));
  try {
    const universe = asked ? asked.split(",") : await get<string[]>("universe", { as_of: asOf });
    choosing.replaceWith(chooser(universe, instruments));
  } catch (error) {
    choosing.replaceWith(errorBox(error));
  }
  await fill(written.body, async () => {
    const html = await getText("notes", { as_of: asOf, format: "html", ...(asked ? { universe: asked } : {}) });
    // sandboxed: the note is a document of its own, with no script and no access to the dashboard
    return el("iframe", { class: "note", title: "the market note", sandbox: "", srcdoc: html });
  });
}
