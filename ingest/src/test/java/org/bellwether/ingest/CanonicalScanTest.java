package org.bellwether.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bellwether.store.DirectTally;
import org.bellwether.store.ImportSource;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StagedImport;
import org.bellwether.store.StoreQueries;
import org.bellwether.store.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path's byte-level scan against the record-by-record path: the same rows, written with commas (which the
 * scan may vouch for) and with semicolons (which always go record by record), end in the same store or fail alike,
 * whatever defect a file holds; and what the scan stores does not depend on how many threads cut the file.
 */
class CanonicalScanTest {

    private static final String[] DEFECTS = {"lower-case symbol", "symbol with a space", "short date", "no such day",
        "compact date", "exponent", "leading point", "trailing point", "leading space", "NA volume", "quoted price",
        "empty close", "open a little above the high", "open far above the high", "negative price", "zero price",
        "fractional volume", "negative volume", "blank line", "CRLF", "duplicate key", "keys out of order",
        "long decimal", "leading zeros", "too many fields"};

    @TempDir
    Path dir;

    /** Whether a file was imported, the store's rows after it, and what the import said it changed. */
    private record Outcome(boolean imported, List<String> rows, String changed) {
    }

    @Test
    void the_fast_path_stores_what_the_record_by_record_path_stores() throws IOException {
        Random random = new Random(20_261_207);
        int vouched = 0;
        int refused = 0;
        int replacing = 0;
        for (int trial = 0; trial < 60; trial++) {
            String defect = random.nextBoolean() ? null : DEFECTS[random.nextInt(DEFECTS.length)];
            boolean symbolColumn = random.nextInt(4) > 0;
            boolean adjClose = random.nextBoolean();
            List<List<String>> rows = rows(random, symbolColumn, adjClose, defect);
            List<String> header = new ArrayList<>(List.of("date", "open", "high", "low", "close"));
            if (adjClose) {
                header.add("adj_close");
            }
            header.add("volume");
            if (symbolColumn) {
                header.addFirst("symbol");
            }
            String lineEnd = "CRLF".equals(defect) ? "\r\n" : "\n";
            Path commas = write(trial, "c", header, rows, ",", lineEnd);
            Path semicolons = write(trial, "s", header, rows, ";", lineEnd);
            if (scanInto("v" + trial, commas, header, 2).tally() != null) {
                vouched++;
            } else {
                refused++;
            }
            Outcome fast = importInto("c" + trial, commas);
            Outcome byRecord = importInto("s" + trial, semicolons);
            assertThat(fast).as("trial %d (%s): %s", trial, defect, Files.readString(commas)).isEqualTo(byRecord);
            if (trial > 0) { // again, into the stores the trial before filled: new, changed and identical rows
                Outcome fastAgain = importInto("c" + (trial - 1), commas);
                Outcome byRecordAgain = importInto("s" + (trial - 1), semicolons);
                assertThat(fastAgain).as("trial %d (%s) into a store with rows", trial, defect)
                        .isEqualTo(byRecordAgain);
                replacing += fastAgain.changed().matches(".*[1-9]\\d* replaced.*") ? 1 : 0;
            }
        }
        assertThat(vouched).as("files the scan vouched for").isGreaterThan(15);
        assertThat(refused).as("files left to the record-by-record path").isGreaterThan(15);
        assertThat(replacing).as("imports into a store with rows that replaced some").isGreaterThan(10);
    }

