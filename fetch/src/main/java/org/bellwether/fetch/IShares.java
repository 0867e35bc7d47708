package org.bellwether.fetch;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An iShares fund's holdings file ({@code /us/products/239710/fund/1467271812596.ajax?fileType=csv&fileName=
 * IWM_holdings&dataType=fund}): a few lines about the fund ({@code Fund Holdings as of,"Nov 28, 2026"}), then
 * {@code Ticker,Name,Sector,Asset Class,Market Value,Weight (%),...}, then a disclaimer. Its equity holdings become
 * the fund's members from the as-of date, each weighted by its {@code Weight (%)} over 100; cash, futures and other
 * lines are left out.
 */
public final class IShares {

    /** Where iShares serves its US funds. */
    public static final String BASE = "https://www.ishares.com";
    /** A polite pace. */
    public static final int REQUESTS_PER_SECOND = 2;

    /** Product ids of the most followed US funds (the number in the fund page's URL); others take --product-id. */
    private static final Map<String, String> PRODUCTS = Map.ofEntries(Map.entry("IWM", "239710"),
            Map.entry("IVV", "239726"), Map.entry("IWB", "239707"), Map.entry("IWV", "239714"),
            Map.entry("ITOT", "239724"), Map.entry("IJH", "239763"), Map.entry("IJR", "239774"),
            Map.entry("IWF", "239706"), Map.entry("IWD", "239708"), Map.entry("IWR", "239718"));
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    private static final Set<String> MEMBER_CLASSES = Set.of("equity");

    private IShares() {
    }

    /** The product id of {@code fund} (e.g. IWM), or null when it is not built in. */
    public static String productOf(String fund) {
        return PRODUCTS.get(fund.toUpperCase(Locale.ROOT));
    }

    /** The holdings of {@code fund} as its members; {@code productId} null takes the built-in one. */
    public static Fetched holdings(FetchContext context, String fund, String productId) {
        String product = productId != null ? productId : productOf(fund);
        if (product == null) {
            throw new FetchException("no built-in iShares product id for " + fund + " (known: " + String.join(", ",
                    PRODUCTS.keySet().stream().sorted().toList()) + "); pass --product-id, the number in the fund "
                    + "page's URL (ishares.com/us/products/239710/... is IWM)");
        }
        String symbol = fund.toUpperCase(Locale.ROOT);
        HttpSource.Response response = context.get("/us/products/" + product + "/fund/1467271812596.ajax?fileType=csv"
                + "&fileName=" + symbol + "_holdings&dataType=fund", Set.of());
        String text = response.text();
        if (Sources.isWebPage(text)) {
            throw new FetchException(response.url() + ": iShares answered with a web page, not the holdings file "
                    + "(is " + product + " the product id of " + symbol + "?); nothing was imported");
        }
        Path members = Sources.derived(response, "members.csv");
        LocalDate asOf = writeMembers(response, text, members);
        return context.importAs(symbol, response, members, imports -> imports.members(members, symbol, asOf));
    }

    /** Writes the equity holdings as {@code symbol,name,sector,weight}; returns the as-of date. */
    private static LocalDate writeMembers(HttpSource.Response response, String text, Path members) {
        LocalDate asOf = null;
        boolean inTable = false;
        int ticker = -1;
        int weight = -1;
        int assetClass = -1;
        long written = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(text); CsvWriter out = CsvWriter.builder().build(members)) {
            out.writeRecord("symbol", "weight");
            for (CsvRecord record : reader) {
                List<String> fields = record.getFields().stream().map(String::strip).toList();
                String first = fields.get(0).replace("\uFEFF", "");
                if (!inTable) {
                    if (first.equalsIgnoreCase("Fund Holdings as of") && fields.size() > 1) {
                        asOf = asOf(response, fields.get(1));
                    } else if (first.equalsIgnoreCase("Ticker")) {
                        ticker = 0;
                        weight = fields.indexOf("Weight (%)");
                        assetClass = fields.indexOf("Asset Class");
                        inTable = weight >= 0;
                    }
                    continue;
                }
                if (fields.size() <= Math.max(weight, assetClass)) {
                    break; // the disclaimer after the table
                }
                boolean member = assetClass < 0 || MEMBER_CLASSES.contains(fields.get(assetClass).toLowerCase(
                        Locale.ROOT));
                String symbol = fields.get(ticker);
                if (member && !symbol.isEmpty() && !symbol.equals("-")) {
                    out.writeRecord(symbol, fraction(fields.get(weight)));
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + members, e);
        }
        if (!inTable || asOf == null || written == 0) {
            throw new FetchException(response.url() + ": not an iShares holdings file (expected a \"Fund Holdings as"
                    + " of\" line and a table with Ticker and \"Weight (%)\" columns holding equities); nothing was "
                    + "imported");
        }
        return asOf;
    }

    private static LocalDate asOf(HttpSource.Response response, String text) {
        try {
            return LocalDate.parse(text, AS_OF);
        } catch (DateTimeParseException e) {
            throw new FetchException(response.url() + ": the holdings' as-of date \"" + text + "\" is not a date like "
                    + "\"Nov 28, 2026\"");
        }
    }

    /** A percentage field ({@code 0.71}) as the fraction it stands for ({@code 0.0071}), digit for digit. */
    private static String fraction(String percent) {
        try {
            return new BigDecimal(percent).movePointLeft(2).toPlainString();
        } catch (NumberFormatException e) {
            return percent; // the members import names the line and the field
        }
    }
}
