package org.bellwether.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bellwether.ingest.ImportReport;

/**
 * SEC EDGAR's XBRL API: a company's {@code companyfacts} ({@code /api/xbrl/companyfacts/CIK##########.json}) into
 * fundamentals, each value with the day it was filed, and its {@code submissions} ({@code /submissions/CIK...json})
 * into the instrument's name. A ticker is looked up in the SEC's
 * {@code /files/company_tickers.json}. EDGAR asks every client to say who it is in the User-Agent (a name and an
 * e-mail address) and to make at most ten requests a second.
 */
public final class Edgar {

    /** Where the XBRL API is served. */
    public static final String DATA_BASE = "https://data.sec.gov";
    /** Where the ticker list is served. */
    public static final String WWW_BASE = "https://www.sec.gov";
    /** EDGAR's fair-access limit. */
    public static final int REQUESTS_PER_SECOND = 10;

    private static final Pattern CIK = Pattern.compile("(?i)(CIK)?0*(\\d{1,10})");
    private static final Pattern CONTACT = Pattern.compile(".*\\S+@\\S+\\.\\S+.*");

    private Edgar() {
    }

    /** Refuses a User-Agent without an e-mail address, which EDGAR answers with 403. */
    public static void checkUserAgent(String userAgent) {
        if (userAgent == null || !CONTACT.matcher(userAgent).matches()) {
            throw new FetchException("SEC EDGAR asks every client to name itself and give an e-mail address in the "
                    + "User-Agent; pass --user-agent \"Jane Doe jane@example.com\" or set SEC_USER_AGENT");
        }
    }

    /**
     * The fundamentals of {@code company} (a ticker such as AAPL, or a CIK such as 320193), stored under its
     * ticker; {@code tickers} is the context the ticker list is fetched from.
     */
    public static Fetched companyFacts(FetchContext context, FetchContext tickers, String company) {
        String upper = company.strip().toUpperCase(Locale.ROOT);
        var cik = CIK.matcher(upper);
        long number;
        String symbol;
        if (cik.matches()) {
            number = Long.parseLong(cik.group(2));
            symbol = tickerOf(tickers, number);
        } else {
            symbol = upper;
            number = cikOf(tickers, upper);
        }
        HttpSource.Response response = context.get("/api/xbrl/companyfacts/CIK" + String.format("%010d", number)
                + ".json", Set.of());
        if (!Sources.json(response).has("facts")) {
            throw new FetchException(response.url() + ": EDGAR's answer holds no facts (" + Sources.describeBody(
                    response.text()) + ")");
        }
        Fetched facts = context.importAs(company, response, response.body(), imports -> imports.fundamentals(
                response.body(), symbol));
        Fetched names = instrument(context, number, symbol);
        List<ImportReport> both = new ArrayList<>(facts.imports());
        both.addAll(names.imports());
        return new Fetched(company, facts.url(), facts.retrievedAt(), facts.revalidated(), both);
    }

    /**
     * The company as an instrument, from its {@code submissions} document: its name, a stock, with the source; the
     * instrument's other columns (sector, founding year) keep what the store holds.
     */
    private static Fetched instrument(FetchContext context, long cik, String symbol) {
        HttpSource.Response response = context.get("/submissions/CIK" + String.format("%010d", cik) + ".json",
                Set.of());
        JsonNode submissions = Sources.json(response);
        String name = submissions.path("name").asText("").strip();
        if (name.isEmpty()) {
            throw new FetchException(response.url() + ": EDGAR's submissions document names no company ("
                    + Sources.describeBody(response.text()) + ")");
        }
        Path csv = Sources.derived(response, "instruments.csv");
        try (CsvWriter out = CsvWriter.builder().build(csv)) {
            out.writeRecord("symbol", "name", "kind", "source");
            out.writeRecord(symbol, name, "STOCK", "SEC EDGAR submissions, CIK " + cik);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + csv, e);
        }
        return context.importAs(symbol, response, csv, imports -> imports.instruments(csv));
    }

    private static JsonNode tickerList(FetchContext tickers) {
        return Sources.json(tickers.get("/files/company_tickers.json", Set.of()));
    }

    private static long cikOf(FetchContext tickers, String ticker) {
        for (JsonNode company : tickerList(tickers)) {
            if (company.path("ticker").asText("").equalsIgnoreCase(ticker)) {
                return company.path("cik_str").asLong();
            }
        }
        throw new FetchException("SEC EDGAR's ticker list has no " + ticker + "; give the company's CIK instead "
                + "(e.g. 320193 for Apple)");
    }

    private static String tickerOf(FetchContext tickers, long cik) {
        for (JsonNode company : tickerList(tickers)) {
            if (company.path("cik_str").asLong() == cik) {
                return company.path("ticker").asText().toUpperCase(Locale.ROOT);
            }
        }
        throw new FetchException("SEC EDGAR's ticker list has no company with CIK " + cik + "; give its ticker");
    }
}