    @Test
    void the_rows_are_the_same_whatever_the_threads_and_a_key_out_of_order_is_seen_at_any_cut() throws IOException {
        Random random = new Random(7);
        List<String> header = List.of("symbol", "date", "open", "high", "low", "close", "volume");
        List<List<String>> rows = rows(random, true, false, null);
        Path sorted = write(0, "t", header, rows, ",", "\n");
        Scanned one = scanInto("t1", sorted, header, 1);
        assertThat(one.tally()).isNotNull();
        assertThat(one.tally().rows()).isEqualTo(rows.size());
        assertThat(one.tally().keysIncreasing()).isTrue();
        assertThat(one.stored()).isEqualTo(importInto("r0", write(0, "s", header, rows, ";", "\n")).rows());
        assertThat(one.tally().spans().stream().map(span -> span.symbol() + "|" + span.bars() + "|" + span.first() + "|"
                + span.last()).toList()).as("the spans, as the store counts them").isEqualTo(StoreQueries.rows(
                MarketStore.at(dir.resolve("t1.duckdb")), "SELECT symbol, count(*), min(date), max(date) FROM daily_bars "
                + "GROUP BY symbol ORDER BY symbol"));
        for (int threads = 2; threads <= 6; threads++) {
            Scanned many = scanInto("t" + threads, sorted, header, threads);
            assertThat(many.tally()).isEqualTo(one.tally());
            assertThat(many.stored()).as("%d threads", threads).isEqualTo(one.stored());
        }
        for (int swap = 1; swap < rows.size(); swap += 7) {
            List<List<String>> swapped = new ArrayList<>(rows);
            swapped.set(swap, rows.get(swap - 1));
            swapped.set(swap - 1, rows.get(swap));
            Path unsorted = write(swap, "u", header, swapped, ",", "\n");
            for (int threads = 1; threads <= 6; threads++) {
                Scanned scanned = scanInto("u", unsorted, header, threads); // one store: nothing is committed
                assertThat(scanned.tally().keysIncreasing()).as("swap at %d, %d threads", swap, threads).isFalse();
                assertThat(scanned.stored()).as("nothing committed").isEmpty();
            }
        }
    }

    /** What a scan of a file tallied (null when it could not vouch for it), and what it stored when it matched. */
    private record Scanned(DirectTally tally, List<String> stored) {
    }

    /** Scans {@code file} on {@code threads} threads into the new store {@code name}, committing when it matches. */
    private Scanned scanInto(String name, Path file, List<String> header, int threads) {
        int[] storeColumnOf = header.stream().mapToInt(Tables.DAILY_BARS::indexOf).toArray();
        MarketStore store = MarketStore.at(dir.resolve(name + ".duckdb"));
        DirectTally tally;
        try (StagedImport staged = StagedImport.beginDirect(store, Tables.DAILY_BARS)) {
            tally = new CanonicalScan(header.size(), storeColumnOf, "SYM").scan(file, threads, staged.directRows(),
                    position -> { });
            if (tally != null && staged.directLoadMatches(tally)) {
                staged.commit(new ImportSource(file.toString(), "long CSV", tally.rows(), 0, null), false);
            }
        }
        return new Scanned(tally, StoreQueries.rows(store, "SELECT symbol, date, open, high, low, close, adj_close, "
                + "volume FROM daily_bars ORDER BY symbol, date"));
    }

    /** Sorted rows of a few symbols and sessions, every value canonical, then the one defect, if any. */
    private static List<List<String>> rows(Random random, boolean symbolColumn, boolean adjClose, String defect) {
        List<List<String>> rows = new ArrayList<>();
        String[] symbols = {"AAA", "BRK.B", "ZZ^1"};
        for (int s = 0; s < (symbolColumn ? symbols.length : 1); s++) {
            LocalDate day = LocalDate.of(2024, 2, 26).plusDays(random.nextInt(5));
            for (int i = 0; i < 8 + random.nextInt(8); i++, day = day.plusDays(1 + random.nextInt(3))) {
                double low = 10 + random.nextInt(9_000) / 100.0;
                double high = low + random.nextInt(500) / 100.0;
                double open = low + (high - low) * random.nextInt(101) / 100.0;
                double close = low + (high - low) * random.nextInt(101) / 100.0;
                List<String> row = new ArrayList<>(List.of(day.toString(), cents(open), cents(high), cents(low),
                        cents(close)));
                if (adjClose) {
                    row.add(random.nextBoolean() ? "" : cents(close * 0.98));
                }
                row.add(random.nextInt(5) == 0 ? "" : Integer.toString(random.nextInt(1_000_000)));
                if (symbolColumn) {
                    row.addFirst(symbols[s]);
                }
                rows.add(row);
            }
        }
        if (defect != null) {
            spoil(rows, random.nextInt(rows.size()), defect, symbolColumn ? 1 : 0);
        }
        return rows;
    }

