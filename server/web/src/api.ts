// Calls to the Bellwether API: JSON in and out, errors as ApiError with the server's message.

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const TOKEN_KEY = "bellwether.token";

/**
 * The token, when the server asks for one: typed once into the sign-in form and kept for the tab (sessionStorage),
 * sent only as the Authorization header, never in a URL (history, shared links, Referer).
 */
export function token(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function rememberToken(value: string): void {
  sessionStorage.setItem(TOKEN_KEY, value);
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** A request to the API with the token, the response as it came (its headers too); an ApiError when not OK. */
export async function send(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const t = token();
  if (t) headers.set("Authorization", `Bearer ${t}`);
  const response = await fetch(`api/v1/${path}`, { ...init, headers });
  if (!response.ok) {
    let code = `http_${response.status}`;
    let message = response.statusText;
    try {
      const body = await response.json() as { error?: { code?: string; message?: string } };
      code = body.error?.code ?? code;
      message = body.error?.message ?? message;
    } catch {
      // not JSON: keep the status text
    }
    throw new ApiError(response.status, code, message);
  }
  return response;
}

/**
 * The alert stream's address: with a token, a single-use ticket in place of the header EventSource cannot send.
 */
export async function streamUrl(): Promise<string> {
  if (!token()) return "api/v1/alerts/stream";
  const issued = await (await send("alerts/tickets", { method: "POST" })).json() as { ticket: string };
  return `api/v1/alerts/stream?ticket=${encodeURIComponent(issued.ticket)}`;
}

export async function get<T>(path: string, params: Record<string, string | number | boolean | undefined> = {}):
    Promise<T> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  const suffix = query.toString() ? `?${query}` : "";
  return (await send(`${path}${suffix}`)).json() as Promise<T>;
}

export async function getText(path: string, params: Record<string, string>): Promise<string> {
  return (await send(`${path}?${new URLSearchParams(params)}`)).text();
}

export async function post<T>(path: string, params: Record<string, string>, body: string): Promise<T> {
  return (await send(`${path}?${new URLSearchParams(params)}`, {
    method: "POST", body, headers: { "Content-Type": "text/plain; charset=utf-8" },
  })).json() as Promise<T>;
}

// The shapes the pages use (the same as the CLI's --json).
export interface Instrument { symbol: string; name: string | null; kind: string | null; first_date: string | null;
  last_date: string | null; daily_bars: number; intraday_bars: number; }
export interface PerfRow { symbol: string; start_date: string; start_level: number; end_date: string;
  end_level: number; return_pct: number; }
export interface Perf { rows: PerfRow[]; relative_bp: { a: string; b: string; bp: number }[]; }
export interface Records { symbol: string; history_start: string; count: number;
  records: { date: string; close: number }[]; }
/** A series' continuity on a date (GET /gaps): {@code stale_since} its last session when it is stale then. */
export interface SeriesGaps { symbol: string; last_date: string; stale_since: string | null; }
export interface Move { date: string; return_pct: number; sigma: number; z: number; }
export interface Breakout { time: string; level: number; direction: string; touches: number;
  held_minutes: number | null; volume_ratio: number; confirmed: boolean; }
export interface Level { price: number; kind: string; touches: number; first_touch: string; last_touch: string; }
export interface Bar { time: string | number; open?: number | null; high: number | null; low: number | null; close: number;
  volume: number | null; }
export interface CalendarEvent { id: string; time: string; headline: string; kind: string; tags: string[];
  symbols: string[]; expected_date: string | null; }
export interface Claim { text: string; kind: string; stated: number | null; computed: number | null;
  unit: string | null; verdict: "verified" | "contradicted" | "unverifiable"; explanation: string; }
