package org.bellwether.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad inputs: each is refused with a message naming the file, the line, the field, the value found
 * and what was expected, and nothing of the file is written (the store keeps what it had).
 */
class BadInputTest {

    private static final String HEADER = "symbol,date,open,high,low,close,volume\n";
    private static final String GOOD = "SPY,2026-01-02,100,101,99,100.5,1000\n";

    @TempDir
    Path dir;

    private MarketStore store;
    private Imports imports;

    @BeforeEach
    void storeWithOneBar() throws IOException {
        store = MarketStore.at(dir.resolve("store.duckdb"));
        imports = new Imports(store, ImportProgress.NONE, false);
        imports.bars(Files.writeString(dir.resolve("seed.csv"), "symbol,date,close\nQQQ,2025-12-31,500\n"),
                BarOptions.defaults());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("missing required column", "symbol,date,open\nSPY,2026-01-02,100\n",
                        List.of("line 1", "missing required column close", "the header has: symbol, date, open")),
                Arguments.of("unparseable number", HEADER + GOOD + "SPY,2026-01-05,100,101,99,1O1.5,1000\n",
                        List.of("line 3", "field close", "found \"1O1.5\"", "expected a finite decimal number")),
                Arguments.of("unparseable date", HEADER + "SPY,01/05/2026,100,101,99,100.5,1000\n",
                        List.of("line 2", "field date", "found \"01/05/2026\"", "expected a date")),
                Arguments.of("impossible date", HEADER + "SPY,2026-02-30,100,101,99,100.5,1000\n",
                        List.of("line 2", "field date", "found \"2026-02-30\"", "valid calendar date")),
                Arguments.of("high below low", HEADER + "SPY,2026-01-05,100,98,99,98.5,1000\n",
                        List.of("line 2", "field high", "98.0", "a high at or above the low (99.0)")),
                Arguments.of("close outside the range", HEADER + "SPY,2026-01-05,100,101,99,103,1000\n",
                        List.of("line 2", "field close", "103.0", "a close within [low, high] = [99.0, 101.0]")),
                Arguments.of("negative price", HEADER + "SPY,2026-01-05,100,101,99,-100,1000\n",
                        List.of("line 2", "field close", "found \"-100\"", "expected a positive price")),
                Arguments.of("negative volume", HEADER + "SPY,2026-01-05,100,101,99,100,-5\n",
                        List.of("line 2", "field volume", "found \"-5\"", "not negative")),
                Arguments.of("same key twice with different values",
                        HEADER + GOOD + "SPY,2026-01-05,100,101,99,100,7\nSPY,2026-01-02,100,101,99,100.6,1000\n",
                        List.of("lines 2, 4", "symbol=SPY, date=2026-01-02", "different values")),
                Arguments.of("time zone that does not exist",
                        "symbol,timestamp,close\nSPY,2026-01-22T09:30:00[Mars/Olympus_Mons],100\n",
                        List.of("line 2", "field timestamp", "no time zone is called \"Mars/Olympus_Mons\"")),
                Arguments.of("time that does not exist (daylight-saving gap)",
                        "symbol,timestamp,close\nSPY,2026-03-08 02:30:00,100\n",
                        List.of("line 2", "field timestamp", "daylight-saving gap")),
                Arguments.of("empty file", "", List.of("the file is empty")),
                Arguments.of("header only", HEADER, List.of("has a header but no data lines")),
                Arguments.of("truncated last line", HEADER + GOOD + "SPY,2026-01-05,100,10",
                        List.of("line 3", "truncated", "4 fields, expected 7")),
                Arguments.of("a line with too many fields", HEADER + "SPY,2026-01-05,100,101,99,100,5,extra\n",
                        List.of("line 2", "8 fields, expected 7")),
                Arguments.of("daily and intraday bars mixed",
                        "symbol,date,close\nSPY,2026-01-02,100\nSPY,2026-01-05 10:00,101\n",
                        List.of("line 3", "like the rows before")),
                Arguments.of("bad symbol", "symbol,date,close\nS P Y!,2026-01-02,100\n",
                        List.of("line 2", "field symbol", "found \"S P Y!\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void bad_input_is_refused_naming_where_and_what_and_nothing_is_written(String name, String content,
            List<String> messageParts) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), content);
        assertThatThrownBy(() -> imports.bars(file, BarOptions.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file.toString())
                .satisfies(e -> assertThat(e.getMessage()).contains(messageParts));
        assertThat(StoreQueries.rows(store, "SELECT symbol FROM daily_bars UNION ALL SELECT symbol FROM intraday_bars"))
                .containsExactly("QQQ");
        assertThat(dir.resolve("bad.csv.rejects.csv")).doesNotExist();
    }