    private static String cents(double price) {
        return String.format(java.util.Locale.ROOT, "%.2f", price);
    }

    /** Puts {@code defect} into row {@code at}, whose date is at {@code date} (the prices follow it). */
    private static void spoil(List<List<String>> rows, int at, String defect, int date) {
        List<String> row = rows.get(at);
        int open = date + 1;
        int high = date + 2;
        int close = date + 4;
        int volume = row.size() - 1;
        switch (defect) {
            case "lower-case symbol" -> row.set(0, date == 1 ? row.get(0).toLowerCase(java.util.Locale.ROOT) : row.get(0));
            case "symbol with a space" -> row.set(0, date == 1 ? " " + row.get(0) : row.get(0));
            case "short date" -> row.set(date, row.get(date).replace("-0", "-"));
            case "no such day" -> row.set(date, row.get(date).substring(0, 8) + "31");
            case "compact date" -> row.set(date, row.get(date).replace("-", ""));
            case "exponent" -> row.set(close, Double.toString(Double.parseDouble(row.get(close)) / 10) + "E1");
            case "leading point" -> row.set(volume, "." + (row.get(volume).isEmpty() ? "5" : row.get(volume)));
            case "trailing point" -> row.set(volume, (row.get(volume).isEmpty() ? "5" : row.get(volume)) + ".");
            case "leading space" -> row.set(close, " " + row.get(close));
            case "NA volume" -> row.set(volume, "NA");
            case "quoted price" -> row.set(close, "\"" + row.get(close) + "\"");
            case "empty close" -> row.set(close, "");
            case "open a little above the high" -> row.set(open, cents(Double.parseDouble(row.get(high)) * 1.004));
            case "open far above the high" -> row.set(open, cents(Double.parseDouble(row.get(high)) * 1.5));
            case "negative price" -> row.set(close, "-" + row.get(close));
            case "zero price" -> row.set(open, "0.00");
            case "fractional volume" -> row.set(volume, "12.345");
            case "negative volume" -> row.set(volume, "-5");
            case "blank line" -> rows.add(at, List.of());
            case "duplicate key" -> rows.add(at, new ArrayList<>(row));
            case "keys out of order" -> rows.add(0, rows.remove(rows.size() - 1));
            case "long decimal" -> row.set(high, row.get(high) + "0000000000000001");
            case "leading zeros" -> row.set(close, "00" + row.get(close));
            case "too many fields" -> row.add("extra");
            default -> { } // CRLF: the line ends of the whole file
        }
    }

    private Path write(int trial, String kind, List<String> header, List<List<String>> rows, String delimiter,
            String lineEnd) throws IOException {
        StringBuilder text = new StringBuilder(String.join(delimiter, header)).append(lineEnd);
        for (List<String> row : rows) {
            text.append(String.join(delimiter, row)).append(lineEnd);
        }
        Path folder = Files.createDirectories(dir.resolve(kind + trial));
        return Files.writeString(folder.resolve("SYM.csv"), text);
    }

    private Outcome importInto(String storeName, Path file) {
        MarketStore store = MarketStore.at(dir.resolve(storeName + ".duckdb"));
        ImportReport report;
        try {
            report = new Imports(store, ImportProgress.NONE, false).bars(file, BarOptions.defaults());
        } catch (BadInputException | IllegalArgumentException refused) {
            return new Outcome(false, List.of(), "");
        }
        return new Outcome(true, StoreQueries.rows(store, "SELECT symbol, date, open, high, low, close, adj_close, "
                + "volume FROM daily_bars ORDER BY symbol, date"), report.results().stream().map(result ->
                        result.inserted() + " new, " + result.replaced() + " replaced, " + result.unchanged()
                                + " unchanged").toList().toString());
    }
}
