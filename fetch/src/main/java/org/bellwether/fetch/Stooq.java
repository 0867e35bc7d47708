package org.bellwether.fetch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.OptionalInt;
import org.bellwether.ingest.BarFormat;
import org.bellwether.ingest.BarOptions;

/**
 * Stooq's daily bars ({@code /q/d/l/?s=aapl.us&i=d}, CSV {@code Date,Open,High,Low,Close,Volume}), with its API key
 * when one is given. Stooq answers a bot check or a request for a key with HTTP 200 and a web page or a line of text:
 * that is reported as such, never read as a symbol without data.
 */
public final class Stooq {

    /** Where Stooq serves its downloads. */
    public static final String BASE = "https://stooq.com";
    /** A polite pace for a free service. */
    public static final int REQUESTS_PER_SECOND = 2;

    private static final Set<String> SECRETS = Set.of("apikey");

    private Stooq() {
    }

    /**
     * The daily bars of Stooq's {@code ticker} (e.g. {@code aapl.us}, {@code ^spx}), stored as {@code symbol} (null:
     * {@link #storeSymbol}), asking with {@code apiKey} when not null.
     */
    public static Fetched daily(FetchContext context, String ticker, String symbol, String apiKey) {
        String stored = symbol != null ? symbol : storeSymbol(ticker);
        HttpSource.Response response = context.get("/q/d/l/?s=" + URLEncoder.encode(ticker.toLowerCase(Locale.ROOT),
                StandardCharsets.UTF_8) + "&i=d" + (apiKey == null ? "" : "&apikey=" + URLEncoder.encode(apiKey,
                StandardCharsets.UTF_8)), SECRETS);
        String text = response.text();
        String first = text.lines().findFirst().orElse("").replace("\uFEFF", "").strip();
        if (!first.toLowerCase(Locale.ROOT).startsWith("date,open")) {
            throw new FetchException(response.url() + ": " + refusal(text, ticker, apiKey != null)
                    + "; nothing was imported");
        }
        return context.importAs(ticker, response, response.body(), imports -> imports.bars(response.body(),
                new BarOptions(BarFormat.STOOQ, stored, OptionalInt.empty(),
                        BarOptions.defaults().zone())));
    }

    /** Why an answer that is not a CSV of bars is not one. */
    private static String refusal(String text, String ticker, boolean keyed) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (Sources.isWebPage(text)) {
            return "Stooq answered with a web page (a bot check or sign-in page), not data; open the URL in a browser,"
                    + " or pass an API key from stooq.com with --api-key or STOOQ_API_KEY";
        }
        if (lower.contains("apikey") || lower.contains("api key")) {
            return keyed ? "Stooq refused the API key (" + Sources.describeBody(text) + "); get a new one at stooq.com"
                    : "Stooq asks for an API key (" + Sources.describeBody(text) + "); get one at stooq.com and pass"
                    + " --api-key or set STOOQ_API_KEY";
        }
        if (lower.strip().startsWith("no data") || text.isBlank()) {
            return "Stooq has no data for " + ticker + " (US stocks and ETFs end in .us, indices start with ^, e.g. "
                    + "aapl.us, ^spx)";
        }
        if (lower.contains("exceeded") || lower.contains("limit")) {
            return "Stooq's daily download limit is reached (" + Sources.describeBody(text) + "); try again tomorrow";
        }
        return "Stooq answered " + Sources.describeBody(text) + ", not a CSV of daily bars";
    }

    /** The store's symbol for a Stooq ticker: {@code aapl.us} is AAPL, {@code ^spx} is ^SPX, others upper-cased. */
    public static String storeSymbol(String ticker) {
        String upper = ticker.strip().toUpperCase(Locale.ROOT);
        return upper.endsWith(".US") ? upper.substring(0, upper.length() - 3) : upper;
    }
}