    @Test
    void a_binary_file_is_refused() throws IOException {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        Path file = Files.write(dir.resolve("image.csv"), bytes);
        assertThatThrownBy(() -> imports.bars(file, BarOptions.defaults())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("is a binary file");
    }

    @Test
    void text_that_is_not_utf8_is_refused_as_binary() throws IOException {
        Path file = Files.write(dir.resolve("latin1.csv"), "symbol,date,close\nCAF\u00c9,2026-01-02,1\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> imports.bars(file, BarOptions.defaults())).hasMessageContaining("binary");
    }

    @Test
    void a_missing_file_is_named() {
        Path file = dir.resolve("nowhere.csv");
        assertThatThrownBy(() -> imports.bars(file, BarOptions.defaults())).isInstanceOf(BadInputException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void skip_bad_rows_stores_the_good_rows_and_writes_the_rejects_with_reasons() throws IOException {
        Path file = Files.writeString(dir.resolve("some-bad.csv"), HEADER + GOOD
                + "SPY,2026-01-05,100,98,99,98.5,1000\n"
                + "SPY,2026-01-06,100,101,99,100.25,1200\n"
                + "SPY,2026-01-07,100,101\n"
                + "IWM,2026-01-06,200,201,199,200.5,10\n"
                + "IWM,2026-01-06,200,201,199,200.6,10\n");
        ImportReport report = new Imports(store, ImportProgress.NONE, true).bars(file, BarOptions.defaults());
        assertThat(report.rejected()).isEqualTo(4);
        assertThat(report.inserted()).isEqualTo(2);
        assertThat(StoreQueries.rows(store, "SELECT symbol, date FROM daily_bars WHERE symbol <> 'QQQ' ORDER BY date"))
                .containsExactly("SPY|2026-01-02", "SPY|2026-01-06");
        assertThat(Files.readAllLines(report.rejectsFile())).containsExactly(
                "line,field,value,reason",
                "3,high,98.0,expected a high at or above the low (99.0)",
                "5,,,\"the line has 4 fields, expected 7 as in the header\"",
                "6,key,\"symbol=IWM, date=2026-01-06\",\"the same key appears on lines 6, 7 with different values\"",
                "7,key,\"symbol=IWM, date=2026-01-06\",\"the same key appears on lines 6, 7 with different values\"");
        assertThat(report.rejectsFile()).isEqualTo(dir.resolve("some-bad.csv.rejects.csv"));

        Files.writeString(file, HEADER + GOOD);
        assertThat(new Imports(store, ImportProgress.NONE, true).bars(file, BarOptions.defaults()).rejectsFile()).isNull();
        assertThat(dir.resolve("some-bad.csv.rejects.csv")).as("stale rejects are removed").doesNotExist();
    }

    @Test
    void rejects_go_beside_the_store_when_the_inputs_folder_takes_no_file() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path file = Files.writeString(data.resolve("feed.csv"), HEADER + GOOD + "SPY,2026-01-05,100,98,99,98.5,1000\n");
        // a folder where the rejects file would go: the write beside the input fails, as in a read-only folder
        Files.createDirectories(data.resolve("feed.csv.rejects.csv").resolve("taken"));
        ImportReport report = new Imports(store, ImportProgress.NONE, true).bars(file, BarOptions.defaults());
        assertThat(report.rejectsFile()).isEqualTo(store.file().resolveSibling("feed.csv.rejects.csv"));
        assertThat(Files.readAllLines(report.rejectsFile())).hasSize(2).first().isEqualTo("line,field,value,reason");
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no partial file left beside the input")
                    .containsExactlyInAnyOrder("feed.csv", "feed.csv.rejects.csv");
        }
    }
}
