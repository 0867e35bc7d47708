// The view's state lives in the URL hash (#/page?key=value), so a view can be shared and reloaded.

export interface Route { page: string; params: URLSearchParams; }

export function current(): Route {
  const hash = location.hash.replace(/^#\/?/, "");
  const [page, query] = hash.split("?", 2);
  return { page: page || "overview", params: new URLSearchParams(query ?? "") };
}

/** Updates the hash's parameters (replacing the history entry) without reloading the page. */
export function update(changes: Record<string, string | undefined>): void {
  const route = current();
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === "") route.params.delete(key); else route.params.set(key, value);
  }
  const query = route.params.toString();
  history.replaceState(null, "", `#/${route.page}${query ? `?${query}` : ""}`);
}

/** The as-of date: the URL's, else the store's last session. */
export let asOf = "";
export function setAsOf(value: string): void {
  asOf = value;
}
